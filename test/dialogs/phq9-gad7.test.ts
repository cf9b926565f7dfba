import { GAD7_ITEMS, GAD7_OPTIONS, gad7Severity, scoreGad7 } from '../../dialogs/instruments/gad7';
import { PHQ9_ITEMS, PHQ9_OPTIONS, item9Positive, phq9Severity, scorePhq9 } from '../../dialogs/instruments/phq9';

/** `total` spread over `count` items rated 0-3, filling the first items first. */
function answersTotalling(total: number, count: number): number[] {
  let left = total;
  return Array.from({ length: count }, () => {
    const rating = Math.min(3, left);
    left -= rating;
    return rating;
  });
}

describe('PHQ-9', () => {
  it('has 9 items phq9_1..phq9_9 and four 0-3 options', () => {
    expect(PHQ9_ITEMS.map((i) => i.id)).toEqual(Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`));
    expect(PHQ9_OPTIONS.map((o) => o.en)).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
  });

  it.each([
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'],
    [15, 'moderately-severe'], [19, 'moderately-severe'], [20, 'severe'], [27, 'severe'],
  ])('total %i is %s', (total, severity) => {
    expect(phq9Severity(total)).toBe(severity);
    const answers = answersTotalling(total, 9);
    expect(scorePhq9(answers)).toEqual({ total, severity, item9Positive: answers[8] > 0 });
  });

  it('flags item 9 above 0, on complete and partial answers', () => {
    expect(scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 1]).item9Positive).toBe(true);
    expect(item9Positive([0, 0, 0, 0, 0, 0, 0, 0, 3])).toBe(true);
    expect(item9Positive([3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
    expect(item9Positive([3, 3])).toBe(false);
  });

  it('throws unless exactly 9 integers 0-3', () => {
    expect(() => scorePhq9([0, 0, 0])).toThrow(/PHQ-9/);
    expect(() => scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 4])).toThrow(/PHQ-9 item 9/);
  });
});

describe('GAD-7', () => {
  it('has 7 items gad7_1..gad7_7 and four 0-3 options', () => {
    expect(GAD7_ITEMS.map((i) => i.id)).toEqual(Array.from({ length: 7 }, (_, i) => `gad7_${i + 1}`));
    expect(GAD7_OPTIONS).toHaveLength(4);
  });

  it.each([
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'],
    [15, 'severe'], [21, 'severe'],
  ])('total %i is %s', (total, severity) => {
    expect(gad7Severity(total)).toBe(severity);
    expect(scoreGad7(answersTotalling(total, 7))).toEqual({ total, severity });
  });

  it('throws unless exactly 7 integers 0-3', () => {
    expect(() => scoreGad7([0, 0, 0, 0, 0, 0])).toThrow(/GAD-7/);
    expect(() => scoreGad7([0, 0, 0, 0, 0, 0, -1])).toThrow(/GAD-7/);
  });
});
