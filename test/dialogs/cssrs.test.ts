import { CSSRS_ITEMS, cssrsNext, cssrsTier, type CssrsAnswers } from '../../dialogs/instruments/cssrs';

/** Answers the screener the way a person would, following cssrsNext, and returns the items asked. */
function walk(says: CssrsAnswers): string[] {
  const answers: CssrsAnswers = {};
  const asked: string[] = [];
  for (let next = cssrsNext(answers); next !== undefined; next = cssrsNext(answers)) {
    asked.push(next);
    answers[next] = says[next] ?? false;
  }
  return asked;
}

describe('C-SSRS screener content', () => {
  it('has Q1-Q5, Q6 lifetime and Q6 past 3 months', () => {
    expect(CSSRS_ITEMS.map((i) => i.id)).toEqual([
      'cssrs_1', 'cssrs_2', 'cssrs_3', 'cssrs_4', 'cssrs_5', 'cssrs_6_lifetime', 'cssrs_6_recent',
    ]);
  });
});

describe('cssrsNext skip logic', () => {
  it('starts with Q1', () => {
    expect(cssrsNext({})).toBe('cssrs_1');
  });

  it('asks Q2 after Q1 whatever the answer', () => {
    expect(cssrsNext({ cssrs_1: false })).toBe('cssrs_2');
    expect(cssrsNext({ cssrs_1: true })).toBe('cssrs_2');
  });

  it('skips Q3-Q5 when Q2 is no, and ends when Q6 lifetime is no', () => {
    expect(walk({})).toEqual(['cssrs_1', 'cssrs_2', 'cssrs_6_lifetime']);
  });

  it('asks Q3, Q4 and Q5 when Q2 is yes', () => {
    expect(walk({ cssrs_2: true })).toEqual(['cssrs_1', 'cssrs_2', 'cssrs_3', 'cssrs_4', 'cssrs_5', 'cssrs_6_lifetime']);
  });

  it('asks about the past 3 months when Q6 lifetime is yes', () => {
    expect(walk({ cssrs_6_lifetime: true })).toEqual(['cssrs_1', 'cssrs_2', 'cssrs_6_lifetime', 'cssrs_6_recent']);
  });

  it('is complete after Q6 past 3 months', () => {
    expect(
      cssrsNext({ cssrs_1: true, cssrs_2: false, cssrs_6_lifetime: true, cssrs_6_recent: false }),
    ).toBeUndefined();
  });
});

describe('cssrsTier', () => {
  it.each<[string, CssrsAnswers, string]>([
    ['no answers yet', {}, 'none'],
    ['all no', { cssrs_1: false, cssrs_2: false, cssrs_6_lifetime: false }, 'none'],
    ['Q1 yes only (partial: the first yes routes at once)', { cssrs_1: true }, 'passive'],
    ['Q1 yes, Q2 no', { cssrs_1: true, cssrs_2: false, cssrs_6_lifetime: false }, 'passive'],
    ['Q2 yes', { cssrs_1: false, cssrs_2: true }, 'active'],
    ['Q3 yes', { cssrs_1: true, cssrs_2: true, cssrs_3: true }, 'active'],
    ['Q4 yes', { cssrs_1: true, cssrs_2: true, cssrs_3: false, cssrs_4: true }, 'imminent'],
    ['Q5 yes', { cssrs_2: true, cssrs_3: true, cssrs_4: false, cssrs_5: true }, 'imminent'],
    ['Q6 lifetime only', { cssrs_1: false, cssrs_2: false, cssrs_6_lifetime: true }, 'history'],
    ['Q6 lifetime, not in the past 3 months', { cssrs_6_lifetime: true, cssrs_6_recent: false }, 'history'],
    ['Q6 within the past 3 months', { cssrs_1: false, cssrs_2: false, cssrs_6_lifetime: true, cssrs_6_recent: true }, 'imminent'],
    ['Q1 and Q6 lifetime: the higher wins', { cssrs_1: true, cssrs_2: false, cssrs_6_lifetime: true }, 'passive'],
    ['Q2 and recent behaviour: the higher wins', { cssrs_2: true, cssrs_6_recent: true }, 'imminent'],
    ['a yes on an item the skip logic would not ask still counts', { cssrs_2: false, cssrs_3: true }, 'active'],
  ])('%s -> %s', (_, answers, tier) => {
    expect(cssrsTier(answers)).toBe(tier);
  });
});
