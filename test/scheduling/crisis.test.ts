import { startStack, type Stack } from '../escalation/support';
import { caseActions } from '../../src/escalation/case-actions';
import { HANDOFF_JOB } from '../../src/scheduling/job-kinds';
import { summariseHandoffs } from '../../src/scheduling/export/summary';
import { HandoffReceiver, WEBHOOK_SECRET, cleanAnswers } from './support';

/**
 * A conversation that ever entered crisis belongs to the clinician on its case and is never handed to
 * scheduling as clean: not when the crisis came before the last answer (no job is written), not when it came
 * after the last answer but before the hand-off ran, and not when it came after the hand-off was made but
 * before the webhook got it (checked again at delivery).
 */
const CANDIDATE = '+15555550162';

describe('crisis conversations are never handed off as clean', () => {
  let stack: Stack;
  let receiver: HandoffReceiver;

  beforeEach(async () => {
    receiver = await HandoffReceiver.start({ now: () => stack.clock.now().getTime() });
    stack = await startStack({ HANDOFF_WEBHOOK_URL: receiver.url, HANDOFF_WEBHOOK_SECRET: WEBHOOK_SECRET });
  });
  afterEach(async () => {
    await stack.close();
    await receiver.close();
  });

  const answers = cleanAnswers();
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
});
