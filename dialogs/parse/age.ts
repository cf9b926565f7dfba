/**
 * Age in years from "41", "I'm 41", "41 years old", "41yo", "forty-one", "tengo 41 años",
 * "cuarenta y uno". Two different numbers in one answer ("41 or 42", "41, my son is 12") are
 * `undefined`: eligibility depends on age, so it is asked again rather than guessed.
 *
 * Dates of birth: "03/14/1985" or "1985-03-14" are read only when the caller passes `now` (time is
 * injected, never read from the clock here). A date that reads both ways (03/04/1985) and gives
 * different ages is `undefined`; so is a date of birth with no `now`.
 */
import { isTooLong, normalize, tokenize } from './normalize';
import { findNumberWords } from './number-words';

export const MIN_AGE = 0;
export const MAX_AGE = 120;

export interface AgeOptions {
  /** The current date, to turn a date of birth into an age. Without it a date of birth is undefined. */
  now?: Date;
}

function plausible(age: number): number | undefined {
  return Number.isInteger(age) && age >= MIN_AGE && age <= MAX_AGE ? age : undefined;
}

function ageOn(now: Date, year: number, month: number, day: number): number | undefined {
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return undefined;
  if (birth.getTime() > now.getTime()) return undefined;
  const beforeBirthday = now.getUTCMonth() < month - 1 || (now.getUTCMonth() === month - 1 && now.getUTCDate() < day);
  return now.getUTCFullYear() - year - (beforeBirthday ? 1 : 0);
}

/** 'none' when the text holds no date; undefined when it holds one that gives no single age. */
function ageFromDate(text: string, now: Date | undefined): number | undefined | 'none' {
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  const us = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text);
  if (iso === null && us === null) return 'none';
  if (now === undefined) return undefined;
  if (iso !== null) return plausible(ageOn(now, Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? -1);
  if (us === null) return undefined;
  const [a, b, year] = [Number(us[1]), Number(us[2]), Number(us[3])];
  // US order (month/day) first; day/month as Spanish speakers often write it. Both must agree.
  const readings = [ageOn(now, year, a, b), ageOn(now, year, b, a)].filter((x): x is number => x !== undefined);
  if (readings.length === 0 || readings.some((r) => r !== readings[0])) return undefined;
  return plausible(readings[0]);
}

/** Whole numbers written with digits, not parts of decimals ("41.5") or longer digit runs. */
function digitNumbers(text: string): number[] | undefined {
  const folded = normalize(text, '.,-');
  if (/\d[.,]\d/.test(folded) || /(^|\s)-\s?\d/.test(folded)) return undefined;
  return [...folded.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/** Words that make a number approximate ("about 40", "forty something", "casi 18"): asked again. */
const APPROXIMATE = new Set([
  'about', 'around', 'almost', 'nearly', 'roughly', 'approximately', 'approx', 'something', 'ish', 'over', 'under',
  'plus', 'casi', 'aproximadamente', 'como', 'cerca', 'mas', 'menos', 'pico', 'algo', 'unos',
]);

/** The age in years, 0-120, or undefined. */
export function parseAge(text: string, options: AgeOptions = {}): number | undefined {
  if (isTooLong(text)) return undefined;
  const fromDate = ageFromDate(text, options.now);
  if (fromDate !== 'none') return fromDate;
  const digits = digitNumbers(text);
  if (digits === undefined) return undefined;
  const tokens = tokenize(text.replace(/-/g, ' '));
  if (tokens.some((t) => APPROXIMATE.has(t) || /^\d+(ish|s)$/.test(t))) return undefined;
  const words = findNumberWords(tokens);
  const numbers = new Set([...digits, ...words]);
  if (numbers.size !== 1) return undefined;
  return plausible([...numbers][0]);
}
