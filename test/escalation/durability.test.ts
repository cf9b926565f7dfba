import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startTwilioLocal, type TwilioLocal } from '../../tools/twilio-local';
import { FileClock } from '../support/file-clock';
import { killService, spawnService } from '../support/spawn-service';
import { BACKUP, PRIMARY, freePort } from './support';
import { DEFAULT_CLAIM_MS } from '../../src/jobs/job-worker';

/**
 * The service process is killed (SIGKILL) right after a crisis message is accepted, and again in the middle
 * of an acknowledgement timeout. After each restart every due page is sent exactly once per level and round,
 * and none is lost.
 */
const CANDIDATE = '+15555550170';

describe('escalation survives the process being killed', () => {
  let twilio: TwilioLocal;
  let child: ChildProcess | undefined;
  const spawned: ChildProcess[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'durability-'));
  const clockFile = join(dir, 'clock.json');
  const dbFile = join(dir, 'intake.db');
  let port: number;

  beforeAll(async () => {
    twilio = await startTwilioLocal({ port: 0 });
    port = await freePort();
    twilio.setWebhookUrls({ sms: `http://127.0.0.1:${port}/api/twilio/sms` });
  });
  afterAll(async () => {
    for (const proc of spawned) proc.kill('SIGKILL');
    await twilio.close();
  });

  async function startService(): Promise<ChildProcess> {
    const proc = await spawnService({ port, dbFile, twilio, env: { CLOCK_FILE: clockFile } });
    spawned.push(proc);
    return proc;
  }

  const kill = killService;

  /** Waits (bounded) until the outbox has nothing due, as the service's own clock sees it. */
  async function outboxSettled(now: Date): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const db = new Database(dbFile, { readonly: true });
      // Due jobs, and jobs a live worker holds right now (a claim from a killed one expires in a minute of clock time).
      const due = db
        .prepare(`SELECT COUNT(*) AS n FROM jobs WHERE (status = 'pending' AND run_at <= ?) OR (status = 'running' AND run_at <= ?)`)
        .get(now.toISOString(), new Date(now.getTime() + DEFAULT_CLAIM_MS).toISOString()) as { n: number };
      db.close();
      if (due.n === 0) break;
      if (Date.now() > deadline) throw new Error('outbox never settled');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await twilio.settle();
  }

  const pages = (phone: string) => twilio.messages({ to: phone, direction: 'outbound' }).filter((m) => /\bACK \d{4}/.test(m.body));

  it('when killed after the crisis message and mid-timeout, then each level is paged exactly once', async () => {
    const start = new Date('2026-03-10T16:00:00Z');
    FileClock.write(clockFile, start);
    child = await startService();
    await twilio.sendSms({ from: CANDIDATE, body: 'START' });
    const crisis = await twilio.sendSms({ from: CANDIDATE, body: 'i am going to kill myself tonight' });
    expect(crisis.replies.join(' ')).toMatch(/call or text 988/i);
    await kill(child); // right after the message was accepted

    // A job the killed process had claimed is taken up again once its claim runs out.
    const claimExpired = new Date(start.getTime() + DEFAULT_CLAIM_MS + 1_000);
    FileClock.write(clockFile, claimExpired);
    child = await startService();
    await outboxSettled(claimExpired);
    expect(pages(PRIMARY)).toHaveLength(1);

    const midTimeout = new Date(start.getTime() + 60_000);
    FileClock.write(clockFile, midTimeout);
    await outboxSettled(midTimeout);
    await kill(child); // in the middle of the 2-minute timeout

    // Past the 2-minute timeout however late the case opened (at most one claim period late), before the next.
    const afterTimeout = new Date(start.getTime() + 150_000);
    FileClock.write(clockFile, afterTimeout);
    child = await startService();
    await outboxSettled(afterTimeout);
    expect(pages(PRIMARY)).toHaveLength(1);
    expect(pages(BACKUP)).toHaveLength(1);

    await kill(child); // and once more, with nothing due: a restart sends nothing again
    child = await startService();
    await outboxSettled(afterTimeout);
    expect(pages(PRIMARY)).toHaveLength(1);
    expect(pages(BACKUP)).toHaveLength(1);
  }, 90_000);
});
