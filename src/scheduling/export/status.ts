import type { HandoffRow } from '../../store/types';

/**
 * What became of a hand-off, in one word, the same in the table, the CSV and the NDJSON export: withheld (on
 * clinical hold, or never sent), crisis since hand-off (the conversation entered crisis after it was made and
 * the hold has not been applied yet: check with the clinician before booking), booked, or waiting.
 */
export type HandoffStatus = 'withheld' | 'crisis-since-handoff' | 'booked' | 'waiting';

export function handoffStatus(handoff: HandoffRow, crisisSince: boolean): HandoffStatus {
  if (handoff.status === 'withheld') return 'withheld';
  if (crisisSince) return 'crisis-since-handoff';
  return handoff.bookedAt ? 'booked' : 'waiting';
}

/** The table's words for it: a crisis since the hand-off is shouted, a hold says why. */
export function handoffStatusLabel(handoff: HandoffRow, crisisSince: boolean): string {
  const status = handoffStatus(handoff, crisisSince);
  if (status === 'withheld') return `withheld (${handoff.withheldReason ?? 'clinical hold'})`;
  return status === 'crisis-since-handoff' ? 'CRISIS SINCE HAND-OFF' : status;
}
