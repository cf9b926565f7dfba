import type { Stack } from '../escalation/support';
import { caseActions } from '../../src/escalation/case-actions';
import { FOLLOW_UP_JOB, HANDOFF_JOB, HOLD_JOB, WITHDRAWN_JOB, followUpKey, withdrawnKey } from '../../src/scheduling/job-kinds';
import { summariseHandoffs } from '../../src/scheduling/export/summary';
import { BOOKED_PATH } from '../../src/scheduling/booked-route';
import { signBookedCallback, verifyWithdrawalDelivery } from '../../src/scheduling';
import { HandoffReceiver, WEBHOOK_SECRET, cleanAnswers, startHandoffStack } from './support';

/**
 * A conversation that ever entered crisis belongs to the clinician on its case and is never handed to
 * scheduling as clean: not when the crisis came before the last answer (no job is written), not when it came
 * after the last answer but before the hand-off ran, and not when it came after the hand-off was made but
 * before the webhook got it (checked again at delivery). A crisis by a structured answer (C-SSRS yes, PHQ-9
 * item 9 above 0) counts the same as one in free text. And a crisis after the hand-off was delivered, or
 * booked, takes it back: the hand-off is withheld, the candidate's messages cancelled, the receiver sent a
 * signed `intake.withdrawn`, and a booking reported for it is refused (409) with an alarm.
 */
const CANDIDATE = '+15555550162';

describe('crisis conversations are never handed off as clean', () => {
  let stack: Stack;
  let receiver: HandoffReceiver;

  let close: () => Promise<void>;

  beforeEach(async () => {
    ({ stack, receiver, close } = await startHandoffStack());
  });
  afterEach(async () => close());

  const answers = cleanAnswers();
  const release = async () => {
    const { app } = stack;
    const conversation = await app.store.findConversation('sms', CANDIDATE);
    const open = await app.store.findOpenCase(conversation!.id);
    await caseActions({ store: app.store, clock: app.clock, engine: app.engine, service: app.escalation, deliver: app.deliver }).release(open!.id, 'Dr. Rivera');
  };
  const postBooked = (handoffId: string) => {
    const body = JSON.stringify({ handoffId });
    return fetch(`${stack.base}${BOOKED_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Intake-Signature': signBookedCallback(body, WEBHOOK_SECRET, Math.floor(stack.clock.now().getTime() / 1000)) },
      body,
    });
  };
  const textAll = async (list: readonly string[]) => {
    let last = '';
    for (const text of list) last = await stack.text(CANDIDATE, text);
    return last;
  };
  const sentToCandidate = () => stack.sentTo(CANDIDATE);

  it('when a crisis is released by the clinician and the person then finishes with clean answers, then nothing is handed off', async () => {
    await textAll(['START', ...answers.slice(0, -1)]);
    expect(await stack.text(CANDIDATE, 'honestly I want to kill myself')).toMatch(/988/);
    await stack.drain();
    const conversation = await stack.app.store.findConversation('sms', CANDIDATE);
    const open = await stack.app.store.findOpenCase(conversation!.id);
    const { app } = stack;
    await caseActions({ store: app.store, clock: app.clock, engine: app.engine, service: app.escalation, deliver: app.deliver }).release(open!.id, 'Dr. Rivera');
    expect(await stack.text(CANDIDATE, answers.at(-1)!)).toContain('Thank you, Ana');
    await stack.drain();
    stack.clock.advance(49 * 3_600_000);
    await stack.drain();

    // The outcome is recorded (the clinician sees it), but no hand-off job was ever written.
    expect((await app.store.listOutcomes(conversation!.id)).map((o) => o.kind)).toEqual(['crisis', 'likely-fit']);
    expect((await app.store.listJobs()).filter((j) => j.kind === HANDOFF_JOB)).toEqual([]);
    expect(await app.store.listHandoffs()).toEqual([]);
    expect(receiver.requests).toEqual([]);
    expect(sentToCandidate().join('\n')).not.toMatch(/Next step|Reference:/);
    expect((await summariseHandoffs(app.store, [], new Set())).notHandedOff.withheldForCrisis).toBe(1);
  });

  it('when a crisis comes in after the last answer but before the hand-off job ran, then nothing is handed off', async () => {
    await textAll(['START', ...answers]);
    expect((await stack.app.store.listJobs('pending')).map((j) => j.kind)).toContain(HANDOFF_JOB);
    // The worker has not run yet (it runs on drain): the crisis message lands first.
    expect(await stack.text(CANDIDATE, 'i am going to end my life tonight')).toMatch(/call 911/i);
    await stack.drain();
    stack.clock.advance(49 * 3_600_000);
    await stack.drain();

    expect(await stack.app.store.listHandoffs()).toEqual([]);
    expect(receiver.requests).toEqual([]);
    expect(sentToCandidate().join('\n')).not.toMatch(/Next step|Reference:/);
  });

  it('when the conversation enters crisis after the hand-off was made but before the webhook took it, then it is withheld and the follow-up cancelled', async () => {
    receiver.failNext(1, 503);
    await textAll(['START', ...answers]);
    await stack.drain();
    expect(receiver.requests.map((r) => r.status)).toEqual([503]);
    const [made] = await stack.app.store.listHandoffs();
    expect(made.status).toBe('ready');

    await stack.text(CANDIDATE, 'I wish I could go to sleep and not wake up');
    stack.clock.advance(60_000);
    await stack.drain();
    stack.clock.advance(49 * 3_600_000);
    await stack.drain();

    expect(receiver.requests).toHaveLength(1);
    expect(receiver.accepted.size).toBe(0);
    const [withheld] = await stack.app.store.listHandoffs();
    expect(withheld).toMatchObject({ status: 'withheld', webhookDeliveredAt: null, followUpSentAt: null });
    expect(withheld.withheldReason).toMatch(/crisis/);
    expect(sentToCandidate().join('\n')).not.toMatch(/not booked yet|working on your consultation/);
  });

  it('when a C-SSRS screener answer is "yes" and every free-text message is clean, then nothing is handed off, even after the clinician releases the case', async () => {
    const structured = [...answers];
    structured[4] = 'yes'; // C-SSRS Q1, wish to be dead: passive
    await textAll(['START', ...structured.slice(0, 5)]);
    expect(await stack.text(CANDIDATE, 'no')).toBeTruthy(); // the crisis screening goes on
    await stack.text(CANDIDATE, 'no');
    await stack.drain();
    expect(stack.pagesTo('+15555550101').length).toBeGreaterThan(0);
    await release();
    // The release picks up at the screener's lifetime question; then the rest, all clean.
    await stack.text(CANDIDATE, 'no');
    expect(await textAll(structured.slice(7))).toContain('Thank you, Ana');
    await stack.drain();
    stack.clock.advance(49 * 3_600_000);
    await stack.drain();

    const conversation = await stack.app.store.findConversation('sms', CANDIDATE);
    expect(conversation!.risk).toBe('passive');
    expect((await stack.app.store.listOutcomes(conversation!.id)).map((o) => o.kind)).toContain('likely-fit');
    expect((await stack.app.store.listJobs()).filter((j) => j.kind === HANDOFF_JOB)).toEqual([]);
    expect(await stack.app.store.listHandoffs()).toEqual([]);
    expect(receiver.requests).toEqual([]);
    expect(sentToCandidate().join('\n')).not.toMatch(/Next step|Reference:/);
  });

  it('when PHQ-9 item 9 is answered 1 ("several days") and every free-text message is clean, then nothing is handed off, even after the clinician releases the case', async () => {
    await close();
    ({ stack, receiver, close } = await startHandoffStack({ ENABLE_PHQ9: 'true' }));
    const withPhq9 = cleanAnswers({ phq9: true });
    const item9 = withPhq9.length - 6; // phq9_9 comes just before first name, email, time zone, days, times
    withPhq9[item9] = '1';
    await textAll(['START', ...withPhq9.slice(0, item9 + 1)]);
    await stack.drain();
    expect(stack.pagesTo('+15555550101').length).toBeGreaterThan(0);
    await release();
    expect(await textAll(withPhq9.slice(item9 + 1))).toContain('Thank you, Ana');
    await stack.drain();
    stack.clock.advance(49 * 3_600_000);
    await stack.drain();

    const conversation = await stack.app.store.findConversation('sms', CANDIDATE);
    expect(conversation!.risk).toBe('passive');
    expect((await stack.app.store.listJobs()).filter((j) => j.kind === HANDOFF_JOB)).toEqual([]);
    expect(await stack.app.store.listHandoffs()).toEqual([]);
    expect(receiver.requests).toEqual([]);
    expect(sentToCandidate().join('\n')).not.toMatch(/Next step|Reference:/);
  });

  it('when the conversation enters crisis after the webhook delivered the hand-off, then it is withheld, the follow-up cancelled, and the receiver gets a signed intake.withdrawn with ids only', async () => {
    await textAll(['START', ...answers]);
    await stack.drain();
    const [made] = await stack.app.store.listHandoffs();
    expect(receiver.accepted.has(made.id)).toBe(true);

    await stack.text(CANDIDATE, 'I wish I could go to sleep and not wake up');
    // The hold is written in the crisis turn's own transaction, before any worker runs.
    expect((await stack.app.store.listJobs('pending')).map((j) => j.kind)).toContain(HOLD_JOB);
    await stack.drain();

    const withheld = (await stack.app.store.getHandoff(made.id))!;
    expect(withheld).toMatchObject({ status: 'withheld', withheldReason: 'crisis since hand-off' });
    const followUp = (await stack.app.store.listJobs()).find((j) => j.idempotencyKey === followUpKey(made.id))!;
    expect(followUp).toMatchObject({ kind: FOLLOW_UP_JOB, status: 'done', lastError: 'cancelled: crisis since hand-off' });
    const request = receiver.requests.find((r) => r.headers['idempotency-key'] === withdrawnKey(made.id))!;
    expect(request.status).toBe(200);
    const sent = JSON.parse(request.rawBody) as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual(['conversationId', 'handoffId', 'reason', 'type', 'version', 'withdrawnAt']);
    expect(sent).toMatchObject({ type: 'intake.withdrawn', version: 1, handoffId: made.id, reason: 'clinical hold' });
    expect(request.rawBody).not.toMatch(/passive|tier|Ana|example\.com|pcl5|cssrs/);
    expect(receiver.withdrawn.get(withdrawnKey(made.id))?.handoffId).toBe(made.id);
    const verify = (headers: Record<string, string | string[] | undefined>) =>
      verifyWithdrawalDelivery({ headers, rawBody: request.rawBody, secret: WEBHOOK_SECRET, now: stack.clock.now().getTime() });
    expect(verify(request.headers)).toMatchObject({ ok: true, idempotencyKey: withdrawnKey(made.id) });
    expect(verify({ ...request.headers, 'idempotency-key': made.id })).toMatchObject({ ok: false, status: 400 });
    expect(verify({ ...request.headers, 'x-intake-signature': 't=1,v1=00' })).toMatchObject({ ok: false, status: 401 });
    const open = await stack.app.store.findOpenCase(made.conversationId);
    expect((await stack.app.store.listCaseEvents(open!.id)).map((e) => e.kind)).toContain('handoff-withheld');

    stack.clock.advance(49 * 3_600_000);
    await stack.drain();
    expect(sentToCandidate().join('\n')).not.toMatch(/not booked yet|working on your consultation/);
    expect(receiver.requests.filter((r) => r.headers['idempotency-key'] === withdrawnKey(made.id))).toHaveLength(1);
  });

  it('when a crisis case opens for a handed-off conversation by a path other than a crisis turn, then the case\'s own commit carries the hold', async () => {
    await textAll(['START', ...answers]);
    await stack.drain();
    const [made] = await stack.app.store.listHandoffs();
    const opened = await stack.app.escalation.signal({ conversationId: made.conversationId, tier: 'passive', source: 'undelivered-988-reply' });
    expect((await stack.app.store.listJobs('pending')).map((j) => j.idempotencyKey)).toContain(`${made.conversationId}:clinical-hold:case-${opened.id}`);
    await stack.drain();
    expect(await stack.app.store.getHandoff(made.id)).toMatchObject({ status: 'withheld', withheldReason: 'crisis since hand-off' });
    expect(receiver.withdrawn.has(withdrawnKey(made.id))).toBe(true);
  });

  it('when the crisis comes while the webhook delivery is on the wire, then the delivery that lands is followed by a withdrawal', async () => {
    receiver.holding = true;
    await textAll(['START', ...answers]);
    const delivering = stack.drain();
    await receiver.waitForRequests(1);
    await stack.text(CANDIDATE, 'I wish I could go to sleep and not wake up');
    // Another worker pass runs the hold while the delivery is still unanswered: it sees nothing delivered yet.
    await stack.app.worker.runDue();
    const [made] = await stack.app.store.listHandoffs();
    expect(made).toMatchObject({ status: 'withheld', webhookDeliveredAt: null });
    receiver.release();
    await delivering;
    await stack.drain();

    expect(receiver.accepted.has(made.id)).toBe(true);
    expect(receiver.withdrawn.has(withdrawnKey(made.id))).toBe(true);
  });

  it('when the conversation enters crisis after the candidate booked, then the hand-off is withdrawn, and a booking reported again is refused with 409 and an alarm', async () => {
    await textAll(['START', ...answers]);
    await stack.drain();
    const [made] = await stack.app.store.listHandoffs();
    expect((await postBooked(made.id)).status).toBe(200);

    await stack.text(CANDIDATE, 'i want to kill myself');
    await stack.drain();
    expect(await stack.app.store.getHandoff(made.id)).toMatchObject({ status: 'withheld', withheldReason: 'crisis since hand-off', bookedAt: expect.any(String) });
    expect(receiver.withdrawn.has(withdrawnKey(made.id))).toBe(true);

    const again = await postBooked(made.id);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ handoffId: made.id, status: 'clinical-hold', error: expect.stringMatching(/clinical hold/) });
    expect((await stack.app.store.listAlarms()).map((a) => a.kind)).toContain('handoff.booked-on-hold');
    const open = await stack.app.store.findOpenCase(made.conversationId);
    expect((await stack.app.store.listCaseEvents(open!.id)).map((e) => e.kind)).toContain('booked-on-hold');
  });

  it('when a booking is reported for a hand-off whose conversation is in crisis but not yet on hold, then it is refused with 409 and the hold is applied', async () => {
    await textAll(['START', ...answers]);
    await stack.drain();
    const [made] = await stack.app.store.listHandoffs();
    await stack.text(CANDIDATE, 'I wish I could go to sleep and not wake up'); // no worker pass yet: the hold is pending
    expect((await stack.app.store.getHandoff(made.id))!.status).toBe('ready');

    expect((await postBooked(made.id)).status).toBe(409);
    expect(await stack.app.store.getHandoff(made.id)).toMatchObject({ status: 'withheld', bookedAt: null });
    expect((await stack.app.store.listJobs('pending')).map((j) => j.kind)).toContain(WITHDRAWN_JOB);
    expect((await stack.app.store.listAlarms()).map((a) => a.kind)).toContain('handoff.booked-on-hold');
  });
});
