import type { RuleSpec } from '../rule';

/**
 * Ronda 16 (quinta sesión, 2026-11-28): familias que un escritor nuevo (fresh-ae: respuestas a mitad
 * del cuestionario, casi todas indirectas) mostró ausentes, con sus parecidos inocentes (rules-r16.test.ts).
 */

/** Lugares altos, puentes, vías. */
const LUGAR_ALTO = String.raw`(?:puente|azotea|techo|vias|viaducto|barranco|precipicio|acantilado|cornisa|barandal|ultimo\spiso)`;

export const ES_RONDA16: readonly RuleSpec[] = [
  {
    id: 'es.prep.en-el-puente',
    lang: 'es', tier: 'imminent', kind: 'imminent', needsContext: true,
    near: { excludes: String.raw`\b(?:trabaj\w*|arregl\w*|repar\w*|limpi\w*|pint\w*|tendiendo|ropa|fiesta|concierto|carne\sasada|foto\w*|vista|eclipse|paseo|turist\w*|primos|amigos|familia|canas|pesca\w*|trafico|atorad[oa]|manejando|de\scamino|cita)\b`, before: 60, after: 80 },
    patterns: [
      // "estoy en el puente ahorita mismo" alone: the writer's other words decide
      String.raw`\b(?:estoy|ando|ya\sestoy)\s(?:parad[oa]\s|sentad[oa]\s)?en\s(?:el|la|las)\s${LUGAR_ALTO}\s(?:ahorita|ahora)(?:\smismo)?(?=\s*(?:[.!?,;]|$))`,
    ],
  },
  {
    id: 'es.imminent.ya-junte-suficiente',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    // medicina guardada (no dinero ni puntos)
    near: { requires: String.raw`\b(?:pastillas?|pastis|pildoras|clonazepam|clona|rivotril|alprazolam|xanax|tramadol|medicinas?|medicamentos?|somniferos|calmantes|tafil|diazepam|valium|[a-z]+pam|[a-z]+lam)\b`, before: 120, after: 60 },
    patterns: [
      // "llevo meses guardando el clonazepam. ya junté lo suficiente. este finde"
      String.raw`\b(?:ya\s)?(?:junte|guarde|acumule|reuni|tengo)\s(?:lo\s)?suficientes?\b(?!\s(?:dinero|lana|feria|plata|puntos|para\s(?:el|la|los|las|un|una|mi|pagar|comprar|la\srenta)))(?![^.!?\n]{0,60}\b(?:viaje|gira|vacaciones|farmacia|receta|seguro|surtir|mes|semana)\b)`,
    ],
  },
  {
    id: 'es.imminent.se-acaba-todo-el-dia',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    // una venta, una liga, una temporada
    near: { excludes: String.raw`\b(?:tienda|oferta|descuento|liga|temporada|venta|promo\w*|rebaja\w*|partido|torneo|boletos|inventario|cupo|inscripcion\w*)\b`, before: 60, after: 40 },
    patterns: [
      // "el sábado después del turno se acaba todo"; no "el sábado se acaba todo el descuento"
      String.raw`\b(?:el\s)?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|hoy|esta\snoche|este\sfin(?:de)?(?:\sde\ssemana)?)\s(?:[a-z]+\s){0,4}?se\s(?:acaba|termina)\s(?:todo|esto)(?=\s*(?:[.!?,;]|$))`,
    ],
  },
  {
    id: 'es.imminent.los-ultimos-con-los-que-hablo',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "Son los últimos con los que hablo. Cuídense mucho."; no "los últimos con los que hablo hoy"
      String.raw`\b(?:son|ustedes\sson|eres|usted\ses)\s(?:los|las|el|la)\s(?:ultim[oa]s?)(?:\spersonas)?\s(?:con\s(?:los|las|quien(?:es)?)\s(?:que\s)?(?:hablo|voy\sa\shablar|platico)|a\s(?:los|las|quien(?:es)?)\s(?:que\s)?(?:les\s|le\s)?(?:escribo|hablo))(?=\s*(?:[.!?,;]|$)|\s(?:en\smi\svida|nunca|ya))`,
    ],
  },
  {
    id: 'es.imminent.para-que-no-me-encuentren',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    near: { excludes: String.raw`\b(?:escond\w*|sorpresa|regalo|pastel|juego|fiesta|escondidas)\b`, before: 80, after: 40 },
    patterns: [
      // "renté un cuarto de hotel pa' que mis hijos no me encuentren"
      String.raw`\b(?:para|pa)\s(?:que|q)\s(?:mis\s(?:hijos|hijas|ninos|papas|nietos)|mi\s(?:familia|esposa|esposo|hija|hijo|mama|papa|pareja)|nadie)\sno\sme\s(?:encuentren|encuentre|hallen|halle)(?=\s*(?:[.!?,;]|$)|\s(?:hoy|ya|nunca|muert[oa]))`,
    ],
  },
  {
    id: 'es.imminent.plan-y-fecha',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "tengo plan y fecha"
      String.raw`\b(?:tengo|ya\stengo)\s(?:un\s)?plan\sy\s(?:una\s)?(?:fecha|dia|hora)(?=\s*(?:[.!]|$))`,
    ],
  },
  {
    id: 'es.prep.la-fecha-que-escogi',
    lang: 'es', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // pistas que cuentan junto a otra: "es la fecha que escogí", "no hace falta que me busquen", "no voy a terminar el cuestionario"
      String.raw`\b(?:es\s)?la\sfecha\sque\s(?:escogi|elegi|decidi|puse)\b(?!\spara\b)|\bya\s(?:escogi|elegi|decidi)\sel\s(?:dia|como|lugar)\b(?!\spara\b|\sde\s(?:la|mi)\s(?:boda|mudanza|fiesta|cita))`,
      String.raw`\b(?:no\s(?:hace\sfalta|es\snecesario)\sque|que\sno)\sme\sbusquen(?=\s*(?:[.!?,;]|$))|\bno\sme\s(?:agenden|programen|apunten)(?:\snada)?(?=\s*(?:[.!?,;]|$))`,
      String.raw`\bno\s(?:voy\sa|pienso)\s(?:terminar|acabar)\s(?:el|este)\s(?:cuestionario|formulario)(?=\s*(?:[.!?,;]|$))`,
    ],
  },
  {
    id: 'es.history.a-punto-de-una-tonteria',
    lang: 'es', tier: 'active', kind: 'suicide', pastIsAttempt: true,
    near: { requires: String.raw`\b(?:arma|pistola|rifle|fierro|cuete|pastillas|soga|cuerda|navaja|puente|azotea|vias)\b`, before: 20, after: 60 },
    patterns: [
      // "estuve a punto de hacer una tontería con el arma de guardia"
      String.raw`\b(?:estuve|estaba|estoy|ando)\sa\s(?:punto|nada|poco)\sde\shacer\s(?:una\s)?(?:tonteria|locura|estupidez|pendejada|burrada)\b(?!\s?:|\s(?:y|e)\s(?:vender|comprar|gastar|renunciar|pedir|mandar|decir|dejar|mudarme|casarme)\b)(?![^.!?\n]{0,40}\b(?:de\sagua|de\sjuguete|paintball|airsoft)\b)`,
    ],
  },
  {
    id: 'es.active.a-ver-si-me-estrello',
    lang: 'es', tier: 'active', kind: 'die', wish: true,
    patterns: [
      // "manejo pedo a propósito a ver si me estrello"
      String.raw`\ba\sver\ssi\sme\s(?:estrello|mato|muero|atropellan|matan|parto\sla\smadre)(?=\s*(?:[.!?,;]|$)|\s(?:de\suna\svez|ya|por\sfin|y\b))`,
    ],
  },
  {
    id: 'es.passive.dios-se-olvido-de-mi',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "Dios se olvidó de llevarme con mis compañeros"
      String.raw`\bdios\sse\s(?:olvido|salto)\sde\s(?:llevarme|recogerme)\b`,
    ],
  },
  {
    id: 'es.history.me-bajaron-del-puente',
    lang: 'es', tier: 'history', kind: 'history',
    patterns: [
      // "hace unos años un policía me convenció de bajarme del puente"
      // (the match is the writer's act, after the helper's verb, whose accent names the helper)
      String.raw`(?<=\bme\s(?:convencio|convencieron|ayudo|ayudaron)\s(?:de\s|a\s)?)\b(?:bajarme|no\saventarme|no\stirarme|no\ssaltar)\b`,
    ],
  },
];
