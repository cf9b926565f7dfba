/**
 * `npm run bench:triage`: speed of crisis triage on one core (this process, no workers).
 *
 * The mix is realistic for SMS and web chat: mostly messages without risk, median length around 60
 * characters, and about 2% long web-chat messages of ~1,600 characters with a signal buried inside.
 * Messages come from the labelled corpus and the shared dev examples when present, else from a small
 * built-in sample. Every message is timed on its own; the per-message figure is the median of several
 * rounds so that a garbage-collection pause does not count as the message's cost.
 *
 * Limits (the "done means"): median under 20 µs per message, no input of up to 1,600
 * characters (the longest SMS) over 1 ms, including long adversarial inputs. Every input is timed
 * after a warm-up (three rounds of the mix; three runs of each adversarial input), so the figures are
 * the work an input costs a running service, not the JIT compiling code for it the first time. Web chat accepts up to
 * 20,000 characters; such a message is timed and reported per character, not held to 1 ms. Exits
 * non-zero when a limit is missed.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { triage } from '../src/triage';

const repoRoot = path.resolve(__dirname, '..');
const MEDIAN_LIMIT_US = 20;
const MAX_LIMIT_US = 1000;
const ROUNDS = 7;
/** The 1 ms limit holds for messages up to this long: the longest SMS (10 segments). */
const LIMIT_LENGTH = 1600;

interface Row {
  text: string;
  risk: string;
}

function readRows(file: string): Row[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      try {
        const r = JSON.parse(l) as Partial<Row>;
        return typeof r.text === 'string' ? [{ text: r.text, risk: String(r.risk ?? 'none') }] : [];
      } catch {
        return [];
      }
    });
}

const FALLBACK: Row[] = [
  { text: 'How long is each session?', risk: 'none' },
  { text: 'I live in Colorado', risk: 'none' },
  { text: "I'm on propranolol for blood pressure", risk: 'none' },
  { text: 'this humidity is killing me', risk: 'none' },
  { text: 'quite a bit', risk: 'none' },
  { text: 'Do you take Tricare?', risk: 'none' },
  { text: 'me muero de hambre jaja', risk: 'none' },
  { text: 'I want to die', risk: 'active' },
  { text: 'esta noche me mato', risk: 'imminent' },
  { text: "I wish I wouldn't wake up tomorrow", risk: 'passive' },
];

/** A deterministic pseudo-random generator, so every run benchmarks the same mix. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function buildMix(rows: Row[], size: number): string[] {
  const rand = rng(42);
  const none = rows.filter((r) => r.risk === 'none').map((r) => r.text);
  const risky = rows.filter((r) => r.risk !== 'none').map((r) => r.text);
  const pick = (list: string[]): string => list[Math.floor(rand() * list.length)] as string;
  const mix: string[] = [];
  for (let i = 0; i < size; i++) {
    const roll = rand();
    if (roll < 0.02) {
      // a long web-chat message, the signal buried in the middle
      let long = '';
      while (long.length < 1500) long += `${pick(none)} `;
      const cut = Math.floor(long.length / 2);
      mix.push(`${long.slice(0, cut)} ${pick(risky.length ? risky : none)} ${long.slice(cut)}`.slice(0, 1600));
    } else if (roll < 0.87 || risky.length === 0) {
      // short answers are often followed by a second sentence in the same SMS
      let text = pick(none);
      while (text.length < 45 && rand() < 0.7) text += ` ${pick(none)}`;
      mix.push(text);
    } else {
      mix.push(pick(risky));
    }
  }
  return mix;
}

function timeOne(text: string): number {
  const start = process.hrtime.bigint();
  triage(text);
  return Number(process.hrtime.bigint() - start) / 1000;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] as number;
}

const rows = [
  ...readRows(path.join(repoRoot, 'test', 'fixtures', 'triage-corpus.jsonl')),
  ...readRows(path.resolve(repoRoot, '..', 'shared', 'crisis', 'dev.jsonl')),
];
const mix = buildMix(rows.length > 0 ? rows : FALLBACK, 5000);
const lengths = mix.map((t) => t.length).sort((a, b) => a - b);

// warm up the JIT and the caches
for (let i = 0; i < 3; i++) for (const t of mix) triage(t);

const perMessage: number[] = [];
const totalStart = process.hrtime.bigint();
const rounds: number[][] = mix.map(() => []);
for (let r = 0; r < ROUNDS; r++) mix.forEach((t, i) => (rounds[i] as number[]).push(timeOne(t)));
const totalSeconds = Number(process.hrtime.bigint() - totalStart) / 1e9;
for (const times of rounds) perMessage.push(medianOf(times));
perMessage.sort((a, b) => a - b);

const median = quantile(perMessage, 0.5);
const p99 = quantile(perMessage, 0.99);
const worst = perMessage[perMessage.length - 1] as number;
console.log(`mix: ${mix.length} messages (${rows.length > 0 ? 'corpus + dev' : 'built-in sample'}), median length ${quantile(lengths, 0.5)} chars, longest ${lengths[lengths.length - 1]}`);
console.log(`throughput: ${Math.round((mix.length * ROUNDS) / totalSeconds).toLocaleString('en-US')} messages/second on one core`);
console.log(`per message: median ${median.toFixed(1)} µs, p99 ${p99.toFixed(1)} µs, max ${worst.toFixed(1)} µs`);

/** Labelled risky messages run together: a long message dense with signals, the most work the rules do. */
function denseRisk(length: number): string {
  const risky = rows.filter((r) => r.risk !== 'none').map((r) => r.text);
  const source = risky.length > 0 ? risky : FALLBACK.map((r) => r.text);
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${source[(i * 37) % source.length]} `;
  return text.slice(0, length);
}

const ADVERSARIAL: Array<[string, string]> = [
  ["'a '.repeat(800)", 'a '.repeat(800)],
  ["'kill '.repeat(300)", 'kill '.repeat(300)],
  ["'💊'.repeat(500)", '💊'.repeat(500)],
  ["'i '.repeat(800)", 'i '.repeat(800)],
  ["'k1ll '.repeat(300)", 'k1ll '.repeat(300)],
  ["'suicide '.repeat(200)", 'suicide '.repeat(200)],
  ["'i want to '.repeat(160)", 'i want to '.repeat(160)],
  ["'me quiero '.repeat(160)", 'me quiero '.repeat(160)],
  ["'no '.repeat(530)", 'no '.repeat(530)],
  ["'x'.repeat(1600)", 'x'.repeat(1600)],
  ["'aaaa…' 1600, no spaces", 'a'.repeat(1600)],
  ["'!?'.repeat(800)", '!?'.repeat(800)],
  ["zero-width × 1600", '\u200b'.repeat(1600)],
  ["'k\\u200Bi\\u200Bl\\u200Bl '.repeat(200)", 'k\u200bi\u200bl\u200bl '.repeat(200)],
  ["'my wife ' … 'kill myself'", `${'my wife '.repeat(198)}kill myself`],
  ["'\\n'.repeat(1600)", '\n'.repeat(1600)],
  ["'ＫＩＬＬ ' fullwidth × 300", 'ＫＩＬＬ '.repeat(300)],
  ["'holding my gun ' × 107", 'holding my gun '.repeat(107).slice(0, 1600)],
  ["'me quiero morir ' × 100", 'me quiero morir '.repeat(100).slice(0, 1600)],
  // a quoted screening question repeated: the costliest shape for the rules that read an answer after one
  ["'harming yourself ' × 94", 'harming yourself '.repeat(94).slice(0, 1600)],
  ["'wishing to be dead ' × 84", 'wishing to be dead '.repeat(84).slice(0, 1600)],
  ['risky messages run together, 1,600', denseRisk(1600)],
  ['risky messages run together, 20,000', denseRisk(20_000)],
];
let overLimit = 0;
console.log('\nadversarial inputs (median / max of 9 runs, after 3 unmeasured ones, as the mix is warmed up):');
for (const [label, text] of ADVERSARIAL) {
  // the first runs of an input unlike anything before it also pay for the JIT compiling the code
  // paths it takes (the mix is warmed up the same way): that is start-up, not the input's cost
  for (let i = 0; i < 3; i++) triage(text);
  const times: number[] = [];
  for (let i = 0; i < 9; i++) times.push(timeOne(text));
  const med = medianOf(times);
  // the limit is for messages up to the longest SMS; web chat accepts longer ones, reported as measured
  const held = text.length <= LIMIT_LENGTH;
  if (held && med > MAX_LIMIT_US) overLimit++;
  const note = !held ? `  (${(med / text.length).toFixed(2)} µs a character; longer than ${LIMIT_LENGTH.toLocaleString('en-US')}, not held to 1 ms)` : med > MAX_LIMIT_US ? '  OVER 1 ms' : '';
  console.log(`  ${label.padEnd(36)} ${String(text.length).padStart(5)} chars  ${med.toFixed(0).padStart(6)} µs  (max ${Math.max(...times).toFixed(0)} µs)${note}`);
}

const ok = median < MEDIAN_LIMIT_US && worst <= MAX_LIMIT_US && overLimit === 0;
console.log(`\nlimits: median < ${MEDIAN_LIMIT_US} µs, every input <= ${MAX_LIMIT_US} µs: ${ok ? 'PASS' : 'FAIL'}`);
process.exitCode = ok ? 0 : 1;
