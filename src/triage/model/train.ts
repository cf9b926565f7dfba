import { BUCKETS, forEachFeature } from './features';

/**
 * Offline training of the statistical stage (used by `npm run train:triage` and by the cross-validation
 * in `npm run eval:triage -- --cv`; never at run time).
 *
 * K cumulative ("ordinal") logistic regressions share one hashed feature table: model k answers "is
 * the tier at least TIERS_AT_LEAST[k]?". Training is L2-regularised stochastic gradient descent with
 * per-weight AdaGrad steps, in a fixed, seeded order, so the same data always gives the same weights.
 */

/** Model k predicts tier rank >= AT_LEAST[k] (history = 1, passive = 2, active = 3, imminent = 4). */
export const AT_LEAST = [1, 2, 3, 4] as const;
export const K = AT_LEAST.length;

export interface Example {
  /** Normalised text. */
  readonly text: string;
  /** Gold tier rank, 0 (none) to 4 (imminent). */
  readonly rank: number;
}

/** A featurised example: the distinct buckets of the whole text, with counts, and per sentence. */
export interface Featurised {
  readonly buckets: Int32Array;
  readonly counts: Float32Array;
  readonly rank: number;
}

export interface Weights {
  /** w[bucket * K + k] */
  readonly w: Float32Array;
  readonly bias: Float64Array;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly l2: number;
  readonly rate: number;
  readonly seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 20, l2: 1e-5, rate: 0.02, seed: 7 };

export function featurise(e: Example): Featurised {
  const counts = new Map<number, number>();
  forEachFeature(e.text, (b) => counts.set(b, (counts.get(b) ?? 0) + 1));
  const buckets = Int32Array.from(counts.keys());
  const values = Float32Array.from(counts.values());
  return { buckets, counts: values, rank: e.rank };
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function train(data: readonly Featurised[], options: TrainOptions = DEFAULT_TRAIN): Weights {
  const w = new Float32Array(BUCKETS * K);
  const g2 = new Float32Array(BUCKETS * K);
  const bias = new Float64Array(K);
  const biasG2 = new Float64Array(K);
  // the biases start at each model's prior log-odds: AdaGrad's shrinking steps would otherwise leave them
  // near 0, and a message with no known word would score 0.5 on every model
  for (let k = 0; k < K; k++) {
    const positives = data.filter((d) => d.rank >= (AT_LEAST[k] as number)).length;
    const prior = (positives + 1) / (data.length + 2);
    bias[k] = Math.log(prior / (1 - prior));
  }
  const order = data.map((_, i) => i);
  const rand = rng(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (const index of order) {
      const d = data[index] as Featurised;
      for (let k = 0; k < K; k++) {
        let z = bias[k] as number;
        for (let f = 0; f < d.buckets.length; f++) z += (w[(d.buckets[f] as number) * K + k] as number) * (d.counts[f] as number);
        const p = 1 / (1 + Math.exp(-z));
        const y = d.rank >= (AT_LEAST[k] as number) ? 1 : 0;
        const g = p - y;
        for (let f = 0; f < d.buckets.length; f++) {
          const at = (d.buckets[f] as number) * K + k;
          const grad = g * (d.counts[f] as number) + options.l2 * (w[at] as number);
          g2[at] = (g2[at] as number) + grad * grad;
          w[at] = (w[at] as number) - (options.rate * grad) / Math.sqrt((g2[at] as number) + 1e-8);
        }
        biasG2[k] = (biasG2[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (options.rate * g) / Math.sqrt((biasG2[k] as number) + 1e-8);
      }
    }
  }
  return { w, bias };
}

/**
 * Probabilities of the K models for a normalised text. `windows`: 'message' scores the whole text;
 * 'sentences' takes, per model, the highest of the whole text and each sentence alone.
 */
export function predict(weights: Weights, text: string, windows: 'message' | 'sentences'): Float64Array {
  const perSentence: number[][] = [];
  forEachFeature(text, (b, s) => {
    let row = perSentence[s];
    if (row === undefined) row = perSentence[s] = new Array<number>(K).fill(0);
    for (let k = 0; k < K; k++) row[k] = (row[k] as number) + (weights.w[b * K + k] as number);
  });
  const out = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    let whole = weights.bias[k] as number;
    let best = -Infinity;
    for (const row of perSentence) {
      if (row === undefined) continue;
      whole += row[k] as number;
      best = Math.max(best, (weights.bias[k] as number) + (row[k] as number));
    }
    const z = windows === 'sentences' && perSentence.length > 1 ? Math.max(whole, best) : whole;
    out[k] = 1 / (1 + Math.exp(-z));
  }
  return out;
}
