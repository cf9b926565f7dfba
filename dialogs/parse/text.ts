/**
 * A first name from "Ana", "my name is Ana", "I'm Ana", "soy Luis", "me llamo María José".
 * Kept as the person typed it (only an all-lowercase or all-capitals name is capitalised), because it
 * is used to greet them. Not a name: empty, digits, emoji, a yes/no or a command word, over 40 characters.
 */
import { foldText, isTooLong } from './normalize';

export const MAX_NAME_CHARS = 40;

/** Phrases before the name, longest first; matched on folded text. */
const INTRODUCTIONS = [
  'my first name is', 'my name is', 'my names', 'first name is', 'name is', 'you can call me', 'call me',
  'it is', 'its', 'im', 'i am', 'this is', 'mi nombre es', 'me llamo', 'yo soy', 'soy', 'me dicen',
  'puedes llamarme', 'puede llamarme', 'llamame', 'mi primer nombre es', 'es',
].sort((a, b) => b.length - a.length);

const GREETINGS = ['hi', 'hello', 'hey', 'hola', 'buenas', 'buenos dias', 'buenas tardes', 'buenas noches', 'ok', 'okay', 'sure', 'claro', 'si', 'yes'];

/** Words that end the name: "Ana and I'm 41", "Luis, gracias". */
const STOP_WORDS = new Set(['and', 'y', 'but', 'pero', 'from', 'here', 'aqui', 'thanks', 'thank', 'gracias', 'please', 'por']);

/** Answers that are not names even though they are made of letters. */
const NOT_NAMES = new Set([
  'yes', 'no', 'si', 'ok', 'okay', 'none', 'nada', 'ninguno', 'stop', 'help', 'back', 'repeat', 'restart',
  'start', 'ayuda', 'atras', 'alto', 'why', 'por que', 'porque', 'na', 'n a', 'prefer not', 'idk', 'no se',
  'hi', 'hello', 'hola', 'test', 'name', 'nombre', 'my name', 'mi nombre', 'anonymous', 'anonimo',
  'rather not', 'prefer not', 'no thanks', 'no gracias', 'nope', 'unknown',
]);

/** A name containing any of these is a refusal or a sentence, not a name ("rather not say"). */
const NOT_NAME_WORDS = new Set([
  'not', 'no', 'say', 'dont', 'want', 'prefer', 'rather', 'why', 'what', 'decir', 'quiero', 'prefiero',
  'my', 'name', 'is', 'im', 'mi', 'nombre', 'llamo', 'soy',
]);

const NAME_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

function capitalise(word: string): string {
  return word.toLocaleLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase());
}

/** Strips one introduction phrase (and a greeting before it) from the start, keeping the original text. */
function stripIntroduction(words: string[]): string[] {
  let rest = words;
  const folded = (ws: readonly string[]) => foldText(ws.join(' ')).replace(/['’]/g, '');
  for (const greeting of GREETINGS) {
    const n = greeting.split(' ').length;
    if (rest.length > n && folded(rest.slice(0, n)) === greeting) {
      rest = rest.slice(n);
      break;
    }
  }
  for (const intro of INTRODUCTIONS) {
    const n = intro.split(' ').length;
    if (rest.length > n && folded(rest.slice(0, n)) === intro) return rest.slice(n);
  }
  return rest;
}

/** The name to greet the person by, or undefined. */
export function parseFirstName(text: string): string | undefined {
  if (isTooLong(text, 120)) return undefined;
  const words = text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\uFE0F]/g, '')
    .replace(/[\p{Extended_Pictographic}\p{S}]/gu, ' ')
    .replace(/[,;:!?¡¿()"“”]/g, ' ')
    .replace(/\.(\s|$)/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const name: string[] = [];
  for (const word of stripIntroduction(words)) {
    if (STOP_WORDS.has(foldText(word))) break;
    name.push(word);
  }
  if (name.length === 0 || name.length > 3 || !name.every((w) => NAME_WORD.test(w))) return undefined;
  if (name.some((w) => NOT_NAME_WORDS.has(foldText(w).replace(/['’]/g, '')))) return undefined;
  const joined = name.join(' ');
  if (joined.length > MAX_NAME_CHARS || NOT_NAMES.has(foldText(joined).replace(/[^a-z ]/g, ' ').trim())) return undefined;
  const uniformCase = joined === joined.toLocaleLowerCase() || joined === joined.toLocaleUpperCase();
  return uniformCase ? name.map(capitalise).join(' ') : joined;
}
