import { isQuiet, nextSendableTime } from '../../src/reminders/quiet-hours';

describe('quiet hours (no reminder between 9 p.m. and 9 a.m. local time)', () => {
  it('when the zone is known, then only that zone decides', () => {
    // 15:00 UTC is 10:00 in New York and 05:00 in Honolulu.
    const at = new Date('2026-12-01T15:00:00Z');
    expect(isQuiet(at, 'America/New_York')).toBe(false);
    expect(isQuiet(at, 'Pacific/Honolulu')).toBe(true);
  });

  it.each([
    ['Hawaii is still asleep', '2026-12-01T17:30:00Z'], // 07:30 Honolulu, 12:30 New York
    ['Alaska is still asleep', '2026-12-01T16:00:00Z'], // 07:00 Anchorage
    ['Puerto Rico has gone to bed', '2026-12-02T01:30:00Z'], // 21:30 San Juan, 17:30 Los Angeles
  ])('when the zone is unknown and %s, then it is quiet', (_why, iso) => {
    expect(isQuiet(new Date(iso), undefined)).toBe(true);
  });

  it('when the zone is unknown, then the next sendable time is daytime everywhere the program serves', () => {
    const next = nextSendableTime(new Date('2026-12-01T03:00:00Z'), undefined);
    for (const zone of ['America/New_York', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico']) {
      expect(isQuiet(next, zone)).toBe(false);
    }
    // The first such moment, not a day later: 19:00 UTC is 09:00 in Honolulu.
    expect(next.toISOString()).toBe('2026-12-01T19:00:00.000Z');
  });
});
