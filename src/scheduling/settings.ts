import type { Config } from '../config';

/** The scheduling sinks and promises chosen by configuration (see .env.example, "Scheduling hand-off"). */
export interface SchedulingSettings {
  /** Set when HANDOFF_WEBHOOK_URL is: every hand-off is POSTed there, signed. */
  webhook?: { url: string; secret: string; timeoutMs?: number };
  /** Set when BOOKING_LINK_TEMPLATE is: candidates with these outcomes get a prefilled booking link. */
  bookingLink?: { template: string; outcomes: readonly ('likely-fit' | 'needs-review')[] };
  /** Signs and checks the booking callback. */
  callbackSecret: string;
  followUpMs: number;
  businessDays: number;
  fhirBase: string;
}

export function schedulingSettings(config: Config): SchedulingSettings {
  return {
    webhook: config.HANDOFF_WEBHOOK_URL ? { url: config.HANDOFF_WEBHOOK_URL, secret: config.HANDOFF_WEBHOOK_SECRET } : undefined,
    bookingLink: config.BOOKING_LINK_TEMPLATE ? { template: config.BOOKING_LINK_TEMPLATE, outcomes: config.BOOKING_LINK_OUTCOMES } : undefined,
    callbackSecret: config.HANDOFF_WEBHOOK_SECRET,
    followUpMs: config.HANDOFF_FOLLOW_UP_HOURS * 3_600_000,
    businessDays: config.SCHEDULING_CONTACT_BUSINESS_DAYS,
    fhirBase: config.FHIR_CANONICAL_BASE,
  };
}
