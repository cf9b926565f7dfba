/**
 * Crisis triage: every inbound message, in any state, on any channel, is screened here before the
 * dialog sees it. Any tier above `none` must route to 988 messaging and the on-call clinician.
 */
export { RISK_ORDER, maxTier, minTier, tierRank, isTier, type RiskTier } from './tiers';
export type { TriageContext, TriageReason, TriageResult } from './types';
export { triage, explain } from './detect';
export { normalise, originalSpan, type Normalised } from './normalise';
