import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateEvent, type EnqueueEvent } from './events';
import { IncidentBook, type Incident, type IncidentChange } from './incidents';
import { renderPage } from './page';
import { deliver, incidentEvent, redeliver, type Agent, type WebhookDelivery, type WebhookSubscription } from './webhooks';

/**
 * A local stand-in for PagerDuty, for development and tests only, never production. It speaks the Events API
 * v2 (POST /v2/enqueue): it checks events the way PagerDuty does, keeps incidents by dedup_key in memory, and
 * can be told to fail the next requests so that retries can be tested. It also plays PagerDuty's other side:
 * a responder acknowledging or resolving an incident (the page at GET /, or POST
 * /_local/incidents/{dedup_key or incident id}/acknowledge|resolve), and a v3 webhook subscription that sends
 * a signed event to `webhookUrl` whenever an incident changes, however it changed. Loopback only, no
 * authentication.
 */

export type { EnqueueEvent, EventAction, Severity } from './events';
export type { Incident, IncidentStatus } from './incidents';
export type { WebhookDelivery } from './webhooks';

/** The service's development default (src/escalation/pagerduty/dev-secret.ts): the same value on both sides. */
export const DEV_WEBHOOK_SECRET = 'development-only-pagerduty-webhook-secret';

export interface PagerDutyLocalOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where v3 webhooks go (the service's /api/pagerduty/webhook). Unset: no webhooks are sent. */
  webhookUrl?: string;
  /** The subscription's signing secrets (two while rotating). Default [DEV_WEBHOOK_SECRET]. */
  webhookSecrets?: string[];
  /** The responder's name the page acts as. Default "Dr. Rivera" (the example roster's primary). */
  defaultAgent?: string;
}

export interface ReceivedEvent extends EnqueueEvent {
  /** The key the event was filed under (made up for a trigger that had none). */
  dedupKey: string;
  receivedAt: Date;
}

/** What a responder's action did: the incident after it, whether its status changed, and the webhook sent. */
export interface LocalAction {
  incident: Incident | undefined;
  changed: boolean;
  webhook: WebhookDelivery | null;
}

export interface PagerDutyLocal {
  /** The server's base URL, e.g. http://127.0.0.1:41234. */
  url: string;
  /** The enqueue endpoint: pass it as PagerDutyNotifier's eventsUrl. */
  eventsUrl: string;
  /** Every event answered 202, oldest first. Rejected and deliberately failed requests are not events. */
  events(): ReceivedEvent[];
  incidents(): Incident[];
  incident(dedupKey: string): Incident | undefined;
  /** The next `n` requests are answered with `status` (429 or a 5xx, typically) and not processed. */
  failNext(n: number, status: number): void;
  /** How many requests reached the enqueue endpoint, failed and rejected ones included. */
  requestCount(): number;
  /** A responder acknowledges the incident in PagerDuty, as the user named `as`. */
  acknowledge(key: string, options?: { as?: string }): Promise<LocalAction>;
  /** A responder resolves the incident in PagerDuty. */
  resolve(key: string, options?: { as?: string }): Promise<LocalAction>;
  /** Points the webhook subscription somewhere else (null: stop sending), with new secrets if given. */
  setWebhook(url: string | null, secrets?: string[]): void;
  /** Every webhook delivery, oldest first, with the receiver's answer. */
  webhookDeliveries(): WebhookDelivery[];
  /** Sends a delivered event again byte for byte, as PagerDuty does when it retries. */
  redeliver(eventId: string): Promise<WebhookDelivery>;
  /** Waits for webhooks still being delivered (those caused by Events API events are sent in the background). */
  settle(): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

/** PagerDuty accepts events up to 512 KB. */
const MAX_BODY_BYTES = 512 * 1024;

export async function startPagerDutyLocal(options: PagerDutyLocalOptions = {}): Promise<PagerDutyLocal> {
  const book = new IncidentBook();
  let events: ReceivedEvent[] = [];
  let failures: { remaining: number; status: number } = { remaining: 0, status: 500 };
  let requests = 0;
  let secrets = options.webhookSecrets ?? [DEV_WEBHOOK_SECRET];
  let subscription: WebhookSubscription | null = options.webhookUrl ? { url: options.webhookUrl, secrets } : null;
  let deliveries: WebhookDelivery[] = [];
  const pending = new Set<Promise<unknown>>();
  let baseUrl = '';

  /** One webhook per status change, like a v3 subscription listening to every incident event. */
  const notify = async (change: IncidentChange | null, agent: Agent): Promise<WebhookDelivery | null> => {
    if (!change || !subscription) return null;
    const sending = deliver(subscription, incidentEvent(change, agent, baseUrl, new Date()), change.incident.dedupKey).then((delivery) => {
      deliveries.push(delivery);
      return delivery;
    });
    pending.add(sending);
    try {
      return await sending;
    } finally {
      pending.delete(sending);
    }
  };

  const act = async (key: string, action: 'acknowledge' | 'resolve', as: string | undefined): Promise<LocalAction> => {
    const found = book.get(key) ?? book.all().find((i) => i.id === key);
    if (!found) return { incident: undefined, changed: false, webhook: null };
    const change = book.act(found.dedupKey, action, new Date());
    const webhook = await notify(change, { user: (as ?? '').trim() || (options.defaultAgent ?? 'Dr. Rivera') });
    return { incident: book.get(found.dedupKey), changed: change !== null, webhook };
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/') {
      const page = renderPage({ incidents: book.all(), deliveries, webhookUrl: subscription?.url ?? null, defaultAgent: url.searchParams.get('as') || (options.defaultAgent ?? 'Dr. Rivera') });
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end(page);
    }
    if (req.method === 'GET' && path === '/_local/incidents') return sendJson(res, 200, { incidents: book.all(), events });
    if (req.method === 'GET' && path === '/_local/webhooks') return sendJson(res, 200, { deliveries });
    const action = /^\/_local\/incidents\/([^/]+)\/(acknowledge|resolve)$/.exec(path);
    if (action && req.method === 'POST') return void handleAction(req, res, decodeURIComponent(action[1]), action[2] as 'acknowledge' | 'resolve');
    if (path !== '/v2/enqueue') return sendJson(res, 404, { status: 'not found', message: `No route for ${path}` });
    if (req.method !== 'POST') return sendJson(res, 405, { status: 'method not allowed', message: 'Use POST' });
    requests += 1;

    readBody(req)
      .then((text) => {
        if (failures.remaining > 0) {
          failures.remaining -= 1;
          return sendFailure(res, failures.status);
        }
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          return sendJson(res, 400, { status: 'invalid event', message: 'Event object is invalid', errors: ['Request body is not valid JSON'] });
        }
        const checked = validateEvent(body);
        if (!checked.ok) return sendJson(res, 400, { status: 'invalid event', message: 'Event object is invalid', errors: checked.errors });
        const receivedAt = new Date();
        const { dedupKey, change } = book.apply(checked.event, receivedAt);
        events.push({ ...checked.event, dedupKey, receivedAt });
        sendJson(res, 202, { status: 'success', message: 'Event processed', dedup_key: dedupKey });
        // PagerDuty processes events asynchronously; the webhook about the change follows the 202.
        void notify(change, 'service');
      })
      .catch((error: unknown) => {
        if (error instanceof BodyTooLarge) return sendJson(res, 413, { status: 'invalid event', message: 'Request body too large' });
        sendJson(res, 500, { status: 'error', message: 'Internal server error' });
      });
  });

  /** A responder's click (form post, answered with a redirect to the page) or a test's call (JSON). */
  async function handleAction(req: http.IncomingMessage, res: http.ServerResponse, key: string, action: 'acknowledge' | 'resolve'): Promise<void> {
    let as: string | undefined;
    const form = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    try {
      const text = await readBody(req);
      if (form) as = new URLSearchParams(text).get('as') ?? undefined;
      else if (text.trim()) {
        const json: unknown = JSON.parse(text);
        if (json && typeof json === 'object' && typeof (json as { as?: unknown }).as === 'string') as = (json as { as: string }).as;
      }
    } catch {
      return sendJson(res, 400, { error: 'expected JSON like {"as": "Dr. Rivera"} or a form' });
    }
    const result = await act(key, action, as);
    if (form) {
      res.writeHead(303, { Location: as ? `/?as=${encodeURIComponent(as)}` : '/' });
      return void res.end();
    }
    if (!result.incident) return sendJson(res, 404, { error: `no incident ${key}` });
    sendJson(res, result.changed ? 200 : 409, {
      incident: result.incident,
      changed: result.changed,
      webhook: result.webhook && { eventId: result.webhook.eventId, eventType: result.webhook.eventType, status: result.webhook.status },
      ...(result.changed ? {} : { error: `the incident is ${result.incident.status}: nothing to ${action}` }),
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://${address.address}:${address.port}`;

  return {
    url: baseUrl,
    eventsUrl: `${baseUrl}/v2/enqueue`,
    events: () => events.map((e) => ({ ...e })),
    incidents: () => book.all(),
    incident: (dedupKey) => book.get(dedupKey),
    failNext: (n, status) => {
      failures = { remaining: n, status };
    },
    requestCount: () => requests,
    acknowledge: (key, opts) => act(key, 'acknowledge', opts?.as),
    resolve: (key, opts) => act(key, 'resolve', opts?.as),
    setWebhook: (url, newSecrets) => {
      secrets = newSecrets ?? secrets;
      subscription = url ? { url, secrets } : null;
    },
    webhookDeliveries: () => deliveries.map((d) => ({ ...d })),
    redeliver: async (eventId) => {
      const first = deliveries.find((d) => d.eventId === eventId);
      if (!first || !subscription) throw new Error(`no delivery of event ${eventId} to repeat`);
      const again = await redeliver(subscription.url, first);
      deliveries.push(again);
      return again;
    },
    settle: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    reset: () => {
      book.clear();
      events = [];
      deliveries = [];
      failures = { remaining: 0, status: 500 };
      requests = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

class BodyTooLarge extends Error {}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The bodies PagerDuty sends with a throttled or failed request. */
function sendFailure(res: http.ServerResponse, status: number): void {
  if (status === 429) return sendJson(res, 429, { status: 'throttle event', message: 'Requests for this service are arriving too quickly. Please retry later.' });
  sendJson(res, status, { status: 'error', message: 'Simulated failure' });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
