import { CENSORED_TARGETS } from './spelling';

/**
 * Undo leetspeak inside a word ("k1ll", "d13", "$uicide", "unal!ve", "ki||") without touching real
 * numbers ("2019", "3am", "20mg", "I'm 41"). Only tokens that contain a letter are touched, and
 * tokens that read as a number with a unit are left alone.
 */
const DIGIT_LETTER: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '5': 's', '7': 't', '9': 'g', '$': 's', '@': 'a', '!': 'i', '|': 'l',
};

const NUMBER_WITH_UNIT =
  /^\d+(?:st|nd|rd|th|s|am|pm|mg|mgs|mcg|ml|k|x|h|hr|hrs|min|mins|yo|yr|yrs|lb|lbs|kg|g|m|km|mi|d|wk|wks|cm|mm|ft|in|iu|oclock)?$/;

export const LEET_CHAR = /[0-9$@!|*]/;
const LETTER = /[a-z]/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

/** A letter, or a digit/symbol that stands for one ("d34d": the 3 next to the 4 is an e). */
function isLetterish(ch: string | undefined): boolean {
  return isLetter(ch) || (ch !== undefined && ch !== '!' && ch !== '|' && ch in DIGIT_LETTER) || ch === '4';
}

export function deleet(token: string): string {
  if (!LETTER.test(token) || NUMBER_WITH_UNIT.test(token)) return token;
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const ch = token[i] as string;
    const prev = token[i - 1];
    const next = token[i + 1];
    if (ch === '2' && isLetter(prev) && isLetter(next)) {
      out += ' to '; // "want2die"
    } else if (ch === '4' && isLetterish(prev) && (isLetterish(next) || next === undefined)) {
      out += 'a';
    } else if (ch === '!' && !isLetter(next) && next !== '!') {
      out += ch; // trailing exclamation is punctuation
    } else {
      out += DIGIT_LETTER[ch] ?? ch;
    }
  }
  if (out.includes('*')) out = uncensor(out);
  return out;
}

/** "k*ll" -> "kill": a '*' stands for one hidden letter of a crisis word of the same length. */
function uncensor(token: string): string {
  if (!/^[a-z*]+$/.test(token) || !LETTER.test(token)) return token;
  for (const target of CENSORED_TARGETS) {
    if (target.length !== token.length) continue;
    let ok = true;
    for (let i = 0; i < target.length && ok; i++) {
      const c = token[i];
      if (c !== '*' && c !== target[i]) ok = false;
    }
    if (ok) return target;
  }
  return token;
}
