/**
 * Preferred times of day for the consultation, as three coarse periods the intake team books in:
 * "mornings", "after 5pm", "afternoon or evening", "anytime", "por la mañana", "tarde", "noche",
 * "cualquier hora", "10am-2pm". A clock time without am/pm ("after 5") or a negative the parser cannot
 * place ("not mornings") is not guessed: the answer is `undefined` unless a period word settles it.
 */
import { isTooLong, tokenize } from './normalize';
import { clockIntervals } from './clock';
import { findPhrases, resolveMatches, type Phrase } from './phrases';

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** Minutes after midnight at which each period starts and ends (morning from midnight, evening to it). */
const PERIODS: Record<TimeOfDay, readonly [number, number]> = {
  morning: [0, 12 * 60],
  afternoon: [12 * 60, 17 * 60],
  evening: [17 * 60, 24 * 60],
};

type Key = TimeOfDay | 'all' | 'except' | 'negative';

const WORDS: Record<Key, readonly string[]> = {
  morning: ['morning', 'mornings', 'in the morning', 'before work', 'manana', 'mananas', 'matutino'],
  afternoon: ['afternoon', 'afternoons', 'after lunch', 'lunch', 'lunchtime', 'lunch time', 'midday', 'tarde', 'tardes', 'mediodia', 'medio dia', 'hora del almuerzo', 'hora de la comida'],
  evening: ['evening', 'evenings', 'night', 'nights', 'tonight', 'at night', 'after work', 'noche', 'noches', 'despues del trabajo', 'saliendo del trabajo'],
  all: [
    'anytime', 'any time', 'any', 'whenever', 'all day', 'flexible', 'no preference', 'doesnt matter', 'does not matter',
    'either', 'cualquier hora', 'a cualquier hora', 'cualquier momento', 'todo el dia', 'me da igual', 'da igual',
    'no importa', 'cuando sea', 'cualquiera',
  ],
  except: ['except', 'excluding', 'but not', 'other than', 'excepto', 'menos', 'salvo'],
  negative: ['not', 'no', 'cant', 'cannot', 'dont', 'never', 'busy', 'unavailable', 'nunca', 'ninguna', 'ninguno', 'none'],
};

const PHRASES: readonly Phrase<Key>[] = (Object.keys(WORDS) as Key[]).flatMap((key) =>
  WORDS[key].map((text) => ({ key, text, fuzzy: key !== 'negative' && key !== 'except' && text.length >= 6 })),
);

function isPeriod(key: Key): key is TimeOfDay {
  return (TIMES_OF_DAY as readonly string[]).includes(key);
}

function periodsIn(from: number, to: number): TimeOfDay[] {
  return TIMES_OF_DAY.filter((p) => PERIODS[p][0] < to && from < PERIODS[p][1]);
}

interface Found {
  start: number;
  key: Key | 'clock';
  periods: readonly TimeOfDay[];
}

/**
 * Context the words alone get wrong: "mañana" is also "tomorrow" ("mañana en la tarde"), "tarde" is
 * also "late" ("más tarde"), "after noon" is "afternoon".
 */
function disambiguate(tokens: readonly string[]): string[] {
  return tokens.map((word, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (word === 'manana') {
      const morning = tokens.length === 1 || (prev !== undefined && ['la', 'las', 'por', 'en', 'de', 'temprano'].includes(prev));
      return morning ? word : '_tomorrow';
    }
    if (word === 'tarde' && (prev === 'mas' || next === 'noche' || (next === 'en' && tokens[i + 2] === 'la' && tokens[i + 3] === 'noche'))) return '_late';
    if (word === 'after' && next === 'noon') return 'afternoon';
    if (word === 'noon' && prev === 'after') return '_';
    return word;
  });
}

/** The periods named in the answer, in day order, or undefined. */
export function parseTimesOfDay(text: string): TimeOfDay[] | undefined {
  if (isTooLong(text)) return undefined;
  const prepared = text.replace(/(?<![a-z])([ap])\.?\s?m\b\.?/gi, '$1m').replace(/(\d)\s*([ap]m)\b/gi, '$1 $2').replace(/[\u2013\u2014]/g, '-').replace(/-/g, ' - ');
  const raw = tokenize(prepared, ':-');
  if (raw.length === 1 && (raw[0] === 'am' || raw[0] === 'pm')) return raw[0] === 'am' ? ['morning'] : ['afternoon', 'evening'];
  const tokens = disambiguate(raw);
  const used = tokens.map(() => false);
  const clocks = clockIntervals(tokens, used).map((c): Found => ({ start: c.start, key: 'clock', periods: periodsIn(c.from, c.until) }));
  const words = tokens.map((t, i) => (used[i] ? '_' : t));
  const { chosen, ambiguous } = resolveMatches(findPhrases(words, PHRASES));
  if (ambiguous) return undefined;
  const found: Found[] = [
    ...clocks,
    ...chosen.map((m): Found => ({ start: m.start, key: m.key, periods: isPeriod(m.key) ? [m.key] : [] })),
  ].sort((a, b) => a.start - b.start);

  const chosenPeriods = new Set<TimeOfDay>();
  const excluded = new Set<TimeOfDay>();
  let anytime = false;
  let excepting = false;
  for (const f of found) {
    if (f.key === 'negative') return undefined;
    if (f.key === 'except') {
      if (chosenPeriods.size === 0 && !anytime) return undefined;
      excepting = true;
    } else if (f.key === 'all') {
      // "anytime after 3pm" is after 3pm: "anytime" only means all day when nothing narrower is said.
      if (!excepting) anytime = true;
    } else {
      for (const p of f.periods) (excepting ? excluded : chosenPeriods).add(p);
    }
  }
  if (chosenPeriods.size === 0 && anytime) for (const p of TIMES_OF_DAY) chosenPeriods.add(p);
  const result = TIMES_OF_DAY.filter((p) => chosenPeriods.has(p) && !excluded.has(p));
  // An unclear clock time ("after 5") with nothing else said leaves the result empty: undefined.
  return result.length > 0 ? result : undefined;
}
