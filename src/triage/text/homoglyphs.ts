/**
 * Letters that look like Latin letters but are not (Cyrillic, Greek, small capitals, a few Latin
 * variants NFKC leaves alone), and typographic punctuation. A message typed with a Cyrillic "а" in
 * "kіll" must read the same as the plain one. Keys are lower-case code points (input is lower-cased first).
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  // Cyrillic
  ['а', 'a'], ['б', 'b'], ['в', 'b'], ['г', 'r'], ['е', 'e'], ['ё', 'e'], ['з', '3'], ['і', 'i'], ['ї', 'i'],
  ['ј', 'j'], ['к', 'k'], ['л', 'n'], ['м', 'm'], ['н', 'h'], ['о', 'o'], ['п', 'n'], ['р', 'p'], ['с', 'c'],
  ['т', 't'], ['у', 'y'], ['ф', 'f'], ['х', 'x'], ['ц', 'u'], ['ч', 'y'], ['ш', 'w'], ['щ', 'w'], ['ь', 'b'],
  ['ы', 'bi'], ['ѕ', 's'], ['ԁ', 'd'], ['һ', 'h'], ['ӏ', 'l'], ['ԛ', 'q'], ['ԝ', 'w'], ['ү', 'y'], ['ә', 'e'],
  ['и', 'u'], ['д', 'd'], ['ж', 'x'], ['э', 'e'], ['ю', 'io'], ['я', 'r'],
  // Greek
  ['α', 'a'], ['β', 'b'], ['γ', 'y'], ['δ', 'd'], ['ε', 'e'], ['ζ', 'z'], ['η', 'n'], ['θ', 'o'], ['ι', 'i'],
  ['κ', 'k'], ['λ', 'l'], ['μ', 'u'], ['ν', 'v'], ['ξ', 'e'], ['ο', 'o'], ['π', 'n'], ['ρ', 'p'], ['σ', 'o'],
  ['ς', 's'], ['τ', 't'], ['υ', 'u'], ['φ', 'f'], ['χ', 'x'], ['ψ', 'y'], ['ω', 'w'],
  // Latin look-alikes and letters NFKC does not decompose
  ['ɑ', 'a'], ['ı', 'i'], ['ȷ', 'j'], ['ℓ', 'l'], ['ø', 'o'], ['ð', 'd'], ['þ', 'p'], ['ß', 'ss'], ['æ', 'ae'],
  ['œ', 'oe'], ['ł', 'l'], ['đ', 'd'], ['ħ', 'h'], ['ŧ', 't'], ['ɡ', 'g'], ['ɩ', 'i'], ['ʟ', 'l'], ['ɪ', 'i'],
  // small capitals
  ['ᴀ', 'a'], ['ʙ', 'b'], ['ᴄ', 'c'], ['ᴅ', 'd'], ['ᴇ', 'e'], ['ғ', 'f'], ['ɢ', 'g'], ['ʜ', 'h'], ['ᴊ', 'j'],
  ['ᴋ', 'k'], ['ᴍ', 'm'], ['ɴ', 'n'], ['ᴏ', 'o'], ['ᴘ', 'p'], ['ʀ', 'r'], ['ꜱ', 's'], ['ᴛ', 't'], ['ᴜ', 'u'],
  ['ᴠ', 'v'], ['ᴡ', 'w'], ['ʏ', 'y'], ['ᴢ', 'z'],
  // typographic apostrophes vanish like ASCII ones ("I’m" reads "im"); quotes and dashes separate words
  ['’', ''], ['‘', ''], ['‛', ''], ['′', ''], ['ʼ', ''], ['´', ''], ['ˈ', ''], ['`', ''],
  ['“', ' '], ['”', ' '], ['„', ' '], ['«', ' '], ['»', ' '], ['‹', ' '], ['›', ' '],
  ['–', ' '], ['—', ' '], ['―', ' '], ['‐', ' '], ['‑', ' '], ['‒', ' '], ['−', ' '],
  ['¿', ' '], ['¡', ' '], ['•', ' '], ['·', ' '], ['…', '.'], ['\u2028', '\n'], ['\u2029', '\n'], ['\u0085', '\n'],
];

export const HOMOGLYPHS: ReadonlyMap<number, string> = new Map(
  PAIRS.map(([from, to]) => [from.codePointAt(0) as number, to] as const),
);
