import type { Localized } from '../../dialogs/locale';
import { parseChoice } from '../../dialogs/parse/choice';
import { PCL5_OPTIONS } from '../../dialogs/instruments/pcl5';
import { PHQ9_OPTIONS } from '../../dialogs/instruments/phq9';

const pcl = (text: string) => parseChoice(text, PCL5_OPTIONS, { numbering: 0 });
const phq = (text: string) => parseChoice(text, PHQ9_OPTIONS, { numbering: 0 });

const FRUIT: readonly Localized[] = [
  { en: 'Apple', es: 'Manzana' },
  { en: 'Banana', es: 'Plátano' },
  { en: 'Cherry', es: 'Cereza' },
];
const list = (text: string) => parseChoice(text, FRUIT, { numbering: 1 });

describe('parseChoice on a 0-4 scale (PCL-5)', () => {
  it.each([
    ['0', 0], ['2', 2], ['4', 4], ['2.', 2], ['#3', 3], ['option 2', 2], ['2️⃣', 2],
    ['zero', 0], ['two', 2], ['Four', 4], ['cero', 0], ['dos', 2], ['cuatro', 4],
    ['a', 0], ['b', 1], ['b)', 1], ['(b)', 1], ['B.', 1], ['e', 4], ['letter c', 2], ['opción c', 2],
    ['Not at all', 0], ['a little bit', 1], ['Moderately', 2], ['quite a bit', 3], ['extremely', 4],
    ['nada', 0], ['un poco', 1], ['moderadamente', 2], ['bastante', 3], ['extremadamente', 4],
    ['moderatly', 2], ['extremly', 4], ['quiet a bit', 3], ['alittle bit', 1], ['bastnte', 3], ['extremadamete', 4],
    ['a little', 1], ['little bit', 1], ['poco', 1],
    ["I'd say moderately", 2], ["i'd say 2", 2], ['2 - moderately', 2], ['para nada', 0],
    ['the first one', 0], ['second', 1], ['la primera', 0],
  ])('%p -> %i', (text, index) => {
    expect(pcl(text)).toBe(index);
  });

  it.each([
    '5', '12', '-1', 'f', 'six', 'seis', '2.5', '2 or 3', 'between 2 and 3', '3 moderately', 'not extremely',
    'moderately or extremely', 'bit', 'it happened 3 times last week', 'banana', 'yes',
  ])('%p is not understood', (text) => {
    expect(pcl(text)).toBeUndefined();
  });
});

describe('parseChoice on PHQ-9 options', () => {
  it.each([
    ['several days', 1], ['varios días', 1], ['varios dias', 1], ['more than half the days', 2],
    ['más de la mitad de los días', 2], ['more than half', 2], ['half', 2], ['nearly every day', 3],
    ['every day', 3], ['casi todos los días', 3], ['ningún día', 0], ['not at all', 0], ['3', 3], ['d', 3],
    ['several dayz', 1],
  ])('%p -> %i', (text, index) => {
    expect(phq(text)).toBe(index);
  });

  it.each(['days', 'more', '4', 'several days or nearly every day'])('%p is not understood', (text) => {
    expect(phq(text)).toBeUndefined();
  });
});

describe('parseChoice on a list numbered from 1', () => {
  it.each([
    ['1', 0], ['3', 2], ['one', 0], ['tres', 2], ['a', 0], ['c', 2], ['apple', 0], ['Plátano', 1], ['platano', 1],
    ['cereza', 2], ['bananna', 1], ['the last one', 2],
  ])('%p -> %i', (text, index) => {
    expect(list(text)).toBe(index);
  });

  it.each(['0', '4', 'zero', 'd', 'apple and cherry', ''])('%p is not understood', (text) => {
    expect(list(text)).toBeUndefined();
  });
});

describe('parseChoice with short labels (yes/no lists)', () => {
  const YES_NO: readonly Localized[] = [
    { en: 'Yes', es: 'Sí' },
    { en: 'No', es: 'No' },
  ];
  const yn = (text: string) => parseChoice(text, YES_NO, { numbering: 1 });

  it('takes a short label only as the whole answer', () => {
    expect(yn('yes')).toBe(0);
    expect(yn('Sí')).toBe(0);
    expect(yn('no')).toBe(1);
    expect(yn('2')).toBe(1);
    expect(yn('no sé')).toBeUndefined();
    expect(yn('no he tenido')).toBeUndefined();
  });
});
