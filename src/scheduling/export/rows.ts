import type { HandoffRow } from '../../store/types';
import type { HandoffRecord } from '../record/schema';
import { shortReference } from '../ids';
import { handoffStatus } from './status';
import type { Cell } from './csv';

/** One spreadsheet row per hand-off: what the team books from, flattened. The FHIR bundle is in the NDJSON export. */
export const HANDOFF_COLUMNS = [
  'handoff_id', 'reference', 'created_at', 'completed_at', 'status', 'withheld_reason', 'crisis_since_handoff', 'outcome', 'review_reasons',
  'first_name', 'email', 'phone', 'state', 'time_zone', 'preferred_days', 'preferred_times', 'language', 'channel', 'age',
  'pcl5_total', 'pcl5_B', 'pcl5_C', 'pcl5_D', 'pcl5_E', 'dsm5_provisional', 'phq9_total', 'gad7_total', 'treatment_resistant',
  'medication_flags', 'medications_reported', 'webhook_delivered_at', 'confirmation_sent_at', 'follow_up_sent_at', 'booked_at',
  'supersedes',
] as const;

export type HandoffColumn = (typeof HANDOFF_COLUMNS)[number];

export function handoffCells(handoff: HandoffRow, crisisSince: boolean): Record<HandoffColumn, Cell> {
  const r = handoff.record as HandoffRecord;
  const flags = Object.entries(r.medications.flags).filter(([, on]) => on).map(([name]) => name);
  return {
    handoff_id: handoff.id,
    reference: shortReference(handoff.id),
    created_at: handoff.createdAt,
    completed_at: r.completedAt,
    status: handoffStatus(handoff, crisisSince),
    withheld_reason: handoff.withheldReason,
    crisis_since_handoff: crisisSince,
    outcome: r.outcome.kind,
    review_reasons: r.outcome.reviewReasons.join('; '),
    first_name: r.contact.firstName,
    email: r.contact.email,
    phone: r.contact.phone,
    state: r.contact.state,
    time_zone: r.contact.timeZone,
    preferred_days: r.scheduling.preferredDays.join(' '),
    preferred_times: r.scheduling.preferredTimes.join(' '),
    language: r.language,
    channel: r.channel,
    age: r.eligibility.age,
    pcl5_total: r.pcl5.total,
    pcl5_B: r.pcl5.clusters.B,
    pcl5_C: r.pcl5.clusters.C,
    pcl5_D: r.pcl5.clusters.D,
    pcl5_E: r.pcl5.clusters.E,
    dsm5_provisional: r.pcl5.provisionalDsm5,
    phq9_total: r.phq9?.total ?? null,
    gad7_total: r.gad7?.total ?? null,
    treatment_resistant: r.treatment.treatmentResistant,
    medication_flags: flags.join(' '),
    medications_reported: r.medications.reported,
    webhook_delivered_at: handoff.webhookDeliveredAt,
    confirmation_sent_at: handoff.confirmationSentAt,
    follow_up_sent_at: handoff.followUpSentAt,
    booked_at: handoff.bookedAt,
    supersedes: handoff.supersedes,
  };
}
