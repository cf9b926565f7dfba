import { EN_DIRECT } from './en/direct';
import { EN_FAMILIES } from './en/families';
import { ES_FAMILIAS } from './es/familias';
import { EN_GENERAL } from './en/generalise';
import { ES_GENERAL } from './es/generaliza';
import { EN_HISTORY } from './en/history';
import { EN_IMMINENT } from './en/imminent';
import { EN_PASSIVE } from './en/passive';
import { EN_PREPARATION } from './en/preparation';
import { EN_SELF_HARM } from './en/self-harm';
import { ES_DIRECT } from './es/direct';
import { ES_HISTORY } from './es/history';
import { ES_IMMINENT } from './es/imminent';
import { ES_PASSIVE } from './es/passive';
import { ES_PREPARACION } from './es/preparacion';
import { ES_SELF_HARM } from './es/self-harm';
import { compileRule, type Matcher, type Rule, type RuleSpec } from './rule';

/** Every rule family of both languages. Both run on every message: language detection on SMS is unreliable. */
export const RULE_SPECS: readonly RuleSpec[] = [
  ...EN_IMMINENT, ...EN_PREPARATION, ...EN_DIRECT, ...EN_SELF_HARM, ...EN_PASSIVE, ...EN_HISTORY,
  ...ES_IMMINENT, ...ES_PREPARACION, ...ES_DIRECT, ...ES_SELF_HARM, ...ES_PASSIVE, ...ES_HISTORY,
  ...EN_FAMILIES, ...ES_FAMILIAS,
  ...EN_GENERAL, ...ES_GENERAL,
];

export const RULES: readonly Rule[] = RULE_SPECS.map(compileRule);

/** Every compiled matcher of every rule, in rule order (a rule has one, plus one per separately gated pattern). */
export const MATCHERS: readonly Matcher[] = RULES.flatMap((r) => r.matchers);

/** All anchors, for the per-message gate. */
export const ANCHORS: readonly string[] = [...new Set(MATCHERS.flatMap((m) => m.anchors))];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The gate: one scan of the message finds every anchor present, and only rules with an anchor present
 * run. Longest anchors first; an anchor found at a position also implies every anchor that is its
 * prefix (found at the same position), so one leftmost match per position finds them all.
 */
const ANCHOR_RE = new RegExp([...ANCHORS].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
const MATCHERS_BY_ANCHOR: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  MATCHERS.forEach((matcher, i) => {
    for (const a of matcher.anchors) {
      for (const longer of ANCHORS) if (longer.startsWith(a)) (map.get(longer) ?? map.set(longer, []).get(longer)!).push(i);
    }
  });
  return map;
})();

const BY_ANCHOR = MATCHERS_BY_ANCHOR;
const MATCHER_COUNT = MATCHERS.length;

export interface Gate {
  /** on[i] = 1 when matcher i has an anchor in the text. */
  readonly on: Uint8Array;
  /** With positions requested: where matcher i's anchors occur (ascending). */
  readonly positions: ReadonlyArray<number[] | undefined> | null;
}

/** Which matchers can possibly match this normalised text, and optionally where their anchors are. */
export function gatedMatchers(text: string, withPositions = false): Gate {
  const on = new Uint8Array(MATCHER_COUNT);
  const positions: Array<number[] | undefined> | null = withPositions ? new Array<number[] | undefined>(MATCHER_COUNT) : null;
  ANCHOR_RE.lastIndex = 0;
  for (let m = ANCHOR_RE.exec(text); m !== null; m = ANCHOR_RE.exec(text)) {
    const rules = BY_ANCHOR.get(m[0]);
    if (rules !== undefined) {
      for (const i of rules) {
        on[i] = 1;
        if (positions !== null) (positions[i] ??= []).push(m.index);
      }
    }
    ANCHOR_RE.lastIndex = m.index + 1;
  }
  return { on, positions };
}
