import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { Incident, IncidentChange } from './incidents';

/**
 * PagerDuty's side of Generic Webhooks v3: when an incident changes, one signed POST per event to the
 * subscription's URL, body `{"event": {id, event_type, resource_type, occurred_at, agent, client, data}}` with
 * the incident as `data`, and `X-PagerDuty-Signature: v1=<hex HMAC-SHA256 of the body>` (one v1 entry per
 * secret, as during a secret rotation). Written from PagerDuty's documentation, independently of the
 * service's verifier, so that tests check one against the other. Development and tests only.
 */

export interface WebhookSubscription {
  url: string;
  /** Signing secrets; two while rotating. */
  secrets: string[];
}

/** Who acted: a PagerDuty user (by name), or the service itself (an Events API acknowledge or resolve). */
export type Agent = { user: string } | 'service';

export interface WebhookDelivery {
  eventId: string;
  eventType: string;
  dedupKey: string;
  /** The exact bytes sent and their signature header: a redelivery repeats both. */
  body: string;
  signature: string;
  /** The receiver's answer; 0 when it could not be reached. */
  status: number;
  responseBody: string;
}

const SERVICE = { id: 'PLOCAL1', summary: 'Intake crisis pages (local)' };

export function incidentEvent(change: IncidentChange, agent: Agent, baseUrl: string, at: Date): { id: string; eventType: string; body: string } {
  const id = randomUUID();
  const eventType = `incident.${change.status}`;
  const event = {
    event: {
      id,
      event_type: eventType,
      resource_type: 'incident',
      occurred_at: at.toISOString(),
      agent: agent === 'service' ? reference('service', SERVICE.id, SERVICE.summary, baseUrl) : reference('user', userId(agent.user), agent.user, baseUrl),
      client: agent === 'service' ? null : { name: 'PagerDuty' },
      data: incidentData(change.incident, baseUrl),
    },
  };
  return { id, eventType, body: JSON.stringify(event) };
}

export function signature(body: string, secrets: readonly string[]): string {
  return secrets.map((secret) => `v1=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`).join(',');
}

export async function deliver(subscription: WebhookSubscription, event: { id: string; eventType: string; body: string }, dedupKey: string): Promise<WebhookDelivery> {
  const header = signature(event.body, subscription.secrets);
  return post(subscription.url, { eventId: event.id, eventType: event.eventType, dedupKey, body: event.body, signature: header });
}

/** Sends a delivery again, byte for byte (PagerDuty retries after a timeout, a 429 or a 5xx). */
export async function redeliver(url: string, delivery: WebhookDelivery): Promise<WebhookDelivery> {
  return post(url, delivery);
}

async function post(url: string, delivery: Pick<WebhookDelivery, 'eventId' | 'eventType' | 'dedupKey' | 'body' | 'signature'>): Promise<WebhookDelivery> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-PagerDuty-Signature': delivery.signature, 'X-Webhook-Id': delivery.eventId },
      body: delivery.body,
      // PagerDuty expects an answer within 5 seconds.
      signal: AbortSignal.timeout(5_000),
    });
    return { ...delivery, status: response.status, responseBody: await response.text() };
  } catch {
    return { ...delivery, status: 0, responseBody: '' };
  }
}

function incidentData(incident: Incident, baseUrl: string) {
  return {
    id: incident.id,
    type: 'incident',
    self: `${baseUrl}/api/incidents/${incident.id}`,
    html_url: `${baseUrl}/incidents/${incident.id}`,
    number: incident.number,
    status: incident.status,
    // The dedup_key of the Events API trigger that opened the incident.
    incident_key: incident.dedupKey,
    created_at: incident.triggeredAt.toISOString(),
    title: incident.summary,
    service: reference('service', SERVICE.id, SERVICE.summary, baseUrl),
    assignees: [],
    escalation_policy: reference('escalation_policy', 'PLOCAL2', 'Default', baseUrl),
    teams: [],
    priority: null,
    urgency: incident.severity === 'critical' || incident.severity === 'error' ? 'high' : 'low',
    conference_bridge: null,
    resolve_reason: null,
  };
}

function reference(kind: 'user' | 'service' | 'escalation_policy', id: string, summary: string, baseUrl: string) {
  const path = kind === 'escalation_policy' ? 'escalation_policies' : `${kind}s`;
  return { html_url: `${baseUrl}/${path}/${id}`, id, self: `${baseUrl}/api/${path}/${id}`, summary, type: `${kind}_reference` };
}

/** A stable PagerDuty-style user id for a name. */
function userId(name: string): string {
  return `P${createHash('sha256').update(name).digest('hex').slice(0, 6).toUpperCase()}`;
}
