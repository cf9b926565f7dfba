import type { HandoffRow, NewJob, Store } from '../store/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { isCrisisReason, SNAPSHOT_UNREADABLE } from './clean-intake';
import { WITHDRAWN_JOB, confirmKey, followUpKey, webhookKey, withdrawnKey } from './job-kinds';

/** The reason a hand-off made clean is withheld when its conversation enters crisis afterwards. */
export const CRISIS_SINCE_HANDOFF = 'crisis since hand-off';

export interface HoldDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  onJobsWritten?: () => void;
}

/** The `intake.withdrawn` delivery of a hand-off the webhook receiver already has. */
export function withdrawnJob(handoffId: string, at: string): NewJob {
  return { kind: WITHDRAWN_JOB, runAt: at, idempotencyKey: withdrawnKey(handoffId), payload: { handoffId, withdrawnAt: at } };
}

/**
 * Puts every ready hand-off of a conversation on clinical hold, in one store transaction: withheld (reason
 * "crisis since hand-off", or why the intake cannot be called clean), its webhook, confirmation and follow-up
 * jobs cancelled if still pending, and, for each the receiver already has, a signed `intake.withdrawn` on its way.
 * The open crisis case (if any) gets an entry, so the clinician knows the scheduling team had this person.
 * Called by the hold job a crisis writes, and by every sink that finds the conversation unclean before sending.
 */
export async function holdHandoffs(deps: HoldDeps, conversationId: string, why: string, route: string): Promise<HandoffRow[]> {
  const { store, clock, logger } = deps;
  const at = clock.now().toISOString();
  const reason = isCrisisReason(why) ? CRISIS_SINCE_HANDOFF : why;
  const held = await store.withholdHandoffs(conversationId, reason, at, (handoff) => ({
    cancel: [webhookKey(handoff.id), confirmKey(handoff.id), followUpKey(handoff.id)],
    jobs: handoff.webhookDeliveredAt ? [withdrawnJob(handoff.id, at)] : [],
  }));
  if (held.length === 0) return held;
  const withdrawn = held.filter((h) => h.webhookDeliveredAt).map((h) => h.id);
  if (withdrawn.length > 0) deps.onJobsWritten?.();
  logger.warn('handoff.withheld', { conversation: logger.hashId(conversationId), route, outcome: reason });
  const open = await store.findOpenCase(conversationId);
  if (open) await store.appendCaseEvent(open.id, { kind: 'handoff-withheld', actor: 'system', detail: { handoffIds: held.map((h) => h.id), withdrawalsSent: withdrawn, reason } }, at);
  // Not a crisis but a defect: somebody must look at the conversation, or the candidate waits for nothing.
  if (reason === SNAPSHOT_UNREADABLE) await store.raiseAlarm('handoff.snapshot-unreadable', { handoffIds: held.map((h) => h.id) }, at);
  return held;
}

/**
 * For a webhook delivery that was on the wire while the hold was written: the hold saw it undelivered and sent
 * no withdrawal, so the sink, having recorded the delivery, sends one now. The store serialises the two, so
 * one of them always sees the other.
 */
export async function withdrawIfHeldMeanwhile(deps: HoldDeps, handoffId: string): Promise<boolean> {
  const now = await deps.store.getHandoff(handoffId);
  if (now?.status !== 'withheld') return false;
  await deps.store.enqueueJobs([withdrawnJob(handoffId, deps.clock.now().toISOString())], deps.clock.now().toISOString());
  deps.onJobsWritten?.();
  return true;
}
