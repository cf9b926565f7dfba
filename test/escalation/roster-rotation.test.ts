import { shiftAt } from '../../src/escalation/roster-rotation';
import type { Rotation } from '../../src/escalation/roster-schema';
import { instantOf } from '../../src/escalation/roster-time';

/** Weekly rotations: the right person before and after the hand-off, in local time, across DST changes. */

const people = [
  { name: 'A', sms: '+15555550101' },
  { name: 'B', sms: '+15555550102' },
  { name: 'C', sms: '+15555550103' },
];

const denver: Rotation = { timeZone: 'America/Denver', handoff: { day: 'monday', time: '09:00' }, startsOn: '2026-01-05', people };

const who = (rotation: Rotation, iso: string) => shiftAt(rotation, new Date(iso)).person.name;

describe('shiftAt', () => {
  it.each([
    // The first hand-off is Monday 2026-01-05 09:00 MST (16:00Z); before it the rotation runs backwards.
    ['2026-01-05T15:59:00Z', 'C'],
    ['2026-01-05T16:00:00Z', 'A'],
    ['2026-01-11T23:00:00Z', 'A'],
    ['2026-01-12T15:59:59Z', 'A'],
    ['2026-01-12T16:00:00Z', 'B'],
    ['2026-01-19T16:00:00Z', 'C'],
    ['2026-01-26T16:00:00Z', 'A'],
  ])('at %s the rotation is held by %s', (iso, name) => {
    expect(who(denver, iso)).toBe(name);
  });

  it('when clocks go forward (2026-03-08), then the Monday hand-off is still 09:00 local, an hour earlier in UTC', () => {
    // Week 8 (from 2026-03-02 09:00 MST = 16:00Z) is C's; week 9 starts 2026-03-09 09:00 MDT = 15:00Z.
    expect(who(denver, '2026-03-09T14:59:00Z')).toBe('C');
    expect(who(denver, '2026-03-09T15:00:00Z')).toBe('A');
    // Counting 7 x 24 h from the winter hand-off would still say C here.
    expect(who(denver, '2026-03-09T15:30:00Z')).toBe('A');
    const shift = shiftAt(denver, new Date('2026-03-05T12:00:00Z'));
    expect(shift.startedAt.toISOString()).toBe('2026-03-02T16:00:00.000Z');
    expect(shift.endsAt.toISOString()).toBe('2026-03-09T15:00:00.000Z');
  });

  it('when clocks go back (2026-11-01), then the hand-off is 09:00 MST, an hour later in UTC', () => {
    // Week 42 (from 2026-10-26 09:00 MDT = 15:00Z) is A's; week 43 starts 2026-11-02 09:00 MST = 16:00Z.
    expect(who(denver, '2026-10-26T15:00:00Z')).toBe('A');
    expect(who(denver, '2026-11-02T15:30:00Z')).toBe('A');
    expect(who(denver, '2026-11-02T16:00:00Z')).toBe('B');
  });

  it('when the hand-off time falls in the skipped hour, then it happens just after the gap', () => {
    const night: Rotation = { ...denver, handoff: { day: 'sunday', time: '02:30' } };
    // 2026-03-08 02:30 does not exist in Denver; it is read as 03:30 MDT (09:30Z).
    const before = shiftAt(night, new Date('2026-03-08T09:29:00Z'));
    const after = shiftAt(night, new Date('2026-03-08T09:30:00Z'));
    expect(after.startedAt.toISOString()).toBe('2026-03-08T09:30:00.000Z');
    expect(after.index).toBe((before.index + 1) % people.length);
  });

  it('reads the hand-off on the local date, not the UTC one', () => {
    // Monday 20:00 in Denver is Tuesday 03:00Z (winter).
    const evening: Rotation = { ...denver, handoff: { day: 'monday', time: '20:00' } };
    expect(who(evening, '2026-01-06T02:59:00Z')).toBe('C');
    expect(who(evening, '2026-01-06T03:00:00Z')).toBe('A');
    expect(who(evening, '2026-01-13T02:59:00Z')).toBe('A');
    expect(who(evening, '2026-01-13T03:00:00Z')).toBe('B');
    // East of Greenwich the other way round: Monday 08:00 in Auckland is Sunday 19:00Z (NZDT).
    const auckland: Rotation = { ...denver, timeZone: 'Pacific/Auckland', handoff: { day: 'monday', time: '08:00' } };
    expect(who(auckland, '2026-01-04T18:59:00Z')).toBe('C');
    expect(who(auckland, '2026-01-04T19:00:00Z')).toBe('A');
  });

  it('starts with people[0] at the first hand-off on or after startsOn, whatever weekday startsOn is', () => {
    const midweek: Rotation = { ...denver, startsOn: '2026-01-07' };
    expect(who(midweek, '2026-01-12T16:00:00Z')).toBe('A');
    expect(who(midweek, '2026-01-12T15:00:00Z')).toBe('C');
  });

  it('works for a rotation of one person', () => {
    expect(who({ ...denver, people: [people[1]] }, '2031-07-04T12:00:00Z')).toBe('B');
  });
});

describe('instantOf', () => {
  it('picks the earlier of a time that happens twice', () => {
    // 2026-11-01 01:30 happens at 07:30Z (MDT) and again at 08:30Z (MST).
    expect(instantOf('America/Denver', { year: 2026, month: 11, day: 1 }, { hour: 1, minute: 30 }).toISOString()).toBe('2026-11-01T07:30:00.000Z');
  });
});
