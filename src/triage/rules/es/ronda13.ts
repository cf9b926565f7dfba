import type { RuleSpec } from '../rule';

/**
 * Decimotercera ronda, escrita después de puntuar una vez a un escritor nuevo (fresh-z): lo único que
 * detiene a quien escribe son sus hijos, y pensar en usar el arma del trabajo contra uno mismo.
 */
export const ES_RONDA13: readonly RuleSpec[] = [
  {
    id: 'es.active.r13-lo-unico-que-me-detiene',
    lang: 'es', tier: 'active', kind: 'suicide',
    patterns: [
      // "lo único que me detiene de hacerlo son mis hijos"
      String.raw`\blo\sunico\sque\sme\s(?:detiene|frena|para|mantiene\saqui|aguanta)\s(?:de\s(?:hacerlo|matarme|hacer\suna\slocura)\s)?(?:son|es)\s(?:mis|mi)\s[a-z]+\b`,
      // "se me cruza por la cabeza usar la pistola del trabajo contra mí"
      String.raw`\busar\s(?:la|el|mi)\s(?:pistola|arma|rifle|escopeta|navaja|cuchillo)\s(?:[a-z]+\s){0,3}?contra\smi(?:\smism[oa])?\b`,
    ],
  },
];
