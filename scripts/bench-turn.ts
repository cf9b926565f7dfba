import { performance } from 'node:perf_hooks';
import type { Snapshot } from 'xstate';
import { runTurn } from '../src/engine/run-turn';
import { IntakeEngine } from '../src/engine/intake-engine';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';
import { createLogger } from '../src/logging';
import { systemClock } from '../src/clock';
import { US_STATES } from '../dialogs/parse/us-state';
import type { IntakeOptions } from '../machines/intake/types';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run bench:turn`: how long one turn of the engine takes.
 * 1. The machine alone: parse the stored snapshot JSON, restore, send one answer, persist, stringify
 *    (everything but the database), on PCL-5 answers.
 * 2. The whole turn through the engine on a SQLite file (triage, load, advance, one transaction).
 * Prints turns per second and per-turn microseconds. Speed is measured here, never asserted in tests.
 */
const options: IntakeOptions = {
  servedStates: US_STATES.map((s) => s.code),
  pclCutoff: 33,
  pclBorderlineBand: 5,
  includePhq9: false,
  includeGad7: false,
};
const input = { locale: 'en' as const, options };
const at = new Date().toISOString();
const toPcl5 = ['yes', '45', 'TX', 'yes', 'no', 'no', 'no'];

function snapshotAtPcl5(): string {
  let snapshot: Snapshot<unknown> = runTurn({ input }).persisted;
  for (const text of toPcl5) snapshot = runTurn({ snapshot, input, event: { type: 'user.message', text, at } }).persisted;
  return JSON.stringify(snapshot);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function machineOnly(turns: number): void {
  const stored = snapshotAtPcl5();
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (let i = 0; i < turns; i++) {
    const t0 = performance.now();
    const out = runTurn({ snapshot: JSON.parse(stored), input, event: { type: 'user.message', text: String(i % 5), at } });
    JSON.stringify(out.persisted);
    times.push(performance.now() - t0);
  }
  const wall = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  console.log(`machine turn (restore + advance + persist, no database): ${turns} turns`);
  console.log(`  ${Math.round((turns / wall) * 1000)} turns/s, median ${(percentile(times, 50) * 1000).toFixed(0)} µs, p99 ${(percentile(times, 99) * 1000).toFixed(0)} µs, CPU ${((cpu.user + cpu.system) / turns).toFixed(0)} µs/turn`);
}

async function engineOnSqlite(people: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-turn-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  await store.migrate();
  const engine = new IntakeEngine({
    store,
    clock: systemClock,
    logger: createLogger({ level: 'silent', salt: 'bench-salt-1' }),
    options,
    program: { programName: 'Bench', supportContact: 'bench@example.org' },
  });
  const script = ['START', ...toPcl5, ...Array.from({ length: 20 }, (_, i) => String(i % 5))];
  const times: number[] = [];
  const wallStart = performance.now();
  for (let p = 0; p < people; p++) {
    for (const text of script) {
      const t0 = performance.now();
      await engine.handleInbound({ channel: 'bench', style: 'sms', participant: `p${p}`, text, externalId: `${p}-${times.length}` });
      times.push(performance.now() - t0);
    }
  }
  const wall = performance.now() - wallStart;
  times.sort((a, b) => a - b);
  console.log(`engine turn on SQLite (triage + load + advance + one transaction): ${times.length} turns`);
  console.log(`  ${Math.round((times.length / wall) * 1000)} turns/s, median ${(percentile(times, 50) * 1000).toFixed(0)} µs, p99 ${(percentile(times, 99) * 1000).toFixed(0)} µs`);
  await store.close();
}

async function main(): Promise<void> {
  machineOnly(200); // warm-up
  machineOnly(Number(process.env.BENCH_TURNS ?? 5000));
  await engineOnSqlite(Number(process.env.BENCH_PEOPLE ?? 100));
}

void main();
