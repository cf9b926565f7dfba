import type { RuleSpec } from '../rule';

/**
 * Ronda 15 (quinta sesión, 2026-11-28): familias que un escritor nuevo (fresh-ac) mostró ausentes,
 * escritas como familias con sus parecidos inocentes, y luego estrechadas con los parecidos que un
 * revisor escribió para romperlas (rules-r15.test.ts).
 */

/** Alguien que murió: "murieron", "ya no están"; no "el celular se murió". */
const UNA_MUERTE = String.raw`\b(?:murieron|muertos|cayeron|fallecieron|fallecio|mataron|ya\sno\sestan|(?:el|ella|mi\s[a-z]+)\s(?:se\s)?murio|murio\s(?:mi|el|ella)|en\ssu\slugar|enterr\w+|funeral|velorio|tumba)\b`;

export const ES_RONDA15: readonly RuleSpec[] = [
  {
    id: 'es.passive.un-problema-menos',
    lang: 'es', tier: 'passive', kind: 'passive', negatable: false,
    patterns: [
      // "si me pisa un colectivo, un problema menos", "si me atropella un camión, me hace un favor";
      // no "si me lleva el tren al aeropuerto, mejor"
      String.raw`\bsi\sme\s(?:pisa|atropella|arrolla|mata|choca)\s(?:un|una|el|la)\s(?:colectivo|camion|carro|bus|autobus|tren|micro|auto|coche|trailer)\b[^.!?\n]{0,40}?\b(?:un\sproblema\smenos|me\s(?:hace|haria)\sun\sfavor|descanso|ni\smodo|ojala|mejor\spara\stodos|que\sbueno|ni\sme\simporta|me\sda\sigual)\b`,
      // living without a reason: "vivo por inercia", "sigo vivo nomás por costumbre"; no "los lunes vivo por pura inercia y café"
      String.raw`\bvivo\spor\s(?:pura\s)?inercia\b(?=\s*(?:[.!?,;]|$)|\s(?:nada\smas|nomas|solamente|no\sporque|desde))|\bsigo\svivo\s(?:nomas\s|solo\s|nada\smas\s)?por\s(?:costumbre|inercia|obligacion)\b`,
    ],
  },
  {
    id: 'es.passive.falta-que-el-cuerpo-se-entere',
    lang: 'es', tier: 'passive', kind: 'passive', negatable: false,
    // muerto por dentro (no el horario de verano ni el gimnasio)
    near: { requires: String.raw`\b(?:muert[oa]s?|me\smori|por\sdentro|sin\salma)\b`, before: 120, after: 0 },
    patterns: [
      // "ya estoy muerto por dentro, nomás falta que el cuerpo se entere"
      String.raw`\b(?:nomas|solo|nada\smas|ya\ssolo)\sfalta\sque\s(?:el|mi)\s(?:cuerpo|corazon)\s(?:se\sentere|se\sdecida|lo\ssepa|me\salcance|le\salcance|se\sde\scuenta|se\sponga\sal\scorriente)\b`,
    ],
  },
  {
    id: 'es.passive.debi-quedarme-alla',
    lang: 'es', tier: 'passive', kind: 'passive', negatable: false,
    // los que murieron, o seguir aquí "todavía"; no una fiesta, la oficina o el tráfico
    near: { requires: String.raw`${UNA_MUERTE}|\b(?:(?:no\sse\s)?que\shago\s(?:yo\s)?aqui\stodavia|sigo\saqui\stodavia|sigo\svivo|por\sque\ssigo\s(?:vivo|aqui))\b`, before: 160, after: 160 },
    patterns: [
      String.raw`\b(?:debi|debia|deberia\shaber|tenia\sque|me\stocaba)\s(?:quedarme|morirme|morir|haberme\squedado|caer)\s(?:yo\s)?(?:alla|ahi|con\s(?:el|ella|ellos|ellas)|con\s(?:mis|los)\s(?:companeros|hermanos|amigos|compas|carnales|muchachos))\b`,
      // "él era el que tenía que volver, no yo"
      String.raw`\b(?:el|ella|ellos)\s(?:es|era|eran|son)\s(?:el|la|los|las)\s(?:que|quienes?)\s(?:debia|deberia|debio|debian|tenia\sque|merecia|merecian)\s(?:estar\saqui|vivir|seguir\svivos?|haber\svivido|regresar|volver)\b,?\sno\syo\b`,
      // "me tocaba a mí irme, no a mi hermano"
      String.raw`\bme\stocaba\s(?:a\smi\s)?(?:irme|morirme|morir)\b`,
    ],
  },
  {
    id: 'es.active.idea-de-no-seguir',
    lang: 'es', tier: 'active', kind: 'die', wish: true,
    patterns: [
      // "se me mete la idea de no seguir", "ando con ganas de no seguir"; no "no seguir así en este trabajo"
      String.raw`\b(?:idea|ideas|pensamiento|pensamientos|tentacion|ganas)\sde\sno\s(?:seguir|continuar)\b(?=\s*(?:[.!?,;]|$)|\s(?:viviendo|vivo|en\seste\smundo|y\sdesaparecer|de\sdesaparecer|porque|pero|ya\b))`,
      // "pensando en no regresar a casa nunca más"; no "no volver nunca más a ese restaurante"
      String.raw`\b(?:pensando|pienso|pense|pensar)\sen\s(?:ya\s)?no\s(?:regresar|volver)\s(?:a\scasa\s)?(?:nunca(?:\smas)?|jamas|ya\snunca)\b(?!\s(?:a|al)\s(?:ese|esa|este|esta|la|el|los|las|mi|su)\b)(?=\s*(?:[.!?,;]|$)|\s(?:a\scasa|y\b|porque|pero|de\sla|del))`,
    ],
  },
  {
    id: 'es.passive.para-que-me-curan',
    lang: 'es', tier: 'passive', kind: 'passive', negatable: false,
    patterns: [
      // "pa' qué me curan si no sirvo pa' nada"; no "para qué me esfuerzo en la cocina si no sirvo para esto"
      String.raw`\b(?:para|pa)\sque\s(?:me\s(?:curan|operan|atienden|salvan|cuidan|dan\s(?:medicina|pastillas|tratamiento))|me\scuro|sigo(?:\sviviendo)?|vivo)\b[^.!?\n]{0,20}?\bsi\s(?:ya\s)?(?:no\ssirvo(?=\s*(?:[.!?,;]|$)|\s(?:para\snada|pa\snada|nomas|solo|y\b))|soy\suna\scarga|solo\sestorbo|nomas\sestorbo|nadie\sme\snecesita|solo\sdoy\slata|nomas\sdoy\slata)`,
      // a burden on one's children: "nomás le doy lata a mis hijos", "nomás les quito tiempo y dinero a mis hijos";
      // no "les doy lata con el celular"
      String.raw`\b(?:nomas|solo|nada\smas|puro)\s(?:les?\s)?(?:doy|causo|quito)\s(?:lata|guerra|problemas|molestias|carga|gastos|trabajo|tiempo(?:\sy\sdinero)?|dinero)\sa\s(?:mis|mi)\s(?:hijos|hijas|familia|esposa|esposo|hija|hijo|nietos)\b(?=\s*(?:[.!?,;]|$)|\s(?:ya|mejor|y\s(?:a|mi|mis)|nada\smas|nomas))`,
    ],
  },
  {
    id: 'es.history.no-fue-accidente',
    lang: 'es', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      // "la sobredosis que tuve en 2018 no fue por accidente", "mi choque no fue un accidente"; no el choque de trenes
      String.raw`\b(?:mi|la|el)\s(?:sobredosis|choque|accidente)\s(?:que\stuve\s)?(?:(?:de|en)\s(?:19|20)\d\d\s)?(?:no\sfue|nunca\sfue)\s(?:un\s|realmente\sun\s|por\s)?(?:accidente|accidental)\b`,
    ],
  },
  {
    id: 'es.active.pregunta-de-seguridad-si',
    lang: 'es', tier: 'active', kind: 'suicide', negatable: false, escalates: false,
    patterns: [
      // "PREGUNTA 2 del cuestionario de seguridad: sí. Esta semana varias veces"; no "si contesto que no" (si: if),
      // no "yes, my wife will drive me" (the answer about something else)
      String.raw`\b(?:pregunta|question)\s(?:\d{1,2}|numero\s\d{1,2})\s(?:del?\s(?:cuestionario|formulario|apartado)\sde\sseguridad|de\sseguridad|on\sthe\ssafety\s(?:screen|questions|questionnaire)|of\sthe\ssafety\s(?:screen|questions|questionnaire))\s?[:=-]?\s?(?:si|yes|yeah)(?:\s?,)?(?=\s*(?:[.!?;]|$)|\s(?:varias|muchas|a\sveces|algunas|todos|casi|esta|este|la\ssemana|sometimes|often|several|a\sfew|this|every|most|daily|lo\she\spensado|i\shave))`,
      // "en la pregunta de seguridad número 4 contesté que sí"
      String.raw`\b(?:en\s)?la\spregunta\s(?:de\sseguridad\s)?(?:numero\s)?\d{1,2}\s(?:de\sseguridad\s)?conteste\sque\ssi\b`,
    ],
  },
  {
    id: 'es.imminent.dosis-para-mi',
    lang: 'es', tier: 'imminent', kind: 'imminent', negatable: false,
    patterns: [
      // "¿cuántas pastillas harían falta para no despertar? es para mí"
      String.raw`\bcuant[oa]s\s(?:[a-z]+\s){0,4}?(?:harian\sfalta|hacen\sfalta|se\snecesitan|necesitaria|necesito)\spara\s(?:no\sdespertar(?:me)?|morir(?:me)?|matarme)\b[^\n]{0,40}?\b(?:es|son)\spara\smi\b`,
    ],
  },
];
