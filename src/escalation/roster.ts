import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { shiftAt } from './roster-rotation';
import { rosterSchema, type Contact, type Level, type PageTier, type Roster } from './roster-schema';

/**
 * The on-call roster: who is paged, in which order, how long each level has to acknowledge. Loaded once at
 * start-up; a bad file stops the service with an error that names the field, because a roster that silently
 * pages nobody is found out only during a crisis.
 */

export type { Contact, Level, PageTier, Roster, Rotation, Weekday } from './roster-schema';
export { DEFAULT_ACK_TIMEOUT_SECONDS, DEFAULT_REPEAT, DEFAULT_UNRESOLVED_REPAGE_SECONDS, PAGE_TIERS } from './roster-schema';
export { shiftAt, type Shift } from './roster-rotation';

/** The roster `npm start` uses when ONCALL_ROSTER_FILE is not set (fictional 555-01xx numbers). */
export const EXAMPLE_ROSTER_FILE = path.resolve(__dirname, '../../config/oncall-roster.example.json');

export interface RosterIssue {
  /** Like levels[1].contacts[0].sms; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export class RosterError extends Error {
  override readonly name = 'RosterError';
  constructor(
    readonly source: string,
    readonly issues: readonly RosterIssue[],
  ) {
    super(issues.map((i) => `${source}: ${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n'));
  }
}

export interface RosterPolicy {
  readonly levelCount: number;
  readonly ackTimeoutSeconds: Readonly<Record<PageTier, number>>;
  readonly repeat: number;
  readonly unresolvedRepageSeconds: number;
}

/** Reads and validates a roster file. Errors are prefixed "ONCALL_ROSTER_FILE <path>" so the operator knows what to fix. */
export function loadRoster(file: string): Roster {
  const source = `ONCALL_ROSTER_FILE ${file}`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new RosterError(source, [{ path: '', message: `cannot read the file (${code})` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RosterError(source, [{ path: '', message: `is not valid JSON${jsonErrorPosition(text, error)}` }]);
  }
  return parseRoster(json, source);
}

/** Validates an already-parsed roster; `source` prefixes every error line. The result is deeply frozen. */
export function parseRoster(json: unknown, source: string): Roster {
  const parsed = rosterSchema.safeParse(json, { error: friendlyMessage });
  if (!parsed.success) throw new RosterError(source, parsed.error.issues.flatMap(toRosterIssues));
  return deepFreeze(parsed.data) as Roster;
}

/** Everyone to page at once on level `levelIndex` at `at`: the level's contacts, or whoever holds its rotation then. */
export function contactsOnCall(roster: Roster, levelIndex: number, at: Date): Contact[] {
  const level = roster.levels[levelIndex];
  // An index past the last level is a bug in the caller; answering "nobody" would lose a page quietly.
  if (!level) throw new RangeError(`the roster has ${roster.levels.length} level(s); there is no level ${levelIndex}`);
  return 'rotation' in level ? [shiftAt(level.rotation, at).person] : [...level.contacts];
}

/**
 * The roster contact who texts from `phone` (an ACK or RESOLVE reply), on any level, in any rotation (on
 * call now or not: a clinician who just handed off may still acknowledge), or the fallback.
 */
export function findContactBySms(roster: Roster, phone: string): Contact | undefined {
  const wanted = normalisePhone(phone);
  if (!wanted) return undefined;
  return allContacts(roster).find((c) => c.sms !== undefined && normalisePhone(c.sms) === wanted);
}

/** Every contact in the roster, in level order, then the fallback. */
export function allContacts(roster: Roster): Contact[] {
  const contacts = roster.levels.flatMap((level: Level) => ('rotation' in level ? level.rotation.people : level.contacts));
  return roster.fallback ? [...contacts, roster.fallback] : contacts;
}

/** The numbers the escalation machine needs, without the people. */
export function rosterPolicy(roster: Roster): RosterPolicy {
  return {
    levelCount: roster.levels.length,
    ackTimeoutSeconds: roster.ackTimeoutSeconds,
    repeat: roster.repeat,
    unresolvedRepageSeconds: roster.unresolvedRepageSeconds,
  };
}

/** Twilio sends E.164 already; punctuation is tolerated for numbers typed by hand. */
function normalisePhone(phone: string): string {
  return phone.replace(/[\s().-]/g, '');
}

/** Zod's defaults read like a type checker; these read like a note to the person editing the file. */
function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return 'is required';
  switch (issue.expected) {
    case 'array':
      return 'must be a list ([ ... ])';
    case 'object':
      return 'must be an object ({ ... })';
    case 'number':
      return 'must be a number';
    case 'string':
      return 'must be a string in double quotes';
    default:
      return `must be of type ${issue.expected}`;
  }
}

function toRosterIssues(issue: z.core.$ZodIssue): RosterIssue[] {
  const at = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'is not a roster field (check the spelling)' }));
  }
  return [{ path: at, message: issue.message }];
}

/** ['levels', 1, 'contacts', 0, 'sms'] -> levels[1].contacts[0].sms */
function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** Node's JSON error quotes the text around the mistake, which may be a phone number: report a line and column instead. */
function jsonErrorPosition(text: string, error: unknown): string {
  const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
  if (position === undefined) return '';
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
