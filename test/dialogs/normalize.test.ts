import { collapseRepeats, editDistance, normalize, tokenize, typoBudget } from '../../dialogs/parse/normalize';

describe('normalize', () => {
  it.each([
    ['  Sí, CLARO!!  ', 'si claro'],
    ['Miércoles', 'miercoles'],
    ['Año', 'ano'],
    ["I'm  41", 'im 41'],
    ['don’t', 'dont'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['😀 yes 👍', 'yes'],
    ['２', '2'],
  ])('%p -> %p', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('keeps the punctuation a parser asks for', () => {
    expect(normalize('Mon-Fri, 5:30pm', '-:')).toBe('mon-fri 5:30pm');
    expect(tokenize('Mon-Fri')).toEqual(['mon', 'fri']);
    expect(tokenize('   ')).toEqual([]);
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['yes', 'yes', 0],
    ['yes', 'yse', 1],
    ['yess', 'yes', 1],
    ['colarado', 'colorado', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['massachusets', 'massachusetts', 1],
  ])('%p vs %p is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('editDistance with a bound', () => {
  it('stops early once over the bound but is exact within it', () => {
    expect(editDistance('colarado', 'colorado', 1)).toBe(1);
    expect(editDistance('narnia', 'nevada', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('helpers', () => {
  it('collapses stretched letters', () => {
    expect(collapseRepeats('yesss')).toBe('yes');
    expect(collapseRepeats('noooo')).toBe('no');
  });

  it('allows no typos in short words', () => {
    expect(typoBudget(5)).toBe(0);
    expect(typoBudget(6)).toBe(1);
    expect(typoBudget(9)).toBe(2);
  });
});
