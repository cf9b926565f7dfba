import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { openStore } from '../store/open-store';
import type { HandoffRow } from '../store/types';
import type { HandoffRecord } from '../scheduling/record/schema';
import { shortReference } from '../scheduling/ids';
import { toCsv } from '../scheduling/export/csv';
import { HANDOFF_COLUMNS, handoffCells } from '../scheduling/export/rows';
import { crisisSinceHandoff, summariseHandoffs, type HandoffSummary } from '../scheduling/export/summary';
import { handoffStatus, handoffStatusLabel } from '../scheduling/export/status';

/**
 * `npm run handoffs`: the embedded scheduling sink, for the intake team. Reads the same database as the service.
 *   npm run handoffs                          counts, then one line per hand-off (oldest first)
 *   npm run handoffs -- --format csv          a spreadsheet of them on stdout (or --out file.csv)
 *   npm run handoffs -- --format ndjson       one JSON line per hand-off: its status and the intake.completed record
 *   npm run handoffs -- --since 2026-03-01    only hand-offs and outcomes since a date or time
 * The output is health information: it goes to the intake team, never into logs or tickets.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { format: { type: 'string', default: 'table' }, out: { type: 'string' }, since: { type: 'string' } } });
  const format = values.format;
  if (format !== 'table' && format !== 'csv' && format !== 'ndjson') throw new ConfigError('--format must be table, csv or ndjson');
  const since = values.since === undefined ? undefined : Date.parse(values.since);
  if (since !== undefined && Number.isNaN(since)) throw new ConfigError('--since must be a date, like 2026-03-01');

  const config = loadConfig();
  const store = await openStore(config.DATABASE_URL);
  try {
    const all = await store.listHandoffs();
    const handoffs = since === undefined ? all : all.filter((h) => Date.parse(h.createdAt) >= since);
    const crisis = await crisisSinceHandoff(store, handoffs);
    let output: string;
    if (format === 'csv') output = toCsv(HANDOFF_COLUMNS, handoffs.map((h) => handoffCells(h, crisis.has(h.id))));
    else if (format === 'ndjson') output = handoffs.map((h) => `${JSON.stringify(ndjsonLine(h, crisis.has(h.id)))}\n`).join('');
    else output = `${summaryText(await summariseHandoffs(store, handoffs, crisis, since))}\n${table(handoffs, crisis)}`;
    if (values.out) {
      writeFileSync(values.out, output, { mode: 0o600 });
      process.stderr.write(`Wrote ${handoffs.length} hand-off(s) to ${values.out}\n`);
    } else {
      process.stdout.write(output);
    }
  } finally {
    await store.close();
  }
}

function ndjsonLine(h: HandoffRow, crisisSince: boolean) {
  return {
    handoffId: h.id,
    status: handoffStatus(h, crisisSince),
    withheldReason: h.withheldReason,
    crisisSinceHandoff: crisisSince,
    webhookDeliveredAt: h.webhookDeliveredAt,
    confirmationSentAt: h.confirmationSentAt,
    followUpSentAt: h.followUpSentAt,
    bookedAt: h.bookedAt,
    record: h.record,
  };
}

function summaryText(s: HandoffSummary): string {
  const lines = [
    `Hand-offs: ${s.handoffs} (likely-fit ${s.likelyFit}, needs-review ${s.needsReview}; ${s.superseded} replaced by a later one)`,
    `  sent to the webhook ${s.webhookDelivered}, confirmed to the candidate ${s.confirmed}, booked ${s.booked}, follow-ups sent ${s.followUpsSent}`,
    `Withheld after the hand-off (clinical hold, withdrawn from the webhook if it had them): ${s.withheld}`,
    `Not handed off: not eligible ${s.notHandedOff.notEligibleAge + s.notHandedOff.notEligibleState} (age ${s.notHandedOff.notEligibleAge}, state ${s.notHandedOff.notEligibleState}); ` +
      `withheld because the conversation entered crisis ${s.notHandedOff.withheldForCrisis} (with the clinician on the case); ` +
      `not handed off (pending/failed) ${s.notHandedOff.pendingOrFailed}`,
  ];
  if (s.crisisSinceHandoff > 0) lines.push(`WARNING: ${s.crisisSinceHandoff} hand-off(s) entered crisis after being handed off: check with the on-call clinician before booking.`);
  if (s.notHandedOff.pendingOrFailed > 0) {
    lines.push(`WARNING: ${s.notHandedOff.pendingOrFailed} finished intake(s) not handed off (pending/failed): if this stays after the service has run, check its alarms (job.dead) so nobody is lost.`);
  }
  return `${lines.join('\n')}\n`;
}

function table(handoffs: readonly HandoffRow[], crisis: ReadonlySet<string>): string {
  if (handoffs.length === 0) return 'No hand-offs yet.\n';
  const header = ['REFERENCE', 'MADE (UTC)', 'OUTCOME', 'NAME', 'EMAIL', 'STATE', 'TIME ZONE', 'DAYS', 'TIMES', 'STATUS', 'HAND-OFF ID'];
  const rows = handoffs.map((h) => {
    const r = h.record as HandoffRecord;
    const status = handoffStatusLabel(h, crisis.has(h.id));
    return [shortReference(h.id), h.createdAt.slice(0, 16).replace('T', ' '), r.outcome.kind, r.contact.firstName, r.contact.email, r.contact.state, r.contact.timeZone, r.scheduling.preferredDays.join(' '), r.scheduling.preferredTimes.join(' '), status, h.id].map(printable);
  });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  return [header, ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n';
}

/** A terminal shows what a candidate typed, not what it would do: control characters become spaces. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
