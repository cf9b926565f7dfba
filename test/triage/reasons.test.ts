import { triage } from '../../src/triage';

/** Reasons point at what the person actually typed, so that a clinician can see it highlighted. */
describe('reasons', () => {
  const cases = [
    'I want to kill myself',
    'i want 2 k1ll mys3lf 2nite',
    'I w\u200bant to d\u200bie',
    '💊💊💊💊 tonight. bye',
    'ＫＩＬＬ ＭＹＳＥＬＦ',
    'Hola.\r\nMe quiero morir 😭',
    'suicde thoughts every niiiiight',
    'kіll mуsеlf', // Cyrillic
    'The VA lost my paperwork again. Sometimes I think everyone would be better off without me. Anyway, what documents do I need?',
  ];

  it.each(cases)('of %j index the original text', (text) => {
    const result = triage(text);
    expect(result.risk).not.toBe('none');
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const r of result.reasons) {
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(text.length);
      expect(r.start).toBeLessThan(r.end);
      expect(text.slice(r.start, r.end)).toBe(r.match);
      expect(r.rule).toMatch(/^[a-z]+\.[a-z-]+\.[a-z0-9-]+(?:\+[a-z-]+)*$|^(?:combo|context|farewell)\.[a-z+.-]+$/);
    }
  });

  it('cover the matched words across removed zero-width characters', () => {
    const text = 'I w\u200bant to d\u200bie';
    const reason = triage(text).reasons[0];
    expect(reason?.match).toBe('w\u200bant to d\u200bie');
  });

  it('cover a whole emoji (both UTF-16 halves)', () => {
    const text = 'ok 💊💊💊 bye';
    for (const r of triage(text).reasons) {
      const before = text.charCodeAt(r.start);
      expect(before >= 0xdc00 && before <= 0xdfff).toBe(false); // never starts on a low surrogate
      const last = text.charCodeAt(r.end - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false); // never ends on a high surrogate
    }
  });

  it('are sorted by position and name the modifiers that changed the tier', () => {
    const result = triage("I'm going to kill myself tonight. I tried in 2019");
    const starts = result.reasons.map((r) => r.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(result.reasons.some((r) => r.rule.includes('+intent') || r.rule.includes('+time'))).toBe(true);
  });

  it('are empty when the risk is none', () => {
    expect(triage('this traffic is killing me')).toEqual({ risk: 'none', reasons: [] });
  });
});
