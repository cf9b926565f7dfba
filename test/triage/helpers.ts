import { triage, type RiskTier, type TriageContext } from '../../src/triage';
import { tierRank } from '../../src/triage/tiers';

/** Table rows: [expected tier, message]. */
export type Row = readonly [RiskTier, string];

export function riskOf(text: string, context?: TriageContext): RiskTier {
  return triage(text, context).risk;
}

/** The message is triaged at `tier` or higher (the detector may be more cautious, never less). */
export function atLeast(text: string, tier: RiskTier): void {
  const got = triage(text).risk;
  expect({ text, ok: tierRank(got) >= tierRank(tier), got }).toEqual({ text, ok: true, got });
}

/** The message is triaged at exactly `tier`. */
export function exactly(text: string, tier: RiskTier): void {
  expect({ text, got: triage(text).risk }).toEqual({ text, got: tier });
}

/** The message routes nowhere. */
export function none(text: string): void {
  exactly(text, 'none');
}
