import { triage, type RiskTier, type TriageContext } from '../../src/triage';
import { triageRules } from '../../src/triage/detect';
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

/** One describe per family: each row [tier, message] is triaged at exactly that tier. */
export function describeFamilies(title: string, families: Record<string, readonly Row[]>): void {
  describe(title, () => {
    for (const [family, rows] of Object.entries(families)) {
      describe(family, () => {
        it.each(rows)('%s: %s', (tier, text) => {
          expect(`${riskOf(text)} ${text}`).toBe(`${tier} ${text}`);
        });
      });
    }
  });
}

/** Hard negatives the rules alone must leave at none (the statistical stage may still raise a few). */
export function describeRulesNone(title: string, texts: readonly string[]): void {
  describe(title, () => {
    it.each(texts)('none: %s', (text) => {
      expect(`${triageRules(text).risk} ${text}`).toBe(`none ${text}`);
    });
  });
}

/** Each row [tier, message] is triaged at `tier` or higher, with rules and model together. */
export function describeAtLeast(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    it.each(rows)('%s: %s', (tier, text) => atLeast(text, tier));
  });
}

/** Messages that must route (at any tier above none), with rules and model together. */
export function describeRoutes(title: string, texts: readonly string[]): void {
  describe(title, () => {
    it.each(texts)('%s', (text) => {
      expect(riskOf(text)).not.toBe('none');
    });
  });
}
