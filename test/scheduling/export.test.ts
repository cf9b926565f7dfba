import { ManualClock } from '../../src/clock';
import { JobWorker } from '../../src/jobs/job-worker';
import { schedulingJobHandlers } from '../../src/scheduling/scheduling-jobs';
import { handoffCells } from '../../src/scheduling/export/rows';
import { handoffStatusLabel } from '../../src/scheduling/export/status';
import { crisisSinceHandoff, summariseHandoffs } from '../../src/scheduling/export/summary';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { TEST_PROGRAM, captureLogger, makeEngine, memoryStore, person } from '../support/harness';
import { testSettings } from './intake-record';
import { cleanAnswers } from './support';

/**
 * What the intake team reads (`npm run handoffs`): the table, the CSV and the NDJSON say the same status for a
 * hand-off, the counts honour --since, and a finished intake that was not handed off for no stated reason
 * (its job still pending, or dead-lettered) is counted aloud instead of falling through every bucket.
 */
describe('the intake team\'s export', () => {
  let store: SqliteStore;
  let clock: ManualClock;
  let worker: JobWorker;
  let engine: ReturnType<typeof makeEngine>['engine'];

  beforeEach(async () => {
    store = await memoryStore();
    clock = new ManualClock(new Date('2026-03-10T16:00:00Z'));
    ({ engine } = makeEngine(store, {}, clock));
    const logger = captureLogger().logger;
    worker = new JobWorker({ store, clock, logger, handlers: schedulingJobHandlers({ store, clock, logger, program: TEST_PROGRAM, settings: testSettings(), deliver: async () => 'sent' }) });
  });
  afterEach(() => store.close());

  const drain = async () => {
    for (let pass = 0; pass < 10 && (await worker.runDue()) > 0; pass++);
  };
  async function finish(participant: string, answers = cleanAnswers()) {
    const candidate = person(engine, { participant });
    await candidate.say('START');
    for (const answer of answers) await candidate.say(answer);
    return candidate;
  }
  const summary = async (since?: number) => {
    const handoffs = await store.listHandoffs();
    return summariseHandoffs(store, handoffs, await crisisSinceHandoff(store, handoffs), since);
  };

  it('when a handed-off conversation enters crisis and the hold has not run yet, then the CSV status and the table agree: crisis since hand-off; once held, both say withheld and why', async () => {
    const candidate = await finish('+15555550166');
    await drain();
    const [made] = await store.listHandoffs();
    await candidate.say('i want to kill myself');

    const crisis = await crisisSinceHandoff(store, [made]);
    expect(handoffCells(made, crisis.has(made.id)).status).toBe('crisis-since-handoff');
    expect(handoffStatusLabel(made, crisis.has(made.id))).toBe('CRISIS SINCE HAND-OFF');
    expect((await summary()).crisisSinceHandoff).toBe(1);

    await drain();
    const held = (await store.getHandoff(made.id))!;
    const heldCrisis = (await crisisSinceHandoff(store, [held])).has(held.id);
    expect(handoffCells(held, heldCrisis)).toMatchObject({ status: 'withheld', withheld_reason: 'crisis since hand-off' });
    expect(handoffStatusLabel(held, heldCrisis)).toBe('withheld (crisis since hand-off)');
    expect(await summary()).toMatchObject({ handoffs: 0, withheld: 1, crisisSinceHandoff: 0 });
  });

  it('when counting since a date, then not-eligible outcomes before it are left out too', async () => {
    await finish('+15555550167', ['yes', '16']);
    clock.advance(24 * 3_600_000);
    const since = clock.now().getTime();
    await finish('+15555550168', ['yes', '17']);
    expect((await summary()).notHandedOff.notEligibleAge).toBe(2);
    expect((await summary(since)).notHandedOff.notEligibleAge).toBe(1);
  });

  it('when a finished intake has no hand-off yet, or its hand-off job was dead-lettered, then it is counted as not handed off (pending/failed)', async () => {
    await finish('+15555550169');
    expect((await summary()).notHandedOff).toMatchObject({ pendingOrFailed: 1, withheldForCrisis: 0 });
    await drain();
    expect(await summary()).toMatchObject({ handoffs: 1, notHandedOff: { pendingOrFailed: 0 } });

    // A second person whose hand-off cannot be built: the job is dead, the person must not vanish from the counts.
    const candidate = person(engine, { participant: '+15555550170' });
    await candidate.say('START');
    const answers = cleanAnswers({ email: 'bea@example.com' });
    for (const answer of answers.slice(0, -1)) await candidate.say(answer);
    const { conversationId } = await candidate.turn(answers.at(-1)!);
    const row = (await store.getConversation(conversationId))!;
    const { revision, createdAt: _c, updatedAt: _u, ...conversation } = row;
    const snapshot = JSON.parse(row.snapshot) as { context: { answers: Record<string, unknown> } };
    snapshot.context.answers.pcl5_1 = 99;
    await store.commitTurn({ conversation: { ...conversation, snapshot: JSON.stringify(snapshot) }, expectedRevision: revision, inbound: null, outbound: [], jobs: [], outcome: null, at: clock.now().toISOString() });
    await drain();
    expect((await store.listJobs('dead')).map((j) => j.kind)).toEqual(['scheduling.handoff']);
    expect(await summary()).toMatchObject({ handoffs: 1, notHandedOff: { pendingOrFailed: 1 } });
  });
});
