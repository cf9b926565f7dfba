import type { RuleSpec } from '../rule';

/**
 * Ronda 15 (quinta sesión, 2026-11-28): familias que un escritor nuevo (fresh-ac) mostró ausentes,
 * escritas como familias con sus parecidos inocentes.
 */
export const ES_RONDA15: readonly RuleSpec[] = [
  {
    id: 'es.passive.un-problema-menos',
    lang: 'es', tier: 'passive', kind: 'passive', negatable: false,
    patterns: [
      // "si me pisa un colectivo, un problema menos", "si me atropella un camión, me hace un favor"
      String.raw`\bsi\sme\s(?:pisa|atropella|arrolla|mata|lleva|choca|cae|parte)\s(?:un|una|el|la)\s(?:colectivo|camion|carro|bus|autobus|tren|micro|auto|coche|trailer|rayo|bala|infarto)\b[^.!?\n]{0,40}?\b(?:un\sproblema\smenos|mejor|ni\smodo|que\sbueno|ojala|me\s(?:hace|haria)\sun\sfavor|descanso|ni\sme\simporta|me\sda\sigual)\b`,
      // "vivo por inercia": living without a reason
      String.raw`\bvivo\spor\s(?:pura\s)?(?:inercia|costumbre|obligacion)\b`,
    ],
  },
  {
    id: 'es.passive.falta-que-el-cuerpo-se-entere',
    lang: 'es', tier: 'passive', kind: 'passive', negatable: false,
    patterns: [
      // "ya estoy muerto por dentro, nomás falta que el cuerpo se entere"
      String.raw`\b(?:nomas|solo|nada\smas|ya\ssolo)\sfalta\sque\s(?:el|mi)\scuerpo\s(?:se\sentere|se\sdecida|lo\ssepa|me\salcance|le\salcance|se\sde\scuenta|se\sponga\sal\scorriente)\b`,
    ],
  },
  {
    id: 'es.passive.debi-quedarme-alla',
    lang: 'es', tier: 'passive', kind: 'passive', negatable: false,
    // los que murieron: "no sé qué hago yo aquí todavía"; no una fiesta o un trabajo
    near: { requires: String.raw`\b(?:no\sse\sque\shago|que\shago\s(?:yo\s)?aqui|murieron|muertos|cayeron|fallecieron|mataron|ya\sno\sestan|sigo\saqui|sigo\svivo|por\sque\s(?:yo|sigo)|todavia\saqui|en\ssu\slugar)\b`, before: 120, after: 120 },
    patterns: [
      String.raw`\b(?:debi|debia|deberia\shaber|tenia\sque|me\stocaba)\s(?:quedarme|morirme|morir|haberme\squedado|caer)\s(?:yo\s)?(?:alla|ahi|con\s(?:ellos|ellas)|con\s(?:mis|los)\s(?:companeros|hermanos|amigos|compas|carnales|muchachos))\b`,
      String.raw`\b(?:el|ella|ellos)\s(?:es|era|eran|son)\s(?:el|la|los|las)\s(?:que|quienes?)\s(?:debia|deberia|debio|debian|merecia|merecian)\s(?:estar\saqui|vivir|seguir\svivos?|haber\svivido|regresar)\b`,
    ],
  },
  {
    id: 'es.active.idea-de-no-seguir',
    lang: 'es', tier: 'active', kind: 'die', wish: true,
    patterns: [
      // "se me mete la idea de no seguir", "pensando en no regresar a casa nunca más"; no "no seguir con el tratamiento"
      String.raw`\b(?:idea|ideas|pensamiento|pensamientos|tentacion)\sde\sno\s(?:seguir|continuar)\b(?=\s*(?:[.!?,;]|$)|\s(?:aqui|viviendo|vivo|en\seste\smundo|mas|asi|y\b|porque|pero|ya))`,
      String.raw`\b(?:pensando|pienso|pense|pensar)\sen\sno\s(?:regresar|volver)\s(?:a\scasa\s|a\sningun\slado\s)?(?:nunca(?:\smas)?|jamas|ya\snunca)\b`,
    ],
  },
  {
    id: 'es.passive.para-que-me-curan',
    lang: 'es', tier: 'passive', kind: 'passive', negatable: false,
    patterns: [
      // "pa' qué me curan si no sirvo pa' nada", "para qué sigo si solo estorbo"
      String.raw`\b(?:para|pa)\sque\s(?:me\s(?:curan|operan|atienden|salvan|cuidan|dan\s(?:medicina|pastillas|tratamiento))|me\scuro|me\sesfuerzo|sigo(?:\sviviendo)?|vivo)\b[^.!?\n]{0,20}?\bsi\s(?:ya\s)?(?:no\ssirvo|soy\suna\scarga|solo\sestorbo|nomas\sestorbo|nadie\sme\snecesita|solo\sdoy\slata|nomas\sdoy\slata)\b`,
      // "nomás le doy lata a mis hijos": a burden on one's children
      String.raw`\b(?:nomas|solo|nada\smas|puro)\s(?:les?\s)?(?:doy|causo)\s(?:lata|guerra|problemas|molestias|carga|gastos|trabajo)\sa\s(?:mis|mi)\s(?:hijos|hijas|familia|esposa|esposo|hija|hijo|nietos)\b`,
    ],
  },
  {
    id: 'es.history.no-fue-accidente',
    lang: 'es', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      // "la sobredosis no fue accidental", "el choque no fue un accidente"
      String.raw`\b(?:la\ssobredosis|el\schoque|el\saccidente|la\scaida)\s(?:de\s[a-z0-9]+\s)?(?:no\sfue|no\sera|nunca\sfue)\s(?:un\s|realmente\sun\s)?(?:accidente|accidental)\b`,
    ],
  },
  {
    id: 'es.active.pregunta-de-seguridad-si',
    lang: 'es', tier: 'active', kind: 'suicide', negatable: false, escalates: false,
    patterns: [
      // "PREGUNTA 2 del cuestionario de seguridad: sí"; the safety screen asks about thoughts of harm
      String.raw`\b(?:pregunta|question)\s(?:\d{1,2}|numero\s\d{1,2})\s(?:del?\s(?:cuestionario|formulario|apartado)\sde\sseguridad|de\sseguridad|on\sthe\ssafety\s(?:screen|questions|questionnaire)|of\sthe\ssafety\s(?:screen|questions|questionnaire))\s?[:=-]?\s?(?:si|yes|yeah)\b`,
    ],
  },
];
