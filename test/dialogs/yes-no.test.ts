import { parseYesNo } from '../../dialogs/parse/yes-no';

describe('parseYesNo', () => {
  it.each([
    'yes', 'Yes.', 'YES!!!', 'yeah', 'yep', 'y', 'Y', 'yup', 'sure', 'correct', 'I have', 'i do', 'affirmative',
    'of course', 'yes I have', 'yeah, sometimes', 'absolutely',
    'sí', 'si', 'Sí, claro', 'claro', 'así es', 'correcto', 'claro que sí', 'por supuesto', 's',
    'yess', 'yesss', 'yse', 'sii', 'corect',
  ])('%p is yes', (text) => {
    expect(parseYesNo(text)).toBe(true);
  });

  it.each([
    'no', 'No.', 'NO', 'nope', 'n', 'nah', 'never', 'not really', 'no, never', 'not at all', "I haven't",
    "i don't", 'i have not', 'i have never', 'of course not',
    'nunca', 'para nada', 'no he', 'no he tenido esos pensamientos', 'claro que no', 'no, nunca', 'jamás',
    'noo', 'nooooo', 'not correct',
  ])('%p is no', (text) => {
    expect(parseYesNo(text)).toBe(false);
  });

  it.each([
    'yes and no', 'sí y no', 'maybe', 'not sure', "I'm not sure", 'no sé', 'no lo sé', "I don't know", 'idk',
    'tal vez', 'quizás', 'a veces', 'sometimes', 'kind of', 'no estoy seguro', 'puede ser', 'hello', 'what?',
    '2', 'ever since', 'on', 'ok',
  ])('%p is not understood', (text) => {
    expect(parseYesNo(text)).toBeUndefined();
  });
});
