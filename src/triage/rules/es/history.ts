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
      String.raw`\b(?:estuve|fui|me\stuvieron|me\smetieron|me\sinternaron|termine)\s(?:[a-z]+\s){0,2}?(?:internad[oa]|hospitalizad[oa]|(?:dos|tres|varias)\sveces|en\sel\s(?:psiquiatrico|hospital\spsiquiatrico|pabellon\spsiquiatrico))\s(?:[a-z]+\s){0,2}?(?:por|despues\sde|tras)\s(?:un\s|una\s|mi\s)?(?:intento|intentar|sobredosis|querer\s(?:matarme|suicidarme|morirme)|cortarme|tratar\sde)\b`,
    ],
  },
  {
    id: 'es.history.deje-de',
    lang: 'es', tier: 'history', kind: 'history', negatable: false,
    patterns: [
      String.raw`\b(?:deje|he\sdejado|ya\sdeje)\sde\s(?:cortarme|lastimarme|hacerme\sdano|autolesionarme|quemarme)\b|\bya\sno\sme\s(?:corto|lastimo|hago\sdano|quemo)\b|\bhace\s[a-z0-9]+\s(?:anos|meses|semanas)\sque\sno\sme\s(?:corto|lastimo|hago\sdano|quemo)\b`,
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
