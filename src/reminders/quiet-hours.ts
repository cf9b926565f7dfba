/**
 * No reminder between 9 p.m. and 9 a.m. in the person's time zone. When the zone is unknown, a time counts
 * as quiet if it is quiet anywhere the program could be serving (both mainland coasts, Alaska, Hawaii, Puerto
 * Rico), so nobody is texted at night; that still leaves an afternoon window every day.
 */
const QUIET_FROM = 21;
const QUIET_UNTIL = 9;
const UNKNOWN_ZONE_CHECKS = ['America/New_York', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico'];

function localHour(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(at));
}

export function isQuiet(at: Date, timeZone: string | undefined): boolean {
  const zones = timeZone ? [timeZone] : UNKNOWN_ZONE_CHECKS;
  return zones.some((zone) => {
    const hour = localHour(at, zone);
    return hour >= QUIET_FROM || hour < QUIET_UNTIL;
  });
}

/** `at` itself when it is not quiet, else the first quarter hour after it that is not. */
export function nextSendableTime(at: Date, timeZone: string | undefined): Date {
  let candidate = new Date(at);
  for (let step = 0; step < 4 * 24 && isQuiet(candidate, timeZone); step++) {
    candidate = new Date(Math.floor(candidate.getTime() / 900_000) * 900_000 + 900_000);
  }
  return candidate;
}
