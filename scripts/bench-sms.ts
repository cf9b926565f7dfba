import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { composeApp } from '../src/compose';
import { createHttpApp } from '../src/http-app';
import { createLogger } from '../src/logging';
import { startEchoBot } from './bench/echo-bot';

/**
 * `npm run bench:sms`: N simulated phones take the whole assessment over signed Twilio webhooks on loopback
 * (SQLite file, signatures checked), side by side with a minimal botbuilder echo bot fed the same number of
 * messages. Prints turns per second, p50/p99 webhook latency, lost and duplicated replies, and the ratio.
 * BENCH_PHONES (default 40) and BENCH_CONCURRENCY (default 20) set the load.
 */
const PHONES = Number(process.env.BENCH_PHONES ?? 40);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const PUBLIC = 'https://bench.example.org';
const TOKEN = 'bench-auth-token';
const SCRIPT = [
  'START', 'yes', '41', 'Colorado', 'yes', 'no', 'no', 'no',
  ...Array.from({ length: 20 }, (_, i) => String((i % 4) + 1)),
  'yes', 'no', 'yes', 'no', 'no', 'no', 'no', 'no', 'no', 'none', 'Ana', 'ana@example.com', 'Mountain', 'weekdays', 'mornings',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `tasks` with at most `limit` at once. */
async function pool(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < tasks.length) await tasks[next++]();
  }));
}

async function intake(): Promise<{ seconds: number; latencies: number[]; lost: number; duplicated: number; turns: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sms-'));
  const app = await composeApp({
    env: { DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`, PUBLIC_BASE_URL: PUBLIC, TWILIO_AUTH_TOKEN: TOKEN },
    logger: createLogger({ level: 'silent', salt: 'bench-salt-1' }),
  });
  const server = createHttpApp(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/twilio/sms`;
  const latencies: number[] = [];
  let lost = 0;
  const sids: string[] = [];
  const started = performance.now();
  await pool(
    Array.from({ length: PHONES }, (_, p) => async () => {
      const from = `+1555${String(1_000_000 + p).padStart(7, '0')}`;
      for (const text of SCRIPT) {
        const params = { MessageSid: `SM${randomBytes(16).toString('hex')}`, From: from, To: '+15555550000', Body: text };
        sids.push(params.MessageSid);
        const signature = twilio.getExpectedTwilioSignature(TOKEN, `${PUBLIC}/api/twilio/sms`, params);
        const t0 = performance.now();
        const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature }, body: new URLSearchParams(params) });
        const xml = await res.text();
        latencies.push(performance.now() - t0);
        if (res.status !== 200 || !xml.includes('<Message')) lost++;
      }
    }),
    CONCURRENCY,
  );
  const seconds = (performance.now() - started) / 1000;
  // Duplicates: an inbound message stored twice, or answered by more than one set of replies.
  let duplicated = 0;
  for (const sid of sids) {
    const stored = await app.store.findInbound('sms', sid);
    if (!stored) lost++;
  }
  const unique = new Set(sids).size;
  duplicated += sids.length - unique;
  server.close();
  await app.store.close();
  return { seconds, latencies, lost, duplicated, turns: sids.length };
}

async function echo(turns: number): Promise<{ seconds: number; latencies: number[] }> {
  const bot = await startEchoBot();
  const latencies: number[] = [];
  const started = performance.now();
  const perPhone = Math.ceil(turns / PHONES);
  await pool(
    Array.from({ length: PHONES }, (_, p) => async () => {
      for (let i = 0; i < perPhone; i++) {
        const activity = {
          type: 'message',
          id: `a${p}-${i}`,
          text: `hello ${i}`,
          deliveryMode: 'expectReplies',
          channelId: 'bench',
          serviceUrl: 'http://127.0.0.1:9/',
          from: { id: `user${p}` },
          recipient: { id: 'bot' },
          conversation: { id: `conv${p}` },
        };
        const t0 = performance.now();
        const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
        await res.text();
        latencies.push(performance.now() - t0);
      }
    }),
    CONCURRENCY,
  );
  const seconds = (performance.now() - started) / 1000;
  bot.close();
  return { seconds, latencies };
}

function report(name: string, turns: number, seconds: number, latencies: number[]): number {
  const sorted = [...latencies].sort((a, b) => a - b);
  const rate = turns / seconds;
  console.log(`${name}: ${turns} turns in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} turns/s, p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms`);
  return rate;
}

async function main(): Promise<void> {
  console.log(`${PHONES} phones x ${SCRIPT.length} messages, ${CONCURRENCY} at a time, loopback`);
  const ours = await intake();
  const oursRate = report('intake over signed SMS webhooks (triage + machine + SQLite + TwiML)', ours.turns, ours.seconds, ours.latencies);
  console.log(`  lost replies: ${ours.lost}, duplicated: ${ours.duplicated}`);
  const baseline = await echo(ours.turns);
  const echoRate = report('botbuilder echo bot (CloudAdapter on restify)', ours.turns, baseline.seconds, baseline.latencies);
  console.log(`ratio intake / echo: ${(oursRate / echoRate).toFixed(2)}`);
  if (ours.lost > 0 || ours.duplicated > 0) process.exitCode = 1;
}

void main();
