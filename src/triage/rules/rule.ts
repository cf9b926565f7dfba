import type { RiskTier } from '../tiers';
import { topLevelAlternatives, type Alternative, type Literal } from './literals';

/**
 * What a rule detects. The kind decides how the modifiers treat a match: tense and intent change a
 * `suicide` or `selfharm` statement, but a `passive` wish stays passive whatever the time of day.
 */
export type RuleKind =
  | 'suicide' // killing oneself: direct statements, methods, slang
  | 'selfharm' // hurting oneself without the aim of dying
  | 'die' // wanting to die
  | 'passive' // wishing to be dead, burden, no reason to live
  | 'history' // told as past: attempts, past self-harm, hospital holds
  | 'imminent'; // acts in progress, means at hand, plans, farewells

export type Lang = 'en' | 'es';

export interface RuleSpec {
  /** `<lang>.<family>.<name>`: what a clinician sees in the reasons. */
  readonly id: string;
  readonly lang: Lang;
  readonly tier: RiskTier;
  readonly kind: RuleKind;
  /**
   * Alternatives of one family, matched against normalised text (lower-case ASCII, no apostrophes).
   * A `(?<core>...)` group marks where the statement proper starts when the pattern also contains the
   * stance ("want to", "me voy a"): negation, intent and tense are read from the text before it.
   * Each top-level alternative runs only when a literal it requires is in the message (literals.ts).
   */
  readonly patterns: readonly string[];
  /**
   * 'self': the pattern itself is first person ("myself"). 'open': the nearest subject before the match
   * decides. 'adjacent': a Spanish clitic ("me mato", "matarme") is first person unless a third person
   * stands right before it ("mi ex me quería matar"). Default 'self'.
   */
  readonly subject?: 'self' | 'open' | 'adjacent';
  /** A noun ("suicide", "sobredosis"): "the suicide OF my brother" after it also names someone else. */
  readonly postSubject?: boolean;
  /** Regex source that must also match somewhere in the message (e.g. a death for "go be with him"). */
  readonly requires?: string;
  /**
   * Checked in the text around each match (`before` characters before it to `after` after it): a cue
   * that must be there, words that must not. Written here rather than as look-arounds in the pattern
   * because a look-around runs at every place the pattern's head matches, and a message that repeats
   * the head ("holding my gun holding my gun ...") would pay for every one of them.
   */
  readonly near?: { readonly requires?: string; readonly excludes?: string; readonly before: number; readonly after: number };
  /** False when the negation is part of the pattern ("I don't want to live"). Default true. */
  readonly negatable?: boolean;
  /** A first-person statement of wanting to die or to hurt oneself: idiom and hypothetical modifiers never take it below passive. */
  readonly wish?: boolean;
  /** A past verb in the match means the act has just been done ("took 30 pills"), unless the past is dated. */
  readonly pastIsAct?: boolean;
  /** The core starts with the main verb ("me [cortaba]"), so its tense is read there. */
  readonly tenseInCore?: boolean;
  /** The past tense of this act is an attempt ("I overdosed"): dated it is history, today it is imminent. */
  readonly pastIsAttempt?: boolean;
  /** Anaphoric ("I'm doing it tonight"): counts only beside another signal, a means, or a question about self-harm. */
  readonly needsContext?: boolean;
  /** Present-tense intent or a near time ("tonight") raises this rule to imminent. Default: true for suicide, selfharm, die. */
  readonly escalates?: boolean;
}

/**
 * One top-level alternative of a rule's pattern, compiled. Each alternative is its own expression so
 * that it runs only when one of its own required literals is in the message.
 */
export interface Matcher {
  readonly rule: Rule;
  /** Scans the text. Without the `d` flag: computing group indices slows every match attempt. */
  readonly re: RegExp;
  /** Sticky with indices, re-run at a match's position to find its core group; null without one. */
  readonly coreRe: RegExp | null;
  /** Groups of literals, derived from the expression: every match contains one literal of each group. */
  readonly required: ReadonlyArray<readonly Literal[]>;
  /** The most characters a match and its lookarounds can cover: a long message is searched only this far around a literal. */
  readonly span: number;
  /**
   * Sticky, when every match starts where a first-group literal starts: a long message is then tried
   * at those positions alone instead of in windows around them. Null otherwise.
   */
  readonly stickyRe: RegExp | null;
}

export interface Rule extends RuleSpec {
  readonly matchers: readonly Matcher[];
  readonly requiresRe: RegExp | null;
  readonly nearRequiresRe: RegExp | null;
  readonly nearExcludesRe: RegExp | null;
}

function compile(rule: Rule, { source, required, anchored, span }: Alternative): Matcher {
  let re: RegExp;
  try {
    re = new RegExp(source, 'g');
  } catch (error) {
    throw new Error(`triage rule ${rule.id} does not compile: ${(error as Error).message}`);
  }
  // every rule expression names some literal; one that does not would run on every message
  if (required === null) throw new Error(`triage rule ${rule.id}: no required literal in ${source.slice(0, 80)}`);
  return { rule, re, coreRe: source.includes('(?<core>') ? new RegExp(source, 'yd') : null, required, span, stickyRe: anchored ? new RegExp(source, 'y') : null };
}

/**
 * Compile once at load time: every top-level alternative of every pattern becomes its own gated
 * expression. Patterns are bounded (no nested unbounded quantifiers) so matching stays linear.
 */
export function compileRule(spec: RuleSpec): Rule {
  const matchers: Matcher[] = [];
  const rule: Rule = {
    ...spec,
    matchers,
    requiresRe: spec.requires === undefined ? null : new RegExp(spec.requires),
    nearRequiresRe: spec.near?.requires === undefined ? null : new RegExp(spec.near.requires),
    nearExcludesRe: spec.near?.excludes === undefined ? null : new RegExp(spec.near.excludes),
  };
  for (const pattern of spec.patterns) for (const alternative of topLevelAlternatives(pattern)) matchers.push(compile(rule, alternative));
  return rule;
}

/** Rules of the safety net: the lexicon scorer (`net.*`) and the last-resort families (`en.net.*`). */
export function isNetRule(id: string): boolean {
  return id.startsWith('net.') || id.includes('.net.');
}

/** Join alternatives into one non-capturing group. */
export function alt(...parts: readonly string[]): string {
  return `(?:${parts.join('|')})`;
}
