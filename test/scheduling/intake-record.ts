import { ManualClock } from '../../src/clock';
import { JobWorker } from '../../src/jobs/job-worker';
import { schedulingJobHandlers } from '../../src/scheduling/scheduling-jobs';
import type { SchedulingSettings } from '../../src/scheduling/settings';
import type { HandoffRecord } from '../../src/scheduling';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { TEST_PROGRAM, captureLogger, makeEngine, memoryStore, person } from '../support/harness';
import { cleanAnswers } from './support';

export const FHIR_BASE = 'https://fhir.harbor.example/fhir';

export function testSettings(overrides: Partial<SchedulingSettings> = {}): SchedulingSettings {
  return { callbackSecret: 'booked-callback-secret-123', followUpMs: 48 * 3_600_000, businessDays: 2, fhirBase: FHIR_BASE, ...overrides };
}

/**
 * A clean intake taken through the real engine on an in-memory store, then handed off by the real job
 * handlers: the record is exactly what the service would store and send. Candidate messages are recorded.
 */
export async function handedOffIntake(options: { phq9?: boolean; gad7?: boolean; channel?: string; participant?: string; settings?: Partial<SchedulingSettings> } = {}): Promise<{
  record: HandoffRecord;
  store: SqliteStore;
  clock: ManualClock;
  worker: JobWorker;
  sent: { body: string; key: string }[];
  conversationId: string;
}> {
  const store = await memoryStore();
  const clock = new ManualClock(new Date('2026-03-10T16:00:00Z'));
  const { engine } = makeEngine(store, { includePhq9: options.phq9 ?? false, includeGad7: options.gad7 ?? false }, clock);
  const candidate = person(engine, { channel: options.channel ?? 'sms', participant: options.participant ?? '+15555550142' });
  await candidate.say('START');
  let conversationId = '';
  for (const answer of cleanAnswers(options)) conversationId = (await candidate.turn(answer)).conversationId;
  const sent: { body: string; key: string }[] = [];
  const worker = new JobWorker({
    store,
    clock,
    logger: captureLogger().logger,
    handlers: schedulingJobHandlers({
      store,
      clock,
      logger: captureLogger().logger,
      program: TEST_PROGRAM,
      settings: testSettings(options.settings),
      deliver: async (_conversation, body, key) => {
        sent.push({ body, key });
        return 'sent';
      },
    }),
  });
  for (let pass = 0; pass < 5 && (await worker.runDue()) > 0; pass++);
  const handoffs = await store.listHandoffs();
  if (handoffs.length !== 1) throw new Error(`expected one hand-off, got ${handoffs.length}`);
  return { record: handoffs[0].record as HandoffRecord, store, clock, worker, sent, conversationId };
}
