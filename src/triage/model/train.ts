import { BUCKETS, WINDOW_SENTENCES, forEachFeature } from './features';

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

/** A featurised example: the distinct buckets of each sentence (a feature counts once per sentence). */
export interface Featurised {
  readonly sentences: readonly Int32Array[];
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

/**
 * A step of 0.05: at 0.02 the model was under-trained. Out of fold on the nineteen sources it then had,
 * 0.05 caught 3,167 of 4,573 risky messages against 2,926 at the same false-alarm budget; at a looser
 * budget 0.035 caught about as many as 0.05, 0.1 and 0.2 fewer, and 40 epochs or another L2 changed little.
 */
export const DEFAULT_TRAIN: TrainOptions = { epochs: 20, l2: 1e-5, rate: 0.05, seed: 7 };

/** Each feature counts once per sentence: a repeated word or a repeated sentence adds nothing new. */
export function featurise(e: Example): Featurised {
  const sentences: Set<number>[] = [];
  forEachFeature(e.text, (b, sentence) => {
    (sentences[sentence] ??= new Set<number>()).add(b);
  });
  return { sentences: sentences.filter((x) => x !== undefined).map((x) => Int32Array.from(x)), rank: e.rank };
}

/**
 * The window the run-time scorer would take for model k: the run of one to WINDOW_SENTENCES
 * sentences with the highest sum. Training on that window (not the whole message) teaches the model
 * what it is judged on: in a long trauma narrative with no risk, the most alarming few sentences are
 * pushed down, instead of the whole story being averaged.
 */
function bestWindow(d: Featurised, w: Float32Array, k: number): { sum: number; from: number; to: number } {
  const sums = d.sentences.map((buckets) => {
    let sum = 0;
    for (let f = 0; f < buckets.length; f++) sum += w[(buckets[f] as number) * K + k] as number;
    return sum;
  });
  let best = { sum: sums.length === 0 ? 0 : -Infinity, from: 0, to: -1 };
  for (let end = 0; end < sums.length; end++) {
    let sum = 0;
    for (let start = end; start >= 0 && start > end - WINDOW_SENTENCES; start--) {
      sum += sums[start] as number;
      if (sum > best.sum) best = { sum, from: start, to: end };
    }
  }
  return best;
}

/** Epochs trained on whole messages before training on each message's best window. */
const WARM_EPOCHS = 3;

function whole(d: Featurised, w: Float32Array, k: number): { sum: number; from: number; to: number } {
  let sum = 0;
  for (const buckets of d.sentences) for (let f = 0; f < buckets.length; f++) sum += w[(buckets[f] as number) * K + k] as number;
  return { sum, from: 0, to: d.sentences.length - 1 };
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
        // the first epochs see the whole message, so the windows later chosen are chosen by learnt weights
        const window = epoch < WARM_EPOCHS ? whole(d, w, k) : bestWindow(d, w, k);
        const z = (bias[k] as number) + window.sum;
        const p = 1 / (1 + Math.exp(-z));
        const y = d.rank >= (AT_LEAST[k] as number) ? 1 : 0;
        const g = p - y;
        for (let s = window.from; s <= window.to; s++) {
          const buckets = d.sentences[s] as Int32Array;
          for (let f = 0; f < buckets.length; f++) {
            const at = (buckets[f] as number) * K + k;
            const grad = g + options.l2 * (w[at] as number);
            g2[at] = (g2[at] as number) + grad * grad;
            w[at] = (w[at] as number) - (options.rate * grad) / Math.sqrt((g2[at] as number) + 1e-8);
          }
        }
        biasG2[k] = (biasG2[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (options.rate * g) / Math.sqrt((biasG2[k] as number) + 1e-8);
      }
    }
  }
  return { w, bias };
}

/**
 * Probabilities of the K models for a normalised text. Each sentence is scored with its features counted
 * once; a window is one to WINDOW_SENTENCES consecutive sentences and scores the sum of its sentences;
 * each model takes its best window. A message of up to WINDOW_SENTENCES sentences is thus also scored
 * whole, a risky sentence in a long message is not diluted by the rest, and a message repeated many
 * times scores no higher than a few copies of it.
 */
export function predict(weights: Weights, text: string): Float64Array {
  const perSentence: number[][] = [];
  let seen = new Set<number>();
  let current = -1;
  forEachFeature(text, (b, s) => {
    if (s !== current) {
      seen = new Set<number>();
      current = s;
    }
    if (seen.has(b)) return;
    seen.add(b);
    let row = perSentence[s];
    if (row === undefined) row = perSentence[s] = new Array<number>(K).fill(0);
    for (let k = 0; k < K; k++) row[k] = (row[k] as number) + (weights.w[b * K + k] as number);
  });
  const out = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    let best = perSentence.length === 0 ? 0 : -Infinity;
    for (let end = 0; end < perSentence.length; end++) {
      let sum = 0;
      for (let start = end; start >= 0 && start > end - WINDOW_SENTENCES; start--) {
        sum += (perSentence[start]?.[k] ?? 0) as number;
        best = Math.max(best, sum);
      }
    }
    out[k] = 1 / (1 + Math.exp(-((weights.bias[k] as number) + best)));
  }
  return out;
}

/** Weights as shipped: one signed byte per weight, one scale per model, small weights dropped. */
export interface Quantised {
  /** q[bucket * K + k], the weight is q * scales[k] */
  readonly q: Int8Array;
  readonly scales: Float64Array;
  readonly bias: Float64Array;
}

/**
 * Round each model's weights to 255 levels of its largest weight, and keep only the `keep` buckets
 * that weigh most (sum of |levels| over the models): most hashed buckets carry almost nothing, and the
 * committed file stays small.
 */
export function quantise(weights: Weights, keep = Infinity): Quantised {
  const q = new Int8Array(weights.w.length);
  const scales = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    let max = 0;
    for (let i = k; i < weights.w.length; i += K) max = Math.max(max, Math.abs(weights.w[i] as number));
    const scale = max === 0 ? 1 : max / 127;
    scales[k] = scale;
    for (let i = k; i < weights.w.length; i += K) q[i] = Math.round((weights.w[i] as number) / scale);
  }
  const buckets = q.length / K;
  const mass = new Float64Array(buckets);
  for (let b = 0; b < buckets; b++) for (let k = 0; k < K; k++) mass[b] += Math.abs(q[b * K + k] as number);
  const ranked = Array.from(mass.keys()).filter((b) => (mass[b] as number) > 0).sort((a, b) => (mass[b] as number) - (mass[a] as number) || a - b);
  for (const b of ranked.slice(keep)) for (let k = 0; k < K; k++) q[b * K + k] = 0;
  return { q, scales, bias: Float64Array.from(weights.bias) };
}

/** The shipped weights back as a Weights object, so cross-validation scores exactly what ships. */
export function dequantise(model: Quantised): Weights {
  const w = new Float32Array(model.q.length);
  for (let i = 0; i < w.length; i++) w[i] = (model.q[i] as number) * (model.scales[i % K] as number);
  return { w, bias: Float64Array.from(model.bias) };
}
