import type { HandoffRow, OutcomeRecord, Store } from '../../store/types';
import { isCrisisReason, whyNotClean } from '../clean-intake';
import { isHandedOffOutcome } from '../handed-off-outcomes';
import { handoffIdFor } from '../ids';
import { handoffJobKey } from '../job-kinds';

/**
 * The counts the intake team reads first: hand-offs and what became of them, and the intakes that were not
 * handed off and why: not eligible by age or state; withheld because the conversation entered crisis (it
 * belongs to the clinician on the case); or not handed off although nothing says why (the hand-off job is still
 * pending, was dead-lettered, or the person restarted): a candidate who may be lost, so it is counted aloud.
 * A person's latest outcome is what counts: someone who typed 17, went BACK and finished is a hand-off, not a
 * not-eligible. With `since`, only outcomes and hand-offs from then on are counted.
 */
export interface HandoffSummary {
  handoffs: number;
  likelyFit: number;
  needsReview: number;
  /** Replaced by a later hand-off of the same conversation (RESTART, then finished again). */
  superseded: number;
  webhookDelivered: number;
  confirmed: number;
  booked: number;
  followUpsSent: number;
  /** Handed off clean, then the conversation entered crisis, and the hold is not applied yet: check with the clinician. */
  crisisSinceHandoff: number;
  /** Made, then withheld: on clinical hold (withdrawn from the webhook receiver if it had it). Not in `handoffs`. */
  withheld: number;
  notHandedOff: { notEligibleAge: number; notEligibleState: number; withheldForCrisis: number; pendingOrFailed: number };
}

export async function summariseHandoffs(store: Store, handoffs: readonly HandoffRow[], crisisSince: ReadonlySet<string>, since?: number): Promise<HandoffSummary> {
  const latest = new Map<string, OutcomeRecord>();
  for (const outcome of await store.listOutcomes()) {
    if (since === undefined || Date.parse(outcome.createdAt) >= since) latest.set(outcome.conversationId, outcome);
  }
  const notHandedOff = { notEligibleAge: 0, notEligibleState: 0, withheldForCrisis: 0, pendingOrFailed: 0 };
  for (const outcome of latest.values()) {
    if (outcome.kind === 'not-eligible') {
      if ((outcome.detail as { reason?: string }).reason === 'age') notHandedOff.notEligibleAge++;
      else notHandedOff.notEligibleState++;
    } else if (isHandedOffOutcome(outcome.kind)) {
      const blocked = await whyNotHandedOff(store, outcome, handoffs);
      if (blocked === 'crisis') notHandedOff.withheldForCrisis++;
      else if (blocked === 'unknown') notHandedOff.pendingOrFailed++;
    }
  }
  const replaced = new Set(handoffs.map((h) => h.supersedes).filter((id): id is string => id !== null));
  const ready = handoffs.filter((h) => h.status === 'ready');
  return {
    handoffs: ready.length,
    likelyFit: ready.filter((h) => h.outcome === 'likely-fit').length,
    needsReview: ready.filter((h) => h.outcome === 'needs-review').length,
    superseded: ready.filter((h) => replaced.has(h.id)).length,
    webhookDelivered: ready.filter((h) => h.webhookDeliveredAt).length,
    confirmed: ready.filter((h) => h.confirmationSentAt).length,
    booked: ready.filter((h) => h.bookedAt).length,
    followUpsSent: ready.filter((h) => h.followUpSentAt).length,
    crisisSinceHandoff: ready.filter((h) => crisisSince.has(h.id)).length,
    withheld: handoffs.filter((h) => h.status === 'withheld').length,
    notHandedOff,
  };
}

/**
 * Why a completion has no ready hand-off: undefined when it has one, 'crisis' when the conversation is the
 * clinician's (or its hand-off is on clinical hold), 'unknown' otherwise. The completion's own hand-off is found
 * by the id derived from its turn; rows stored before outcomes kept their revision fall back to any ready
 * hand-off of the conversation.
 */
async function whyNotHandedOff(store: Store, completion: OutcomeRecord, handoffs: readonly HandoffRow[]): Promise<'crisis' | 'unknown' | undefined> {
  const own =
    completion.revision === null
      ? handoffs.find((h) => h.conversationId === completion.conversationId && h.status === 'ready')
      : await store.getHandoff(handoffIdFor(handoffJobKey(completion.conversationId, completion.revision)));
  if (own?.status === 'ready') return undefined;
  if (own?.status === 'withheld') return isCrisisReason(own.withheldReason ?? '') ? 'crisis' : 'unknown';
  const conversation = await store.getConversation(completion.conversationId);
  const unclean = conversation ? await whyNotClean(store, conversation) : undefined;
  return unclean && isCrisisReason(unclean) ? 'crisis' : 'unknown';
}

/** Hand-offs made clean whose conversation has entered crisis since (risk tier, signal or case). */
export async function crisisSinceHandoff(store: Store, handoffs: readonly HandoffRow[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const handoff of handoffs) {
    const conversation = await store.getConversation(handoff.conversationId);
    if (handoff.status !== 'ready' || !conversation) continue;
    const unclean = await whyNotClean(store, conversation);
    if (unclean && isCrisisReason(unclean)) ids.add(handoff.id);
  }
  return ids;
}
