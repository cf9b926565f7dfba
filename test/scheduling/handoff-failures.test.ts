import { ManualClock } from '../../src/clock';
import { JobWorker } from '../../src/jobs/job-worker';
import { schedulingJobHandlers } from '../../src/scheduling/scheduling-jobs';
import { HANDOFF_JOB, WEBHOOK_JOB } from '../../src/scheduling/job-kinds';
import type { SchedulingSettings } from '../../src/scheduling/settings';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { TEST_PROGRAM, captureLogger, makeEngine, memoryStore, person } from '../support/harness';
import { testSettings } from './intake-record';
import { HandoffReceiver, WEBHOOK_SECRET, cleanAnswers } from './support';

/**
 * What becomes of a hand-off that cannot be built or sent as it is. Each is dead-lettered with an alarm (so a
 * person looks) or held back, never retried into the void, never sent unchecked, and never with an answer in
 * the error that lands in the job table and the alarm.
 */
describe('hand-offs that cannot go as they are', () => {
  let store: SqliteStore;
  let clock: ManualClock;
  let receiver: HandoffReceiver;
  let conversationId: string;

  beforeEach(async () => {
    store = await memoryStore();
    clock = new ManualClock(new Date('2026-03-10T16:00:00Z'));
    receiver = await HandoffReceiver.start({ now: () => clock.now().getTime() });
    const { engine } = makeEngine(store, {}, clock);
    const candidate = person(engine, { participant: '+15555550165' });
    await candidate.say('START');
    for (const answer of cleanAnswers()) conversationId = (await candidate.turn(answer)).conversationId;
  });
  afterEach(async () => {
    await receiver.close();
    await store.close();
  });

  const worker = (settings: Partial<SchedulingSettings> = {}) =>
    new JobWorker({
      store,
      clock,
      logger: captureLogger().logger,
      handlers: schedulingJobHandlers({ store, clock, logger: captureLogger().logger, program: TEST_PROGRAM, settings: testSettings(settings), deliver: async () => 'sent' }),
    });
  const drain = async (w: JobWorker) => {
    for (let pass = 0; pass < 10 && (await w.runDue()) > 0; pass++);
  };

  /** Changes the stored machine snapshot the way a damaged row or a foreign writer would. */
  async function rewriteSnapshot(change: (snapshot: { context: Record<string, unknown> }) => unknown): Promise<void> {
    const row = (await store.getConversation(conversationId))!;
    const { revision, createdAt: _c, updatedAt: _u, ...conversation } = row;
    const snapshot = change(JSON.parse(row.snapshot));
    const result = await store.commitTurn({ conversation: { ...conversation, snapshot: JSON.stringify(snapshot) }, expectedRevision: revision, inbound: null, outbound: [], jobs: [], outcome: null, at: clock.now().toISOString() });
    expect(result.ok).toBe(true);
  }

  it('when an answer is not one of its item\'s options, then the hand-off job is dead at once with an alarm that names the item, not the answer', async () => {
    await rewriteSnapshot((s) => ({ ...s, context: { ...s.context, answers: { ...(s.context.answers as object), pcl5_3: 77 } } }));
    await drain(worker());
    const [job] = (await store.listJobs()).filter((j) => j.kind === HANDOFF_JOB);
    expect(job).toMatchObject({ status: 'dead', attempts: 1 });
    expect(job.lastError).toContain('pcl5_3');
    expect(job.lastError).not.toContain('77');
    const [alarm] = await store.listAlarms();
    expect(alarm).toMatchObject({ kind: 'job.dead', detail: expect.objectContaining({ kind: HANDOFF_JOB }) });
    expect(JSON.stringify(alarm.detail)).not.toContain('77');
    expect(await store.listHandoffs()).toEqual([]);
  });

  it('when the snapshot becomes unreadable after the hand-off was made, then the webhook does not send it: it is withheld with a reason and an alarm', async () => {
    receiver.failNext(1, 503);
    const sending = worker({ webhook: { url: receiver.url, secret: WEBHOOK_SECRET } });
    await drain(sending);
    const [made] = await store.listHandoffs();
    expect(receiver.requests).toHaveLength(1);

    await rewriteSnapshot((s) => ({ ...s, context: { ...s.context, signals: undefined } }));
    clock.advance(60_000);
    await drain(sending);

    expect(receiver.requests).toHaveLength(1);
    expect(receiver.accepted.size).toBe(0);
    expect(await store.getHandoff(made.id)).toMatchObject({ status: 'withheld', withheldReason: 'snapshot unreadable', webhookDeliveredAt: null });
    expect((await store.listAlarms()).map((a) => a.kind)).toEqual(['handoff.snapshot-unreadable']);
  });

  it('when a webhook job is pending and the webhook is no longer configured, then it is dead-lettered with an alarm, and the hand-off stays in the database', async () => {
    receiver.failNext(1, 503);
    await drain(worker({ webhook: { url: receiver.url, secret: WEBHOOK_SECRET } }));
    expect((await store.listJobs('pending')).map((j) => j.kind)).toContain(WEBHOOK_JOB);

    clock.advance(60_000);
    await drain(worker({ webhook: undefined }));
    const [job] = (await store.listJobs()).filter((j) => j.kind === WEBHOOK_JOB);
    expect(job.status).toBe('dead');
    expect(job.lastError).toContain('HANDOFF_WEBHOOK_URL is not configured');
    expect(await store.listAlarms()).toEqual([expect.objectContaining({ kind: 'job.dead', detail: expect.objectContaining({ kind: WEBHOOK_JOB }) })]);
    expect(await store.listHandoffs()).toHaveLength(1);
  });

});
