/**
 * Features of the statistical stage, read from the NORMALISED text (so leetspeak, accents, zero-width
 * characters, look-alike letters and case are already folded, exactly as the rules see them).
 *
 * Three kinds, all hashed into one table of BUCKETS entries so that no vocabulary has to be shipped:
 * - word unigrams ("die"), which a clinician can read back as the reason;
 * - word bigrams within a sentence ("to die", "me mato"), for the phrase-level meaning;
 * - character 3- to 5-grams inside each word padded with '<' and '>' ("<sui", "cidar", "rme>"), so that a
 *   new inflection, misspelling or slang form shares most of its evidence with the words it resembles.
 *
 * Sentences are split at . ! ? ; : and newlines; bigrams never cross a sentence boundary, so a sentence's
 * features are the same wherever it stands in a message (filler around it cannot change them).
 * Hashing uses FNV-1a over char codes with Math.imul: no substrings are allocated, because this runs on
 * every message and the whole triage budget is 20 µs.
 */

export const BITS = 16;

/** A window of the message is one to this many consecutive sentences (see train.ts predict). */
export const WINDOW_SENTENCES = 3;

/** Character n-grams are read from at most this many characters of a word: a 10,000-letter "word" is noise. */
export const MAX_WORD_NGRAM_CHARS = 32;
export const BUCKETS = 1 << BITS;
const SHIFT = 32 - BITS;

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
/** Seeds keep the three kinds apart ("die" the word and "die" the character trigram differ). */
export const SEED_WORD = 0x9e3779b1;
export const SEED_BIGRAM = 0x85ebca77;
export const SEED_CHAR = 0xc2b2ae3d;
export const PAD_START = 60; // '<'
export const PAD_END = 62; // '>'

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
 * normalised text the feature stands for (a word, two words, or the word a character n-gram is in), and
 * sentence counts from 0. Returns the number of sentences.
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
    // character n-grams of "<word>": position p runs over the padded word, p = -1 is '<' and p = len is '>'
    const len = end - start > MAX_WORD_NGRAM_CHARS ? MAX_WORD_NGRAM_CHARS : end - start;
    for (let p = -1; p <= len - 2; p++) {
      let h = FNV_OFFSET ^ SEED_CHAR;
      for (let q = p, n = 0; q <= len && n < 5; q++, n++) {
        const code = q < 0 ? PAD_START : q === len ? PAD_END : text.charCodeAt(start + q);
        h = Math.imul(h ^ code, FNV_PRIME);
        if (n >= 2) visit(finish(h ^ n), sentence, start, end);
      }
    }
  }
  return sentenceHasWords ? sentence + 1 : sentence;
}

/** Every feature of a text as a list of buckets (with repeats), for training. */
export function bucketsOf(text: string): number[] {
  const out: number[] = [];
  forEachFeature(text, (b) => out.push(b));
  return out;
}
