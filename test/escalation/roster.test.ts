import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  allContacts,
  contactsOnCall,
  DEFAULT_ACK_TIMEOUT_SECONDS,
  EXAMPLE_ROSTER_FILE,
  findContactBySms,
  loadRoster,
  parseRoster,
  RosterError,
  rosterPolicy,
} from '../../src/escalation/roster';

/** The roster file: what a good one gives, and what a bad one says (the field, and what would be valid). */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'roster-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeRoster(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function loadError(file: string): RosterError {
  try {
    loadRoster(file);
  } catch (error) {
    if (error instanceof RosterError) return error;
    throw error;
  }
  throw new Error('expected a RosterError');
}

const twoLevels = {
  levels: [
    { name: 'primary', contacts: [{ name: 'Dr. Rivera', sms: '+15555550101' }] },
    { name: 'backup', contacts: [{ name: 'Dr. Chen', sms: '+15555550102' }] },
  ],
};

describe('loadRoster', () => {
  it('when a number is not E.164, then the error names the file and the exact field', () => {
    const file = writeRoster('bad-sms.json', {
      levels: [twoLevels.levels[0], { name: 'backup', contacts: [{ name: 'Dr. Chen', sms: '555-0102' }] }],
    });
    const error = loadError(file);
    expect(error.message).toBe(`ONCALL_ROSTER_FILE ${file}: levels[1].contacts[0].sms: must be an E.164 phone number like +15555550101`);
    expect(error.issues).toEqual([{ path: 'levels[1].contacts[0].sms', message: 'must be an E.164 phone number like +15555550101' }]);
  });

  it.each([
    ['no levels', {}, 'levels: is required'],
    ['an empty level list', { levels: [] }, 'levels: must list at least one level'],
    ['a contact nobody can reach', { levels: [{ name: 'primary', contacts: [{ name: 'Dr. Rivera' }] }] }, 'levels[0].contacts[0]: needs at least one way to reach the person'],
    ['a level with neither contacts nor rotation', { levels: [{ name: 'primary' }] }, 'levels[0]: needs "contacts" or a weekly "rotation"'],
    ['a misspelt key', { ...twoLevels, ackTimeoutSecond: { imminent: 60 } }, 'ackTimeoutSecond: is not a roster field (check the spelling)'],
    ['a number given as a string', { ...twoLevels, repeat: '2' }, 'repeat: must be a number'],
    ['a fractional timeout', { ...twoLevels, ackTimeoutSeconds: { imminent: 1.5 } }, 'ackTimeoutSeconds.imminent: must be a whole number of seconds'],
    ['a more urgent tier waiting longer', { ...twoLevels, ackTimeoutSeconds: { imminent: 600 } }, 'ackTimeoutSeconds.imminent: must not be longer than active (300 s)'],
    ['a short PagerDuty key', { levels: [{ name: 'p', contacts: [{ name: 'A', pagerduty: { routingKey: 'abc' } }] }] }, 'levels[0].contacts[0].pagerduty.routingKey: must be the 32-character'],
    ['a webhook that is not http(s)', { levels: [{ name: 'p', contacts: [{ name: 'A', webhook: { url: 'ftp://pager.example.org', secret: 'a-long-enough-secret' } }] }] }, 'levels[0].contacts[0].webhook.url: must be an http(s) URL'],
    ['a short webhook secret', { levels: [{ name: 'p', contacts: [{ name: 'A', webhook: { url: 'https://pager.example.org', secret: 'short' } }] }] }, 'levels[0].contacts[0].webhook.secret: must be at least 16 characters'],
    ['a bad fallback', { ...twoLevels, fallback: { name: 'Director', sms: '15555550199' } }, 'fallback.sms: must be an E.164 phone number'],
    [
      'a rotation in an unknown zone',
      { levels: [{ name: 'p', rotation: { timeZone: 'Mars/Olympus', handoff: { day: 'monday', time: '09:00' }, startsOn: '2026-01-05', people: [{ name: 'A', sms: '+15555550101' }] } }] },
      'levels[0].rotation.timeZone: must be an IANA time zone like America/Denver',
    ],
    [
      'a rotation hand-off at 9 without the zero',
      { levels: [{ name: 'p', rotation: { timeZone: 'America/Denver', handoff: { day: 'monday', time: '9:00' }, startsOn: '2026-01-05', people: [{ name: 'A', sms: '+15555550101' }] } }] },
      'levels[0].rotation.handoff.time: must be a 24-hour time like 09:00',
    ],
    [
      'a rotation starting on a day that does not exist',
      { levels: [{ name: 'p', rotation: { timeZone: 'America/Denver', handoff: { day: 'monday', time: '09:00' }, startsOn: '2026-02-30', people: [{ name: 'A', sms: '+15555550101' }] } }] },
      'levels[0].rotation.startsOn: must be a date like 2026-01-05',
    ],
    [
      'a rotation with a misspelt weekday',
      { levels: [{ name: 'p', rotation: { timeZone: 'America/Denver', handoff: { day: 'Mon', time: '09:00' }, startsOn: '2026-01-05', people: [{ name: 'A', sms: '+15555550101' }] } }] },
      'levels[0].rotation.handoff.day: must be a weekday in lower case, like monday',
    ],
  ])('when the file has %s, then the error says so', (_, content, expected) => {
    const file = writeRoster('bad.json', content);
    expect(loadError(file).message).toContain(`ONCALL_ROSTER_FILE ${file}: ${expected}`);
  });

  it('when several fields are bad, then each has its own line', () => {
    const file = writeRoster('several.json', { levels: [{ name: 'p', contacts: [{ name: 'A', sms: 'x' }] }], repeat: -1 });
    const lines = loadError(file).message.split('\n');
    expect(lines).toEqual([
      `ONCALL_ROSTER_FILE ${file}: levels[0].contacts[0].sms: must be an E.164 phone number like +15555550101`,
      `ONCALL_ROSTER_FILE ${file}: repeat: must be 0 or more`,
    ]);
  });

  it('when the file is not JSON, then the error gives a line and column and does not quote the text', () => {
    const file = writeRoster('broken.json', '{\n  "levels": [ { "name": "+15555550101", } ]\n}');
    const error = loadError(file);
    expect(error.message).toMatch(new RegExp(`^ONCALL_ROSTER_FILE ${file}: is not valid JSON \\(line 2, column \\d+\\)$`));
    expect(error.message).not.toContain('5555550101');
  });

  it('when the file is missing, then the error says it cannot be read', () => {
    expect(loadError(path.join(dir, 'nope.json')).message).toBe(`ONCALL_ROSTER_FILE ${path.join(dir, 'nope.json')}: cannot read the file (ENOENT)`);
  });

  it('never repeats a bad value in the error (the file holds phone numbers)', () => {
    const file = writeRoster('leak.json', { levels: [{ name: 'p', contacts: [{ name: 'A', sms: '+1987654321x' }] }] });
    expect(loadError(file).message).not.toContain('987654321');
  });
});

describe('parseRoster', () => {
  it('when optional settings are left out, then the defaults apply', () => {
    const roster = parseRoster(twoLevels, 'test');
    expect(roster.ackTimeoutSeconds).toEqual({ imminent: 120, active: 300, passive: 900, history: 3600 });
    expect(roster.ackTimeoutSeconds).toEqual(DEFAULT_ACK_TIMEOUT_SECONDS);
    expect(roster.repeat).toBe(1);
    expect(roster.unresolvedRepageSeconds).toBe(3600);
    expect(roster.fallback).toBeUndefined();
  });

  it('when only some timeouts are given, then the rest keep their defaults', () => {
    const roster = parseRoster({ ...twoLevels, ackTimeoutSeconds: { imminent: 60 } }, 'test');
    expect(roster.ackTimeoutSeconds).toEqual({ imminent: 60, active: 300, passive: 900, history: 3600 });
  });

  it('returns a frozen roster, so no caller can change who is paged', () => {
    const roster = parseRoster(twoLevels, 'test');
    expect(Object.isFrozen(roster)).toBe(true);
    expect(Object.isFrozen(roster.levels[0])).toBe(true);
    expect(Object.isFrozen(roster.ackTimeoutSeconds)).toBe(true);
  });

  it('prefixes errors with the given source', () => {
    expect(() => parseRoster({ levels: 'primary' }, 'my roster')).toThrow('my roster: levels: must be a list ([ ... ])');
  });
});

describe('the example roster', () => {
  it('loads, with two levels of fictional numbers and a fallback', () => {
    const roster = loadRoster(EXAMPLE_ROSTER_FILE);
    expect(roster.levels.map((l) => l.name)).toEqual(['primary', 'backup']);
    for (const contact of allContacts(roster)) expect(contact.sms).toMatch(/^\+155555501\d\d$/);
    expect(roster.fallback?.sms).toBe('+15555550199');
  });
});

describe('contactsOnCall, findContactBySms and rosterPolicy', () => {
  const roster = parseRoster(
    {
      levels: [
        { name: 'primary', contacts: [{ name: 'Dr. Rivera', sms: '+15555550101' }, { name: 'Dr. Okafor', pagerduty: { routingKey: 'R0123456789abcdef0123456789ABCDE' } }] },
        {
          name: 'backup',
          rotation: {
            timeZone: 'America/Denver',
            handoff: { day: 'monday', time: '09:00' },
            startsOn: '2026-01-05',
            people: [
              { name: 'Dr. Chen', sms: '+15555550102' },
              { name: 'Dr. Patel', sms: '+15555550103' },
            ],
          },
        },
      ],
      repeat: 2,
      unresolvedRepageSeconds: 7200,
      fallback: { name: 'Clinical director', sms: '+15555550199' },
    },
    'test',
  );
  const at = new Date('2026-01-06T12:00:00Z');

  it('pages everyone on a contacts level at once', () => {
    expect(contactsOnCall(roster, 0, at).map((c) => c.name)).toEqual(['Dr. Rivera', 'Dr. Okafor']);
  });

  it('pages the one person holding a rotation level', () => {
    expect(contactsOnCall(roster, 1, at).map((c) => c.name)).toEqual(['Dr. Chen']);
    expect(contactsOnCall(roster, 1, new Date('2026-01-13T17:00:00Z')).map((c) => c.name)).toEqual(['Dr. Patel']);
  });

  it('refuses a level that does not exist rather than paging nobody', () => {
    expect(() => contactsOnCall(roster, 2, at)).toThrow(RangeError);
  });

  it('finds a contact by number on a level, in a rotation (on call or not) and as the fallback', () => {
    expect(findContactBySms(roster, '+15555550101')?.name).toBe('Dr. Rivera');
    expect(findContactBySms(roster, '+15555550102')?.name).toBe('Dr. Chen');
    expect(findContactBySms(roster, '+15555550103')?.name).toBe('Dr. Patel');
    expect(findContactBySms(roster, '+15555550199')?.name).toBe('Clinical director');
    expect(findContactBySms(roster, '+1 (555) 555-0101')?.name).toBe('Dr. Rivera');
  });

  it('finds nobody for a number not in the roster', () => {
    expect(findContactBySms(roster, '+15555550150')).toBeUndefined();
    expect(findContactBySms(roster, '')).toBeUndefined();
  });

  it('gives the policy numbers without the people', () => {
    expect(rosterPolicy(roster)).toEqual({
      levelCount: 2,
      ackTimeoutSeconds: { imminent: 120, active: 300, passive: 900, history: 3600 },
      repeat: 2,
      unresolvedRepageSeconds: 7200,
    });
  });
});
