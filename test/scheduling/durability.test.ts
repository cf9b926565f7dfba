import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startTwilioLocal, type TwilioLocal } from '../../tools/twilio-local';
import { FileClock } from '../support/file-clock';
import { killService, spawnService } from '../support/spawn-service';
import { freePort } from '../escalation/support';
import { DEFAULT_CLAIM_MS } from '../../src/jobs/job-worker';
import { HOLD_JOB } from '../../src/scheduling/job-kinds';
import { HandoffReceiver, WEBHOOK_SECRET, cleanAnswers } from './support';

/**
 * The service process is killed (SIGKILL) after the intake's last answer was committed and while the hand-off
 * is on its way to the receiver, and again right after a last answer with the worker racing. After each restart
 * the receiver has every hand-off exactly once, and the database has one hand-off per intake.
 */

describe('the hand-off survives the process being killed', () => {
  let twilio: TwilioLocal;
  let receiver: HandoffReceiver;
  const spawned: ChildProcess[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'handoff-durability-'));
  const clockFile = join(dir, 'clock.json');
  const dbFile = join(dir, 'intake.db');
  const clock = new FileClock(clockFile);
  let port: number;

  beforeAll(async () => {
    twilio = await startTwilioLocal({ port: 0 });
    receiver = await HandoffReceiver.start({ now: () => clock.now().getTime() });
    port = await freePort();
    twilio.setWebhookUrls({ sms: `http://127.0.0.1:${port}/api/twilio/sms` });
  });
  afterAll(async () => {
    for (const proc of spawned) proc.kill('SIGKILL');
    await receiver.close();
    await twilio.close();
  });

  async function startService(): Promise<ChildProcess> {
    const proc = await spawnService({ port, dbFile, twilio, env: { HANDOFF_WEBHOOK_URL: receiver.url, HANDOFF_WEBHOOK_SECRET: WEBHOOK_SECRET, CLOCK_FILE: clockFile } });
    spawned.push(proc);
    return proc;
  }

  const kill = killService;

  function query<T>(sql: string, ...params: unknown[]): T[] {
    const db = new Database(dbFile, { readonly: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }

  /** Bounded wait (real time) for the child to reach a state; the clock it reads is the file clock. */
  async function until(what: string, done: () => boolean): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * A job that is due at `at` and does nothing (a clinical hold for a conversation that has no hand-off): the
   * worker claims due jobs oldest first and runs them one after another, so once this one is done, everything
   * that was due before it has been run (and anything that was going to be sent again has been).
   */
  function plantMarker(at: Date): () => boolean {
    const db = new Database(dbFile);
    try {
      db.prepare('INSERT INTO jobs (kind, payload, run_at, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?)').run(
        HOLD_JOB, JSON.stringify({ conversationId: 'restart-marker' }), at.toISOString(), `restart-marker:${at.toISOString()}`, at.toISOString(),
      );
    } finally {
      db.close();
    }
    return () => query<{ status: string }>('SELECT status FROM jobs WHERE idempotency_key = ?', `restart-marker:${at.toISOString()}`)[0]?.status === 'done';
  }
  const delivered = () => query<{ n: number }>('SELECT COUNT(*) AS n FROM handoffs WHERE webhook_delivered_at IS NOT NULL')[0].n;

  async function finishIntake(phone: string): Promise<void> {
    await twilio.sendSms({ from: phone, body: 'START' });
    for (const answer of cleanAnswers()) await twilio.sendSms({ from: phone, body: answer });
  }

  it('when killed between the commit and the delivery, then after a restart the receiver has the hand-off exactly once', async () => {
    const start = new Date('2026-03-10T16:00:00Z');
    FileClock.write(clockFile, start);
    let child = await startService();

    // The receiver hangs: the hand-off is committed and on the wire, but never acknowledged.
    receiver.holding = true;
    await finishIntake('+15555550171');
    await receiver.waitForRequests(1);
    await kill(child);
    expect(query('SELECT id FROM handoffs')).toHaveLength(1);
    expect(receiver.accepted.size).toBe(0);

    // The killed worker's claim on the delivery runs out; a new process takes it up.
    receiver.holding = false;
    FileClock.write(clockFile, new Date(start.getTime() + DEFAULT_CLAIM_MS + 1_000));
    child = await startService();
    await until('the delivery', () => delivered() === 1);
    expect(receiver.accepted.size).toBe(1);
    expect(new Set(receiver.requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);

    // Killed right after a last answer, wherever the worker happens to be; then restarted with time moved on.
    await twilio.sendSms({ from: '+15555550172', body: 'START' });
    const answers = cleanAnswers({ name: 'Bea', email: 'bea@example.com' });
    for (const answer of answers.slice(0, -1)) await twilio.sendSms({ from: '+15555550172', body: answer });
    const last = await twilio.sendSms({ from: '+15555550172', body: answers.at(-1)! });
    expect(last.replies.join(' ')).toContain('Thank you, Bea');
    await kill(child);
    FileClock.write(clockFile, new Date(start.getTime() + 2 * (DEFAULT_CLAIM_MS + 1_000)));
    child = await startService();
    await until('both deliveries', () => delivered() === 2);

    // And a restart with nothing due sends nothing again.
    await kill(child);
    const later = new Date(start.getTime() + 3_600_000);
    FileClock.write(clockFile, later);
    const requestsBefore = receiver.requests.length;
    const passed = plantMarker(later);
    child = await startService();
    await until("the restarted worker's first pass", passed);
    await kill(child);
    expect(receiver.requests).toHaveLength(requestsBefore);

    expect(query('SELECT id FROM handoffs')).toHaveLength(2);
    expect(receiver.accepted.size).toBe(2);
    expect([...receiver.accepted.values()].map((r) => r.contact.firstName).sort()).toEqual(['Ana', 'Bea']);
    // Every request the receiver answered 200 was for one of the two hand-offs, and neither was stored twice.
    expect(new Set(receiver.requests.map((r) => r.headers['idempotency-key'])).size).toBe(2);
  }, 90_000);
});
