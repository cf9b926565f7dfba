import { MESSAGE_EXPRESSIONS, type Present } from './modifiers/escalate';
import { ANCHOR_ENTRIES, ANCHOR_SCANNERS } from './net/anchors';
import { LiteralGate, type GateEntry, type GateScan } from './rules/gate';
import { requiredLiterals } from './rules/literals';
import { MATCHERS } from './rules/index';
import { searchInWindows } from './windows';

/**
 * One pass over a message finds every literal that the rule expressions and the safety net's anchor
 * concepts require (rules/gate.ts), for both: a second automaton and a second pass cost more than the
 * literals they would save, because each automaton's table competes for the processor's cache.
 *
 * Targets 0 .. MATCHERS.length - 1 are the rule expressions; the anchor concepts follow, then the
 * message-level expressions (modifiers/escalate.ts).
 */
export const ANCHOR_OFFSET = MATCHERS.length;
export const MESSAGE_OFFSET = ANCHOR_OFFSET + ANCHOR_SCANNERS.length;

/** Each message-level expression's target; one whose literals the analysis cannot name has none and always runs. */
const MESSAGE_TARGET = new Map<RegExp, number>();
const MESSAGE_ENTRIES: GateEntry[] = MESSAGE_EXPRESSIONS.flatMap((re, k) => {
  const literals = requiredLiterals(re.source);
  if (literals === null) return [];
  MESSAGE_TARGET.set(re, MESSAGE_OFFSET + k);
  return literals.map((literal) => ({ literal, target: MESSAGE_OFFSET + k, group: 0 as const }));
});

const GATE = new LiteralGate(
  [
    ...MATCHERS.flatMap((matcher, target) => matcher.required.flatMap((group, g) => group.map((literal) => ({ literal, target, group: g as 0 | 1 })))),
    ...ANCHOR_ENTRIES.map((e) => ({ ...e, target: e.target + ANCHOR_OFFSET })),
    ...MESSAGE_ENTRIES,
  ],
  MESSAGE_OFFSET + MESSAGE_EXPRESSIONS.length,
);

/** What one pass found in a normalised message, and whether it is searched in windows (windows.ts). */
export class MessageScan implements GateScan, Present {
  constructor(
    private readonly found: GateScan,
    /** A long message: expressions not tried at positions are searched only around the literals found. */
    readonly long: boolean,
  ) {}

  get on(): readonly number[] {
    return this.found.on;
  }

  has(target: number): boolean {
    return this.found.has(target);
  }

  positionsOf(target: number): number[] {
    return this.found.positionsOf(target);
  }

  /** Whether a message-level expression can match (modifiers/escalate.ts). */
  present(re: RegExp): boolean {
    const target = MESSAGE_TARGET.get(re);
    return target === undefined || this.found.has(target);
  }
}

/**
 * One pass over a normalised message: the targets that can match, ascending, and where their
 * first-group literals start. Positions are recorded for every message, short ones too: an expression
 * whose matches all start at such a literal is then tried at those positions alone (search.ts), so only
 * its sticky copy is ever compiled and run, not a second, scanning one (compiled regular expressions
 * are megabytes of machine code, and the processor's caches are the bottleneck). Valid until the next
 * message is scanned.
 */
export function scanMessage(text: string): MessageScan {
  return new MessageScan(GATE.scan(text, true), searchInWindows(text));
}

/** The rule expressions that can match `text` (targets below ANCHOR_OFFSET), for tests and tools. */
export function gatedMatchers(text: string, withPositions = false): GateScan {
  const found = GATE.scan(text, withPositions);
  return { on: found.on.filter((k) => k < ANCHOR_OFFSET), positionsOf: (k: number) => found.positionsOf(k), has: (k: number) => k < ANCHOR_OFFSET && found.has(k) };
}
