import type { HandoffRow, Store } from '../../store/types';
import { whyNotClean } from '../clean-intake';

/**
 * The counts the intake team reads first: hand-offs and what became of them, and the intakes that were not
 * handed off and why (not eligible by age or state; withheld because the conversation entered crisis, which
 * belongs to the clinician on the case). A person's latest outcome is what counts: someone who typed 17, went
 * BACK and finished is a hand-off, not a not-eligible.
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
  /** Handed off clean, then the conversation entered crisis: the team should check with the clinician. */
  crisisSinceHandoff: number;
  notHandedOff: { notEligibleAge: number; notEligibleState: number; withheldForCrisis: number };
}

export async function summariseHandoffs(store: Store, handoffs: readonly HandoffRow[], crisisSince: ReadonlySet<string>): Promise<HandoffSummary> {
  const latest = new Map<string, { kind: string; detail: unknown }>();
  for (const outcome of await store.listOutcomes()) latest.set(outcome.conversationId, outcome);
  const readyConversations = new Set(handoffs.filter((h) => h.status === 'ready').map((h) => h.conversationId));
  let notEligibleAge = 0;
  let notEligibleState = 0;
  let withheldForCrisis = 0;
  for (const [conversationId, outcome] of latest) {
    if (outcome.kind === 'not-eligible') {
      if ((outcome.detail as { reason?: string }).reason === 'age') notEligibleAge++;
      else notEligibleState++;
    } else if ((outcome.kind === 'likely-fit' || outcome.kind === 'needs-review') && !readyConversations.has(conversationId)) {
      const conversation = await store.getConversation(conversationId);
      if (conversation && (await whyNotClean(store, conversation))) withheldForCrisis++;
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
    notHandedOff: { notEligibleAge, notEligibleState, withheldForCrisis },
  };
}

/** Hand-offs made clean whose conversation has entered crisis since (risk tier, signal or case). */
export async function crisisSinceHandoff(store: Store, handoffs: readonly HandoffRow[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const handoff of handoffs) {
    const conversation = await store.getConversation(handoff.conversationId);
    if (handoff.status === 'ready' && conversation && (await whyNotClean(store, conversation))) ids.add(handoff.id);
  }
  return ids;
}
