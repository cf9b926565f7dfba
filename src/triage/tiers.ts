/**
 * Risk tiers, ordered. Every tier above `none` routes to 988 messaging and the on-call clinician;
 * the tier only sets the urgency. Tiers are compared by rank, never by string, so that "the higher
 * tier wins" is one function everyone uses.
 */
export type RiskTier = 'none' | 'history' | 'passive' | 'active' | 'imminent';

/** Ascending: index 0 is the least urgent. */
export const RISK_ORDER: readonly RiskTier[] = Object.freeze(['none', 'history', 'passive', 'active', 'imminent'] as const);

const RANK: Readonly<Record<RiskTier, number>> = { none: 0, history: 1, passive: 2, active: 3, imminent: 4 };

export function tierRank(tier: RiskTier): number {
  return RANK[tier];
}

/** The more urgent of two tiers. When in doubt the higher tier is right, so this is how results combine. */
export function maxTier(a: RiskTier, b: RiskTier): RiskTier {
  return RANK[a] >= RANK[b] ? a : b;
}

export function minTier(a: RiskTier, b: RiskTier): RiskTier {
  return RANK[a] <= RANK[b] ? a : b;
}

export function isTier(value: unknown): value is RiskTier {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RANK, value);
}
