import { memoryStore } from '../support/harness';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store';

/** The store's hand-off contract: one row per hand-off id whatever the retries, first timestamps kept. */
describe('hand-off storage', () => {
  let store: SqliteStore;
  const at = '2026-03-10T16:00:00.000Z';

  beforeEach(async () => {
    store = await memoryStore();
    await store.commitTurn({
      conversation: { id: 'c1', channel: 'sms', participant: '+15555550100', machineId: 'intake', machineVersion: 1, snapshot: '{}', state: 'outcome.likelyFit', risk: 'none', locale: 'en', awaiting: null },
      expectedRevision: null,
      inbound: null,
      outbound: [],
      jobs: [],
      outcome: null,
      at,
    });
  });
  afterEach(() => store.close());

  const handoff = (id: string, createdAt = at, supersedes: string | null = null) => ({ id, conversationId: 'c1', outcome: 'likely-fit' as const, record: { id }, supersedes, createdAt });
  const job = (key: string, runAt = at) => ({ kind: 'scheduling.confirm', payload: { key }, runAt, idempotencyKey: key });

  it('when the same hand-off is recorded twice (a retried job), then there is one row and its jobs are written once', async () => {
    const first = await store.recordHandoff(handoff('h1'), [job('h1:confirm')], at);
    const again = await store.recordHandoff(handoff('h1'), [job('h1:confirm'), job('h1:extra')], at);
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.handoff).toEqual(first.handoff);
    expect(await store.listHandoffs()).toHaveLength(1);
    expect((await store.listJobs()).map((j) => j.idempotencyKey)).toEqual(['h1:confirm']);
  });

  it('when a hand-off changes, then status moves and each timestamp keeps its first value', async () => {
    await store.recordHandoff(handoff('h1'), [], at);
    await store.updateHandoff('h1', { webhookDeliveredAt: '2026-03-10T16:01:00.000Z' });
    await store.updateHandoff('h1', { webhookDeliveredAt: '2026-03-10T17:00:00.000Z', bookedAt: '2026-03-11T09:00:00.000Z' });
    await store.updateHandoff('h1', { status: 'withheld', withheldReason: 'crisis (passive)' });
    expect(await store.getHandoff('h1')).toMatchObject({
      status: 'withheld',
      withheldReason: 'crisis (passive)',
      webhookDeliveredAt: '2026-03-10T16:01:00.000Z',
      bookedAt: '2026-03-11T09:00:00.000Z',
      confirmationSentAt: null,
    });
  });

  it('the latest hand-off of a conversation is the newest; only pending jobs can be cancelled', async () => {
    await store.recordHandoff(handoff('h1'), [job('h1:follow-up', '2026-03-12T16:00:00.000Z')], at);
    await store.recordHandoff(handoff('h2', '2026-03-10T17:00:00.000Z', 'h1'), [], at);
    expect((await store.latestHandoff('c1'))?.id).toBe('h2');
    expect(await store.cancelPendingJob('h1:follow-up', 'superseded')).toBe(true);
    expect(await store.cancelPendingJob('h1:follow-up', 'superseded')).toBe(false);
    expect((await store.listJobs())[0]).toMatchObject({ status: 'done', lastError: 'cancelled: superseded' });
    expect(await store.hasAnyCase('c1')).toBe(false);
  });
});
