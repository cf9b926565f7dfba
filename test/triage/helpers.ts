import { triage, type RiskTier, type TriageContext } from '../../src/triage';

/** Table rows: [expected tier, message]. */
export type Row = readonly [RiskTier, string];

export function riskOf(text: string, context?: TriageContext): RiskTier {
  return triage(text, context).risk;
}
