/**
 * Numbers written as words in English and Spanish ("forty-one", "cuarenta y uno", "dos", "zero"),
 * 0 to 199, which covers ages and option numbers. Shared by the age and choice parsers.
 */

const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

// Accents are already stripped by normalize(): "dieciséis" arrives as "dieciseis". "un"/"una" are left
// out on their own because they are mostly articles ("soy un hombre de 41 años").
const ES_SMALL: Record<string, number> = {
  cero: 0, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8,
  nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16,
  diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintiun: 21, veintiuna: 21,
  veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27,
  veintiocho: 28, veintinueve: 29,
};
const ES_TENS: Record<string, number> = {
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};
const ES_UNITS_AFTER_TENS: Record<string, number> = {
  uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
};

function own(table: Record<string, number>, word: string | undefined): number | undefined {
  return word !== undefined && Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
}

/** 0-99 from the whole word list, or undefined. */
function belowHundred(words: readonly string[]): number | undefined {
  if (words.length === 1) {
    return own(EN_SMALL, words[0]) ?? own(EN_TENS, words[0]) ?? own(ES_SMALL, words[0]) ?? own(ES_TENS, words[0]);
  }
  const enTens = own(EN_TENS, words[0]);
  if (enTens !== undefined && words.length === 2) {
    const unit = own(EN_SMALL, words[1]);
    return unit !== undefined && unit >= 1 && unit <= 9 ? enTens + unit : undefined;
  }
  const esTens = own(ES_TENS, words[0]);
  if (esTens !== undefined) {
    // "cuarenta y uno"; people also drop the "y" when typing.
    const rest = words[1] === 'y' ? words.slice(2) : words.slice(1);
    const unit = rest.length === 1 ? own(ES_UNITS_AFTER_TENS, rest[0]) : undefined;
    return unit !== undefined ? esTens + unit : undefined;
  }
  return undefined;
}

/**
 * The number spelled by exactly these words, or undefined if any word is not part of a number.
 * @param words normalized tokens with hyphens already split ("forty-one" -> ["forty", "one"]).
 */
export function wordsToNumber(words: readonly string[]): number | undefined {
  if (words.length === 0) return undefined;
  let rest = words;
  let hundreds = 0;
  if (rest[0] === 'hundred') {
    hundreds = 100;
    rest = rest.slice(1);
  } else if ((rest[0] === 'one' || rest[0] === 'a') && rest[1] === 'hundred') {
    hundreds = 100;
    rest = rest.slice(2);
  } else if (rest[0] === 'cien' || rest[0] === 'ciento') {
    if (rest[0] === 'cien' && rest.length > 1) return undefined;
    hundreds = 100;
    rest = rest.slice(1);
  }
  if (hundreds > 0) {
    if (rest[0] === 'and') rest = rest.slice(1);
    if (rest.length === 0) return hundreds;
    const tail = belowHundred(rest);
    return tail !== undefined && tail > 0 ? hundreds + tail : undefined;
  }
  return belowHundred(rest);
}

/** Whether a word can take part in a spelled number (used to find runs of number words in a sentence). */
export function isNumberWord(word: string): boolean {
  return (
    own(EN_SMALL, word) !== undefined ||
    own(EN_TENS, word) !== undefined ||
    own(ES_SMALL, word) !== undefined ||
    own(ES_TENS, word) !== undefined ||
    ['hundred', 'cien', 'ciento'].includes(word)
  );
}

/**
 * Every number spelled in words inside a sentence, longest reading first ("tengo cuarenta y uno" -> [41]).
 * Connectors ("y", "and", "a" before "hundred") are only taken inside a number, never at its ends.
 */
export function findNumberWords(tokens: readonly string[]): number[] {
  const found: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    let value: number | undefined;
    const starts = isNumberWord(tokens[i]) || (tokens[i] === 'a' && tokens[i + 1] === 'hundred');
    if (starts) {
      for (let end = Math.min(tokens.length, i + 6); end > i; end--) {
        const v = wordsToNumber(tokens.slice(i, end));
        if (v !== undefined) {
          matched = end - i;
          value = v;
          break;
        }
      }
    }
    if (value !== undefined) {
      found.push(value);
      i += matched;
    } else {
      i += 1;
    }
  }
  return found;
}
