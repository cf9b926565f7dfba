import type { JobHandler } from '../jobs/job-worker';
import { Reschedule } from '../jobs/job-worker';
import type { ConversationRecord, HandoffRow } from '../store/types';
import type { candidateDelivery } from '../channels/deliver-to-candidate';
import type { ProgramFacts } from '../../dialogs/copy/program';
import { nextSendableTime } from '../reminders/quiet-hours';
import { whyNotClean } from './clean-intake';
import { confirmationText, followUpText } from './candidate-copy';
import { CONFIRM_JOB, FOLLOW_UP_JOB } from './job-kinds';
import { holdHandoffs, type HoldDeps } from './withhold';
import type { HandoffRecord } from './record/schema';
import type { SchedulingSettings } from './settings';

/** A confirmation sent this soon after the last answer goes at once: the person is there, typing. */
const CONFIRM_AT_ONCE_MS = 15 * 60_000;

interface Deps extends HoldDeps {
  deliver: ReturnType<typeof candidateDelivery>;
  program: ProgramFacts;
  settings: SchedulingSettings;
}

/**
 * The hand-off's conversation, if the candidate may still be messaged about booking: not in crisis since
 * (the clinician on the case speaks to them now), and this is their newest hand-off (a newer one speaks for
 * itself). A crisis found here puts the conversation's hand-offs on clinical hold.
 */
async function stillBookable(deps: Deps, handoff: HandoffRow, route: string): Promise<ConversationRecord | undefined> {
  if (handoff.status === 'withheld') return undefined;
  const conversation = await deps.store.getConversation(handoff.conversationId);
  const unclean = conversation ? await whyNotClean(deps.store, conversation) : 'conversation missing';
  if (unclean || !conversation) {
    await holdHandoffs(deps, handoff.conversationId, unclean ?? 'conversation missing', route);
    return undefined;
  }
  const latest = await deps.store.latestHandoff(handoff.conversationId);
  return latest?.id === handoff.id ? conversation : undefined;
}

/** `scheduling.confirm`: what happens next and when, with the booking link when configured. */
export function confirmationHandler(deps: Deps): JobHandler {
  return async (job) => {
    const { handoffId } = job.payload as { handoffId: string };
    const handoff = await deps.store.getHandoff(handoffId);
    if (!handoff || handoff.confirmationSentAt) return;
    const conversation = await stillBookable(deps, handoff, CONFIRM_JOB);
    if (!conversation) return;
    const record = handoff.record as HandoffRecord;
    const now = deps.clock.now();
    // Sent late (the worker was down): then it waits for daytime where they live, like any text we start.
    if (now.getTime() - Date.parse(record.completedAt) > CONFIRM_AT_ONCE_MS) {
      const sendable = nextSendableTime(now, record.contact.timeZone);
      if (sendable > now) return new Reschedule(sendable);
    }
    const result = await deps.deliver(conversation, confirmationText(record, deps.program, deps.settings), job.idempotencyKey, { scheduling: 'confirmation', handoffId });
    if (result !== 'opted-out') await deps.store.updateHandoff(handoffId, { confirmationSentAt: deps.clock.now().toISOString() });
    deps.logger.info('handoff.confirmation', { conversation: deps.logger.hashId(handoff.conversationId), route: CONFIRM_JOB, outcome: result });
  };
}

/**
 * `scheduling.follow-up`: one message, HANDOFF_FOLLOW_UP_HOURS after the hand-off, if no booking has come
 * back. Never in quiet hours where they live (9 p.m. to 9 a.m.), never after an opt-out, never in crisis.
 */
export function followUpHandler(deps: Deps): JobHandler {
  return async (job) => {
    const { handoffId } = job.payload as { handoffId: string };
    const handoff = await deps.store.getHandoff(handoffId);
    if (!handoff || handoff.bookedAt || handoff.followUpSentAt) return;
    const conversation = await stillBookable(deps, handoff, FOLLOW_UP_JOB);
    if (!conversation) return;
    const record = handoff.record as HandoffRecord;
    const now = deps.clock.now();
    const sendable = nextSendableTime(now, record.contact.timeZone);
    if (sendable > now) return new Reschedule(sendable);
    if (await deps.store.isOptedOut(conversation.channel, conversation.participant)) return;
    const result = await deps.deliver(conversation, followUpText(record, deps.program, deps.settings), job.idempotencyKey, { scheduling: 'follow-up', handoffId });
    if (result !== 'opted-out') await deps.store.updateHandoff(handoffId, { followUpSentAt: deps.clock.now().toISOString() });
    deps.logger.info('handoff.follow-up', { conversation: deps.logger.hashId(handoff.conversationId), route: FOLLOW_UP_JOB, outcome: result });
  };
}
