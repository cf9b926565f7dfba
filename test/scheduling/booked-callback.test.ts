import { type Stack, writeRoster } from '../escalation/support';
import { composeApp } from '../../src/compose';
import { createHttpApp } from '../../src/http-app';
import { ManualClock } from '../../src/clock';
import { DEV_HANDOFF_SECRET } from '../../src/config';
import { BOOKED_PATH } from '../../src/scheduling/booked-route';
import { signBookedCallback, signIntakeBody } from '../../src/scheduling';
import { captureLogger } from '../support/harness';
import { freePort } from '../support/free-port';
import { HandoffReceiver, WEBHOOK_SECRET, cleanAnswers, startHandoffStack } from './support';

/**
 * The booking callback cannot be fed what we sign ourselves: a hand-off delivery (same secret, captured from
 * the receiver's side) replayed to POST /api/scheduling/booked is refused, because the callback is signed over
 * "booked.<t>.<body>" and its body is strict. In production it is only mounted with its own secret.
 */
const CANDIDATE = '+15555550164';

describe('the booking callback', () => {
  let stack: Stack;
  let receiver: HandoffReceiver;

  let close: () => Promise<void>;

  beforeEach(async () => {
    ({ stack, receiver, close } = await startHandoffStack());
  });
  afterEach(async () => close());

  const post = (body: string, signature: string) =>
    fetch(`${stack.base}${BOOKED_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Intake-Signature': signature }, body });
  const now = () => Math.floor(stack.clock.now().getTime() / 1000);

  it('when a signed hand-off delivery is replayed to it within the five minutes, then it is refused and nothing is booked', async () => {
    await stack.text(CANDIDATE, 'START');
    for (const answer of cleanAnswers()) await stack.text(CANDIDATE, answer);
    await stack.drain();
    const [delivery] = receiver.requests;
    expect(delivery.status).toBe(200);

    const replayed = await fetch(`${stack.base}${BOOKED_PATH}`, { method: 'POST', headers: delivery.headers as Record<string, string>, body: delivery.rawBody });
    expect(replayed.status).toBe(403);
    expect(((await replayed.json()) as { error: string }).error).toMatch(/booked\.<t>\.<body>/);

    // Even a body signed the callback's way is refused when it carries anything besides handoffId and bookedAt.
    const [made] = await stack.app.store.listHandoffs();
    const padded = JSON.stringify({ ...JSON.parse(delivery.rawBody), handoffId: made.id });
    const strict = await post(padded, signBookedCallback(padded, WEBHOOK_SECRET, now()));
    expect(strict.status).toBe(400);
    expect(((await strict.json()) as { error: string }).error).toMatch(/unrecognized key/i);
    // And the hand-off signing text never opens it, even for a well-formed body.
    const wellFormed = JSON.stringify({ handoffId: made.id });
    expect((await post(wellFormed, signIntakeBody(wellFormed, WEBHOOK_SECRET, now()))).status).toBe(403);

    expect((await stack.app.store.getHandoff(made.id))!.bookedAt).toBeNull();
    expect((await post(wellFormed, signBookedCallback(wellFormed, WEBHOOK_SECRET, now()))).status).toBe(200);
  });
});

describe('the booking callback in production', () => {
  const production = {
    NODE_ENV: 'production', LOG_ID_SALT: 'a-long-random-secret', SUPPORT_CONTACT: 'x@y.org', PROGRAM_NAME: 'Harbor', SERVED_STATES: 'CO',
    TWILIO_ACCOUNT_SID: 'AC' + 'a'.repeat(32), TWILIO_AUTH_TOKEN: 'real-token-123', TWILIO_FROM_NUMBER: '+15555550100',
    CASE_LINK_SECRET: 'a-long-random-case-link-secret', PUBLIC_BASE_URL: 'https://intake.example.org',
    WEB_TOKEN_SECRET: 'a-long-random-web-token-secret-0123456789', DATABASE_URL: 'sqlite::memory:',
  };

  async function booked(env: Record<string, string>, secret: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const app = await composeApp({ env: { ...production, ONCALL_ROSTER_FILE: writeRoster(), ...env }, clock: new ManualClock(new Date('2026-03-10T16:00:00Z')), logger: captureLogger().logger });
    const server = createHttpApp(app);
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const body = JSON.stringify({ handoffId: '00000000-0000-4000-8000-000000000000' });
      const signature = signBookedCallback(body, secret, Math.floor(Date.parse('2026-03-10T16:00:00Z') / 1000));
      const response = await fetch(`http://127.0.0.1:${port}${BOOKED_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Intake-Signature': signature }, body });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    } finally {
      server.close();
      await app.store.close();
    }
  }

  it('when HANDOFF_WEBHOOK_SECRET is not set, then the callback is not there at all: the public development secret opens nothing', async () => {
    // restify's own 404 for a path nobody mounted, not the callback's "no such hand-off".
    expect(await booked({}, DEV_HANDOFF_SECRET)).toEqual({ status: 404, body: expect.objectContaining({ code: 'ResourceNotFound' }) });
  });

  it('when HANDOFF_WEBHOOK_SECRET is set, then the callback checks it', async () => {
    const secret = 'a-long-random-handoff-secret-0123456789';
    expect((await booked({ HANDOFF_WEBHOOK_SECRET: secret }, DEV_HANDOFF_SECRET)).status).toBe(403);
    expect(await booked({ HANDOFF_WEBHOOK_SECRET: secret }, secret)).toEqual({ status: 404, body: { error: 'no such hand-off' } });
  });
});
