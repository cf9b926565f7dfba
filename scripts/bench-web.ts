import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { composeApp } from '../src/compose';
import { createHttpApp } from '../src/http-app';
import { createLogger } from '../src/logging';

/**
 * `npm run bench:web`: N visitors take the whole assessment through the local Direct Line on loopback, each
 * polling the way Web Chat does with `webSocket: false` (the next poll `pollingInterval` after the previous
 * one started) and answering after a random pause (a person is out of step with the poller). For every
 * message it measures the POST (which returns once the bot has answered) and the time from starting the POST to
 * the reply being visible in a poll. Then once more with one poll right after each POST: the service's own
 * share. BENCH_VISITORS (default 10) and BENCH_POLLING_MS (default 1000, Web Chat's default) set the load.
 */
const VISITORS = Number(process.env.BENCH_VISITORS ?? 10);
const POLLING_MS = Number(process.env.BENCH_POLLING_MS ?? 1000);
const SCRIPT = [
  'Yes', '41', 'Colorado', 'Yes', 'No', 'No', 'No',
  ...Array.from({ length: 20 }, (_, i) => ['A little bit', 'Moderately', 'Quite a bit', 'Extremely'][i % 4]),
  'Yes', 'No', 'Yes', 'No', 'No', 'No', 'No', 'No', 'No', 'none', 'Ana', 'ana@example.com', 'Mountain', 'weekdays', 'mornings',
];

interface Activity {
  id: string;
  replyToId?: string;
  from: { role?: string };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function visitor(base: string, pollingMs: number, post: number[], visible: number[]): Promise<number> {
  const session = (await (await fetch(`${base}/api/web/token`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  const headers = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
  const conversation = `${base}/v3/directline/conversations/${session.conversationId}`;
  await fetch(`${conversation}?watermark=`, { headers });
  let watermark = '';
  const seen = new Set<string>(); // ids of the visitor's messages the bot's replies name
  const poll = async () => {
    const group = (await (await fetch(`${conversation}/activities?watermark=${watermark}`, { headers })).json()) as { activities: Activity[]; watermark: string };
    if (group.watermark) watermark = group.watermark;
    for (const a of group.activities) if (a.from.role === 'bot' && a.replyToId) seen.add(a.replyToId);
  };
  let polling = pollingMs > 0;
  // Web Chat's poller: independent of sending, one request at a time, the next one `pollingMs` after the last began.
  const poller = (async () => {
    while (polling) {
      const began = performance.now();
      await poll();
      await sleep(Math.max(0, pollingMs - (performance.now() - began)));
    }
  })();
  let lost = 0;
  for (const text of SCRIPT) {
    // A person reads and answers in their own time, out of step with the poller.
    if (pollingMs > 0) await sleep(Math.random() * pollingMs);
    const t0 = performance.now();
    const res = await fetch(`${conversation}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text, locale: 'en-US', channelData: { clientActivityID: randomUUID() } }) });
    const { id } = (await res.json()) as { id: string };
    post.push(performance.now() - t0);
    const deadline = performance.now() + 10_000 + pollingMs;
    while (!seen.has(id) && performance.now() < deadline) {
      if (pollingMs === 0) await poll();
      else await sleep(2);
    }
    if (seen.has(id)) visible.push(performance.now() - t0);
    else lost++;
  }
  polling = false;
  await poller;
  return lost;
}

async function run(pollingMs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-web-'));
  const app = await composeApp({ env: { DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`, WEB_POSTS_PER_MINUTE: '100000', WEB_POLLS_PER_MINUTE: '100000', WEB_TOKENS_PER_IP_PER_MINUTE: '100000' }, logger: createLogger({ level: 'silent', salt: 'bench-salt-1' }) });
  const server = createHttpApp(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post: number[] = [];
  const visible: number[] = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  const lost = (await Promise.all(Array.from({ length: VISITORS }, () => visitor(base, pollingMs, post, visible)))).reduce((a, b) => a + b, 0);
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  server.close();
  await app.store.close();
  const p = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`;
  };
  const label = pollingMs === 0 ? 'one poll right after each POST (the service alone)' : `Web Chat polling every ${pollingMs} ms`;
  console.log(`${label}: ${post.length} messages in ${seconds.toFixed(1)} s`);
  console.log(`  POST (bot turn through CloudAdapter included): ${p(post)}`);
  console.log(`  POST to reply visible in a poll:               ${p(visible)}`);
  console.log(`  CPU per message, service and simulated browsers together (this machine is shared): ${((user + system) / 1000 / post.length).toFixed(2)} ms`);
  console.log(`  replies never seen: ${lost}`);
  if (lost > 0) process.exitCode = 1;
}

async function main(): Promise<void> {
  console.log(`${VISITORS} visitors x ${SCRIPT.length} messages at once, local Direct Line on loopback, SQLite file`);
  await run(POLLING_MS);
  await run(0);
}

void main();
