import type { RuleSpec } from '../rule';

/** Spanish history: past attempts, past self-harm, hospital stays after an attempt, calling a crisis line. */
export const ES_HISTORY: readonly RuleSpec[] = [
  {
    id: 'es.history.intento',
    lang: 'es', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      String.raw`\bintentos?\s(?:de\s)?(?:suicidio|suicidarme|quitarme\sla\svida|matarme)\b`,
      String.raw`\b(?:mi|mis|un|dos|tres|varios|el|primer|ultimo|otro|anterior|anteriores)\s(?:[a-z]+\s)?intentos?\b(?=\s*(?:[.!?,;]|$)|\s(?:fue|hace|en\s(?:19|20)\d\d|cuando|anterior|previo))`,
    ],
  },
  {
    id: 'es.history.sobrevivi',
    lang: 'es', tier: 'history', kind: 'history',
    patterns: [
      String.raw`\bsobrevivi\s(?:a\s)?(?:un|mi|dos|varios)\s(?:intento|sobredosis)\b`,
      String.raw`\b(?:estuve|fui|me\stuvieron|me\smetieron|me\sinternaron|termine)\s(?:[a-z]+\s){0,2}?(?:internad[oa]|hospitalizad[oa]|(?:dos|tres|varias)\sveces|en\sel\s(?:psiquiatrico|hospital\spsiquiatrico|pabellon\spsiquiatrico))\s(?:[a-z]+\s){0,2}?(?:por|despues\sde|tras)\s(?:un\s|una\s|mi\s)?(?:intento|intentar|sobredosis|querer\s(?:matarme|suicidarme|morirme)|cortarme|tratar\sde|(?:tomarme|tragarme)\s(?:las|todas\slas|unas|un\smonton\sde|un\sfrasco\sde)\s(?:pastillas|pildoras|medicinas))\b`,
    ],
  },
  {
    id: 'es.history.deje-de',
    lang: 'es', tier: 'history', kind: 'history', negatable: false,
    patterns: [
      String.raw`\b(?:deje|he\sdejado|ya\sdeje)\sde\s(?:cortarme|lastimarme|hacerme\sdano|autolesionarme|quemarme)\b|\bya\sno\sme\s(?:corto|lastimo|hago\sdano|quemo)\b|\b(?:ya\s)?hace\s(?:[a-z0-9]+\s)?(?:anos|meses|semanas)\sque\s(?:ya\s)?no\sme\s(?:corto|lastimo|hago\sdano|quemo|autolesiono)\b|\bllevo\s(?:[a-z0-9]+\s)?(?:anos|meses|semanas|dias)\s(?:sin\s(?:cortarme|lastimarme|hacerme\sdano|autolesionarme|quemarme))\b`,
    ],
  },
  {
    id: 'es.history.respuesta',
    lang: 'es', tier: 'history', kind: 'history',
    patterns: [
      // an answer about past attempts: "sí, una vez, en 2001, con la pistola. no salió el tiro", "si, una vez, en 2015. desde entonces no"
      String.raw`(?:^|[.!?]\s?)(?:si|sip|simon|yes|pues\ssi|la\sverdad\ssi|claro)\s?,?\s(?:(?:una|dos|tres|cuatro|varias|un\spar\sde)\s(?:vez|veces))\b(?=[^\n]{0,80}?\b(?:(?:19|20)\d\d|hace\s[a-z0-9]+\s(?:anos|ano|meses)|a\slos\s\d{1,2}|de\s(?:joven|nin[oa]|chav[oa]|morr[oa]|adolescente|chamac[oa]|patoj[oa]|cipot[ea])|cuando\s(?:era|tenia|estaba|vivia))\b)(?=[^\n]{0,120}?\b(?:pistola|arma|rifle|escopeta|soga|cuerda|pastillas|pildoras|cuchillo|navaja|veneno|cloro|puente|tiro|balazo|vias|desde\sentonces\s(?:no|nunca|nada)(?=\s*(?:[.!?]|$))|nunca\smas\slo\s(?:intente|hice)|no\ssalio\sel\s(?:tiro|disparo)|me\s(?:salvaron|encontraron|lavaron\sel\sestomago|revivieron)|intent[a-z]*|lo\shice|ahorcar[a-z]*|cortarme|me\scorte|tomarme|me\stome)\b)`,
      // the item named: "pregunta de intentos: sí, dos veces", "intentos previos? sí, uno"
      String.raw`\b(?:intentos?|intento\sde\ssuicidio|intentos\sde\ssuicidio)(?:\s(?:previos?|anteriores?|pasados?))?\s?[:?=\-]\s?(?:(?:nomas|no\smas|nada\smas|solo|solamente|pues)\s)?(?:si|sip|yes|[1-9]|uno|una|dos|tres|cuatro|varios)\b`,
      // "sí a la pregunta de si alguna vez lo intenté", "puse que sí en lo de intentos"
      String.raw`\b(?:si|puse\sque\ssi|marque\sque\ssi|conteste\sque\ssi|dije\sque\ssi)\s(?:a|en)\s(?:la\spregunta|lo|la)\s(?:de\s|del\s)?(?:si\s)?(?:alguna\svez\s)?(?:lo\s)?(?:he\s)?(?:intente|intentado|trate|tratado|intentos?|intento\sde\ssuicidio)\b`,
      // "en el pasado sí tuve intentos", "una vez traté, a los 22, y ya"
      String.raw`\b(?:una|dos|tres|varias)\s(?:vez|veces)\s(?:lo\s)?(?:intente|trate|he\sintentado)\b(?=\s*(?:[.!?,;:]|$)|\sy\s(?:ya|no|me))`,
    ],
  },
  {
    id: 'es.history.linea-de-crisis',
    lang: 'es', tier: 'history', kind: 'history',
    patterns: [
      String.raw`\b(?:llame|marque|escribi|hable)\s(?:a|al|con)\s(?:la\s)?(?:988|linea\s(?:de\s(?:crisis|la\svida|prevencion\sdel\ssuicidio)|del\ssuicidio)|linea\sde\sayuda)\b`,
    ],
  },
  {
    id: 'es.history.intente-antes',
    lang: 'es', tier: 'history', kind: 'history',
    patterns: [
      String.raw`\b(?:ya\s)?(?:lo\s)?(?:intente|he\sintentado|trate)\s(?:lo\s)?(?:antes|una\svez|dos\sveces|varias\sveces|hace\s[a-z0-9]+\s(?:anos|meses)|en\s(?:19|20)\d\d|de\s(?:joven|nin[oa]|chav[oa]|adolescente)|cuando\s(?:tenia|era))\b`,
      String.raw`\bme\s(?:encontraron|encontro|hallaron)\s(?:inconsciente|desmayad[oa]|tirad[oa]|colgando|en\sel\s(?:bano|garaje|carro|piso)|despues\sde|con\s(?:las|el|la))\b`,
    ],
  },
  {
    id: 'es.history.pensamientos-regresan',
    lang: 'es', tier: 'active', kind: 'suicide', needsContext: true,
    patterns: [
      String.raw`\b(?:los\s|esos\s|las\s|esas\s)?(?:pensamientos|ideas|ganas)\s(?:ya\s)?(?:regresaron|volvieron|estan\sde\svuelta|otra\svez)\b|\b(?:pensando|pienso)\sen\shacerlo\s(?:otra\svez|de\snuevo)\b|\b(?:otra\svez|de\snuevo)\s(?:estoy\s)?pensando\sen\shacerlo\b`,
    ],
  },
];
