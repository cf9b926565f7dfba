/**
 * Wall-clock arithmetic in a named time zone through Intl alone (no time-zone library): a rotation's
 * hand-off is "Monday 09:00 in Denver", which is a different UTC instant in winter and in summer.
 */

export interface CalendarDate {
  year: number;
  /** 1 to 12. */
  month: number;
  /** 1 to 31. */
  day: number;
}

export interface WallTime {
  hour: number;
  minute: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building an Intl.DateTimeFormat is far slower than using one. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(value: string): boolean {
  if (value.trim() === '') return false;
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

/** What a wall clock in `timeZone` shows at `at`, as if that reading were UTC (milliseconds since the epoch). */
function wallReading(timeZone: string, at: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(at))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The zone's offset from UTC at an instant, in milliseconds (negative west of Greenwich). */
export function offsetMs(timeZone: string, at: Date): number {
  const seconds = Math.floor(at.getTime() / 1000) * 1000;
  return wallReading(timeZone, seconds) - seconds;
}

/** The calendar date a wall clock in `timeZone` shows at `at`. */
export function localDate(timeZone: string, at: Date): CalendarDate {
  const reading = new Date(wallReading(timeZone, at.getTime()));
  return { year: reading.getUTCFullYear(), month: reading.getUTCMonth() + 1, day: reading.getUTCDate() };
}

/**
 * The instant at which a wall clock in `timeZone` shows `date` `time`. Across a DST change the answer follows
 * Temporal's "compatible" rule: a time that happens twice (clocks go back) is the earlier one; a time that
 * never happens (clocks go forward) is pushed past the gap, so a 02:30 hand-off on that night is 03:30.
 */
export function instantOf(timeZone: string, date: CalendarDate, time: WallTime): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  // Offsets either side of any transition near this time; zones do not change twice within two days.
  const before = offsetMs(timeZone, new Date(wall - DAY_MS));
  const after = offsetMs(timeZone, new Date(wall + DAY_MS));
  const valid = [wall - before, wall - after].filter((instant) => wallReading(timeZone, instant) === wall);
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(wall - before);
}

/** Whole days from 1970-01-01 to a calendar date: date arithmetic with no time zone in it. */
export function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

export function dateOfDayNumber(days: number): CalendarDate {
  const d = new Date(days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 is Sunday, as Date#getUTCDay. */
export function weekdayOfDayNumber(days: number): number {
  return new Date(days * DAY_MS).getUTCDay();
}
