import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySchedulingDelivery, type HandoffRecord, type WithdrawnRecord } from '../../src/scheduling';
import { startStack, type Stack } from '../escalation/support';

/** Every answer of a clean intake, as a candidate types them (SMS or terminal), ending likely-fit. */
export function cleanAnswers(options: { phq9?: boolean; gad7?: boolean; name?: string; email?: string } = {}): string[] {
  return [
    'yes', '41', 'Colorado', 'yes',
    'no', 'no', 'no',
    ...Array.from({ length: 20 }, () => '3'),
    'yes', 'no', 'yes', 'no',
    'no', 'no', 'no', 'no', 'no', 'none',
    ...(options.phq9 ? Array.from({ length: 9 }, () => '0') : []),
    ...(options.gad7 ? ['1', '1', '2', '0', '1', '1', '0'] : []),
    options.name ?? 'Ana', options.email ?? 'ana@example.com', 'Mountain', 'weekdays', 'mornings',
  ];
}

export const WEBHOOK_SECRET = 'handoff-test-secret-0123456789';

export interface ReceivedRequest {
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  /** What the receiver answered. */
  status: number;
  reason?: string;
}

/**
 * A scheduling system's hand-off endpoint, as a clinic would write one with the exported helper: a real HTTP
 * server that checks every request with verifySchedulingDelivery (signature, replay window, idempotency key,
 * schema), stores each hand-off and each withdrawal once by Idempotency-Key, and can be told to fail or to hold
 * requests.
 */
export class HandoffReceiver {
  url = '';
  readonly requests: ReceivedRequest[] = [];
  /** Accepted hand-offs by Idempotency-Key: a retry of one already stored is answered 200 and not stored again. */
  readonly accepted = new Map<string, HandoffRecord>();
  /** Accepted `intake.withdrawn` events by Idempotency-Key ("<handoffId>:withdrawn"). */
  readonly withdrawn = new Map<string, WithdrawnRecord>();
  /** Answer the next n requests with this status instead of processing them. */
  private failures: { remaining: number; status: number } = { remaining: 0, status: 503 };
  /** While set, requests are read and then left unanswered (a receiver that hangs). */
  holding = false;
  private readonly server: http.Server;
  private readonly held: { req: http.IncomingMessage; res: http.ServerResponse; rawBody: string; record: ReceivedRequest }[] = [];
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly options: { secret?: string; now: () => number },
  ) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
  }

  static async start(options: { secret?: string; now: () => number }): Promise<HandoffReceiver> {
    const receiver = new HandoffReceiver(options);
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/handoffs`;
    return receiver;
  }

  failNext(count: number, status = 503): void {
    this.failures = { remaining: count, status };
  }

  /** Resolves once `count` requests have arrived in all. */
  waitForRequests(count: number): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => (this.requests.length >= count ? resolve() : this.waiters.push(check));
      this.waiters.push(check);
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, rawBody: string): void {
    const record: ReceivedRequest = { headers: req.headers, rawBody, status: 0 };
    this.requests.push(record);
    this.waiters.splice(0).forEach((w) => w());
    if (this.holding) {
      this.held.push({ req, res, rawBody, record });
      return;
    }
    this.process(req, res, rawBody, record);
  }

  /** Stops holding and answers the held requests as if they had just arrived. */
  release(): void {
    this.holding = false;
    for (const { req, res, rawBody, record } of this.held.splice(0)) this.process(req, res, rawBody, record);
  }

  private process(req: http.IncomingMessage, res: http.ServerResponse, rawBody: string, record: ReceivedRequest): void {
    if (this.failures.remaining > 0) {
      this.failures.remaining--;
      this.answer(res, record, this.failures.status, 'scripted failure');
      return;
    }
    const checked = verifySchedulingDelivery({ headers: req.headers, rawBody, secret: this.options.secret ?? WEBHOOK_SECRET, now: this.options.now() });
    if (!checked.ok) {
      this.answer(res, record, checked.status, checked.reason);
      return;
    }
    if (checked.event === 'intake.withdrawn') {
      if (!this.withdrawn.has(checked.idempotencyKey)) this.withdrawn.set(checked.idempotencyKey, checked.withdrawal);
    } else if (!this.accepted.has(checked.idempotencyKey)) {
      this.accepted.set(checked.idempotencyKey, checked.record);
    }
    this.answer(res, record, 200, 'stored');
  }

  private answer(res: http.ServerResponse, record: ReceivedRequest, status: number, reason: string): void {
    record.status = status;
    record.reason = reason;
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ reason }));
  }

  async close(): Promise<void> {
    for (const { res } of this.held.splice(0)) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * The whole service (test/escalation/support.ts) with a hand-off receiver on the service's own injected clock,
 * so that the receiver's replay window moves with the clock the test advances.
 */
export async function startHandoffStack(env: Record<string, string> = {}): Promise<{ stack: Stack; receiver: HandoffReceiver; close: () => Promise<void> }> {
  let clockOf: Stack | undefined;
  const receiver = await HandoffReceiver.start({ now: () => clockOf!.clock.now().getTime() });
  const stack = await startStack({ HANDOFF_WEBHOOK_URL: receiver.url, HANDOFF_WEBHOOK_SECRET: WEBHOOK_SECRET, ...env });
  clockOf = stack;
  return {
    stack,
    receiver,
    close: async () => {
      await stack.close();
      await receiver.close();
    },
  };
}
