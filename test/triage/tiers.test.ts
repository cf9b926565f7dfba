import { maxTier, RISK_ORDER, isTier } from '../../src/triage';

describe('risk tiers', () => {
  it('are ordered from none to imminent', () => {
    expect(RISK_ORDER).toEqual(['none', 'history', 'passive', 'active', 'imminent']);
  });

  it('combine to the more urgent tier, in either order', () => {
    for (const a of RISK_ORDER) {
      for (const b of RISK_ORDER) {
        const expected = RISK_ORDER.indexOf(a) >= RISK_ORDER.indexOf(b) ? a : b;
        expect(maxTier(a, b)).toBe(expected);
        expect(maxTier(b, a)).toBe(expected);
      }
    }
  });

  it('recognise tier names and nothing else', () => {
    expect(isTier('passive')).toBe(true);
    expect(isTier('severe')).toBe(false);
    expect(isTier(undefined)).toBe(false);
  });
});
