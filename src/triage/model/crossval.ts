import { existsSync } from 'fs';
import path from 'path';
import { readLabelled, type LabelledMessage } from '../evaluate';
import { normalise } from '../normalise';
import { tierRank } from '../tiers';
import { K, dequantise, featurise, predict, quantise, train as trainFloat, DEFAULT_TRAIN, type Featurised, type TrainOptions, type Weights } from './train';

/**
 * Cross-validation scores exactly what ships: trained, then quantised and pruned to the KEEP heaviest
 * buckets (20,000 of 131,072 lose nothing measurable in cross-validation; 10,000 lose 5-10 points).
 */
export const KEEP = 20_000;
function train(data: readonly Featurised[], options: TrainOptions): Weights {
  return dequantise(quantise(trainFloat(data, options), KEEP));
}

/**
 * Leave-one-file-out cross-validation of the statistical stage combined with the rules. Each labelled
 * file was written by a different writer, so holding a whole file out measures what matters: how the
 * detector does on messages by someone whose phrasing it has never seen. Thresholds for a held-out file
 * are chosen from an inner leave-one-file-out over the remaining files only, never on the held-out file.
 */

export interface LabelledFile {
  readonly name: string;
  readonly rows: readonly LabelledMessage[];
}

/** The labelled files, in a fixed order. dev.jsonl lives in ../shared and may be absent. */
export function labelledFiles(repoRoot: string, names: readonly string[] = DATA_FILES): LabelledFile[] {
  const out: LabelledFile[] = [];
  for (const name of names) {
    const file = name.startsWith('../') ? path.resolve(repoRoot, name) : path.join(repoRoot, 'test', 'fixtures', name);
    if (existsSync(file)) out.push({ name: path.basename(file), rows: readLabelled(file) });
  }
  return out;
}

export const DATA_FILES: readonly string[] = [
  'triage-corpus.jsonl',
  'triage-fresh-a.jsonl',
  'triage-fresh-b.jsonl',
  'triage-fresh-c.jsonl',
  'triage-fresh-e.jsonl',
  'triage-fresh-f.jsonl',
  'triage-fresh-g.jsonl',
  'triage-fresh-h.jsonl',
  'triage-fresh-j.jsonl',
  'triage-fresh-k.jsonl',
  'triage-fresh-m.jsonl',
  'triage-fresh-n.jsonl',
  'triage-fresh-o.jsonl',
  'triage-fresh-r.jsonl',
  'triage-fresh-s.jsonl',
  'triage-fresh-t.jsonl',
  'triage-fresh-u.jsonl',
  'triage-fresh-w.jsonl',
  'triage-fresh-x.jsonl',
  'triage-fresh-y.jsonl',
  'triage-fresh-z.jsonl',
  'triage-fresh-aa.jsonl',
  '../shared/crisis/dev.jsonl',
];

export interface Thresholds {
  /** Any-risk model: raise a message the rules call none. */
  readonly risk: number;
  /** Imminent model: raise any lower tier to imminent. */
  readonly imminent: number;
}

export interface Budgets {
  /** Share of `none` messages the combined detector may flag, on out-of-fold predictions. */
  readonly falseAlarms: number;
  /** Share of non-imminent messages the model may raise to imminent. */
  readonly imminentRaises: number;
}

export const DEFAULT_BUDGETS: Budgets = { falseAlarms: 0.0125, imminentRaises: 0.02 };

/** One message scored out of fold: gold rank, the rules' rank, the model's K probabilities. */
export interface Scored {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  readonly gold: number;
  readonly rules: number;
  readonly p: Float64Array;
}

/** The tier the model alone would give, 0 when it does not speak. Middle tiers use the natural 0.5 cut. */
export function modelRank(p: ArrayLike<number>, t: Thresholds): number {
  if ((p[0] as number) < t.risk) return 0;
  if ((p[3] as number) >= t.imminent) return 4;
  if ((p[2] as number) >= 0.5) return 3;
  if ((p[1] as number) >= 0.5) return 2;
  return 1;
}

/**
 * Rules and model together: the model can only raise. A message the rules already flag keeps the rules'
 * tier (their modifiers know history from passive better than a bag of words) unless the imminent model
 * raises it to imminent; a message the rules call none takes the model's tier.
 */
export function combined(s: Scored, t: Thresholds): number {
  if (s.rules > 0) return s.rules < 4 && (s.p[3] as number) >= t.imminent ? 4 : s.rules;
  return modelRank(s.p, t);
}

/**
 * Thresholds chosen on out-of-fold scores of the MODEL ALONE: the pair that catches the most (any-risk
 * recall plus imminent recall) while the model alone stays within the false-alarm budget on `none` and
 * raises few non-imminent messages to imminent. The rules are left out of this choice on purpose: they
 * were written against the training files, so with them in, the model would look useless there and the
 * thresholds would be set as if the rules caught everything, which they do not on a new writer's words.
 * Candidates are quantiles of the scores, so the search is small.
 */
export function chooseThresholds(scored: readonly Scored[], budgets: Budgets = DEFAULT_BUDGETS): Thresholds {
  const grid = (values: number[]): number[] => {
    const sorted = values.filter((v) => v >= 0.5).sort((a, b) => a - b);
    const out = new Set<number>([1.01]);
    for (let q = 0; q < 200; q++) if (sorted.length > 0) out.add(sorted[Math.floor((q / 200) * sorted.length)] as number);
    return [...out].sort((a, b) => a - b);
  };
  const risky = scored.filter((s) => s.gold > 0);
  const imminentGold = scored.filter((s) => s.gold === 4);
  const none = scored.filter((s) => s.gold === 0);
  const notImminent = scored.filter((s) => s.gold < 4);
  let best: Thresholds = { risk: 1.01, imminent: 1.01 };
  let bestScore = -1;
  for (const imminent of grid(notImminent.map((s) => s.p[3] as number))) {
    for (const risk of grid(none.map((s) => s.p[0] as number))) {
      const t = { risk, imminent };
      const raised = notImminent.filter((s) => modelRank(s.p, t) === 4).length;
      if (raised > budgets.imminentRaises * notImminent.length) continue;
      const alarms = none.filter((s) => modelRank(s.p, t) > 0).length;
      if (alarms > budgets.falseAlarms * none.length) continue;
      const score =
        risky.filter((s) => modelRank(s.p, t) > 0).length / Math.max(1, risky.length) +
        imminentGold.filter((s) => modelRank(s.p, t) === 4).length / Math.max(1, imminentGold.length);
      if (score > bestScore + 1e-12) {
        bestScore = score;
        best = t;
      }
      break; // higher risk thresholds only catch less
    }
  }
  return best;
}

export interface FoldFigures {
  readonly file: string;
  readonly n: number;
  readonly risky: number;
  readonly imminent: number;
  readonly none: number;
  readonly recall: number;
  readonly imminentRecall: number;
  readonly falseAlarms: number;
}

export function figuresOf(file: string, scored: readonly Scored[], rankOf: (s: Scored) => number): FoldFigures {
  const risky = scored.filter((s) => s.gold > 0);
  const imminent = scored.filter((s) => s.gold === 4);
  const none = scored.filter((s) => s.gold === 0);
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    file,
    n: scored.length,
    risky: risky.length,
    imminent: imminent.length,
    none: none.length,
    recall: ratio(risky.filter((s) => rankOf(s) > 0).length, risky.length),
    imminentRecall: ratio(imminent.filter((s) => rankOf(s) === 4).length, imminent.length),
    falseAlarms: none.length === 0 ? 0 : none.filter((s) => rankOf(s) > 0).length / none.length,
  };
}

export interface Prepared {
  readonly file: string;
  readonly row: LabelledMessage;
  readonly features: Featurised;
  readonly normalised: string;
  readonly rules: number;
}

/** Normalise and featurise every row once; `rulesOf` is the rule-only detector's tier for a text. */
export function prepare(files: readonly LabelledFile[], rulesOf: (text: string) => number): Prepared[] {
  return files.flatMap((f) =>
    f.rows.map((row) => {
      const normalised = normalise(row.text).text;
      return { file: f.name, row, normalised, features: featurise({ text: normalised, rank: tierRank(row.risk) }), rules: rulesOf(row.text) };
    }),
  );
}

export interface CvOptions {
  readonly train: TrainOptions;
  readonly budgets: Budgets;
}

export const DEFAULT_CV: CvOptions = { train: DEFAULT_TRAIN, budgets: DEFAULT_BUDGETS };

function scoreWith(weights: Weights, items: readonly Prepared[]): Scored[] {
  return items.map((it) => ({
    id: it.row.id,
    file: it.file,
    text: it.row.text,
    gold: tierRank(it.row.risk),
    rules: it.rules,
    p: predict(weights, it.normalised),
  }));
}

/** Sources used only for training (never held out): the rule authors' own regression examples. */
export const TRAIN_ONLY = 'examples';

function heldOutFiles(items: readonly Prepared[]): string[] {
  return [...new Set(items.map((i) => i.file))].filter((f) => f !== TRAIN_ONLY);
}

/** Out-of-fold scores: each file scored by a model trained on the other files. */
export function outOfFold(items: readonly Prepared[], options: CvOptions = DEFAULT_CV): Scored[] {
  const files = heldOutFiles(items);
  return files.flatMap((file) => {
    const weights = train(items.filter((i) => i.file !== file).map((i) => i.features), options.train);
    return scoreWith(weights, items.filter((i) => i.file === file));
  });
}

export interface FoldResult {
  readonly file: string;
  readonly thresholds: Thresholds;
  readonly scored: readonly Scored[];
}

/**
 * Nested leave-one-file-out: for each file, thresholds from an inner leave-one-file-out on the other
 * files, then a model trained on all the other files scores the held-out one.
 */
export function nestedCv(items: readonly Prepared[], options: CvOptions = DEFAULT_CV, onFold?: (r: FoldResult) => void): FoldResult[] {
  const files = heldOutFiles(items);
  return files.map((file) => {
    const rest = items.filter((i) => i.file !== file);
    const thresholds = chooseThresholds(outOfFold(rest, options), options.budgets);
    const weights = train(rest.map((i) => i.features), options.train);
    const result = { file, thresholds, scored: scoreWith(weights, items.filter((i) => i.file === file)) };
    onFold?.(result);
    return result;
  });
}

export { K };
