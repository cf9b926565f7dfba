import { z } from 'zod';
import { isTimeZone } from './roster-time';

/**
 * The shape of ONCALL_ROSTER_FILE. Objects are strict: in the file that decides who gets woken up for a
 * suicidal candidate, a misspelt key ("ackTimeoutSecond") must stop the service, not fall back to a default.
 * Messages say what a valid value looks like and never repeat the value (the file holds phone numbers).
 */

export const PAGE_TIERS = ['history', 'passive', 'active', 'imminent'] as const;
export type PageTier = (typeof PAGE_TIERS)[number];

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Used when the file leaves them out; the issue's defaults (imminent 2 min ... history 60 min). */
export const DEFAULT_ACK_TIMEOUT_SECONDS: Readonly<Record<PageTier, number>> = Object.freeze({ imminent: 120, active: 300, passive: 900, history: 3600 });
export const DEFAULT_REPEAT = 1;
export const DEFAULT_UNRESOLVED_REPAGE_SECONDS = 3600;

const E164 = /^\+[1-9]\d{6,14}$/;

const contactSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'must name the person').max(80, 'must be at most 80 characters'),
    sms: z.string().regex(E164, 'must be an E.164 phone number like +15555550101').optional(),
    pagerduty: z
      .strictObject({
        routingKey: z.string().regex(/^[A-Za-z0-9]{32}$/, "must be the 32-character integration (routing) key of a PagerDuty service's Events API v2 integration"),
      })
      .optional(),
    webhook: z
      .strictObject({
        url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL like https://pager.example.org/hooks/intake' }),
        secret: z.string().min(16, 'must be at least 16 characters: it signs every page so the receiver can trust it'),
      })
      .optional(),
  })
  .refine((c) => c.sms !== undefined || c.pagerduty !== undefined || c.webhook !== undefined, {
    message: 'needs at least one way to reach the person: "sms", "pagerduty" or "webhook"',
  });

const rotationSchema = z.strictObject({
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone like America/Denver'),
  handoff: z.strictObject({
    day: z.enum(WEEKDAYS, { error: 'must be a weekday in lower case, like monday' }),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time like 09:00'),
  }),
  startsOn: z.string().refine(isIsoDate, 'must be a date like 2026-01-05'),
  people: z.array(contactSchema).min(1, 'must list at least one person').max(60, 'must list at most 60 people'),
});

const levelSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'must name the level, like "primary"').max(40, 'must be at most 40 characters'),
    contacts: z.array(contactSchema).min(1, 'must list at least one contact').max(20, 'must list at most 20 contacts').optional(),
    rotation: rotationSchema.optional(),
  })
  // A level is one or the other; the transform hands consumers a type that says so.
  .transform((level, ctx): Level => {
    if (level.rotation && !level.contacts) return { name: level.name, rotation: level.rotation };
    if (level.contacts && !level.rotation) return { name: level.name, contacts: level.contacts };
    ctx.addIssue({
      code: 'custom',
      message: level.contacts ? 'has both "contacts" and "rotation": keep one of them' : 'needs "contacts" or a weekly "rotation"',
    });
    return z.NEVER;
  });

const timeoutSeconds = (fallback: number) =>
  z
    .number()
    .int('must be a whole number of seconds')
    .min(10, 'must be at least 10 seconds')
    .max(86_400, 'must be at most 86400 seconds (a day)')
    .default(fallback);

const ackTimeoutSchema = z
  .strictObject({
    imminent: timeoutSeconds(DEFAULT_ACK_TIMEOUT_SECONDS.imminent),
    active: timeoutSeconds(DEFAULT_ACK_TIMEOUT_SECONDS.active),
    passive: timeoutSeconds(DEFAULT_ACK_TIMEOUT_SECONDS.passive),
    history: timeoutSeconds(DEFAULT_ACK_TIMEOUT_SECONDS.history),
  })
  .default({ ...DEFAULT_ACK_TIMEOUT_SECONDS })
  // A more urgent tier waiting longer than a less urgent one is almost surely a mistake in the file.
  .superRefine((t, ctx) => {
    for (let i = PAGE_TIERS.length - 1; i > 0; i--) {
      const urgent = PAGE_TIERS[i];
      const calmer = PAGE_TIERS[i - 1];
      if (t[urgent] > t[calmer]) {
        ctx.addIssue({ code: 'custom', path: [urgent], message: `must not be longer than ${calmer} (${t[calmer]} s): a more urgent tier waits less` });
      }
    }
  });

export const rosterSchema = z.strictObject({
  levels: z.array(levelSchema).min(1, 'must list at least one level').max(10, 'must list at most 10 levels'),
  ackTimeoutSeconds: ackTimeoutSchema,
  /** How many more times the whole list of levels is paged after the last level times out (0: once through). */
  repeat: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(10, 'must be at most 10').default(DEFAULT_REPEAT),
  /** An acknowledged case that is still not resolved after this long pages again. */
  unresolvedRepageSeconds: z
    .number()
    .int('must be a whole number of seconds')
    .min(60, 'must be at least 60 seconds')
    .max(604_800, 'must be at most 604800 seconds (a week)')
    .default(DEFAULT_UNRESOLVED_REPAGE_SECONDS),
  /** Paged when every level and repeat went unacknowledged. Optional, but a roster without one only raises an alarm then. */
  fallback: contactSchema.optional(),
});

export interface Contact {
  readonly name: string;
  /** E.164. */
  readonly sms?: string;
  readonly pagerduty?: { readonly routingKey: string };
  readonly webhook?: { readonly url: string; readonly secret: string };
}

export interface Rotation {
  /** IANA zone in which the hand-off time is read, e.g. America/Denver. */
  readonly timeZone: string;
  readonly handoff: { readonly day: Weekday; readonly time: string };
  /** YYYY-MM-DD; people[0] takes over at the first hand-off on or after this date. */
  readonly startsOn: string;
  readonly people: readonly Contact[];
}

export type Level = { readonly name: string; readonly contacts: readonly Contact[] } | { readonly name: string; readonly rotation: Rotation };

export interface Roster {
  readonly levels: readonly Level[];
  readonly ackTimeoutSeconds: Readonly<Record<PageTier, number>>;
  readonly repeat: number;
  readonly unresolvedRepageSeconds: number;
  readonly fallback?: Contact;
}

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
