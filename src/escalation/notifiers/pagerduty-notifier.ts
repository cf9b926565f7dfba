import { describeError } from '../../logging';
import { pageKindFor, pageSummary } from '../page-content';
import type { Contact, PageTier } from '../roster-schema';
import { httpFailure, PermanentNotifyError, TransientNotifyError, type Notifier, type PageAction, type PageRequest } from './notifier';

export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';

export interface PagerDutyNotifierOptions {
  /** Default PAGERDUTY_EVENTS_URL; development and tests point it at tools/pagerduty-local. */
  eventsUrl?: string;
  /** Default globalThis.fetch. */
  fetch?: typeof globalThis.fetch;
  /** A hung request must not hold the job worker. Default 10 s. */
  timeoutMs?: number;
  /** IANA zone the page's time is shown in within the summary. Default UTC. */
  timeZone?: string;
}

export type PagerDutySeverity = 'critical' | 'error' | 'warning' | 'info';

export const SEVERITY_BY_TIER: Readonly<Record<PageTier, PagerDutySeverity>> = Object.freeze({
  imminent: 'critical',
  active: 'error',
  passive: 'warning',
  history: 'info',
});

export interface PagerDutyEvent {
  routing_key: string;
  event_action: PageAction;
  dedup_key: string;
  payload?: {
    summary: string;
    source: string;
    severity: PagerDutySeverity;
    timestamp: string;
    custom_details: { case: string; tier: PageTier; channel: string; link: string };
  };
  links?: { href: string; text: string }[];
}

/**
 * Pages through the PagerDuty Events API v2, for clinics whose on-call already lives there. One incident
 * per case (dedup_key = caseId), so a repeat trigger does not open a second incident and acknowledging or
 * resolving the case in the bot does the same in PagerDuty. PagerDuty answers 202 when it has the event.
 */
export class PagerDutyNotifier implements Notifier {
  readonly kind = 'pagerduty' as const;
  private readonly eventsUrl: string;
  private readonly fetch: typeof globalThis.fetch;
  private readonly timeoutMs: number;
  private readonly timeZone: string;

  constructor(options: PagerDutyNotifierOptions = {}) {
    this.eventsUrl = options.eventsUrl ?? PAGERDUTY_EVENTS_URL;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.timeZone = options.timeZone ?? 'UTC';
  }

  async notify(contact: Contact, page: PageRequest): Promise<void> {
    if (!contact.pagerduty) throw new PermanentNotifyError('pagerduty', 'the contact has no PagerDuty routing key');
    const event = pagerDutyEvent(contact.pagerduty.routingKey, page, this.timeZone);
    let response: Response;
    try {
      response = await this.fetch(this.eventsUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(event),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new TransientNotifyError('pagerduty', `request failed (${describeError(error)})`);
    }
    const text = await response.text().catch(() => '');
    // Only 202 means PagerDuty has the event; a proxy's 200 page would otherwise look like a delivered page.
    if (response.status === 202) return;
    throw httpFailure('pagerduty', response.status, errorDetail(text));
  }
}

/** The Events API v2 body for one page. The payload (and its links) go only with a trigger, as the API expects. */
export function pagerDutyEvent(routingKey: string, page: PageRequest, timeZone = 'UTC'): PagerDutyEvent {
  const base = { routing_key: routingKey, event_action: page.action, dedup_key: page.caseId };
  if (page.action !== 'trigger') return base;
  return {
    ...base,
    payload: {
      summary: pageSummary(page, pageKindFor(page.reason), timeZone).slice(0, 1024),
      source: 'intake-bot',
      severity: SEVERITY_BY_TIER[page.tier],
      timestamp: page.at.toISOString(),
      custom_details: { case: page.caseCode, tier: page.tier, channel: page.channel, link: page.link },
    },
    links: [{ href: page.link, text: 'Open case' }],
  };
}

/** PagerDuty's own explanation ({ errors: [...] } on a 400), short; it never holds anything we did not send. */
function errorDetail(text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object') {
      const { message, errors } = body as { message?: unknown; errors?: unknown };
      const list = Array.isArray(errors) ? errors.filter((e): e is string => typeof e === 'string') : [];
      const parts = [typeof message === 'string' ? message : '', ...list].filter(Boolean);
      return parts.join('; ').slice(0, 300);
    }
  } catch {
    // not JSON: a proxy's error page, not worth quoting
  }
  return '';
}
