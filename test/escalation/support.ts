import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTwilioLocal, type TwilioLocal } from '../../tools/twilio-local';
import { composeApp, type App } from '../../src/compose';
import { createHttpApp } from '../../src/http-app';
import { ManualClock } from '../../src/clock';
import { captureLogger } from '../support/harness';
import { freePort } from '../support/free-port';

export const PRIMARY = '+15555550101';
export const BACKUP = '+15555550102';
export const FALLBACK = '+15555550199';

export const TEST_ROSTER = {
  levels: [
    { name: 'primary', contacts: [{ name: 'Dr. Rivera', sms: PRIMARY }] },
    { name: 'backup', contacts: [{ name: 'Dr. Chen', sms: BACKUP }] },
  ],
  ackTimeoutSeconds: { imminent: 120, active: 300, passive: 900, history: 3600 },
  repeat: 1,
  unresolvedRepageSeconds: 3600,
  fallback: { name: 'Clinical director', sms: FALLBACK },
};

export { freePort };

export function writeRoster(roster: unknown = TEST_ROSTER): string {
  const file = join(mkdtempSync(join(tmpdir(), 'roster-')), 'roster.json');
  writeFileSync(file, JSON.stringify(roster));
  return file;
}

export interface Stack {
  app: App;
  twilio: TwilioLocal;
  base: string;
  clock: ManualClock;
  text(from: string, body: string): Promise<string>;
  /** Runs the outbox until nothing is due (pages fan out into notify jobs, which run in the next pass). */
  drain(): Promise<void>;
  sentTo(phone: string): string[];
  /** Only the pages (texts asking to ACK a case), not the bot's answers to a clinician's commands. */
  pagesTo(phone: string): string[];
  /** Every log line the service wrote (to check that none carries a message or a number). */
  logLines: string[];
  close(): Promise<void>;
}

/** The service with the real twilio library against the local stand-in, an injected clock and a test roster. */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const clock = new ManualClock(new Date('2026-03-10T16:00:00Z'));
  const twilio = await startTwilioLocal({ port: 0 });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const captured = captureLogger();
  const app = await composeApp({
    env: {
      DATABASE_URL: 'sqlite::memory:',
      PUBLIC_BASE_URL: base,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_API_BASE_URL: twilio.url,
      TWILIO_FROM_NUMBER: twilio.phoneNumber,
      ONCALL_ROSTER_FILE: writeRoster(),
      ...env,
    },
    clock,
    logger: captured.logger,
  });
  const server = createHttpApp(app);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  twilio.setWebhookUrls({ sms: `${base}/api/twilio/sms`, conversations: `${base}/api/twilio/conversations` });
  return {
    app,
    twilio,
    base,
    clock,
    logLines: captured.lines,
    async text(from, body) {
      const result = await twilio.sendSms({ from, body });
      if (result.status !== 200) throw new Error(`bot answered ${result.status}`);
      return result.replies.join('\n');
    },
    async drain() {
      for (let pass = 0; pass < 20 && (await app.worker.runDue()) > 0; pass++);
      await twilio.settle();
    },
    sentTo(phone) {
      return twilio.messages({ to: phone, direction: 'outbound' }).map((m) => m.body);
    },
    pagesTo(phone) {
      return twilio
        .messages({ to: phone, direction: 'outbound' })
        .map((m) => m.body)
        .filter((body) => /\bACK \d{4}/.test(body));
    },
    async close() {
      server.close();
      await twilio.close();
      await app.store.close();
    },
  };
}
