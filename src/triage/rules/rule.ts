import type { RiskTier } from '../tiers';

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

/** An alternative with its own, narrower anchors: it runs only when one of them is present. */
export interface GatedPattern {
  readonly source: string;
  readonly anchors: readonly string[];
}

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
   */
  readonly patterns: ReadonlyArray<string | GatedPattern>;
  /** Substrings of the normalised text at least one of which every match contains: a cheap gate before the regex. */
  readonly anchors: readonly string[];
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
 * A rule compiled to one regular expression: its alternatives joined, each `(?<core>...)` renamed
 * (`core0`, `core3`...) because JavaScript refuses a group name used twice.
 */
export interface Matcher {
  readonly rule: Rule;
  readonly re: RegExp;
  /** Names of the core groups present, in alternative order. */
  readonly coreGroups: readonly string[];
  readonly anchors: readonly string[];
}

export interface Rule extends RuleSpec {
  readonly matchers: readonly Matcher[];
  readonly requiresRe: RegExp | null;
}

function compile(id: string, sources: readonly string[]): { re: RegExp; coreGroups: string[] } {
  const coreGroups: string[] = [];
  const source = sources
    .map((p, i) => {
      if (!p.includes('(?<core>')) return `(?:${p})`;
      coreGroups.push(`core${i}`);
      return `(?:${p.replace('(?<core>', `(?<core${i}>`)})`;
    })
    .join('|');
  try {
    return { re: new RegExp(source, coreGroups.length > 0 ? 'gd' : 'g'), coreGroups };
  } catch (error) {
    throw new Error(`triage rule ${id} does not compile: ${(error as Error).message}`);
  }
}

/**
 * Compile once at load time. Plain alternatives are joined into one regular expression gated by the
 * rule's anchors; an alternative with its own anchors gets its own expression, so a long message with
 * a common anchor word does not run the whole family. Patterns are bounded (no nested unbounded
 * quantifiers) so matching stays linear.
 */
export function compileRule(spec: RuleSpec): Rule {
  const matchers: Matcher[] = [];
  const rule: Rule = { ...spec, matchers, requiresRe: spec.requires === undefined ? null : new RegExp(spec.requires) };
  const plain = spec.patterns.filter((p): p is string => typeof p === 'string');
  if (plain.length > 0) matchers.push({ rule, ...compile(spec.id, plain), anchors: spec.anchors });
  for (const p of spec.patterns) {
    if (typeof p !== 'string') matchers.push({ rule, ...compile(spec.id, [p.source]), anchors: p.anchors });
  }
  return rule;
}

/** Join alternatives into one non-capturing group. */
export function alt(...parts: readonly string[]): string {
  return `(?:${parts.join('|')})`;
}
