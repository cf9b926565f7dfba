import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateEvent, type EnqueueEvent } from './events';
import { IncidentBook, type Incident } from './incidents';

/**
 * A local stand-in for PagerDuty's Events API v2 (POST /v2/enqueue), for development and tests only, never
 * production: it checks events the way PagerDuty does, keeps incidents by dedup_key in memory, and can be
 * told to fail the next requests so that retries can be tested. Loopback only, no authentication.
 */

export type { EnqueueEvent, EventAction, Severity } from './events';
export type { Incident, IncidentStatus } from './incidents';

export interface PagerDutyLocalOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface ReceivedEvent extends EnqueueEvent {
  /** The key the event was filed under (made up for a trigger that had none). */
  dedupKey: string;
  receivedAt: Date;
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

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (req.method === 'GET' && path === '/_local/incidents') return sendJson(res, 200, { incidents: book.all(), events });
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
        const dedupKey = book.apply(checked.event, receivedAt);
        events.push({ ...checked.event, dedupKey, receivedAt });
        sendJson(res, 202, { status: 'success', message: 'Event processed', dedup_key: dedupKey });
      })
      .catch((error: unknown) => {
        if (error instanceof BodyTooLarge) return sendJson(res, 413, { status: 'invalid event', message: 'Request body too large' });
        sendJson(res, 500, { status: 'error', message: 'Internal server error' });
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.address}:${address.port}`;

  return {
    url,
    eventsUrl: `${url}/v2/enqueue`,
    events: () => events.map((e) => ({ ...e })),
    incidents: () => book.all(),
    incident: (dedupKey) => book.get(dedupKey),
    failNext: (n, status) => {
      failures = { remaining: n, status };
    },
    requestCount: () => requests,
    reset: () => {
      book.clear();
      events = [];
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
