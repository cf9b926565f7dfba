/**
 * Time zone for scheduling the consultation, from "Eastern", "EST", "east coast", "hora del este",
 * "Pacific", "Arizona", or an IANA name ("America/Chicago"). Returns an IANA name so the scheduler
 * never has to interpret words. Naming two zones ("eastern or central") is `undefined`.
 */
import { isTooLong, normalize, tokenize } from './normalize';
import { distinctKeys, findPhrases, resolveMatches, type Phrase } from './phrases';

/** The zones the bot offers, one per US zone (Arizona apart: it keeps standard time all year). */
export const US_TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
] as const;
export type UsTimeZone = (typeof US_TIME_ZONES)[number];

const ZONE_WORDS: Record<UsTimeZone, readonly string[]> = {
  'America/New_York': [
    'eastern', 'eastern time', 'eastern standard time', 'eastern daylight time', 'est', 'edt', 'east coast',
    'hora del este', 'hora este', 'zona este', 'tiempo del este', 'horario del este', 'zona horaria del este',
    'costa este', 'del este', 'zona del este',
  ],
  'America/Chicago': [
    'central', 'central time', 'central standard time', 'central daylight time', 'cst', 'cdt',
    'hora del centro', 'hora centro', 'zona centro', 'tiempo del centro', 'horario del centro', 'hora central',
  ],
  'America/Denver': [
    'mountain', 'mountain time', 'mountain standard time', 'mountain daylight time', 'mst', 'mdt',
    'hora de la montana', 'hora montana', 'tiempo de la montana', 'horario de la montana', 'zona montana',
    // The forms the Spanish question itself offers ("del Este, Central, de la Montaña ...").
    'de la montana', 'zona de la montana',
  ],
  'America/Phoenix': ['arizona', 'arizona time', 'hora de arizona'],
  'America/Los_Angeles': [
    'pacific', 'pacific time', 'pacific standard time', 'pacific daylight time', 'pst', 'pdt', 'west coast',
    'hora del pacifico', 'hora pacifico', 'tiempo del pacifico', 'horario del pacifico', 'pacifico', 'costa oeste', 'del pacifico',
  ],
  'America/Anchorage': ['alaska', 'alaska time', 'akst', 'akdt', 'hora de alaska'],
  'Pacific/Honolulu': ['hawaii', 'hawai', 'hawaii time', 'hst', 'hawaii aleutian', 'hora de hawai'],
  'America/Puerto_Rico': ['puerto rico', 'atlantic', 'atlantic time', 'atlantico', 'hora del atlantico', 'ast'],
};

/**
 * Short forms that are also words or other abbreviations ("et", "pt" part-time, "ct" Connecticut,
 * "este" this, "centro" downtown): only accepted as the whole answer.
 */
const WHOLE_ANSWER_ONLY: Record<string, UsTimeZone> = {
  et: 'America/New_York', east: 'America/New_York', este: 'America/New_York',
  ct: 'America/Chicago', centro: 'America/Chicago',
  mt: 'America/Denver', montana: 'America/Denver',
  pt: 'America/Los_Angeles',
  at: 'America/Puerto_Rico',
};

const PHRASES: readonly Phrase<UsTimeZone>[] = US_TIME_ZONES.flatMap((zone) =>
  ZONE_WORDS[zone].map((text) => ({ key: zone, text, fuzzy: text.length >= 6 })),
);

/** The canonical IANA name when the text is one ("america/chicago", "US/Eastern"), else undefined. */
function ianaName(text: string): string | undefined {
  const candidate = text.trim();
  // Only names with a slash (or UTC): bare legacy ids like "EST" or "Japan" are not what people mean.
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(candidate) && !/^utc$/i.test(candidate)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: candidate }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** An IANA time zone name for the answer, or undefined. */
export function parseTimezone(text: string): string | undefined {
  if (isTooLong(text)) return undefined;
  const iana = ianaName(text);
  if (iana !== undefined) return iana;
  const whole = normalize(text);
  if (Object.prototype.hasOwnProperty.call(WHOLE_ANSWER_ONLY, whole)) return WHOLE_ANSWER_ONLY[whole];
  const { chosen, ambiguous } = resolveMatches(findPhrases(tokenize(text), PHRASES));
  if (ambiguous) return undefined;
  const zones = distinctKeys(chosen);
  return zones.length === 1 ? zones[0] : undefined;
}

/**
 * The zone most of the state's people live in, to suggest ("Eastern time, right?"), never to assume:
 * see stateSpansZones for the states where the bot should ask. Always one of US_TIME_ZONES, so that a
 * suggestion and a parsed answer compare equal (Indiana is America/New_York, not America/Indiana/...).
 */
const STATE_ZONE: Record<string, UsTimeZone> = {
  AL: 'America/Chicago', AK: 'America/Anchorage', AZ: 'America/Phoenix', AR: 'America/Chicago',
  CA: 'America/Los_Angeles', CO: 'America/Denver', CT: 'America/New_York', DE: 'America/New_York',
  DC: 'America/New_York', FL: 'America/New_York', GA: 'America/New_York', HI: 'Pacific/Honolulu',
  ID: 'America/Denver', IL: 'America/Chicago', IN: 'America/New_York', IA: 'America/Chicago',
  KS: 'America/Chicago', KY: 'America/New_York', LA: 'America/Chicago', ME: 'America/New_York',
  MD: 'America/New_York', MA: 'America/New_York', MI: 'America/New_York', MN: 'America/Chicago',
  MS: 'America/Chicago', MO: 'America/Chicago', MT: 'America/Denver', NE: 'America/Chicago',
  NV: 'America/Los_Angeles', NH: 'America/New_York', NJ: 'America/New_York', NM: 'America/Denver',
  NY: 'America/New_York', NC: 'America/New_York', ND: 'America/Chicago', OH: 'America/New_York',
  OK: 'America/Chicago', OR: 'America/Los_Angeles', PA: 'America/New_York', RI: 'America/New_York',
  SC: 'America/New_York', SD: 'America/Chicago', TN: 'America/Chicago', TX: 'America/Chicago',
  UT: 'America/Denver', VT: 'America/New_York', VA: 'America/New_York', WA: 'America/Los_Angeles',
  WV: 'America/New_York', WI: 'America/Chicago', WY: 'America/Denver', PR: 'America/Puerto_Rico',
};

/** States where part of the population lives in another zone (the Florida panhandle, west Texas...). */
const MULTI_ZONE = new Set(['AK', 'FL', 'ID', 'IN', 'KS', 'KY', 'MI', 'NE', 'ND', 'OR', 'SD', 'TN', 'TX']);

/** The main IANA zone of a state (two-letter code, any case), or undefined for an unknown code. */
export function timezoneForState(code: string): string | undefined {
  const upper = code.toUpperCase();
  return Object.prototype.hasOwnProperty.call(STATE_ZONE, upper) ? STATE_ZONE[upper] : undefined;
}

/** Whether the state spans more than one zone, so the bot should ask rather than suggest. */
export function stateSpansZones(code: string): boolean {
  return MULTI_ZONE.has(code.toUpperCase());
}
