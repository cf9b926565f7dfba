import type { JobHandler } from '../jobs/job-worker';
import type { NewJob, Store } from '../store/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { buildHandoffRecord, intakeContextOf, UnbuildableHandoffError } from './record/build';
import { whyNotClean } from './clean-intake';
import { handoffIdFor } from './ids';
import { CONFIRM_JOB, FOLLOW_UP_JOB, HANDOFF_JOB, WEBHOOK_JOB, confirmKey, followUpKey, webhookKey } from './job-kinds';
import type { SchedulingSettings } from './settings';

const COMPLETED_STATES = new Set(['outcome.likelyFit', 'outcome.needsReview']);

/**
 * `scheduling.handoff`: turns a completed intake into a stored hand-off (the embedded sink) and, in the same
 * transaction, the jobs that deliver it: the webhook when one is configured, the candidate's confirmation,
 * and the one follow-up. The hand-off id is derived from this job's key, so a retry (after a crash anywhere in
 * here) finds the stored row instead of making a second one.
 *
 * Nothing is handed off for a conversation that entered crisis, and nothing for a completion the person has
 * since replaced (RESTART and finish again: that later completion has its own job and supersedes this one).
 */
export function handoffHandler(deps: {
  store: Store;
  clock: Clock;
  logger: Logger;
  settings: SchedulingSettings;
  onJobsWritten?: () => void;
}): JobHandler {
  const { store, clock, logger, settings } = deps;
  return async (job) => {
    const { conversationId } = job.payload as { conversationId: string };
    const handoffId = handoffIdFor(job.idempotencyKey);
    if (await store.getHandoff(handoffId)) return;
    const conversation = await store.getConversation(conversationId);
    if (!conversation) throw new UnbuildableHandoffError('the conversation of this hand-off does not exist');
    const fields = { conversation: logger.hashId(conversationId), route: HANDOFF_JOB };

    const unclean = await whyNotClean(store, conversation);
    if (unclean) {
      logger.warn('handoff.withheld', { ...fields, outcome: unclean });
      return;
    }
    // This job is for the completion written with it; a newer one (or a restart since) makes it moot.
    const completions = (await store.listOutcomes(conversationId)).filter((o) => o.kind === 'likely-fit' || o.kind === 'needs-review');
    if (completions.at(-1)?.createdAt !== job.createdAt || !COMPLETED_STATES.has(conversation.state)) {
      logger.info('handoff.superseded', { ...fields, state: conversation.state });
      return;
    }
    const context = intakeContextOf(conversation);
    if (!context) throw new UnbuildableHandoffError('the conversation snapshot cannot be read');

    const previous = await store.latestHandoff(conversationId);
    const now = clock.now();
    const createdAt = now.toISOString();
    const record = buildHandoffRecord({
      handoffId,
      supersedes: previous?.id ?? null,
      createdAt,
      completedAt: job.createdAt,
      conversation,
      context,
      fhirBase: settings.fhirBase,
    });
    const jobs: NewJob[] = [
      ...(settings.webhook ? [{ kind: WEBHOOK_JOB, runAt: createdAt, idempotencyKey: webhookKey(handoffId), payload: { handoffId } }] : []),
      { kind: CONFIRM_JOB, runAt: createdAt, idempotencyKey: confirmKey(handoffId), payload: { handoffId } },
      { kind: FOLLOW_UP_JOB, runAt: new Date(now.getTime() + settings.followUpMs).toISOString(), idempotencyKey: followUpKey(handoffId), payload: { handoffId } },
    ];
    const { created } = await store.recordHandoff(
      { id: handoffId, conversationId, outcome: record.outcome.kind, record, supersedes: record.supersedes, createdAt },
      jobs,
      createdAt,
    );
    // One follow-up per person: the replaced hand-off's is no longer theirs to get.
    if (created && previous) await store.cancelPendingJob(followUpKey(previous.id), 'superseded by a newer hand-off', createdAt);
    logger.info('handoff.made', { ...fields, outcome: record.outcome.kind });
    deps.onJobsWritten?.();
  };
}
