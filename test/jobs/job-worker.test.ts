import { JobWorker, Reschedule } from '../../src/jobs/job-worker';
import { ManualClock } from '../../src/clock';
import { captureLogger, memoryStore } from '../support/harness';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store';

async function enqueue(store: SqliteStore, clock: ManualClock, kind: string, key: string) {
  await store.enqueueJobs([{ kind, payload: { n: 1 }, runAt: clock.now().toISOString(), idempotencyKey: key }], clock.now().toISOString());
}

describe('job worker', () => {
  it('when a handler fails four times and then succeeds, then it ran five times, backing off, and is done once', async () => {
    const store = await memoryStore();
    const clock = new ManualClock();
    let calls = 0;
    const worker = new JobWorker({ store, clock, logger: captureLogger().logger, handlers: { flaky: async () => void (++calls <= 4 && (() => { throw new Error('receiver down'); })()) } });
    await enqueue(store, clock, 'flaky', 'k1');
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      expect(await worker.runDue()).toBe(1);
      expect(await worker.runDue()).toBe(0); // not due again until the backoff has passed
      const job = (await store.listJobs())[0];
      if (job.status === 'done') break;
      const wait = new Date(job.runAt).getTime() - clock.now().getTime();
      delays.push(wait);
      clock.advance(wait);
    }
    expect(calls).toBe(5);
    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect((await store.listJobs())[0]).toMatchObject({ status: 'done', attempts: 5 });
  });

  it('when a job keeps failing, then after the last attempt it is dead and an alarm is raised', async () => {
    const store = await memoryStore();
    const clock = new ManualClock();
    const worker = new JobWorker({ store, clock, logger: captureLogger().logger, maxAttempts: 3, handlers: { broken: async () => { throw new Error('always'); } } });
    await enqueue(store, clock, 'broken', 'k2');
    for (let i = 0; i < 3; i++) {
      await worker.runDue();
      clock.advance(3_600_000);
    }
    expect((await store.listJobs())[0]).toMatchObject({ status: 'dead', attempts: 3, lastError: 'Error: always' });
    expect((await store.listAlarms()).map((a) => a.kind)).toEqual(['job.dead']);
  });

  it('when a worker dies holding a job, then the job is claimed again once its claim expires', async () => {
    const store = await memoryStore();
    const clock = new ManualClock();
    await enqueue(store, clock, 'work', 'k3');
    const claimed = await store.claimDueJobs(['work'], clock.now().toISOString(), new Date(clock.now().getTime() + 20_000).toISOString(), 10);
    expect(claimed).toHaveLength(1); // ... and this worker "crashes" without finishing
    let ran = 0;
    const worker = new JobWorker({ store, clock, logger: captureLogger().logger, handlers: { work: async () => void ran++ } });
    expect(await worker.runDue()).toBe(0);
    clock.advance(20_001);
    expect(await worker.runDue()).toBe(1);
    expect(ran).toBe(1);
  });

  it('when a handler reschedules, then it runs again at that time without counting a failure; other kinds are left alone', async () => {
    const store = await memoryStore();
    const clock = new ManualClock();
    let runs = 0;
    const worker = new JobWorker({
      store,
      clock,
      logger: captureLogger().logger,
      handlers: { later: async () => (++runs === 1 ? new Reschedule(new Date(clock.now().getTime() + 3_600_000)) : undefined) },
    });
    await enqueue(store, clock, 'later', 'k4');
    await enqueue(store, clock, 'someone-else', 'k5');
    await worker.runDue();
    clock.advance(3_600_000);
    await worker.runDue();
    const jobs = await store.listJobs();
    expect(jobs.find((j) => j.kind === 'later')).toMatchObject({ status: 'done', attempts: 1 });
    expect(jobs.find((j) => j.kind === 'someone-else')).toMatchObject({ status: 'pending', attempts: 0 });
  });
});
