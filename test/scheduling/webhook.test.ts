import { startStack, type Stack } from '../escalation/support';
import { verifyHandoffDelivery, type HandoffRecord } from '../../src/scheduling';
import { WEBHOOK_JOB, WITHDRAWN_JOB, withdrawnKey } from '../../src/scheduling/job-kinds';
import { HandoffReceiver, WEBHOOK_SECRET, cleanAnswers } from './support';

/**
 * The webhook sink end to end: the real service (SMS through the local Twilio stand-in, the outbox worker
 * driven by the injected clock) delivering to a real HTTP receiver written with the exported helper.
 */
const CANDIDATE = '+15555550161';

describe('hand-off webhook', () => {
  let stack: Stack;
  let receiver: HandoffReceiver;

  async function start(env: Record<string, string> = {}): Promise<void> {
    receiver = await HandoffReceiver.start({ now: () => stack.clock.now().getTime() });
    stack = await startStack({ HANDOFF_WEBHOOK_URL: receiver.url, HANDOFF_WEBHOOK_SECRET: WEBHOOK_SECRET, ...env });
  }

  async function finishIntake(phone = CANDIDATE): Promise<string> {
    await stack.text(phone, 'START');
    let last = '';
    for (const answer of cleanAnswers()) last = await stack.text(phone, answer);
    return last;
  }

  /** Moves the clock and runs whatever fell due, the way the service's poller would. */
  async function after(ms: number): Promise<void> {
    stack.clock.advance(ms);
    await stack.drain();
  }

  afterEach(async () => {
    await stack.close();
    await receiver.close();
  });

  it('when a clean intake finishes, then the receiver gets it once, signed, and the exported helper verifies it', async () => {
    await start();
    expect(await finishIntake()).toContain('Thank you, Ana');
    await stack.drain();

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request.status).toBe(200);
    const [handoff] = await stack.app.store.listHandoffs();
    expect(request.headers['idempotency-key']).toBe(handoff.id);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-intake-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const checked = verifyHandoffDelivery({ headers: request.headers, rawBody: request.rawBody, secret: WEBHOOK_SECRET, now: stack.clock.now().getTime() });
    expect(checked).toMatchObject({ ok: true, idempotencyKey: handoff.id });
    expect(receiver.accepted.get(handoff.id)).toEqual(handoff.record);
    expect((handoff.record as HandoffRecord).contact.phone).toBe(CANDIDATE);
    expect(handoff.webhookDeliveredAt).toBe(stack.clock.now().toISOString());
  });

  it('when a delivery is tampered with, signed with another secret, or replayed after the tolerance window, then the helper rejects it', async () => {
    await start();
    await finishIntake();
    await stack.drain();
    const [request] = receiver.requests;
    const now = stack.clock.now().getTime();
    const check = (overrides: { rawBody?: string; secret?: string; now?: number; headers?: Record<string, string> }) =>
      verifyHandoffDelivery({ headers: { ...request.headers, ...overrides.headers }, rawBody: overrides.rawBody ?? request.rawBody, secret: overrides.secret ?? WEBHOOK_SECRET, now: overrides.now ?? now });

    expect(check({ rawBody: request.rawBody.replace('"firstName":"Ana"', '"firstName":"Eve"') })).toMatchObject({ ok: false, status: 401, reason: 'missing or invalid X-Intake-Signature' });
    expect(check({ secret: 'some-other-secret-0000000' })).toMatchObject({ ok: false, status: 401 });
    expect(check({ now: now + 301_000 })).toMatchObject({ ok: false, status: 401, reason: expect.stringMatching(/outside the tolerance window/) });
    expect(check({ headers: { 'x-intake-signature': '' } })).toMatchObject({ ok: false, status: 401 });
    expect(check({ headers: { 'idempotency-key': '00000000-0000-4000-8000-000000000000' } })).toMatchObject({ ok: false, status: 400, reason: 'Idempotency-Key does not match handoffId' });

    // Replayed to the receiver itself: inside the window it is deduped, outside it is refused.
    const replay = () => fetch(receiver.url, { method: 'POST', headers: request.headers as Record<string, string>, body: request.rawBody });
    expect((await replay()).status).toBe(200);
    stack.clock.advance(10 * 60_000);
    expect((await replay()).status).toBe(401);
    expect(receiver.accepted.size).toBe(1);
  });

  it('when the receiver fails five times and then succeeds, then exactly one delivery is accepted, each retry after a doubling wait', async () => {
    await start();
    receiver.failNext(5, 503);
    await finishIntake();
    await stack.drain();
    expect(receiver.requests).toHaveLength(1);

    // Retry n waits 5 s * 2^(n-1): one second short of it nothing is sent, at it the next attempt goes.
    for (const wait of [5_000, 10_000, 20_000, 40_000, 80_000]) {
      const before = receiver.requests.length;
      await after(wait - 1_000);
      expect(receiver.requests).toHaveLength(before);
      await after(1_000);
      expect(receiver.requests).toHaveLength(before + 1);
    }
    await after(3_600_000);
    expect(receiver.requests.map((r) => r.status)).toEqual([503, 503, 503, 503, 503, 200]);
    expect(new Set(receiver.requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(receiver.accepted.size).toBe(1);
    expect((await stack.app.store.listJobs()).filter((j) => j.kind === WEBHOOK_JOB).map((j) => [j.status, j.attempts])).toEqual([['done', 6]]);
    expect(await stack.app.store.listAlarms()).toEqual([]);
  });

  it('when the receiver keeps failing past HANDOFF_MAX_ATTEMPTS, then the delivery is dead-lettered with an alarm and the hand-off stays in the database', async () => {
    await start({ HANDOFF_MAX_ATTEMPTS: '3' });
    receiver.failNext(100, 500);
    await finishIntake();
    await stack.drain();
    for (let i = 0; i < 5; i++) await after(3_600_000);
    expect(receiver.requests).toHaveLength(3);
    const [job] = (await stack.app.store.listJobs('dead')).filter((j) => j.kind === WEBHOOK_JOB);
    expect(job.lastError).toContain('HTTP 500');
    expect(await stack.app.store.listAlarms()).toEqual([expect.objectContaining({ kind: 'job.dead', detail: expect.objectContaining({ kind: WEBHOOK_JOB, attempts: 3 }) })]);
    const [handoff] = await stack.app.store.listHandoffs();
    expect(handoff.webhookDeliveredAt).toBeNull();
  });

  it('when the receiver keeps failing a withdrawal past HANDOFF_MAX_ATTEMPTS, then it is dead-lettered with an alarm: the limit covers every scheduling job', async () => {
    await start({ HANDOFF_MAX_ATTEMPTS: '3' });
    await finishIntake();
    await stack.drain();
    const [handoff] = await stack.app.store.listHandoffs();
    receiver.failNext(100, 500);
    await stack.text(CANDIDATE, 'i want to kill myself');
    await stack.drain();
    for (let i = 0; i < 5; i++) await after(3_600_000);

    const withdrawals = receiver.requests.filter((r) => r.headers['idempotency-key'] === withdrawnKey(handoff.id));
    expect(withdrawals.map((r) => r.status)).toEqual([500, 500, 500]);
    const [job] = (await stack.app.store.listJobs('dead')).filter((j) => j.kind === WITHDRAWN_JOB);
    expect(job).toMatchObject({ attempts: 3, lastError: expect.stringContaining('HTTP 500') });
    expect((await stack.app.store.listAlarms()).map((a) => [a.kind, (a.detail as { kind?: string }).kind])).toContainEqual(['job.dead', WITHDRAWN_JOB]);
  });

  it('when the receiver refuses the request as invalid (422), then it is not retried: dead-lettered with an alarm at once', async () => {
    await start();
    receiver.failNext(1, 422);
    await finishIntake();
    await stack.drain();
    await after(3_600_000);
    expect(receiver.requests).toHaveLength(1);
    expect((await stack.app.store.listAlarms()).map((a) => a.kind)).toEqual(['job.dead']);
  });
});
