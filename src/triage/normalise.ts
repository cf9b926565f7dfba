import * as emoji from './text/emoji';
import * as glyphs from './text/homoglyphs';
import * as invisible from './text/invisible';
import * as leet from './text/leet';
import * as spelling from './text/spelling';

// Imported bindings are read once: some module loaders turn every read of an import into a getter call.
const EMOJI_WORDS = emoji.EMOJI_WORDS;
const PICTOGRAPHIC = emoji.PICTOGRAPHIC;
const HOMOGLYPHS = glyphs.HOMOGLYPHS;
const isInvisible = invisible.isInvisible;
const deleet = leet.deleet;
const LEET_CHAR = leet.LEET_CHAR;
const SPELLING = spelling.SPELLING;
const VOCAB = spelling.VOCAB;

/**
 * Normalisation: one canonical spelling for the many ways a sentence can be typed, so the rules can be
 * written once. The output is lower-case ASCII words separated by single spaces, with sentence
 * punctuation (. , ! ? ; : and newline) kept because clauses matter to negation and tense.
 *
 * Steps, in order: Unicode compatibility folding (NFKC: full-width, ligatures, math letters), diacritics
 * removed, look-alike letters mapped, zero-width and invisible characters dropped, meaningful emoji
 * turned into words, apostrophes removed ("I'm" and "im" read the same), letters repeated three or more
 * times cut down, then per word: leetspeak undone, common misspellings and SMS abbreviations repaired;
 * last, a phrase repeated more than three times in a row is cut to three copies.
 *
 * Every output character remembers the span of the original text it came from, so a reason can point
 * at what the person actually typed, even after emoji expansion and zero-width removal.
 */
export interface Normalised {
  readonly text: string;
  /** starts[i]: UTF-16 index in the original where output char i's source begins. */
  readonly starts: ArrayLike<number>;
  /** ends[i]: UTF-16 index in the original where output char i's source ends (exclusive). */
  readonly ends: ArrayLike<number>;
}

/** Original span of the output range [start, end). */
export function originalSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), n.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), n.text.length - 1);
  return { start: n.starts[s] as number, end: n.ends[e] as number };
}

// ---------- pass 1: characters ----------

/** What each ASCII character becomes. Apostrophes vanish, brackets and symbols separate words. */
const ASCII: readonly string[] = (() => {
  const table: string[] = [];
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (ch >= 'A' && ch <= 'Z') table.push(ch.toLowerCase());
    else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) table.push(ch);
    else if (ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f') table.push('\n');
    else if (".,!?;:$@|*".includes(ch)) table.push(ch);
    else if (ch === "'" || ch === '`') table.push('');
    else if (ch === '&') table.push(' and ');
    else table.push(' ');
  }
  return table;
})();

/** ASCII_CODE[c]: the one output code for ASCII c, -1 when it vanishes, -2 when it becomes several characters. */
const ASCII_CODE: Int32Array = (() => {
  const table = new Int32Array(128);
  for (let c = 0; c < 128; c++) {
    const out = ASCII[c] as string;
    table[c] = out.length === 1 ? out.charCodeAt(0) : out.length === 0 ? -1 : -2;
  }
  return table;
})();

const foldCache = new Map<number, string>();

/** Fold one non-ASCII code point. Cached: a conversation uses few distinct characters. */
function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  const emoji = EMOJI_WORDS.get(cp);
  if (isInvisible(cp)) out = '';
  else if (emoji !== undefined) out = ` ${emoji} `;
  else {
    const direct = HOMOGLYPHS.get(cp);
    if (direct !== undefined) out = direct;
    else {
      const ch = String.fromCodePoint(cp);
      const folded = ch.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      out = '';
      for (const part of folded) {
        const code = part.codePointAt(0) as number;
        if (code < 128) out += ASCII[code];
        else {
          const glyph = HOMOGLYPHS.get(code);
          if (glyph !== undefined) out += glyph;
          else if (isInvisible(code)) out += '';
          else if (PICTOGRAPHIC.test(part) || /\s|\p{P}|\p{S}/u.test(part)) out += ' ';
          else out += part;
        }
      }
    }
  }
  if (foldCache.size < 4096) foldCache.set(cp, out);
  return out;
}

const SPACE = 32;
const NEWLINE = 10;

/** Letters and sentence punctuation collapse when repeated 3+ times; digits never do ("1000"). */
function isRepeatable(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 46 || code === 33 || code === 63 || code === 44;
}

interface Draft {
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** Output indices where a run of 3+ letters was cut to two. */
  collapsed: Set<number> | null;
}

/** Build a string from UTF-16 codes in chunks (apply has an argument limit). */
function fromCodes(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return out;
}

/**
 * Scratch buffers for pass 1, reused across calls (triage is synchronous, so one call at a time):
 * allocating three typed arrays per message cost more than folding its characters.
 */
let scratchCodes = new Uint16Array(1024);
let scratchStarts = new Int32Array(1024);
let scratchEnds = new Int32Array(1024);

function growScratch(cap: number): void {
  const codes = new Uint16Array(cap);
  codes.set(scratchCodes);
  scratchCodes = codes;
  const starts = new Int32Array(cap);
  starts.set(scratchStarts);
  scratchStarts = starts;
  const ends = new Int32Array(cap);
  ends.set(scratchEnds);
  scratchEnds = ends;
}

/**
 * Pass 1, per character. Typed arrays and char codes, and no closure: this loop runs on every
 * character of every message, and variables a closure shares live in a slower place.
 */
function foldCharacters(input: string): Draft {
  let codes = scratchCodes;
  let starts = scratchStarts;
  let ends = scratchEnds;
  let n = 0;
  let last = -1;
  let collapsed: Set<number> | null = null;

  // "💊💊💊💊💊…" says "pills" three times at most: more repeats add no meaning, only work
  let lastEmoji = -1;
  let emojiRun = 0;
  const length = input.length;
  for (let i = 0; i < length; ) {
    const unit = input.charCodeAt(i);
    // what this character becomes: one code (`single`), or the characters of `several`
    let single = -1;
    let several = '';
    let width = 1;
    if (unit < 128) {
      // ASCII, nearly every character of nearly every message
      if (unit !== 32) lastEmoji = -1;
      single = ASCII_CODE[unit] as number;
      if (single >= 0 && single !== last && single !== SPACE && single !== NEWLINE && n < codes.length) {
        // the common case: a character unlike the one before, no spacing rule to apply
        codes[n] = single;
        starts[n] = i;
        ends[n] = i + 1;
        n++;
        last = single;
        i++;
        continue;
      }
      if (single === -2) several = ASCII[unit] as string;
    } else {
      const cp = input.codePointAt(i) as number;
      width = cp > 0xffff ? 2 : 1;
      if (EMOJI_WORDS.has(cp)) {
        emojiRun = cp === lastEmoji ? emojiRun + 1 : 1;
        lastEmoji = cp;
        if (emojiRun > 3) {
          if (n > 0) ends[n - 1] = i + width;
          i += width;
          continue;
        }
      } else if (!isInvisible(cp)) {
        lastEmoji = -1;
      }
      several = foldCodePoint(cp);
    }
    const count = single >= 0 ? 1 : several.length;
    for (let k = 0; k < count; k++) {
      const code = single >= 0 ? single : several.charCodeAt(k);
      // spaces collapse, a newline absorbs the space before it, a letter repeated a third time is absorbed
      if (code === SPACE) {
        if (last === -1 || last === SPACE || last === NEWLINE) continue;
      } else if (code === NEWLINE) {
        if (last === -1 || last === NEWLINE) continue;
        if (last === SPACE) {
          codes[n - 1] = NEWLINE;
          last = NEWLINE;
          continue;
        }
      } else if (code === last && n >= 2 && codes[n - 2] === code && isRepeatable(code)) {
        ends[n - 1] = i + width;
        if (code >= 97 && code <= 122) (collapsed ??= new Set<number>()).add(n - 1);
        continue;
      }
      if (n === codes.length) {
        growScratch(codes.length * 2);
        [codes, starts, ends] = [scratchCodes, scratchStarts, scratchEnds];
      }
      codes[n] = code;
      starts[n] = i;
      ends[n] = i + width;
      n++;
      last = code;
    }
    i += width;
  }
  while (n > 0 && (codes[n - 1] === SPACE || codes[n - 1] === NEWLINE)) n--;
  // plain arrays: allocating a typed array costs several times more than copying a message's offsets
  const outStarts = new Array<number>(n);
  const outEnds = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    outStarts[k] = starts[k] as number;
    outEnds[k] = ends[k] as number;
  }
  return { text: fromCodes(codes, n), starts: outStarts, ends: outEnds, collapsed };
}

// ---------- pass 2: words ----------


interface Replacement {
  from: number;
  to: number;
  text: string;
}

/** Shorten collapsed double letters when that yields a known word ("diie" -> "die", "byee" -> "bye"). */
function restoreRepeats(token: string, offset: number, collapsed: Set<number>): string {
  if (VOCAB.has(token)) return token;
  const runs: number[] = [];
  for (let i = 1; i < token.length && runs.length < 3; i++) {
    if (collapsed.has(offset + i) && token[i] === token[i - 1]) runs.push(i);
  }
  if (runs.length === 0) return token;
  for (let mask = 1; mask < 1 << runs.length; mask++) {
    let candidate = '';
    for (let i = 0; i < token.length; i++) {
      const r = runs.indexOf(i);
      if (r >= 0 && mask & (1 << r)) continue;
      candidate += token[i];
    }
    if (VOCAB.has(candidate) || SPELLING.has(candidate)) return candidate;
  }
  return token;
}

/** Token characters: letters, digits and the symbols leetspeak uses. */
function isTokenCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 36 || c === 64 || c === 124 || c === 42 || c === 33;
}

/**
 * A cheap filter before the spelling table: a word can be a misspelling only if some misspelling
 * has its length, first and last letter. Most words are not, and need no string made for them.
 */
function spellingKey(length: number, first: number, last: number): number {
  return (Math.min(length, 31) * 961 + (first & 31) * 31 + (last & 31)) & 0x7fff;
}
const MAY_BE_MISSPELT: Uint8Array = (() => {
  const table = new Uint8Array(0x8000);
  for (const wrong of SPELLING.keys()) table[spellingKey(wrong.length, wrong.charCodeAt(0), wrong.charCodeAt(wrong.length - 1))] = 1;
  return table;
})();

const QUESTION_ITEM = /^q\d{1,2}$/;

function repairWords(draft: Draft): Replacement[] {
  const replacements: Replacement[] = [];
  const text = draft.text;
  const length = text.length;
  const cuts: readonly number[] = draft.collapsed === null ? [] : [...draft.collapsed];
  let cut = 0;
  for (let i = 0; i < length; ) {
    if (!isTokenCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    let symbols = false;
    while (end < length) {
      const c = text.charCodeAt(end);
      if (!isTokenCode(c)) break;
      if (c < 97 || c === 124) symbols = true; // a digit or a leetspeak symbol
      end++;
    }
    // leading and trailing '!' / '|' are punctuation, not letters
    let start = i;
    i = end;
    while (end > start && (text.charCodeAt(end - 1) === 33 || text.charCodeAt(end - 1) === 124)) end--;
    while (start < end && (text.charCodeAt(start) === 33 || text.charCodeAt(start) === 124)) start++;
    if (start === end) continue;
    // letters cut from a run of three or more inside this word? (cuts ascend, as words do)
    while (cut < cuts.length && (cuts[cut] as number) < start) cut++;
    const repeated = cut < cuts.length && (cuts[cut] as number) < end;
    if (!symbols && !repeated && MAY_BE_MISSPELT[spellingKey(end - start, text.charCodeAt(start), text.charCodeAt(end - 1))] === 0) continue;
    const raw = text.slice(start, end);
    let word = raw;
    // a questionnaire item ("q5 yes") is not leetspeak for "qs"
    if (symbols && LEET_CHAR.test(word) && !QUESTION_ITEM.test(word)) word = deleet(word);
    if (repeated && !word.includes(' ')) word = restoreRepeats(word, start, draft.collapsed as Set<number>);
    const fixed = SPELLING.get(word);
    if (fixed !== undefined) word = fixed;
    if (word !== raw) replacements.push({ from: start, to: end, text: word });
  }
  // "w1sh 1 w4s d34d": in a message written in leetspeak, a lone 1 is the pronoun
  if (replacements.some((r) => /[0-9$@|]/.test(text.slice(r.from, r.to)))) {
    const ONE = /(?:^|\s)(1)(?=\s[a-z])/g;
    for (let m = ONE.exec(text); m !== null; m = ONE.exec(text)) {
      const at = m.index + m[0].length - 1;
      replacements.push({ from: at, to: at + 1, text: 'i' });
    }
    replacements.sort((a, b) => a.from - b.from);
  }
  return replacements;
}

function applyReplacements(draft: Draft, replacements: Replacement[]): Normalised {
  if (replacements.length === 0) return draft;
  // the output's length is known up front: fill arrays of that size rather than grow them
  let length = draft.text.length;
  for (const r of replacements) length += r.text.length - (r.to - r.from);
  const parts: string[] = [];
  const starts = new Array<number>(length);
  const ends = new Array<number>(length);
  let at = 0;
  let cursor = 0;
  const copy = (from: number, to: number): void => {
    parts.push(draft.text.slice(from, to));
    for (let i = from; i < to; i++, at++) {
      starts[at] = draft.starts[i] as number;
      ends[at] = draft.ends[i] as number;
    }
  };
  for (const r of replacements) {
    copy(cursor, r.from);
    const sameLength = r.text.length === r.to - r.from;
    const spanStart = draft.starts[r.from] as number;
    const spanEnd = draft.ends[r.to - 1] as number;
    parts.push(r.text);
    for (let k = 0; k < r.text.length; k++, at++) {
      // same length: letter-for-letter ("k1ll"); otherwise every letter points at the whole word
      starts[at] = sameLength ? (draft.starts[r.from + k] as number) : spanStart;
      ends[at] = sameLength ? (draft.ends[r.from + k] as number) : spanEnd;
    }
    cursor = r.to;
  }
  copy(cursor, draft.text.length);
  return { text: parts.join(''), starts, ends };
}

// ---------- spaced letters ----------

/** "k i l l  m y s e l f": three or more single letters in a row, joined and split back into known words. */
const SPACED = /\b[a-z](?:\s[a-z]\b){2,}/g;

/** Split a run of letters into known words, longest first; null when some part is not a word. */
function segment(letters: string): string | null {
  const out: string[] = [];
  let i = 0;
  while (i < letters.length) {
    let found = 0;
    for (let len = Math.min(10, letters.length - i); len >= 1; len--) {
      const piece = letters.slice(i, i + len);
      if (VOCAB.has(piece) || (len > 2 && SPELLING.has(piece))) {
        found = len;
        break;
      }
    }
    if (found === 0) return null;
    out.push(letters.slice(i, i + found));
    i += found;
  }
  return out.join(' ');
}

function joinSpacedLetters(draft: Draft): Draft {
  if (!/\b[a-z]\s[a-z]\s[a-z]\b/.test(draft.text)) return draft;
  const replacements: Replacement[] = [];
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(draft.text); m !== null; m = SPACED.exec(draft.text)) {
    const letters = m[0].replace(/\s/g, '');
    const words = letters.length <= 60 ? segment(letters) : null;
    if (words !== null && words !== m[0]) replacements.push({ from: m.index, to: m.index + m[0].length, text: words });
  }
  if (replacements.length === 0) return draft;
  const joined = applyReplacements(draft, replacements);
  return { text: joined.text, starts: joined.starts, ends: joined.ends, collapsed: null };
}

// ---------- repeated phrases ----------

/** The longest phrase (in words) whose repetition is cut. */
const MAX_PHRASE = 24;
/** Copies of a phrase kept in a row, like letters and emoji: more say nothing new. */
const KEEP_COPIES = 3;
/** Shorter messages cannot repeat a phrase often enough to matter. */
const REPEATS_FROM = 200;

/** Scratch buffers for the words of one message (triage is synchronous: one call at a time). */
let wordHash = new Int32Array(512);
let wordAt = new Int32Array(512);
let wordEnd = new Int32Array(512);

/**
 * A hash table from word hash to the last index seen, for nextSame (entries count while stamped). More
 * slots than a message can have words (20,000 characters make at most 10,000), so probing always ends.
 */
const HASH_SLOTS = 16384;
const slotStamp = new Uint32Array(HASH_SLOTS);
const slotHash = new Int32Array(HASH_SLOTS);
const slotIndex = new Int32Array(HASH_SLOTS);
let seenStamp = 0;
let nextSame = new Int32Array(512);

function growWords(): void {
  const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  [wordHash, wordAt, wordEnd] = [grow(wordHash), grow(wordAt), grow(wordEnd)];
}

/**
 * "holding my gun holding my gun holding my gun …" for 1,600 characters says it three times at most:
 * a phrase of up to MAX_PHRASE words repeated more than KEEP_COPIES times in a row is cut to
 * KEEP_COPIES copies. Nothing is lost (the copies kept are the same words) and the work the rules do
 * on a message stays bounded by what it says, not by how often it says it.
 */
function cutRepeatedPhrases(n: Normalised): Normalised {
  const text = n.text;
  if (text.length < REPEATS_FROM) return n;
  // words: maximal runs of non-space characters, each as where it starts and a hash of its characters
  // (integers compare faster than strings; two words are the same only when their text is, checked below)
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) {
      i++;
      continue;
    }
    let h = 0x811c9dc5;
    let j = i;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d === 32 || d === 10) break;
      h = Math.imul(h ^ d, 0x01000193);
    }
    if (count === wordHash.length) growWords();
    wordHash[count] = h;
    wordAt[count] = i;
    wordEnd[count] = j;
    count++;
    i = j;
  }
  const same = (a: number, b: number): boolean => {
    const length = (wordEnd[a] as number) - (wordAt[a] as number);
    if (wordHash[a] !== wordHash[b] || (wordEnd[b] as number) - (wordAt[b] as number) !== length) return false;
    for (let k = 0; k < length; k++) if (text.charCodeAt((wordAt[a] as number) + k) !== text.charCodeAt((wordAt[b] as number) + k)) return false;
    return true;
  };
  // nextSame[i]: the next word with word i's hash, or -1: a phrase of p words said again starts with
  // its first word p words on, so only those distances need checking (most words have none nearby)
  if (nextSame.length < count) nextSame = new Int32Array(wordHash.length);
  if (++seenStamp === 0xffffffff) {
    slotStamp.fill(0);
    seenStamp = 1;
  }
  for (let i = count - 1; i >= 0; i--) {
    const h = wordHash[i] as number;
    let slot = (h ^ (h >>> 15)) & (HASH_SLOTS - 1);
    while (slotStamp[slot] === seenStamp && slotHash[slot] !== h) slot = (slot + 1) & (HASH_SLOTS - 1);
    nextSame[i] = slotStamp[slot] === seenStamp ? (slotIndex[slot] as number) : -1;
    slotStamp[slot] = seenStamp;
    slotHash[slot] = h;
    slotIndex[slot] = i;
  }
  const cuts: Array<readonly [number, number]> = [];
  for (let i = 0; i < count; ) {
    let skipped = false;
    phrases: for (let j = nextSame[i] as number; j !== -1 && j - i <= MAX_PHRASE; j = nextSame[j] as number) {
      const p = j - i;
      if (i + p * (KEEP_COPIES + 1) > count) break;
      // a phrase of p words said more than KEEP_COPIES times has its first word every p words
      for (let c = 2; c <= KEEP_COPIES; c++) if (wordHash[i + c * p] !== wordHash[i]) continue phrases;
      let copies = 1;
      outer: for (;;) {
        const from = i + copies * p;
        if (from + p > count) break;
        for (let q = 0; q < p; q++) if (!same(from + q, i + q)) break outer;
        copies++;
      }
      if (copies > KEEP_COPIES) {
        const firstCut = i + KEEP_COPIES * p;
        const afterLast = i + copies * p;
        cuts.push([wordAt[firstCut] as number, afterLast < count ? (wordAt[afterLast] as number) : text.length]);
        i = afterLast;
        skipped = true;
        break phrases;
      }
    }
    if (!skipped) i++;
  }
  if (cuts.length === 0) return n;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (const [from, to] of [...cuts, [text.length, text.length] as const]) {
    parts.push(text.slice(cursor, from));
    for (let k = cursor; k < from; k++) {
      starts.push(n.starts[k] as number);
      ends.push(n.ends[k] as number);
    }
    cursor = to;
  }
  let joined = parts.join('');
  // a cut at the very end leaves the space before it
  while (joined.endsWith(' ') || joined.endsWith('\n')) {
    joined = joined.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { text: joined, starts, ends };
}

export function normalise(input: string): Normalised {
  const draft = joinSpacedLetters(foldCharacters(input));
  return cutRepeatedPhrases(applyReplacements(draft, repairWords(draft)));
}
