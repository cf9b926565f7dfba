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
/** A reason names at most this many words: a phrase a clinician reads at a glance. */
const MAX_REASON_WORDS = 8;
export const IMMINENT = 3;

// scratch state for one call: triage is synchronous, so one set of buffers serves every call
const sentenceSums = new Int32Array(K);
/** The sums of the last WINDOW_SENTENCES - 1 closed sentences, most recent first: previous[j * K + k]. */
const previous = new Int32Array(Math.max(1, WINDOW_SENTENCES - 1) * K);
const bestSums = new Int32Array(K);
const bestFrom = new Int32Array(K);
const bestTo = new Int32Array(K);
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

export interface Scores {
  /** Probability per model. */
  readonly p: Float64Array;
  /** Per model: the first and last sentence (inclusive) of the window that decided its score. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/**
 * Probabilities of the K models for a normalised text: the same features as features.ts forEachFeature
 * and the same arithmetic as train.ts predict (a test holds them equal), written out in one loop without
 * callbacks because it runs on every message.
 */
export function score(text: string): Scores {
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
        for (let k = 0; k < K; k++) {
          let sum = sentenceSums[k] as number;
          if (sentence === 0 || sum > (bestSums[k] as number)) {
            bestSums[k] = sum;
            bestFrom[k] = sentence;
            bestTo[k] = sentence;
          }
          for (let back = 1; back < WINDOW_SENTENCES && back <= sentence; back++) {
            sum += previous[(back - 1) * K + k] as number;
            if (sum > (bestSums[k] as number)) {
              bestSums[k] = sum;
              bestFrom[k] = sentence - back;
              bestTo[k] = sentence;
            }
          }
          for (let back = WINDOW_SENTENCES - 2; back > 0; back--) previous[back * K + k] = previous[(back - 1) * K + k] as number;
          previous[k] = sentenceSums[k] as number;
          sentenceSums[k] = 0;
        }
        sentence++;
        hasWords = false;
        hasPrev = false;
        nextGeneration();
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
    hasWords = true;
    let bucket = finish(word);
    if (stamp[bucket] !== generation) {
      stamp[bucket] = generation;
      const at = bucket * K;
      for (let k = 0; k < K; k++) sentenceSums[k] = (sentenceSums[k] as number) + (Q[at + k] as number);
    }
    if (hasPrev) {
      bucket = finish(Math.imul(prevHash ^ SEED_BIGRAM, FNV_PRIME) ^ word);
      if (stamp[bucket] !== generation) {
        stamp[bucket] = generation;
        const at = bucket * K;
        for (let k = 0; k < K; k++) sentenceSums[k] = (sentenceSums[k] as number) + (Q[at + k] as number);
      }
    }
    prevHash = word;
    hasPrev = true;
  }
  const p = new Float64Array(K);
  for (let k = 0; k < K; k++) p[k] = 1 / (1 + Math.exp(-((BIAS[k] as number) + (SCALES[k] as number) * (bestSums[k] as number))));
  return { p, from: Int32Array.from(bestFrom), to: Int32Array.from(bestTo) };
}

/**
 * The tier rank (0-4) the model alone gives, 0 when it does not speak: imminent needs both the any-risk
 * and the imminent model past their thresholds; the middle tiers use the natural 0.5 cut of theirs.
 */
export function modelRank(p: ArrayLike<number>): number {
  if ((p[0] as number) < THRESHOLDS.risk) return 0;
  if ((p[3] as number) >= THRESHOLDS.imminent) return 4;
  if ((p[2] as number) >= 0.5) return 3;
  if ((p[1] as number) >= 0.5) return 2;
  return 1;
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
  forEachFeature(text, (bucket, sentence, start, end) => {
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
