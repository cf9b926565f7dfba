import { ConfigError, DEV_HANDOFF_SECRET, type Config } from '../config';
import type { HandedOffOutcome } from './handed-off-outcomes';

/** The scheduling sinks and promises chosen by configuration (see .env.example, "Scheduling hand-off"). */
export interface SchedulingSettings {
  /** Set when HANDOFF_WEBHOOK_URL is: every hand-off is POSTed there, signed. */
  webhook?: { url: string; secret: string; timeoutMs?: number };
  /** Set when BOOKING_LINK_TEMPLATE is: candidates with these outcomes get a prefilled booking link. */
  bookingLink?: { template: string; outcomes: readonly HandedOffOutcome[] };
  /**
   * Checks the booking callback. Undefined in production when HANDOFF_WEBHOOK_SECRET is not set: then the
   * callback is not mounted at all, rather than accepting requests signed with the public development secret.
   */
  callbackSecret?: string;
  followUpMs: number;
  businessDays: number;
  fhirBase: string;
}

export function schedulingSettings(config: Config): SchedulingSettings {
  // Production refuses to start with a webhook or a booking link and no secret (src/config.ts).
  const secret = config.HANDOFF_WEBHOOK_SECRET ?? (config.NODE_ENV === 'production' ? undefined : DEV_HANDOFF_SECRET);
  if (config.HANDOFF_WEBHOOK_URL && !secret) throw new ConfigError('HANDOFF_WEBHOOK_SECRET must be set to sign the hand-off webhook');
  return {
    webhook: config.HANDOFF_WEBHOOK_URL && secret ? { url: config.HANDOFF_WEBHOOK_URL, secret } : undefined,
    bookingLink: config.BOOKING_LINK_TEMPLATE ? { template: config.BOOKING_LINK_TEMPLATE, outcomes: config.BOOKING_LINK_OUTCOMES } : undefined,
    callbackSecret: secret,
    followUpMs: config.HANDOFF_FOLLOW_UP_HOURS * 3_600_000,
    businessDays: config.SCHEDULING_CONTACT_BUSINESS_DAYS,
    fhirBase: config.FHIR_CANONICAL_BASE,
  };
}
