/**
 * Yes/no answers in English and Spanish, as people type them ("yeah", "sí claro", "nope", "no he").
 *
 * The C-SSRS screener runs on these answers, so a misread is a safety problem in both directions:
 * anything uncertain ("maybe", "no sé") or self-contradictory ("yes and no") is `undefined` and the bot
 * asks again. Typo tolerance is limited to stretched letters ("yesss", "noo") and swapped neighbours
 * ("yse"), plus one typo in long words ("corect"): fuzzier matching turns "ever" into "never".
 */
import { collapseRepeats, editDistance, isTooLong, tokenize } from './normalize';

type Cue = 'yes' | 'no' | 'unsure';

const CUES: Record<Cue, readonly string[]> = {
  yes: [
    'yes', 'yeah', 'yea', 'yeh', 'yah', 'yep', 'yup', 'yes please', 'sure', 'for sure', 'of course',
    'correct', 'thats correct', 'that is correct', 'thats right', 'that is right', 'i have', 'i do',
    'i did', 'i am', 'im afraid so', 'i think so', 'affirmative', 'absolutely', 'definitely', 'uh huh',
    'si', 'sip', 'claro', 'claro que si', 'asi es', 'correcto', 'por supuesto', 'efectivamente', 'exacto',
    'cierto', 'afirmativo', 'si he', 'si tengo', 'desde luego',
  ],
  no: [
    'no', 'nope', 'nop', 'nah', 'naw', 'never', 'not really', 'not at all', 'no way', 'negative',
    'i have not', 'i havent', 'i have never', 'ive never', 'i never', 'i do not', 'i dont', 'i did not',
    'i didnt', 'i am not', 'im not', 'of course not', 'definitely not', 'absolutely not', 'dont think so',
    'i dont think so', 'not that i know of', 'nunca', 'jamas', 'para nada', 'no he', 'claro que no',
    'por supuesto que no', 'negativo', 'nel', 'tampoco', 'no creo',
  ],
  unsure: [
    'maybe', 'perhaps', 'possibly', 'probably', 'not sure', 'unsure', 'not certain', 'dont know',
    'i dont know', 'i do not know', 'do not know', 'no idea', 'ni idea', 'idk', 'dunno', 'kind of', 'sort of', 'kinda', 'sorta', 'more or less',
    'depends', 'it depends', 'no se', 'no lo se', 'no estoy seguro', 'no estoy segura', 'tal vez',
    'quizas', 'quiza', 'puede ser', 'mas o menos', 'depende',
  ],
};

/** Single letters only count when they are the whole answer: inside a sentence "y" is Spanish "and". */
const WHOLE_ANSWER_ONLY: Record<string, boolean> = { y: true, s: true, n: true };

const NEGATORS = new Set(['not', 'no']);

/** Cue phrases split into words, longest first so that "i have not" wins over "i have". */
const PHRASES: readonly { cue: Cue; words: readonly string[] }[] = (Object.keys(CUES) as Cue[])
  .flatMap((cue) => CUES[cue].map((text) => ({ cue, words: text.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

function sameWord(typed: string, expected: string): boolean {
  if (typed === expected) return true;
  if (collapseRepeats(typed) === collapseRepeats(expected)) return true;
  if (typed.length !== expected.length || expected.length < 3) return false;
  // Same letters with one adjacent pair swapped ("yse") is always safe; other typos only in long words.
  const distance = editDistance(typed, expected);
  const swapped = distance === 1 && [...typed].sort().join('') === [...expected].sort().join('');
  return swapped || (expected.length >= 6 && distance <= 1);
}

function cueAt(tokens: readonly string[], at: number): { cue: Cue; length: number } | undefined {
  for (const phrase of PHRASES) {
    if (at + phrase.words.length > tokens.length) continue;
    if (phrase.words.every((w, k) => sameWord(tokens[at + k], w))) return { cue: phrase.cue, length: phrase.words.length };
  }
  return undefined;
}

const UNSURE_PHRASES = PHRASES.filter((p) => p.cue === 'unsure');

/** Doubt anywhere wins, even where another cue would consume its words ("I'm not sure"). */
function hasDoubt(tokens: readonly string[]): boolean {
  return tokens.some((_, at) =>
    UNSURE_PHRASES.some((p) => at + p.words.length <= tokens.length && p.words.every((w, k) => sameWord(tokens[at + k], w))),
  );
}

/**
 * true for yes, false for no, undefined when the answer is unclear, mixed, uncertain or too long.
 * Frequency words are neither: "yeah, sometimes" is yes, "sometimes" alone is asked again.
 */
export function parseYesNo(text: string): boolean | undefined {
  if (isTooLong(text)) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 1 && WHOLE_ANSWER_ONLY[tokens[0]] === true) return tokens[0] !== 'n';
  if (hasDoubt(tokens)) return undefined;
  const seen = new Set<Cue>();
  for (let i = 0; i < tokens.length; ) {
    const found = cueAt(tokens, i);
    if (found === undefined) {
      i += 1;
      continue;
    }
    // "not correct", "no claro": a negator right before a yes is a no.
    const negated = found.cue === 'yes' && i > 0 && NEGATORS.has(tokens[i - 1]);
    seen.add(negated ? 'no' : found.cue);
    i += found.length;
  }
  if (seen.has('unsure') || seen.size !== 1) return undefined;
  return seen.has('yes');
}
