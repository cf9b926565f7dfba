import * as encoding from './encoding';
import * as features from './features';
import * as generated from './weights.generated';

/**
 * The statistical stage at run time: K cumulative logistic models over hashed word and word-bigram
 * features of the normalised text (see features.ts and train.ts). Each model takes its
 * best window of one to three consecutive sentences, so a risky sentence buried in a long message is not
 * diluted by the rest, filler around a sentence cannot lower it, and repeating words or sentences adds
 * nothing (a feature counts once per sentence).
 *
 * It only ever RAISES the rules' tier (detect.ts). When it does, explain() names the contiguous run of
 * words that contributed most to the decision, so the reason is something a clinician can read.
 */

// Imported bindings are read once: some module loaders (tsx, esbuild) turn every read of an imported
// name into a getter call, which costs more than the hashing itself in the loop below.
const MODEL = generated.MODEL;
const { BUCKETS, FNV_OFFSET, FNV_PRIME, SEED_BIGRAM, SEED_WORD, WINDOW_SENTENCES, finish, forEachFeature, isSentenceEnd, isWordCode } = features;
const decodeWeights = encoding.decodeWeights;

export const K = MODEL.atLeast.length;
const Q: Int8Array = decodeWeights(MODEL.weights, BUCKETS, K);
const SCALES: readonly number[] = MODEL.scales;
const BIAS: readonly number[] = MODEL.bias;
export const THRESHOLDS: { readonly risk: number; readonly imminent: number } = MODEL.thresholds;

/** Model indices: 0 = any risk (>= history), 1 = >= passive, 2 = >= active, 3 = imminent. */
export const RISK = 0;
export const IMMINENT = 3;
/** A reason names at most this many words: a phrase a clinician reads at a glance. */
const MAX_REASON_WORDS = 8;

/**
 * Every message needs the any-risk and imminent models; the two middle ones only name the tier of a
 * message the any-risk model raises. So the weights are split into two tables of two models each, and
 * the hot one (half the memory) is the only one read for most messages.
 */
function pairTable(a: number, b: number): Int8Array {
  const t = new Int8Array(BUCKETS * 2);
  for (let i = 0; i < BUCKETS; i++) {
    t[i * 2] = Q[i * K + a] as number;
    t[i * 2 + 1] = Q[i * K + b] as number;
  }
  return t;
}
const HOT = pairTable(RISK, IMMINENT);
const MIDDLE = pairTable(1, 2);

// scratch state for one call: triage is synchronous, so one set of buffers serves every call
const sentenceSums = new Int32Array(2);
/** The sums of the last WINDOW_SENTENCES - 1 closed sentences, most recent first: previous[j * 2 + m]. */
const previous = new Int32Array(Math.max(1, WINDOW_SENTENCES - 1) * 2);
const bestSums = new Int32Array(2);
const bestFrom = new Int32Array(2);
const bestTo = new Int32Array(2);
/** stamp[bucket] === generation: the bucket was already counted in this sentence. */
const stamp = new Uint8Array(BUCKETS);
let generation = 0;

function nextGeneration(): void {
  generation++;
  if (generation === 256) {
    stamp.fill(0);
    generation = 1;
  }
}

/**
 * Best window sums of the two models of `table` for a normalised text, left in bestSums, bestFrom and
 * bestTo: the same features as features.ts forEachFeature and the same arithmetic as train.ts predict
 * (a test holds them equal), written out in one loop without callbacks because it runs on every message.
 */
function run(text: string, table: Int8Array): void {
  sentenceSums.fill(0);
  previous.fill(0);
  bestSums.fill(0);
  bestFrom.fill(0);
  bestTo.fill(0);
  nextGeneration();
  const length = text.length;
  let sentence = 0;
  let hasWords = false;
  let prevHash = 0;
  let hasPrev = false;
  let i = 0;
  while (i <= length) {
    const c = i < length ? text.charCodeAt(i) : 46;
    if (!isWordCode(c)) {
      if ((i === length || isSentenceEnd(c)) && hasWords) {
        // close the sentence: every window of up to WINDOW_SENTENCES sentences ending here
        for (let m = 0; m < 2; m++) {
          let sum = sentenceSums[m] as number;
          if (sentence === 0 || sum > (bestSums[m] as number)) {
            bestSums[m] = sum;
            bestFrom[m] = sentence;
            bestTo[m] = sentence;
          }
          for (let back = 1; back < WINDOW_SENTENCES && back <= sentence; back++) {
            sum += previous[(back - 1) * 2 + m] as number;
            if (sum > (bestSums[m] as number)) {
              bestSums[m] = sum;
              bestFrom[m] = sentence - back;
              bestTo[m] = sentence;
            }
          }
          for (let back = WINDOW_SENTENCES - 2; back > 0; back--) previous[back * 2 + m] = previous[(back - 1) * 2 + m] as number;
          previous[m] = sentenceSums[m] as number;
          sentenceSums[m] = 0;
        }
        sentence++;
        hasWords = false;
        hasPrev = false;
        nextGeneration();
      }
      i++;
      continue;
    }
    let word = FNV_OFFSET ^ SEED_WORD;
    while (i < length && isWordCode(text.charCodeAt(i))) {
      word = Math.imul(word ^ text.charCodeAt(i), FNV_PRIME);
      i++;
    }
    hasWords = true;
    let bucket = finish(word);
    if (stamp[bucket] !== generation) {
      stamp[bucket] = generation;
      sentenceSums[0] = (sentenceSums[0] as number) + (table[bucket * 2] as number);
      sentenceSums[1] = (sentenceSums[1] as number) + (table[bucket * 2 + 1] as number);
    }
    if (hasPrev) {
      bucket = finish(Math.imul(prevHash ^ SEED_BIGRAM, FNV_PRIME) ^ word);
      if (stamp[bucket] !== generation) {
        stamp[bucket] = generation;
        sentenceSums[0] = (sentenceSums[0] as number) + (table[bucket * 2] as number);
        sentenceSums[1] = (sentenceSums[1] as number) + (table[bucket * 2 + 1] as number);
      }
    }
    prevHash = word;
    hasPrev = true;
  }
}

function probability(k: number, level: number): number {
  return 1 / (1 + Math.exp(-((BIAS[k] as number) + (SCALES[k] as number) * level)));
}

/** What every message needs: the any-risk and imminent probabilities and the windows behind them. */
export interface HotScores {
  readonly risk: number;
  readonly imminent: number;
  /** The first and last sentence (inclusive) of the window that decided each. */
  readonly riskWindow: readonly [number, number];
  readonly imminentWindow: readonly [number, number];
}

export function scoreHot(text: string): HotScores {
  run(text, HOT);
  return {
    risk: probability(RISK, bestSums[0] as number),
    imminent: probability(IMMINENT, bestSums[1] as number),
    riskWindow: [bestFrom[0] as number, bestTo[0] as number],
    imminentWindow: [bestFrom[1] as number, bestTo[1] as number],
  };
}

/** All K probabilities in model order (the hot pass and the middle pass). */
export function score(text: string): Float64Array {
  const p = new Float64Array(K);
  run(text, HOT);
  p[RISK] = probability(RISK, bestSums[0] as number);
  p[IMMINENT] = probability(IMMINENT, bestSums[1] as number);
  run(text, MIDDLE);
  p[1] = probability(1, bestSums[0] as number);
  p[2] = probability(2, bestSums[1] as number);
  return p;
}

/** The tier (1-3) the middle models give a message the any-risk model raised and the imminent one did not. */
export function middleRank(text: string): number {
  run(text, MIDDLE);
  if (probability(2, bestSums[1] as number) >= 0.5) return 3;
  if (probability(1, bestSums[0] as number) >= 0.5) return 2;
  return 1;
}

/**
 * Where sentences first..last (numbered as forEachFeature numbers them) lie in the text: from the start
 * of the first to the end of the text or of the last's closing character; empty when there is no first.
 */
function sentenceSpan(text: string, first: number, last: number): [number, number] {
  let sentence = 0;
  let hasWords = false;
  let from = first === 0 ? 0 : -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) hasWords = true;
    else if (isSentenceEnd(c) && hasWords) {
      if (sentence === last && from >= 0) return [from, i + 1];
      sentence++;
      hasWords = false;
      if (sentence === first) from = i + 1;
    }
  }
  // no such sentence: nothing to read
  return from >= 0 ? [from, text.length] : [text.length, text.length];
}

/**
 * The words behind model k's decision: inside the window of sentences that decided it, the
 * contiguous run of at most MAX_REASON_WORDS words whose summed weight is largest. Returns [start, end) in the
 * normalised text. Only called when the model raises a tier, so its cost does not matter.
 */
export function explain(text: string, k: number, firstSentence: number, lastSentence: number): [number, number] {
  const starts: number[] = [];
  const ends: number[] = [];
  const weight: number[] = [];
  let seen = new Set<number>();
  let current = -1;
  // only the window's sentences are read: a long message's other sentences cannot be in the reason
  const [from, to] = sentenceSpan(text, firstSentence, lastSentence);
  forEachFeature(text.slice(from, to), (bucket, sentenceInWindow, startInWindow, endInWindow) => {
    const sentence = sentenceInWindow + firstSentence;
    const start = startInWindow + from;
    const end = endInWindow + from;
    if (sentence < firstSentence || sentence > lastSentence) return;
    if (sentence !== current) {
      seen = new Set<number>();
      current = sentence;
    }
    if (seen.has(bucket)) return;
    seen.add(bucket);
    const w = Q[bucket * K + k] as number;
    // a feature's weight goes to the words it covers: one word, or two for a bigram (split in half)
    let last = starts.length - 1;
    if (last < 0 || (starts[last] as number) < start) {
      starts.push(start);
      ends.push(end);
      weight.push(0);
      last++;
    }
    if ((starts[last] as number) === start) weight[last] = (weight[last] as number) + w;
    else {
      weight[last] = (weight[last] as number) + w / 2;
      if (last > 0) weight[last - 1] = (weight[last - 1] as number) + w / 2;
    }
  });
  if (starts.length === 0) return [0, text.length];
  // the contiguous run of one to MAX_REASON_WORDS words with the largest summed weight
  let best = -Infinity;
  let bestFrom = 0;
  let bestTo = 0;
  for (let first = 0; first < weight.length; first++) {
    let sum = 0;
    for (let last = first; last < weight.length && last < first + MAX_REASON_WORDS; last++) {
      sum += weight[last] as number;
      if (sum > best) {
        best = sum;
        bestFrom = first;
        bestTo = last;
      }
    }
  }
  return [starts[bestFrom] as number, ends[bestTo] as number];
}
