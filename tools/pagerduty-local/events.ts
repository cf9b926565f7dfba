/**
 * The checks PagerDuty's Events API v2 makes on an enqueued event, as far as this project's notifier can
 * get them wrong: a wrong-length routing key, an unknown action, a trigger without a proper payload, an
 * acknowledge or resolve without a dedup_key. The error texts follow PagerDuty's.
 */

export type EventAction = 'trigger' | 'acknowledge' | 'resolve';
export type Severity = 'critical' | 'error' | 'warning' | 'info';

export interface EnqueueEvent {
  routingKey: string;
  action: EventAction;
  /** Absent only on a trigger, where the server makes one up. */
  dedupKey?: string;
  payload?: {
    summary: string;
    source: string;
    severity: Severity;
    timestamp?: string;
    customDetails?: Record<string, unknown>;
  };
  links: { href: string; text?: string }[];
}

export type Validation = { ok: true; event: EnqueueEvent } | { ok: false; errors: string[] };

const ACTIONS: readonly string[] = ['trigger', 'acknowledge', 'resolve'];
const SEVERITIES: readonly string[] = ['critical', 'error', 'warning', 'info'];

export function validateEvent(body: unknown): Validation {
  if (!isRecord(body)) return { ok: false, errors: ['Event object is not a JSON object'] };
  const errors: string[] = [];

  const routingKey = body.routing_key;
  if (typeof routingKey !== 'string' || routingKey === '') errors.push("'routing_key' is missing or blank");
  else if (routingKey.length !== 32) errors.push("Length of 'routing_key' is incorrect (should be 32 characters)");

  const action = body.event_action;
  if (typeof action !== 'string' || !ACTIONS.includes(action)) errors.push("'event_action' is invalid (must be one of: trigger, acknowledge, resolve)");

  const dedupKey = body.dedup_key;
  if (dedupKey !== undefined && (typeof dedupKey !== 'string' || dedupKey === '' || dedupKey.length > 255)) {
    errors.push("'dedup_key' must be a non-empty string of at most 255 characters");
  }
  if ((action === 'acknowledge' || action === 'resolve') && dedupKey === undefined) errors.push(`'dedup_key' is required to ${action} an alert`);

  let payload: EnqueueEvent['payload'];
  if (action === 'trigger') {
    const checked = checkPayload(body.payload);
    if (typeof checked === 'string') errors.push(checked);
    else payload = checked;
  }

  const links = checkLinks(body.links, errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    event: { routingKey: routingKey as string, action: action as EventAction, dedupKey: dedupKey as string | undefined, payload, links },
  };
}

function checkPayload(payload: unknown): NonNullable<EnqueueEvent['payload']> | string {
  if (!isRecord(payload)) return "'payload' is missing or not an object (required for a trigger)";
  const { summary, source, severity, timestamp, custom_details: customDetails } = payload;
  if (typeof summary !== 'string' || summary.trim() === '') return "'payload.summary' is missing or blank";
  if (summary.length > 1024) return "'payload.summary' is longer than 1024 characters";
  if (typeof source !== 'string' || source.trim() === '') return "'payload.source' is missing or blank";
  if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) return "'payload.severity' is invalid (must be one of: critical, error, warning, info)";
  if (timestamp !== undefined && (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp)))) return "'payload.timestamp' is not a valid ISO 8601 date";
  if (customDetails !== undefined && !isRecord(customDetails)) return "'payload.custom_details' must be an object";
  return { summary, source, severity: severity as Severity, timestamp, customDetails };
}

function checkLinks(links: unknown, errors: string[]): EnqueueEvent['links'] {
  if (links === undefined) return [];
  if (!Array.isArray(links) || !links.every((l) => isRecord(l) && typeof l.href === 'string' && (l.text === undefined || typeof l.text === 'string'))) {
    errors.push("'links' must be a list of objects with an 'href'");
    return [];
  }
  return links as EnqueueEvent['links'];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
