import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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

  it('when a conversation\'s hand-offs are withheld, then every ready one is, in one go: the named jobs cancelled, the asked-for jobs written, withheld ones left alone', async () => {
    await store.recordHandoff(handoff('h1'), [job('h1:confirm'), job('h1:follow-up', '2026-03-12T16:00:00.000Z')], at);
    await store.updateHandoff('h1', { webhookDeliveredAt: at });
    await store.recordHandoff(handoff('h2', '2026-03-10T17:00:00.000Z', 'h1'), [job('h2:follow-up', '2026-03-12T17:00:00.000Z')], at);
    const plan = (h: { id: string; webhookDeliveredAt: string | null }) => ({
      cancel: [`${h.id}:confirm`, `${h.id}:follow-up`],
      jobs: h.webhookDeliveredAt ? [{ kind: 'scheduling.withdrawn', payload: { handoffId: h.id }, runAt: at, idempotencyKey: `${h.id}:withdrawn` }] : [],
    });
    const held = await store.withholdHandoffs('c1', 'crisis since hand-off', at, plan);
    expect(held.map((h) => [h.id, h.status, h.withheldReason])).toEqual([
      ['h1', 'withheld', 'crisis since hand-off'],
      ['h2', 'withheld', 'crisis since hand-off'],
    ]);
    const jobs = await store.listJobs();
    expect(jobs.filter((j) => j.kind === 'scheduling.confirm').map((j) => [j.idempotencyKey, j.status, j.lastError])).toEqual([
      ['h1:confirm', 'done', 'cancelled: crisis since hand-off'],
      ['h1:follow-up', 'done', 'cancelled: crisis since hand-off'],
      ['h2:follow-up', 'done', 'cancelled: crisis since hand-off'],
    ]);
    expect(jobs.filter((j) => j.kind === 'scheduling.withdrawn').map((j) => j.idempotencyKey)).toEqual(['h1:withdrawn']);
    expect(await store.withholdHandoffs('c1', 'another reason', at, plan)).toEqual([]);
    expect((await store.getHandoff('h1'))!.withheldReason).toBe('crisis since hand-off');
  });

  it('when a database file from before outcomes kept their revision is opened, then the column is added and old rows read as null', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'outcomes-revision-')), 'intake.db');
    const old = new Database(path);
    old.exec(`CREATE TABLE conversations (id TEXT PRIMARY KEY, channel TEXT NOT NULL, participant TEXT NOT NULL, machine_id TEXT NOT NULL, machine_version INTEGER NOT NULL,
      snapshot TEXT NOT NULL, state TEXT NOT NULL, risk TEXT NOT NULL DEFAULT 'none', locale TEXT NOT NULL, awaiting TEXT, revision INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
      UNIQUE (channel, participant));
      CREATE TABLE outcomes (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL REFERENCES conversations(id), kind TEXT NOT NULL, detail TEXT NOT NULL, created_at TEXT NOT NULL);
      INSERT INTO conversations VALUES ('c9', 'sms', '+15555550109', 'intake', 1, '{}', 'outcome.likelyFit', 'none', 'en', NULL, 7, '${at}', '${at}');
      INSERT INTO outcomes (conversation_id, kind, detail, created_at) VALUES ('c9', 'likely-fit', '{}', '${at}');`);
    old.close();
    const upgraded = await memoryStore(path);
    try {
      expect(await upgraded.listOutcomes('c9')).toEqual([expect.objectContaining({ kind: 'likely-fit', revision: null })]);
      const row = (await upgraded.getConversation('c9'))!;
      const { revision, createdAt: _c, updatedAt: _u, ...conversation } = row;
      await upgraded.commitTurn({ conversation, expectedRevision: revision, inbound: null, outbound: [], jobs: [], outcome: { kind: 'needs-review', detail: {} }, at });
      expect((await upgraded.listOutcomes('c9')).map((o) => o.revision)).toEqual([null, 8]);
    } finally {
      await upgraded.close();
    }
  });
});
