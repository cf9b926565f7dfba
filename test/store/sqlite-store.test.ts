import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import type { TurnCommit } from '../../src/store/types';

function turn(overrides: Partial<TurnCommit> = {}): TurnCommit {
  return {
    conversation: {
      id: 'c1',
      channel: 'sms',
      participant: '+15555550100',
      machineId: 'intake',
      machineVersion: 1,
      snapshot: JSON.stringify({ value: { active: 'welcome' }, context: { answers: { age: 41 } } }),
      state: 'active.welcome',
      risk: 'none',
      locale: 'en',
      awaiting: { questionId: 'consent', answerKind: 'yes-no', aboutSelfHarm: false },
    },
    expectedRevision: null,
    inbound: { externalId: 'SM1', body: 'START' },
    outbound: [{ body: 'Hi, I am automated.', payload: { choices: ['Yes', 'No'] } }],
    jobs: [{ kind: 'escalation.page', payload: { conversationId: 'c1', tier: 'active' }, runAt: '2026-01-15T15:00:00.000Z', idempotencyKey: 'c1:escalate:1' }],
    outcome: { kind: 'crisis', detail: { tier: 'active' } },
    at: '2026-01-15T15:00:00.000Z',
    ...overrides,
  };
}

describe('SQLite store', () => {
  let store: SqliteStore;
  let path: string;
  beforeEach(async () => {
    path = join(mkdtempSync(join(tmpdir(), 'intake-store-')), 'intake.db');
    store = new SqliteStore(path);
    await store.migrate();
  });
  afterEach(async () => store.close());

  it('when a turn is committed and the file reopened, then conversation, messages, jobs and outcome read back the same', async () => {
    expect(await store.commitTurn(turn())).toEqual({ ok: true, revision: 1 });
    await store.close();
    store = new SqliteStore(path);
    await store.migrate();

    const conversation = await store.findConversation('sms', '+15555550100');
    expect(conversation).toMatchObject({ id: 'c1', revision: 1, risk: 'none', state: 'active.welcome', awaiting: { questionId: 'consent' } });
    expect(JSON.parse(conversation!.snapshot)).toEqual({ value: { active: 'welcome' }, context: { answers: { age: 41 } } });
    const messages = await store.listMessages('c1');
    expect(messages.map((m) => [m.direction, m.body])).toEqual([['in', 'START'], ['out', 'Hi, I am automated.']]);
    expect(messages[1].payload).toEqual({ choices: ['Yes', 'No'] });
    expect(messages[1].inReplyTo).toBe(messages[0].id);
    expect((await store.listJobs('pending')).map((j) => j.idempotencyKey)).toEqual(['c1:escalate:1']);
    expect((await store.listOutcomes('c1')).map((o) => o.detail)).toEqual([{ tier: 'active' }]);
    const prior = await store.findInbound('sms', 'SM1');
    expect(prior?.replies.map((r) => r.body)).toEqual(['Hi, I am automated.']);
  });

  it('when a commit expects an old revision, then it is rejected and nothing of it is written', async () => {
    await store.commitTurn(turn());
    await store.commitTurn(turn({ expectedRevision: 1, inbound: { externalId: 'SM2', body: 'yes' }, jobs: [], outcome: null }));
    const stale = await store.commitTurn(turn({ expectedRevision: 1, inbound: { externalId: 'SM3', body: 'no' }, jobs: [], outcome: null }));
    expect(stale).toEqual({ ok: false, reason: 'conflict' });
    expect((await store.listMessages('c1')).map((m) => m.body)).not.toContain('no');
    expect((await store.getConversation('c1'))!.revision).toBe(2);
  });

  it('when the same channel message id is committed twice, then the second is a duplicate and rolls back whole', async () => {
    await store.commitTurn(turn());
    const again = await store.commitTurn(turn({ expectedRevision: 1, outbound: [{ body: 'second reply', payload: null }] }));
    expect(again).toEqual({ ok: false, reason: 'duplicate' });
    expect((await store.getConversation('c1'))!.revision).toBe(1);
    expect((await store.listMessages('c1')).map((m) => m.body)).not.toContain('second reply');
  });

  it('when a job with the same idempotency key is written again, then there is still one job', async () => {
    await store.commitTurn(turn());
    await store.commitTurn(turn({ expectedRevision: 1, inbound: { externalId: 'SM2', body: 'x' }, outcome: null }));
    expect(await store.listJobs()).toHaveLength(1);
  });
});
