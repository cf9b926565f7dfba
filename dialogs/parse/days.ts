/**
 * Preferred days for the consultation: "mon wed fri", "weekdays", "tuesdays and thursdays", "mon-fri",
 * "any day", "weekdays except friday", "lunes y miércoles", "entre semana", "de lunes a viernes".
 * Returned in week order. A negative the parser cannot place ("I can't do Mondays") is `undefined`
 * so that an unavailable day is never booked.
 */
import { editDistance, isTooLong, tokenize, typoBudget } from './normalize';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

const WEEKDAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const WEEKEND: readonly Day[] = ['sat', 'sun'];

/** Full day names, matched with typos and an optional plural "s". */
const FULL_NAMES: Record<string, Day> = {
  monday: 'mon', tuesday: 'tue', wednesday: 'wed', thursday: 'thu', friday: 'fri', saturday: 'sat', sunday: 'sun',
  lunes: 'mon', martes: 'tue', miercoles: 'wed', jueves: 'thu', viernes: 'fri', sabado: 'sat', domingo: 'sun',
};

/** Short forms, matched exactly. "mar" and "dom" are kept: in a list of days they are days. */
const SHORT_NAMES: Record<string, Day> = {
  mon: 'mon', tue: 'tue', tues: 'tue', wed: 'wed', weds: 'wed', thu: 'thu', thur: 'thu', thurs: 'thu',
  fri: 'fri', sat: 'sat', sun: 'sun', lun: 'mon', mar: 'tue', mie: 'wed', mier: 'wed', jue: 'thu',
  vie: 'fri', sab: 'sat', dom: 'sun',
};

/** Whole phrases that name a set of days, longest first when matching. */
const SETS: readonly [string, readonly Day[]][] = [
  ['weekdays', WEEKDAYS], ['weekday', WEEKDAYS], ['week days', WEEKDAYS], ['weeknights', WEEKDAYS],
  ['during the week', WEEKDAYS], ['work days', WEEKDAYS], ['workdays', WEEKDAYS], ['business days', WEEKDAYS],
  ['entre semana', WEEKDAYS], ['dias de semana', WEEKDAYS], ['dias entre semana', WEEKDAYS],
  ['dias habiles', WEEKDAYS], ['dias laborables', WEEKDAYS], ['m - f', WEEKDAYS],
  ['weekends', WEEKEND], ['weekend', WEEKEND], ['week ends', WEEKEND], ['fin de semana', WEEKEND],
  ['fines de semana', WEEKEND], ['findes', WEEKEND], ['finde', WEEKEND],
  ['any day', DAYS], ['anyday', DAYS], ['any', DAYS], ['every day', DAYS], ['everyday', DAYS], ['daily', DAYS],
  ['all days', DAYS], ['all week', DAYS], ['all of them', DAYS], ['any of them', DAYS], ['all', DAYS], ['any time', DAYS], ['anytime', DAYS], ['whenever', DAYS],
  ['no preference', DAYS], ['doesnt matter', DAYS], ['does not matter', DAYS], ['flexible', DAYS],
  ['cualquier dia', DAYS], ['cualquiera', DAYS], ['todos los dias', DAYS], ['todos', DAYS], ['toda la semana', DAYS],
  ['me da igual', DAYS], ['da igual', DAYS], ['no importa', DAYS], ['cuando sea', DAYS],
  ['mwf', ['mon', 'wed', 'fri']], ['tth', ['tue', 'thu']], ['tuth', ['tue', 'thu']],
];
const SET_WORDS = SETS.map(([text, days]) => ({ words: text.split(' '), days })).sort((a, b) => b.words.length - a.words.length);

const RANGE_WORDS = new Set(['-', 'to', 'thru', 'through', 'till', 'til', 'until', 'a', 'al', 'hasta']);
const BETWEEN_WORDS = new Set(['between', 'entre', 'from', 'de', 'del']);
const EXCEPT_WORDS = new Set(['except', 'excluding', 'excepto', 'menos', 'salvo', 'sin']);
const ADDITIVE = new Set(['also', 'and', 'too', 'maybe', 'tambien', 'pero']);
/** Negatives with no clear scope: the answer is not understood rather than misread. */
const NEGATIVES = new Set(['not', 'no', 'cant', 'cannot', 'dont', 'never', 'unavailable', 'busy', 'nunca', 'ningun', 'ninguno', 'none']);

type Item = { kind: 'days'; days: readonly Day[]; single: boolean } | { kind: 'range' } | { kind: 'between' } | { kind: 'except' } | { kind: 'negative' };

function dayName(word: string): Day | undefined {
  if (Object.prototype.hasOwnProperty.call(SHORT_NAMES, word)) return SHORT_NAMES[word];
  const singular = word.endsWith('s') && !word.endsWith('es') ? word.slice(0, -1) : word;
  const plural = /(sabado|domingo)s$/.test(word) ? word.slice(0, -1) : singular;
  let best: { day: Day; distance: number } | undefined;
  let tie = false;
  for (const [name, day] of Object.entries(FULL_NAMES)) {
    const distance = Math.min(editDistance(word, name), editDistance(plural, name));
    if (distance > typoBudget(name.length)) continue;
    if (best === undefined || distance < best.distance) {
      best = { day, distance };
      tie = false;
    } else if (distance === best.distance && day !== best.day) {
      tie = true;
    }
  }
  return best !== undefined && !tie ? best.day : undefined;
}

function toItems(tokens: readonly string[]): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; ) {
    const set = SET_WORDS.find((s) => s.words.every((w, k) => tokens[i + k] === w));
    if (set !== undefined) {
      items.push({ kind: 'days', days: set.days, single: false });
      i += set.words.length;
      continue;
    }
    const word = tokens[i];
    i += 1;
    if (word === 'but' && tokens[i] === 'not') {
      items.push({ kind: 'except' });
      i += 1;
    } else if (word === 'but' && !ADDITIVE.has(tokens[i] ?? '')) {
      // "any day but monday"; "monday but also friday" adds.
      items.push({ kind: 'except' });
    } else if (word === 'other' && tokens[i] === 'than') {
      items.push({ kind: 'except' });
      i += 1;
    } else if (EXCEPT_WORDS.has(word)) items.push({ kind: 'except' });
    else if (NEGATIVES.has(word)) items.push({ kind: 'negative' });
    else if (RANGE_WORDS.has(word)) items.push({ kind: 'range' });
    else if (BETWEEN_WORDS.has(word)) items.push({ kind: 'between' });
    else {
      const day = dayName(word);
      if (day !== undefined) items.push({ kind: 'days', days: [day], single: true });
    }
  }
  return items;
}

function span(from: Day, to: Day): Day[] {
  const days: Day[] = [];
  for (let i = DAYS.indexOf(from); ; i = (i + 1) % 7) {
    days.push(DAYS[i]);
    if (DAYS[i] === to) return days;
  }
}

function firstDay(item: Item | undefined): Day | undefined {
  return item?.kind === 'days' && item.single ? item.days[0] : undefined;
}

/** The days named in the answer, in week order, or undefined. */
export function parseDays(text: string): Day[] | undefined {
  if (isTooLong(text)) return undefined;
  const items = toItems(tokenize(text.replace(/[\u2013\u2014]/g, '-').replace(/-/g, ' - '), '-'));
  const chosen = new Set<Day>();
  const excluded = new Set<Day>();
  // "any weekday" means weekdays: "any"/"whenever" only stands for the whole week when nothing
  // narrower is named before the exceptions.
  let anyDay = false;
  let excepting = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind === 'negative') return undefined;
    if (item.kind === 'except') {
      if (chosen.size === 0 && !anyDay) return undefined;
      if (chosen.size === 0) for (const d of DAYS) chosen.add(d);
      excepting = true;
      continue;
    }
    if (item.kind !== 'days') continue;
    if (item.days === DAYS && !excepting) {
      anyDay = true;
      continue;
    }
    const target = excepting ? excluded : chosen;
    const from = firstDay(item);
    // "mon - fri", "de lunes a viernes", "from monday to friday".
    const rangeTo = items[i + 1]?.kind === 'range' ? firstDay(items[i + 2]) : undefined;
    // "between monday and friday", "entre lunes y viernes" (the "and" is filler and already gone).
    const betweenTo = items[i - 1]?.kind === 'between' ? firstDay(items[i + 1]) : undefined;
    if (from !== undefined && rangeTo !== undefined) {
      for (const d of span(from, rangeTo)) target.add(d);
      i += 2;
    } else if (from !== undefined && betweenTo !== undefined) {
      for (const d of span(from, betweenTo)) target.add(d);
      i += 1;
    } else {
      for (const d of item.days) target.add(d);
    }
  }
  if (chosen.size === 0 && anyDay) for (const d of DAYS) chosen.add(d);
  const days = DAYS.filter((d) => chosen.has(d) && !excluded.has(d));
  return days.length > 0 ? days : undefined;
}
