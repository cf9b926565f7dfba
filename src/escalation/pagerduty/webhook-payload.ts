import { z } from 'zod';

/**
 * What this service reads from a PagerDuty Generic Webhooks v3 delivery. The body is one event:
 * `{ "event": { id, event_type, resource_type, occurred_at, agent, client, data } }`; for incident events
 * `data` is the incident (id, html_url, number, status, incident_key, title, service, assignees, ...).
 * Source: PagerDuty developer docs, webhooks "Overview" (docs/webhooks/01-Overview.md), and go-pagerduty's
 * webhookv3/payload.go. Schemas are loose: PagerDuty adds fields without notice; only what we use is checked.
 */

/** The incident events that mean something for a case; every other event type is answered 200 and ignored. */
export const INCIDENT_EVENT_TYPES = ['incident.triggered', 'incident.acknowledged', 'incident.unacknowledged', 'incident.resolved', 'incident.reopened'] as const;
export type IncidentEventType = (typeof INCIDENT_EVENT_TYPES)[number];

const agentSchema = z
  .object({
    id: z.string().max(64).optional(),
    type: z.string().max(64).optional(),
    summary: z.string().max(1000).optional(),
  })
  .loose();

const envelopeSchema = z
  .object({
    event: z
      .object({
        id: z.string().min(1).max(128),
        event_type: z.string().min(1).max(128),
        resource_type: z.string().max(64).nullish(),
        occurred_at: z.string().max(64).nullish(),
        agent: agentSchema.nullish(),
        data: z.unknown().optional(),
      })
      .loose(),
  })
  .loose();

const incidentSchema = z
  .object({
    id: z.string().min(1).max(64),
    type: z.string().max(64).optional(),
    /** Our Events API v2 dedup_key: the case id. Null on incidents not made from an event with a key. */
    incident_key: z.string().max(255).nullish(),
    html_url: z.string().max(2048).nullish(),
    number: z.number().int().nullish(),
    status: z.string().max(32).nullish(),
  })
  .loose();

export interface IncidentEvent {
  eventId: string;
  eventType: IncidentEventType;
  occurredAt: string | null;
  /** The PagerDuty user who acted, by name; null when it was not a user (a service, an integration, a timeout). */
  agentName: string | null;
  incident: { id: string; key: string | null; url: string | null; number: number | null };
}

export type ParsedWebhook =
  | { ok: true; kind: 'incident'; event: IncidentEvent }
  | { ok: true; kind: 'other'; eventId: string; eventType: string }
  | { ok: false; reason: string };

/** Parses the raw body (already signature-checked). A reason on failure, for the 400 answer; never a throw. */
export function parsePagerDutyWebhook(rawBody: Buffer): ParsedWebhook {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(rawBody);
  } catch {
    return { ok: false, reason: 'the body is not valid UTF-8' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the body is not JSON' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, reason: `not a PagerDuty v3 webhook: ${describeIssues(envelope.error, '')}` };
  const { event } = envelope.data;
  if (!(INCIDENT_EVENT_TYPES as readonly string[]).includes(event.event_type)) return { ok: true, kind: 'other', eventId: event.id, eventType: event.event_type };

  const incident = incidentSchema.safeParse(event.data);
  if (!incident.success) return { ok: false, reason: `${event.event_type} without an incident: ${describeIssues(incident.error, 'event.data')}` };
  return {
    ok: true,
    kind: 'incident',
    event: {
      eventId: event.id,
      eventType: event.event_type as IncidentEventType,
      occurredAt: event.occurred_at ?? null,
      agentName: agentNameOf(event.agent),
      incident: {
        id: incident.data.id,
        key: incident.data.incident_key || null,
        url: webUrl(incident.data.html_url),
        number: incident.data.number ?? null,
      },
    },
  };
}

/** A user's display name ("summary" of a user_reference), tidied for the case log; null for anything else. */
function agentNameOf(agent: z.infer<typeof agentSchema> | null | undefined): string | null {
  if (!agent || !agent.type || !/^user(_reference)?$/.test(agent.type)) return null;
  const name = (agent.summary ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim().slice(0, 80);
  return name === '' ? null : name;
}

/** Kept only when it is an http(s) address: the case page shows it as a link. */
function webUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function describeIssues(error: z.ZodError, root: string): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${[root, ...i.path.map(String)].filter(Boolean).join('.') || 'body'}: ${i.message}`)
    .join('; ');
}
