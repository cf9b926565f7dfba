import { triageRules } from '../../src/triage/detect';
import type { RiskTier } from '../../src/triage';
import { atLeast, exactly, none } from './helpers';

/**
 * A false alarm narrowed by an exclusion written for its benign family, with the risky near-neighbours
 * that must still route. `benign` rows must come out none end to end; `benignRulesOnly` rows are no longer
 * flagged by any rule but the statistical stage may still raise them on its own, so they are checked with
 * the rules alone (the rule exclusion is pinned; they stay false alarms of the model).
 */
export interface FalseAlarmFamily {
  readonly benign: readonly string[];
  readonly benignRulesOnly?: readonly string[];
  /** [lowest acceptable tier, message]: the detector may be more cautious, never less. */
  readonly risky: ReadonlyArray<readonly [RiskTier, string]>;
  /** [exact tier, message]. */
  readonly exact?: ReadonlyArray<readonly [RiskTier, string]>;
}

/** One describe per family: its benign rows stay none, its risky rows keep their tier. */
export function describeFalseAlarmFamilies(title: string, families: Record<string, FalseAlarmFamily>): void {
  describe(title, () => {
    for (const [family, f] of Object.entries(families)) {
      describe(family, () => {
        for (const text of f.benign) test(`none: ${text}`, () => none(text));
        for (const text of f.benignRulesOnly ?? []) {
          test(`no rule fires: ${text}`, () => expect({ text, reasons: triageRules(text).reasons }).toEqual({ text, reasons: [] }));
        }
        for (const [tier, text] of f.exact ?? []) test(`${tier}: ${text}`, () => exactly(text, tier));
        for (const [tier, text] of f.risky) test(`${tier} or higher: ${text}`, () => atLeast(text, tier));
      });
    }
  });
}
