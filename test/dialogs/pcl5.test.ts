import { PCL5_ITEMS, PCL5_OPTIONS, PCL5_STEM, scorePcl5 } from '../../dialogs/instruments/pcl5';

/** Ratings built item by item: index i is item i+1. */
function ratings(byItem: Record<number, number>, fill = 0): number[] {
  return Array.from({ length: 20 }, (_, i) => byItem[i + 1] ?? fill);
}

describe('PCL-5 content', () => {
  it('has the 20 items in DSM-5 clusters B 1-5, C 6-7, D 8-14, E 15-20', () => {
    expect(PCL5_ITEMS).toHaveLength(20);
    expect(PCL5_ITEMS.map((i) => i.id)).toEqual(Array.from({ length: 20 }, (_, i) => `pcl5_${i + 1}`));
    expect(PCL5_ITEMS.map((i) => i.cluster).join('')).toBe('BBBBBCCDDDDDDDEEEEEE');
  });

  it('has the five 0-4 options from "Not at all" to "Extremely"', () => {
    expect(PCL5_OPTIONS.map((o) => o.en)).toEqual(['Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely']);
    expect(PCL5_STEM.en).toBe('In the past month, how much were you bothered by:');
  });
});

describe('scorePcl5', () => {
  it('scores all 0 as total 0, nothing met', () => {
    expect(scorePcl5(ratings({}))).toEqual({
      total: 0,
      clusters: { B: 0, C: 0, D: 0, E: 0 },
      provisionalDsm5: false,
      probablePtsd: false,
    });
  });

  it('scores all 2 as total 40, provisional and probable', () => {
    expect(scorePcl5(ratings({}, 2))).toEqual({
      total: 40,
      clusters: { B: 10, C: 4, D: 14, E: 12 },
      provisionalDsm5: true,
      probablePtsd: true,
    });
  });

  it('scores all 4 as the maximum 80', () => {
    const score = scorePcl5(ratings({}, 4));
    expect(score.total).toBe(80);
    expect(score.clusters).toEqual({ B: 20, C: 8, D: 28, E: 24 });
  });

  it('sums each cluster from its own items only', () => {
    const score = scorePcl5(ratings({ 1: 1, 5: 3, 6: 2, 7: 4, 8: 1, 14: 2, 15: 3, 20: 1 }));
    expect(score.clusters).toEqual({ B: 4, C: 6, D: 3, E: 4 });
    expect(score.total).toBe(17);
  });

  it('is not provisional with a high total when no C item is rated 2 or more', () => {
    const score = scorePcl5(ratings({ 6: 1, 7: 1 }, 4));
    expect(score.total).toBe(74);
    expect(score.probablePtsd).toBe(true);
    expect(score.provisionalDsm5).toBe(false);
  });

  it('counts a rating of 1 as not endorsed for the DSM-5 rule', () => {
    expect(scorePcl5(ratings({}, 1)).provisionalDsm5).toBe(false);
  });

  it('meets the DSM-5 rule at its minimum: 1 B, 1 C, 2 D, 2 E rated 2', () => {
    const minimum = ratings({ 1: 2, 6: 2, 8: 2, 9: 2, 15: 2, 16: 2 });
    expect(scorePcl5(minimum)).toMatchObject({ total: 12, provisionalDsm5: true, probablePtsd: false });
    expect(scorePcl5(ratings({ 1: 2, 6: 2, 8: 2, 15: 2, 16: 2 })).provisionalDsm5).toBe(false);
    expect(scorePcl5(ratings({ 1: 2, 6: 2, 8: 2, 9: 2, 15: 2 })).provisionalDsm5).toBe(false);
    expect(scorePcl5(ratings({ 6: 2, 8: 2, 9: 2, 15: 2, 16: 2 })).provisionalDsm5).toBe(false);
  });

  it('applies the cutoff as total >= cutoff, 33 by default', () => {
    const at33 = ratings({ 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 4, 8: 4, 9: 1 });
    expect(scorePcl5(at33).total).toBe(33);
    expect(scorePcl5(at33).probablePtsd).toBe(true);
    const at32 = ratings({ 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 4, 8: 4 });
    expect(scorePcl5(at32).probablePtsd).toBe(false);
    expect(scorePcl5(at32, 31).probablePtsd).toBe(true);
    expect(scorePcl5(at33, 34).probablePtsd).toBe(false);
  });

  it.each([
    ['19 answers', ratings({}).slice(1)],
    ['21 answers', [...ratings({}), 0]],
    ['a 5', ratings({ 3: 5 })],
    ['a negative', ratings({ 3: -1 })],
    ['a fraction', ratings({ 3: 1.5 })],
    ['NaN', ratings({ 3: Number.NaN })],
  ])('throws a clear error for %s', (_, answers) => {
    expect(() => scorePcl5(answers)).toThrow(/PCL-5/);
  });
});
