import type { JobHandler } from '../jobs/job-worker';
import type { NewJob, Store } from '../store/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { buildHandoffRecord, intakeContextOf } from './record/build';
import { UnbuildableHandoffError } from './errors';
import { SNAPSHOT_UNREADABLE, whyNotClean } from './clean-intake';
import { isHandedOffOutcome } from './handed-off-outcomes';
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
 * The job names its completion by the conversation revision of the turn that reached it (the payload's
 * `revision`, stored with the outcome row in the same transaction).
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
    const { conversationId, revision } = job.payload as { conversationId: string; revision?: number };
    if (typeof revision !== 'number') throw new UnbuildableHandoffError('the job does not name the turn of its completion (written by an older version)');
    const handoffId = handoffIdFor(job.idempotencyKey);
    if (await store.getHandoff(handoffId)) return;
    const conversation = await store.getConversation(conversationId);
    if (!conversation) throw new UnbuildableHandoffError('the conversation of this hand-off does not exist');
    const fields = { conversation: logger.hashId(conversationId), route: HANDOFF_JOB };

    const unclean = await whyNotClean(store, conversation);
    // Not knowing whether there was a crisis is not "clean": dead-letter with an alarm, so a person looks.
    if (unclean === SNAPSHOT_UNREADABLE) throw new UnbuildableHandoffError('the conversation snapshot cannot be read');
    if (unclean) {
      logger.warn('handoff.withheld', { ...fields, outcome: unclean });
      return;
    }
    // This job is for the completion written with it; a newer one (or a restart since) makes it moot.
    const completions = (await store.listOutcomes(conversationId)).filter((o) => isHandedOffOutcome(o.kind));
    if (completions.at(-1)?.revision !== revision || !COMPLETED_STATES.has(conversation.state)) {
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
    if (created && previous) await store.cancelPendingJob(followUpKey(previous.id), 'superseded by a newer hand-off');
    logger.info('handoff.made', { ...fields, outcome: record.outcome.kind });
    deps.onJobsWritten?.();
  };
}
