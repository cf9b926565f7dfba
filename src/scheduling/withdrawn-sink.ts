import type { JobHandler } from '../jobs/job-worker';
import { UnbuildableHandoffError } from './errors';
import { postSignedJson, type SignedPostTarget } from './signed-post';
import type { HoldDeps } from './withhold';
import { WITHDRAWN_JOB, withdrawnKey } from './job-kinds';
import { intakeWithdrawnSchema, WITHDRAWN_EVENT_TYPE, WITHDRAWN_REASON, WITHDRAWN_SCHEMA_VERSION } from './record/withdrawn-schema';

/**
 * `scheduling.withdrawn`: tells the webhook receiver that a hand-off it already has is on clinical hold, with
 * a signed `intake.withdrawn` and `Idempotency-Key: <hand-off id>:withdrawn`. Retried like the hand-off itself;
 * with no webhook configured any more it is dead-lettered with an alarm, so somebody tells the team by hand.
 */
export function withdrawnHandler(deps: HoldDeps & { target?: SignedPostTarget }): JobHandler {
  const { store, clock, logger } = deps;
  return async (job) => {
    const { handoffId, withdrawnAt } = job.payload as { handoffId: string; withdrawnAt?: string };
    if (!deps.target) throw new UnbuildableHandoffError('HANDOFF_WEBHOOK_URL is not configured: tell the scheduling team about this hold by hand');
    const handoff = await store.getHandoff(handoffId);
    if (!handoff) throw new UnbuildableHandoffError('no such hand-off');
    const record = intakeWithdrawnSchema.parse({
      type: WITHDRAWN_EVENT_TYPE,
      version: WITHDRAWN_SCHEMA_VERSION,
      handoffId,
      conversationId: handoff.conversationId,
      withdrawnAt: withdrawnAt ?? job.createdAt,
      reason: WITHDRAWN_REASON,
    });
    const status = await postSignedJson(deps.target, clock, JSON.stringify(record), withdrawnKey(handoffId));
    logger.warn('handoff.withdrawn', { conversation: logger.hashId(handoff.conversationId), route: WITHDRAWN_JOB, status });
  };
}
