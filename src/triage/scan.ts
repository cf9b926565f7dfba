import { ANCHOR_ENTRIES, ANCHOR_SCANNERS } from './net/anchors';
import { LiteralGate, type GateScan } from './rules/gate';
import { MATCHERS } from './rules/index';
import { searchInWindows } from './windows';

/**
 * One pass over a message finds every literal that the rule expressions and the safety net's anchor
 * concepts require (rules/gate.ts), for both: a second automaton and a second pass cost more than the
 * literals they would save, because each automaton's table competes for the processor's cache.
 *
 * Targets 0 .. MATCHERS.length - 1 are the rule expressions; the anchor concepts follow.
 */
export const ANCHOR_OFFSET = MATCHERS.length;

const GATE = new LiteralGate(
  [
    ...MATCHERS.flatMap((matcher, target) => matcher.required.flatMap((group, g) => group.map((literal) => ({ literal, target, group: g as 0 | 1 })))),
    ...ANCHOR_ENTRIES.map((e) => ({ ...e, target: e.target + ANCHOR_OFFSET })),
  ],
  MATCHERS.length + ANCHOR_SCANNERS.length,
);

/** What one pass found in a normalised message, and whether it is searched in windows (windows.ts). */
export interface MessageScan extends GateScan {
  /** A long message: expressions not tried at positions are searched only around the literals found. */
  readonly long: boolean;
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
  const long = searchInWindows(text);
  const { on, positionsOf } = GATE.scan(text, true);
  return { on, positionsOf, long };
}

/** The rule expressions that can match `text` (targets below ANCHOR_OFFSET), for tests and tools. */
export function gatedMatchers(text: string, withPositions = false): GateScan {
  const found = GATE.scan(text, withPositions);
  return { on: found.on.filter((k) => k < ANCHOR_OFFSET), positionsOf: (k) => found.positionsOf(k) };
}
