import type { JobHandler } from '../jobs/job-worker';
import { whyNotClean } from './clean-intake';
import { UnbuildableHandoffError } from './errors';
import { postSignedJson, type SignedPostTarget } from './signed-post';
import { holdHandoffs, withdrawIfHeldMeanwhile, type HoldDeps } from './withhold';
import { WEBHOOK_JOB } from './job-kinds';

/**
 * `scheduling.webhook`: POSTs the stored `intake.completed` record to HANDOFF_WEBHOOK_URL, signed, with
 * `Idempotency-Key: <hand-off id>` (src/scheduling/signed-post.ts). Any 2xx is accepted. The outbox retries
 * everything else worth retrying with exponential backoff, and dead-letters the rest with an alarm.
 *
 * Checked again just before sending: a conversation that entered crisis since the hand-off was made is put on
 * clinical hold, not sent. A hold written while this delivery was on the wire is answered with a withdrawal.
 */
export function webhookHandler(deps: HoldDeps & { target: SignedPostTarget }): JobHandler {
  const { store, clock, logger } = deps;
  return async (job) => {
    const { handoffId } = job.payload as { handoffId: string };
    const handoff = await store.getHandoff(handoffId);
    if (!handoff) throw new UnbuildableHandoffError('no such hand-off');
    if (handoff.webhookDeliveredAt || handoff.status === 'withheld') return;
    const conversation = await store.getConversation(handoff.conversationId);
    const unclean = conversation ? await whyNotClean(store, conversation) : 'conversation missing';
    if (unclean) {
      await holdHandoffs(deps, handoff.conversationId, unclean, WEBHOOK_JOB);
      return;
    }

    const status = await postSignedJson(deps.target, clock, JSON.stringify(handoff.record), handoffId);
    await store.updateHandoff(handoffId, { webhookDeliveredAt: clock.now().toISOString() });
    logger.info('handoff.delivered', { conversation: logger.hashId(handoff.conversationId), route: WEBHOOK_JOB, status });
    await withdrawIfHeldMeanwhile(deps, handoffId);
  };
}
