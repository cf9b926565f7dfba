import { US_STATES, parseUsState, usStateByCode } from '../../dialogs/parse/us-state';

describe('US_STATES', () => {
  it('has the 50 states, DC and PR with unique codes', () => {
    expect(US_STATES).toHaveLength(52);
    expect(new Set(US_STATES.map((s) => s.code)).size).toBe(52);
    expect(US_STATES.map((s) => s.code)).toEqual(expect.arrayContaining(['DC', 'PR', 'CO', 'WY']));
  });

  it('parses every state by its name, its Spanish name and its code', () => {
    for (const state of US_STATES) {
      expect(parseUsState(state.name)).toBe(state.code);
      if (state.nameEs !== undefined) expect(parseUsState(state.nameEs)).toBe(state.code);
      expect(parseUsState(state.code)).toBe(state.code);
      expect(parseUsState(state.code.toLowerCase())).toBe(state.code);
    }
  });

  it('finds a state by code', () => {
    expect(usStateByCode('co')?.name).toBe('Colorado');
    expect(usStateByCode('XX')).toBeUndefined();
  });
});

describe('parseUsState', () => {
  it.each([
    ['Colorado', 'CO'], ['colorado.', 'CO'], ['CO', 'CO'], ['co', 'CO'], ['Colo.', 'CO'], ['Calif.', 'CA'],
    ['Colarado', 'CO'], ['Pensylvania', 'PA'], ['Massachusets', 'MA'], ['Missisippi', 'MS'], ['Tennesee', 'TN'],
    ['Conneticut', 'CT'], ['I live in Colorado', 'CO'], ['I live in TX', 'TX'], ["I'm in New York City", 'NY'],
    ['Nueva York', 'NY'], ['Carolina del Norte', 'NC'], ['Carolina del Sur', 'SC'], ['Nuevo México', 'NM'],
    ['Nuevo Mexico', 'NM'], ['Luisiana', 'LA'], ['Misisipi', 'MS'], ['vivo en Pensilvania', 'PA'],
    ['West Virginia', 'WV'], ['Virginia', 'VA'], ['Virginia Occidental', 'WV'], ['Washington', 'WA'],
    ['Washington DC', 'DC'], ['Washington, D.C.', 'DC'], ['N.Y.', 'NY'], ['n.c.', 'NC'], ['Kansas', 'KS'],
    ['Arkansas', 'AR'], ['Puerto Rico', 'PR'], ['Hawái', 'HI'], ['north dakota', 'ND'], ['south dakota', 'SD'],
    ['in', 'IN'], ['me', 'ME'], ['or', 'OR'], ['ok', 'OK'], ['OK', 'OK'], ['hi', 'HI'], ['oh', 'OH'], ['pa', 'PA'],
    ['hi, I live in Ohio', 'OH'],
  ])('%p -> %s', (text, code) => {
    expect(parseUsState(text)).toBe(code);
  });

  it.each([
    'Narnia', 'Toronto', 'Mexico City', 'Mexico', 'Ontario', 'I live in Denver', 'texts', "I'm Indian",
    'Kansas City, Missouri', 'Texas or Oklahoma', 'ok I live in the city', 'me and my wife', 'USA', 'XX', '',
  ])('%p is not understood', (text) => {
    expect(parseUsState(text)).toBeUndefined();
  });
});
