import type { JobHandler } from '../jobs/job-worker';
import { HOLD_JOB } from './job-kinds';
import { CRISIS_SINCE_HANDOFF, holdHandoffs, type HoldDeps } from './withhold';

/**
 * `scheduling.clinical-hold`: written in the same transaction as a crisis turn and as a new crisis case, so a
 * crisis that comes after a hand-off takes it back: withheld, pending candidate messages cancelled, and a
 * withdrawal to the webhook receiver when it already has the hand-off. Nothing to do for a conversation that
 * was never handed off (most crisis conversations).
 */
export function clinicalHoldHandler(deps: HoldDeps): JobHandler {
  return async (job) => {
    const { conversationId } = job.payload as { conversationId: string };
    await holdHandoffs(deps, conversationId, CRISIS_SINCE_HANDOFF, HOLD_JOB);
  };
}
