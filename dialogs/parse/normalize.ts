/**
 * Text folding shared by every answer parser.
 *
 * People answer by SMS and chat with any case, accents or none ("miercoles"), punctuation, emoji and
 * doubled spaces. Parsers compare folded text against folded vocabularies so that none of them has to
 * care about those differences, and so that "sí", "Si." and "SI" are the same answer.
 */

/** Longer than this is a story, not a short answer: short-answer parsers return `undefined` for it. */
export const MAX_SHORT_ANSWER_CHARS = 200;

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const APOSTROPHES = /['\u2018\u2019\u02BC`\u00B4]/g;

/** True when the text is too long to be a short answer (see MAX_SHORT_ANSWER_CHARS). */
export function isTooLong(text: string, max = MAX_SHORT_ANSWER_CHARS): boolean {
  return text.length > max;
}

/**
 * Lowercase, strip accents (ñ becomes n) and zero-width characters; keeps punctuation.
 * NFKD first so that compatibility forms (full-width digits, ligatures) fold to plain letters too.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(ZERO_WIDTH, '').toLowerCase();
}

function escapeForClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, (c) => `\\${c}`);
}

/**
 * Folded text with everything but a-z, 0-9 and the characters in `keep` turned into spaces,
 * spaces collapsed and trimmed. Apostrophes are removed rather than spaced ("don't" -> "dont",
 * "I'm" -> "im") so that contractions stay one word.
 * @param keep punctuation a parser needs to see, e.g. '-' for "mon-fri" or ':' for "5:30". Default none.
 */
export function normalize(text: string, keep = ''): string {
  const other = new RegExp(`[^a-z0-9\\s${escapeForClass(keep)}]`, 'g');
  return foldText(text).replace(APOSTROPHES, '').replace(other, ' ').replace(/\s+/g, ' ').trim();
}

/** The words of normalize(text, keep). */
export function tokenize(text: string, keep = ''): string[] {
  const folded = normalize(text, keep);
  return folded === '' ? [] : folded.split(' ');
}

/** "yesss" -> "yes", "noo" -> "no": runs of one letter count once, for stretched-out typing. */
export function collapseRepeats(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

/**
 * Damerau-Levenshtein distance in its "optimal string alignment" form: insertions, deletions,
 * substitutions and swaps of two adjacent letters each cost 1 ("yse" is 1 from "yes").
 * @param max stop early once the distance is known to exceed this (the result is then max + 1).
 *   Parsers only ask "within 1 or 2 typos?", and answers are compared with many phrases.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0); // row i - 2
  let prev = Array.from({ length: width }, (_, j) => j); // row i - 1
  let row = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length];
}

/**
 * How many typos a word or phrase of this many characters tolerates. Short words get none because
 * one edit turns them into other real words ("texas"/"texts", "never"/"ever").
 */
export function typoBudget(length: number): number {
  if (length >= 9) return 2;
  if (length >= 6) return 1;
  return 0;
}
