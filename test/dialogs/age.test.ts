import { parseAge } from '../../dialogs/parse/age';

describe('parseAge', () => {
  it.each([
    ['41', 41], ["I'm 41", 41], ['41 years old', 41], ['41yo', 41], ['41 yrs', 41], ['41.', 41],
    ['forty-one', 41], ['forty one', 41], ['Forty-One', 41], ['eighteen', 18], ['seventeen', 17],
    ['one hundred', 100], ['tengo 41 años', 41], ['41 años', 41], ['cuarenta y uno', 41],
    ['cuarenta y un años', 41], ['veintiún años', 21], ['dieciocho', 18], ['diecisiete', 17],
    ['soy un hombre de 41 años', 41], ['ciento veinte', 120], ['0', 0], ['120', 120],
  ])('%p -> %i', (text, age) => {
    expect(parseAge(text)).toBe(age);
  });

  it.each([
    '121', '150', '-5', '41.5', '41 or 42', "I'm 41, turning 42", 'old enough', 'born in 1985', '1985',
    'forty something', '',
  ])('%p is not understood', (text) => {
    expect(parseAge(text)).toBeUndefined();
  });

  describe('dates of birth', () => {
    const now = new Date('2025-06-01T12:00:00Z');

    it('needs an injected now', () => {
      expect(parseAge('03/14/1985')).toBeUndefined();
    });

    it('reads month/day/year and ISO dates', () => {
      expect(parseAge('03/14/1985', { now })).toBe(40);
      expect(parseAge('born 1985-07-01', { now })).toBe(39);
      expect(parseAge('14/03/1985', { now })).toBe(40);
    });

    it('accepts a date that reads both ways only when both give the same age', () => {
      expect(parseAge('03/04/1985', { now })).toBe(40);
      expect(parseAge('03/04/1985', { now: new Date('2025-03-10T12:00:00Z') })).toBeUndefined();
    });

    it('rejects impossible and future dates', () => {
      expect(parseAge('02/30/1985', { now })).toBeUndefined();
      expect(parseAge('01/01/2030', { now })).toBeUndefined();
      expect(parseAge('01/01/1850', { now })).toBeUndefined();
    });
  });
});
