/**
 * Finding known phrases (option labels, state names, drug names) inside a short answer, with typo
 * tolerance, and refusing to choose when two different phrases fit the same words equally well.
 * Shared so that every parser resolves "which thing did they mean" by the same rule.
 */
import { editDistance, typoBudget } from './normalize';

export interface Phrase<K> {
  key: K;
  /** Already normalized (see normalize()), words separated by single spaces. */
  text: string;
  /** Whether typos are tolerated (default true). Words that are also ordinary words should be exact. */
  fuzzy?: boolean;
}

export interface PhraseMatch<K> {
  key: K;
  /** Token index of the first matched word. */
  start: number;
  /** Token index after the last matched word. */
  end: number;
  /** Edit distance between the matched words and the phrase; 0 is an exact match. */
  distance: number;
}

/**
 * Every window of the answer that matches a phrase. A fuzzy phrase of n words is also compared with
 * windows of n-1 and n+1 words so that a missing or extra space ("alittle bit") still matches.
 * @param budget typos allowed for a phrase of a given length in characters (default typoBudget).
 */
export function findPhrases<K>(
  tokens: readonly string[],
  phrases: readonly Phrase<K>[],
  budget: (length: number) => number = typoBudget,
): PhraseMatch<K>[] {
  const found: PhraseMatch<K>[] = [];
  for (const phrase of phrases) {
    const words = phrase.text.split(' ').length;
    const fuzzy = phrase.fuzzy !== false;
    const allowed = fuzzy ? budget(phrase.text.length) : 0;
    const sizes = allowed > 0 ? [words - 1, words, words + 1].filter((n) => n >= 1) : [words];
    for (const size of sizes) {
      for (let start = 0; start + size <= tokens.length; start++) {
        const window = tokens.slice(start, start + size).join(' ');
        if (Math.abs(window.length - phrase.text.length) > allowed) continue;
        const distance = allowed === 0 ? (window === phrase.text ? 0 : Infinity) : editDistance(window, phrase.text, allowed);
        if (distance <= allowed) found.push({ key: phrase.key, start, end: start + size, distance });
      }
    }
  }
  return found;
}

function overlaps<K>(a: PhraseMatch<K>, b: PhraseMatch<K>): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Keeps the best reading of each stretch of words: fewer typos first, then the longer phrase
 * ("west virginia" over "virginia"). `ambiguous` is set when two different phrases fit the same words
 * equally well, which callers turn into "not understood" rather than a guess.
 */
export function resolveMatches<K>(matches: readonly PhraseMatch<K>[]): { chosen: PhraseMatch<K>[]; ambiguous: boolean } {
  const ordered = [...matches].sort(
    (a, b) => a.distance - b.distance || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const chosen: PhraseMatch<K>[] = [];
  let ambiguous = false;
  for (const match of ordered) {
    const clash = chosen.find((c) => overlaps(c, match));
    if (clash === undefined) {
      chosen.push(match);
    } else if (
      clash.key !== match.key &&
      clash.distance === match.distance &&
      clash.end - clash.start === match.end - match.start
    ) {
      ambiguous = true;
    }
  }
  return { chosen: chosen.sort((a, b) => a.start - b.start), ambiguous };
}

/** The distinct keys of a resolved set of matches, in the order they appear in the answer. */
export function distinctKeys<K>(matches: readonly PhraseMatch<K>[]): K[] {
  const keys: K[] = [];
  for (const m of matches) if (!keys.includes(m.key)) keys.push(m.key);
  return keys;
}
