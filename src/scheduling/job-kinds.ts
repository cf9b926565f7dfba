/** The outbox kinds of the scheduling hand-off, and the idempotency keys of the jobs one hand-off starts. */

/** Written by the intake engine (src/engine/effects.ts) in the turn that reaches likely-fit or needs-review. */
export const HANDOFF_JOB = 'scheduling.handoff';
export const WEBHOOK_JOB = 'scheduling.webhook';
export const CONFIRM_JOB = 'scheduling.confirm';
export const FOLLOW_UP_JOB = 'scheduling.follow-up';

export const webhookKey = (handoffId: string) => `${handoffId}:webhook`;
export const confirmKey = (handoffId: string) => `${handoffId}:confirm`;
export const followUpKey = (handoffId: string) => `${handoffId}:follow-up`;
