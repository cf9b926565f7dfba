import { parseEmail } from '../../dialogs/parse/email';

describe('parseEmail', () => {
  it.each([
    ['ana@example.com', 'ana@example.com'],
    ['  ana@example.com  ', 'ana@example.com'],
    ['my email is Ana@Example.COM.', 'Ana@example.com'],
    ['mi correo es luis.perez+intake@gmail.com', 'luis.perez+intake@gmail.com'],
    ['<ana@sub.example.co.uk>', 'ana@sub.example.co.uk'],
    ['mailto:ana@example.org', 'ana@example.org'],
    ["o'brien@example.com", "o'brien@example.com"],
    ['ana@example.com, ana@example.com', 'ana@example.com'],
  ])('%p -> %p', (text, email) => {
    expect(parseEmail(text)).toBe(email);
  });

  it.each([
    'ana', 'ana@', '@example.com', 'ana@example', 'ana@example.c', 'ana@@example.com', 'ana@exa mple.com',
    'ana..b@example.com', '.ana@example.com', 'ana@-example.com', 'ana@example..com', 'ana@example.c0m',
    'ana@example.com and luis@example.com', 'ana at example dot com', 'ñandú@example.com', '',
  ])('%p is not understood', (text) => {
    expect(parseEmail(text)).toBeUndefined();
  });
});
