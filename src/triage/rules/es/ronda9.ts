import type { RuleSpec } from '../rule';

/**
 * Novena ronda, escrita después de puntuar una vez a un escritor nuevo (fresh-u): haber buscado en
 * internet formas de hacerlo, y pedir que no le agenden nada después de una fecha (una señal que cuenta
 * junto a otra, como "ya lo tengo decidido").
 */
export const ES_RONDA9: readonly RuleSpec[] = [
  {
    id: 'es.active.r9-buscado-formas',
    // "no lo he hecho" after it denies the act, not the search
    lang: 'es', tier: 'active', kind: 'suicide', negatable: false,
    patterns: [
      // "he buscado en internet formas de hacerlo, no lo he hecho"
      String.raw`(?<!\b(?:no|nunca|jamas)\s(?:he\s|estoy\s|ando\s)?)\b(?:he\s|estoy\s|ando\s)?(?:buscado|buscando|busque|investigue|investigado|investigando|leido|leyendo)\s(?:en\s(?:internet|google|linea|youtube|el\scelular)\s)?(?:formas|maneras|metodos|como)\s(?:de\s)?hacerlo\b`,
    ],
  },
  {
    id: 'es.prep.r9-no-agenden',
    lang: 'es', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // "no me agenden nada despues del viernes"
      String.raw`\bno\sme\s(?:agenden|agendes|agende|programen|pongan|den|apunten)\s(?:nada|cita|citas|ninguna\scita)\s(?:despues|pasado)\s(?:del?|de\sla)\b`,
    ],
  },
];
