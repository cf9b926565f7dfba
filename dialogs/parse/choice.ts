/**
 * Picking one option from a list the bot has shown: "2", "two", "dos", "b", "(b)", "moderately",
 * "moderatly", "bastante", "the first one". Returns the option's index, or undefined when the answer
 * does not point at exactly one option: a wrong reading of a symptom rating is worse than asking again.
 */
import type { Localized } from '../locale';
import { isTooLong, normalize, tokenize } from './normalize';
import { findNumberWords, wordsToNumber } from './number-words';
import { distinctKeys, findPhrases, resolveMatches, type Phrase } from './phrases';

export interface ChoiceNumbering {
  /**
   * The number shown next to the first option: 0 for rating scales shown as 0-4 (PCL-5) or 0-3
   * (PHQ-9, GAD-7), 1 for lists shown as 1, 2, 3. No default: guessing it wrong shifts every answer.
   */
  numbering: 0 | 1;
}

/** Words people put around the marker itself: "option 2", "la opción b", "number 3", "the first one". */
const LEAD_FILLERS = new Set(['option', 'opcion', 'number', 'numero', 'no', 'letter', 'letra', 'choice', 'answer', 'respuesta', 'the', 'el', 'la', 'its', 'es', 'i', 'say', 'pick', 'choose']);
const TRAIL_FILLERS = new Set(['one', 'option', 'opcion', 'please', 'pls', 'thanks', 'gracias', 'porfa']);

const ORDINALS: Record<string, number> = {
  first: 0, second: 1, third: 2, fourth: 3, fifth: 4, sixth: 5, seventh: 6, eighth: 7, ninth: 8, tenth: 9,
  '1st': 0, '2nd': 1, '3rd': 2, '4th': 3, '5th': 4, '6th': 5, '7th': 6, '8th': 7, '9th': 8, '10th': 9,
  primero: 0, primera: 0, primer: 0, segundo: 1, segunda: 1, tercero: 2, tercera: 2, tercer: 2,
  cuarto: 3, cuarta: 3, quinto: 4, quinta: 4, sexto: 5, sexta: 5, septimo: 6, septima: 6,
  octavo: 7, octava: 7, noveno: 8, novena: 8, decimo: 9, decima: 9,
};

/** Words too common to identify an option on their own ("bit" is in two PCL-5 labels). */
const STOPWORDS = new Set([
  'a', 'an', 'the', 'of', 'at', 'all', 'not', 'no', 'than', 'more', 'bit', 'day', 'days', 'de', 'la', 'las',
  'el', 'los', 'un', 'una', 'mas', 'dia', 'dias', 'muy', 'y', 'o', 'or', 'and',
]);

/** Words that reverse the label right after them ("not extremely"). */
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'ni', 'nunca']);

function stripFillers(tokens: readonly string[]): string[] {
  let start = 0;
  let end = tokens.length;
  while (start < end - 1 && LEAD_FILLERS.has(tokens[start])) start++;
  while (end > start + 1 && TRAIL_FILLERS.has(tokens[end - 1])) end--;
  return tokens.slice(start, end);
}

/** The answer is one marker: a number, a number word, a letter or an ordinal. */
function wholeMarker(core: readonly string[], count: number, numbering: 0 | 1): number | undefined | 'none' {
  const inRange = (i: number): number | undefined => (Number.isInteger(i) && i >= 0 && i < count ? i : undefined);
  if (core.length === 1) {
    const word = core[0];
    if (/^\d+$/.test(word)) return inRange(Number(word) - numbering);
    if (/^[a-z]$/.test(word)) return inRange(word.charCodeAt(0) - 'a'.charCodeAt(0));
    if (Object.prototype.hasOwnProperty.call(ORDINALS, word)) return inRange(ORDINALS[word]);
    if (word === 'last' || word === 'ultimo' || word === 'ultima') return count - 1;
  }
  const spelled = wordsToNumber(core);
  if (spelled !== undefined) return inRange(spelled - numbering);
  return 'none';
}

function labelPhrases(options: readonly Localized[]): Phrase<number>[] {
  const phrases: Phrase<number>[] = [];
  options.forEach((option, index) => {
    for (const text of new Set([normalize(option.en), normalize(option.es)])) {
      if (text !== '') phrases.push({ key: index, text });
    }
  });
  return phrases;
}

/**
 * Labels this short ("No", "Sí", "Yes") only count as the whole answer: inside a sentence they are
 * usually something else ("no sé" is not "No").
 */
const MIN_EMBEDDED_LABEL_CHARS = 4;

/** Options named in the answer (labels in either language, with typos); 'conflict' when unclear. */
function labelIndexes(tokens: readonly string[], options: readonly Localized[]): number[] | 'conflict' {
  const all = labelPhrases(options);
  const answer = tokens.join(' ');
  const whole = new Set(all.filter((p) => p.text === answer).map((p) => p.key));
  if (whole.size > 0) return [...whole];
  const phrases = all.filter((p) => p.text.length >= MIN_EMBEDDED_LABEL_CHARS);
  const { chosen, ambiguous } = resolveMatches(findPhrases(tokens, phrases));
  if (ambiguous) return 'conflict';
  for (const match of chosen) {
    const before = tokens[match.start - 1];
    if (before !== undefined && NEGATORS.has(before)) return 'conflict';
  }
  if (chosen.length > 0) return distinctKeys(chosen);
  // A distinctive part of one label typed on its own: "a little", "several", "mitad", "poco".
  if (!tokens.some((t) => !STOPWORDS.has(t))) return [];
  const containing = new Set(phrases.filter((p) => ` ${p.text} `.includes(` ${answer} `)).map((p) => p.key));
  return [...containing];
}

/**
 * The index of the option the answer points at, or undefined.
 * @param options the labels as shown, in order; either language's label is accepted.
 */
export function parseChoice(text: string, options: readonly Localized[], { numbering }: ChoiceNumbering): number | undefined {
  if (isTooLong(text) || options.length === 0) return undefined;
  // A negative number is out of range, not the number without its sign.
  if (/(^|[^\p{L}\p{N}])[-\u2212]\s*\d/u.test(text)) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;

  const whole = wholeMarker(stripFillers(tokens), options.length, numbering);
  if (whole !== 'none') return whole;

  const candidates = new Set<number>();
  // Numbers inside a sentence only count in short answers ("i'd say 2"); in a longer one they are
  // usually something else ("it happened 3 times").
  if (tokens.length <= 4) {
    const numbers = [...tokens.filter((t) => /^\d+$/.test(t)).map(Number), ...findNumberWords(tokens)];
    for (const n of numbers) {
      const index = n - numbering;
      if (index < 0 || index >= options.length) return undefined;
      candidates.add(index);
    }
  }
  const labels = labelIndexes(tokens, options);
  if (labels === 'conflict') return undefined;
  for (const index of labels) candidates.add(index);
  return candidates.size === 1 ? [...candidates][0] : undefined;
}
