/** Figures measured in the browser: printed by the browser tests and by `npm run bench:widget`, never asserted. */
export interface Timings {
  /** Launcher click to the first bot message on screen (ms). */
  firstMessage: number[];
  /** Visitor's click or Enter to the reply on screen (ms). */
  reply: number[];
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function formatTimings(t: Timings, pollingIntervalMs?: number): string {
  const line = (name: string, v: number[]) =>
    `${name.padEnd(38)} n=${String(v.length).padStart(3)}  median ${percentile(v, 50).toFixed(0).padStart(5)} ms  p90 ${percentile(v, 90).toFixed(0).padStart(5)} ms  max ${Math.max(...v).toFixed(0).padStart(5)} ms`;
  return [
    `Widget timings in Chromium${pollingIntervalMs ? ` (pollingInterval ${pollingIntervalMs} ms)` : ''}:`,
    line('open widget -> first bot message', t.firstMessage),
    line('send (click or Enter) -> reply shown', t.reply),
  ].join('\n');
}

export function printTimings(t: Timings, pollingIntervalMs?: number): void {
  process.stdout.write(`\n${formatTimings(t, pollingIntervalMs)}\n`);
}
