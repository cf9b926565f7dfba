import type { Contact, Rotation } from './roster-schema';
import { WEEKDAYS } from './roster-schema';
import { dateOfDayNumber, dayNumber, instantOf, localDate, weekdayOfDayNumber, type WallTime } from './roster-time';

export interface Shift {
  /** Index into rotation.people. */
  readonly index: number;
  readonly person: Contact;
  /** The hand-off at which this person took over, and the next one. */
  readonly startedAt: Date;
  readonly endsAt: Date;
}

/**
 * Who holds a weekly rotation at `at`. Week n after the first hand-off on or after `startsOn` belongs to
 * people[n % length]. Weeks are counted in calendar days in the rotation's zone, never as 7 x 24 h, so a
 * hand-off at 09:00 stays at 09:00 local across a DST change. Before the first hand-off the rotation runs
 * backwards (the week before belongs to the last person) so that there is always someone to page.
 */
export function shiftAt(rotation: Rotation, at: Date): Shift {
  const time = parseTime(rotation.handoff.time);
  const handoffWeekday = WEEKDAYS.indexOf(rotation.handoff.day);

  const [year, month, day] = rotation.startsOn.split('-').map(Number);
  const start = dayNumber({ year, month, day });
  const firstHandoff = start + mod(handoffWeekday - weekdayOfDayNumber(start), 7);

  const today = dayNumber(localDate(rotation.timeZone, at));
  let handoff = today - mod(weekdayOfDayNumber(today) - handoffWeekday, 7);
  if (instantAt(rotation, handoff, time).getTime() > at.getTime()) handoff -= 7;

  const week = (handoff - firstHandoff) / 7;
  const index = mod(week, rotation.people.length);
  return {
    index,
    person: rotation.people[index],
    startedAt: instantAt(rotation, handoff, time),
    endsAt: instantAt(rotation, handoff + 7, time),
  };
}

export function personOnCall(rotation: Rotation, at: Date): Contact {
  return shiftAt(rotation, at).person;
}

function instantAt(rotation: Rotation, days: number, time: WallTime): Date {
  return instantOf(rotation.timeZone, dateOfDayNumber(days), time);
}

function parseTime(value: string): WallTime {
  const [hour, minute] = value.split(':').map(Number);
  return { hour, minute };
}

/** Modulo that stays positive for negative n (weeks before the rotation started). */
function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}
