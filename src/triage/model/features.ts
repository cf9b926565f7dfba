/**
 * Features of the statistical stage, read from the NORMALISED text (so leetspeak, accents, zero-width
 * characters, look-alike letters, case and common misspellings are already folded, exactly as the rules
 * see them): word unigrams ("die") and word bigrams within a sentence ("to die", "me mato"), hashed into
 * one table of BUCKETS entries so that no vocabulary has to be shipped. Every feature is one or two words
 * a clinician can read back as the reason for a raise.
 *
 * Character n-grams (3- to 5-grams, then 4-grams alone) were tried: in leave-one-file-out cross-validation
 * they added nothing measurable once combined with the rules, and cost about 2 µs per message.
 *
 * Sentences are split at . ! ? ; : and newlines; bigrams never cross a sentence boundary, so a sentence's
 * features are the same wherever it stands in a message (filler around it cannot change them).
 * Hashing uses FNV-1a over char codes with Math.imul: no substrings are allocated, because this runs on
 * every message and the whole triage budget is 20 µs.
 */

export const BITS = 16;
export const BUCKETS = 1 << BITS;
const SHIFT = 32 - BITS;

/** A window of the message is one to this many consecutive sentences (see train.ts predict). */
export const WINDOW_SENTENCES = 3;

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
/** Seeds keep the two kinds apart. */
export const SEED_WORD = 0x9e3779b1;
export const SEED_BIGRAM = 0x85ebca77;

/** Spreads the bits before the top BITS are taken as the bucket. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> SHIFT;
}

export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

export function isSentenceEnd(c: number): boolean {
  // . ! ? ; : newline
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10;
}

/**
 * Calls visit(bucket, sentence, start, end) for every feature of `text`; [start, end) is the span of
 * normalised text the feature stands for (a word or two words), and sentence counts from 0. Returns the
 * number of sentences.
 */
export function forEachFeature(text: string, visit: (bucket: number, sentence: number, start: number, end: number) => void): number {
  const length = text.length;
  let sentence = 0;
  let sentenceHasWords = false;
  let prevHash = 0;
  let prevStart = -1;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      if (isSentenceEnd(c) && sentenceHasWords) {
        sentence++;
        sentenceHasWords = false;
        prevStart = -1;
      }
      i++;
      continue;
    }
    const start = i;
    let word = FNV_OFFSET ^ SEED_WORD;
    while (i < length && isWordCode(text.charCodeAt(i))) {
      word = Math.imul(word ^ text.charCodeAt(i), FNV_PRIME);
      i++;
    }
    const end = i;
    sentenceHasWords = true;
    visit(finish(word), sentence, start, end);
    if (prevStart >= 0) visit(finish(Math.imul(prevHash ^ SEED_BIGRAM, FNV_PRIME) ^ word), sentence, prevStart, end);
    prevHash = word;
    prevStart = start;
  }
  return sentenceHasWords ? sentence + 1 : sentence;
}

/** Every feature of a text as a list of buckets (with repeats), for training. */
export function bucketsOf(text: string): number[] {
  const out: number[] = [];
  forEachFeature(text, (b) => out.push(b));
  return out;
}
