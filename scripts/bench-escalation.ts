import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/support/free-port';
import { startTwilioLocal } from '../tools/twilio-local';
import { composeApp } from '../src/compose';
import { createHttpApp } from '../src/http-app';
import { createLogger } from '../src/logging';

/**
 * `npm run bench:escalation`: with 100 conversations active (mid-assessment), each candidate in turn sends
 * a crisis message over a signed SMS webhook; the time from the webhook being answered (the message accepted,
 * 988 reply in hand) to the first page reaching Twilio's Messages API (the local stand-in) is measured.
 * Real clock, real job worker, SQLite file. Prints p50/p99/max. Target: p99 under 500 ms.
 */
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 100);
const PRIMARY = '+15555550101';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-escalation-'));
  const roster = join(dir, 'roster.json');
  writeFileSync(roster, JSON.stringify({ levels: [{ name: 'primary', contacts: [{ name: 'Dr. Rivera', sms: PRIMARY }] }], fallback: { name: 'Director', sms: '+15555550199' } }));
  const twilio = await startTwilioLocal({ port: 0 });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = await composeApp({
    env: {
      DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
      PUBLIC_BASE_URL: base,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_API_BASE_URL: twilio.url,
      TWILIO_FROM_NUMBER: twilio.phoneNumber,
      ONCALL_ROSTER_FILE: roster,
    },
    logger: createLogger({ level: 'silent', salt: 'bench-salt-1' }),
  });
  const server = createHttpApp(app);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  twilio.setWebhookUrls({ sms: `${base}/api/twilio/sms` });
  app.worker.start(1_000);

  const phones = Array.from({ length: CONVERSATIONS }, (_, i) => `+1555${String(2_000_000 + i).padStart(7, '0')}`);
  for (const phone of phones) for (const body of ['START', 'yes', '41', 'Colorado']) await twilio.sendSms({ from: phone, body });
  console.log(`${CONVERSATIONS} conversations active; now each sends a crisis message in turn`);

  const pagesSoFar = () => twilio.messages({ to: PRIMARY, direction: 'outbound' }).length;
  const latencies: number[] = [];
  const replyLatencies: number[] = [];
  for (const phone of phones) {
    const before = pagesSoFar();
    // Measured from the moment the phone's message is sent to the webhook: the whole path, webhook included.
    const sent = performance.now();
    const result = await twilio.sendSms({ from: phone, body: 'I am going to kill myself tonight' });
    const accepted = performance.now();
    replyLatencies.push(accepted - sent);
    if (!result.replies.join(' ').includes('988')) throw new Error('crisis reply without 988');
    const deadline = accepted + 10_000;
    while (pagesSoFar() === before) {
      if (performance.now() > deadline) throw new Error('no page within 10 s');
      await new Promise((resolve) => setImmediate(resolve));
    }
    latencies.push(performance.now() - sent);
  }
  const report = (name: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
    console.log(`${name}: p50 ${at(50)} ms, p99 ${at(99)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (n=${sorted.length})`);
  };
  report('crisis message sent -> 988 reply back (webhook round trip)', replyLatencies);
  report('crisis message sent -> first page at Twilio', latencies);
  await app.worker.stop();
  server.close();
  await twilio.close();
  await app.store.close();
}

void main();
