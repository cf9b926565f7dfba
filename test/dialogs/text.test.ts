import { parseFirstName } from '../../dialogs/parse/text';

describe('parseFirstName', () => {
  it.each([
    ['Ana', 'Ana'], ['ana', 'Ana'], ['ANA', 'Ana'], ['  Ana.  ', 'Ana'], ['my name is Ana', 'Ana'],
    ["My name's Ana", 'Ana'], ["I'm Ana", 'Ana'], ['Hi, I’m Ana!', 'Ana'], ["it's Ana", 'Ana'], ['call me Ana', 'Ana'],
    ['soy Luis', 'Luis'], ['Hola, soy Luis', 'Luis'], ['me llamo María José', 'María José'], ['mi nombre es josé', 'José'],
    ['Ana López', 'Ana López'], ['Jean-Luc', 'Jean-Luc'], ["O'Brien", "O'Brien"], ['mcKenzie', 'mcKenzie'],
    ["my name is Ana and I'm 41", 'Ana'], ['Luis, gracias', 'Luis'], ['Ana 😊', 'Ana'], ['Zoë', 'Zoë'],
  ])('%p -> %p', (text, name) => {
    expect(parseFirstName(text)).toBe(name);
  });

  it.each([
    '', '   ', '12345', '4', '😀😀', '!!!', 'a'.repeat(41), 'Ana 2', 'no', 'yes', 'help', 'stop', 'my name is',
    'rather not say', 'I would rather not tell you my name', 'ana@example.com',
  ])('%p is not understood', (text) => {
    expect(parseFirstName(text)).toBeUndefined();
  });
});
