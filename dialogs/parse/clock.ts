/**
 * Clock times inside an answer, as intervals of minutes after midnight: "after 5pm", "before noon",
 * "10am-2pm", "1-3pm", "at 3pm", "17:00", "después de las 5 de la tarde", "entre las 9 y las 11 de la
 * mañana". A time without am/pm ("after 5", "7:30") is read, so that its words are not reused as
 * something else, but yields no interval: the hour is not guessed.
 */

/** End of the day in minutes; "after 9pm" runs to it. */
const END_OF_DAY = 24 * 60;

export interface ClockInterval {
  /** Token index where the expression starts, to order it among other words. */
  start: number;
  /** Minutes after midnight, from inclusive, until exclusive. */
  from: number;
  until: number;
}

const AFTER = [['after'], ['past'], ['from'], ['despues', 'de', 'las'], ['despues', 'de'], ['a', 'partir', 'de', 'las'], ['a', 'partir', 'de'], ['desde', 'las'], ['desde']];
const BEFORE = [['before'], ['until'], ['till'], ['til'], ['by'], ['antes', 'de', 'las'], ['antes', 'de'], ['hasta', 'las'], ['hasta']];
const BETWEEN = [['between'], ['entre', 'las'], ['entre'], ['from'], ['de', 'las'], ['desde', 'las'], ['desde']];
const TO = [['and'], ['to'], ['-'], ['y', 'las'], ['y'], ['a', 'las'], ['a'], ['hasta', 'las'], ['hasta'], ['till'], ['until'], ['thru'], ['through']];

/** A clock time as typed: hour and minute, and am/pm when it was said. */
interface Clock {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
  /** Token index after the clock. */
  end: number;
}

function phraseAt(tokens: readonly string[], at: number, options: readonly string[][]): number {
  for (const words of options) if (words.every((w, k) => tokens[at + k] === w)) return words.length;
  return 0;
}

function clockAt(tokens: readonly string[], at: number): Clock | undefined {
  const word = tokens[at];
  if (word === undefined) return undefined;
  if (word === 'noon' || word === 'mediodia' || word === 'midday') return { hour: 12, minute: 0, meridiem: 'pm', end: at + 1 };
  const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(word);
  if (m === null) return undefined;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (hour > 24 || minute > 59) return undefined;
  let end = at + 1;
  let meridiem: 'am' | 'pm' | undefined;
  if (tokens[end] === 'am' || tokens[end] === 'pm') {
    meridiem = tokens[end] as 'am' | 'pm';
    end += 1;
  } else if (tokens[end] === 'oclock') {
    end += 1;
  }
  const suffix = phraseAt(tokens, end, [['de', 'la', 'manana'], ['in', 'the', 'morning']]);
  const pmSuffix = phraseAt(tokens, end, [['de', 'la', 'tarde'], ['de', 'la', 'noche'], ['in', 'the', 'afternoon'], ['in', 'the', 'evening'], ['at', 'night']]);
  if (suffix > 0) {
    meridiem = 'am';
    end += suffix;
  } else if (pmSuffix > 0) {
    meridiem = 'pm';
    end += pmSuffix;
  }
  if (meridiem !== undefined && (hour < 1 || hour > 12)) return undefined;
  if (meridiem === undefined && m[2] === undefined && hour > 12) return undefined;
  return { hour, minute, meridiem, end };
}

/** Minutes after midnight, or undefined when am/pm is unknown ("5", "7:30"). "17:00" is unambiguous. */
function minutesOf(clock: Clock): number | undefined {
  if (clock.meridiem === 'am') return (clock.hour % 12) * 60 + clock.minute;
  if (clock.meridiem === 'pm') return ((clock.hour % 12) + 12) * 60 + clock.minute;
  if (clock.hour >= 13 || clock.hour === 0) return clock.hour * 60 + clock.minute;
  return undefined;
}

/** "1-3pm": the second time's am/pm carries to the first (and "11-2pm" means 11am). */
function shareMeridiem(first: Clock, second: Clock): [Clock, Clock] {
  if (first.meridiem === undefined && second.meridiem !== undefined) {
    const flips = first.hour % 12 > second.hour % 12;
    return [{ ...first, meridiem: flips ? (second.meridiem === 'pm' ? 'am' : 'pm') : second.meridiem }, second];
  }
  if (second.meridiem === undefined && first.meridiem !== undefined) {
    const flips = second.hour % 12 < first.hour % 12;
    return [first, { ...second, meridiem: flips ? (first.meridiem === 'am' ? 'pm' : 'am') : first.meridiem }];
  }
  return [first, second];
}

/**
 * Every clock expression in the tokens (normalized, with ':' and '-' kept and "5pm" split as "5 pm").
 * Marks the tokens it reads in `used` so the caller does not read "tarde" in "5 de la tarde" again.
 */
export function clockIntervals(tokens: readonly string[], used: boolean[]): ClockInterval[] {
  const found: ClockInterval[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const after = phraseAt(tokens, i, AFTER);
    const before = phraseAt(tokens, i, BEFORE);
    const between = phraseAt(tokens, i, BETWEEN);
    const lead = Math.max(after, before, between);
    const first = clockAt(tokens, i + lead);
    if (first === undefined) continue;
    const to = phraseAt(tokens, first.end, TO);
    const second = to > 0 ? clockAt(tokens, first.end + to) : undefined;
    let range: [number | undefined, number | undefined];
    let end: number;
    if (second !== undefined && (between > 0 || lead === 0)) {
      const [a, b] = shareMeridiem(first, second);
      range = [minutesOf(a), minutesOf(b)];
      end = second.end;
    } else {
      const at = minutesOf(first);
      if (after > 0 && after >= before) range = [at, END_OF_DAY];
      else if (before > 0) range = [0, at];
      else range = [at, at === undefined ? undefined : at + 1];
      end = first.end;
    }
    for (let k = i; k < end; k++) used[k] = true;
    const [from, until] = range;
    if (from !== undefined && until !== undefined) found.push({ start: i, from, until });
    i = end - 1;
  }
  return found;
}
