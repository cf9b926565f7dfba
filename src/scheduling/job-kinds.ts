/** The outbox kinds of the scheduling hand-off, and the idempotency keys of the jobs one hand-off starts. */

/** Written by the intake engine (src/engine/effects.ts) in the turn that reaches likely-fit or needs-review. */
export const HANDOFF_JOB = 'scheduling.handoff';
export const WEBHOOK_JOB = 'scheduling.webhook';
export const CONFIRM_JOB = 'scheduling.confirm';
export const FOLLOW_UP_JOB = 'scheduling.follow-up';
/**
 * Written in the same transaction as a crisis turn (src/engine) and as a new crisis case (src/escalation): puts
 * the conversation's hand-offs on clinical hold.
 */
export const HOLD_JOB = 'scheduling.clinical-hold';
/** Tells the webhook receiver that a hand-off it already has is on clinical hold (`intake.withdrawn`). */
export const WITHDRAWN_JOB = 'scheduling.withdrawn';

/** Every kind above: HANDOFF_MAX_ATTEMPTS applies to all of them. */
export const SCHEDULING_JOB_KINDS = [HANDOFF_JOB, WEBHOOK_JOB, CONFIRM_JOB, FOLLOW_UP_JOB, HOLD_JOB, WITHDRAWN_JOB] as const;

/** The hand-off job of the completion reached at this conversation revision; the hand-off id derives from it. */
export const handoffJobKey = (conversationId: string, revision: number) => `${conversationId}:handoff:${revision}`;
export const webhookKey = (handoffId: string) => `${handoffId}:webhook`;
export const confirmKey = (handoffId: string) => `${handoffId}:confirm`;
export const followUpKey = (handoffId: string) => `${handoffId}:follow-up`;
/** Also the `Idempotency-Key` of the `intake.withdrawn` delivery. */
export const withdrawnKey = (handoffId: string) => `${handoffId}:withdrawn`;

/** The hold written with a crisis: `cause` names the turn or the case, so each is written once. */
export function clinicalHoldJob(conversationId: string, cause: string, at: string) {
  return { kind: HOLD_JOB, runAt: at, idempotencyKey: `${conversationId}:clinical-hold:${cause}`, payload: { conversationId } };
}
