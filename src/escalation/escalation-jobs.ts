import type { JobHandler } from '../jobs/job-worker';
import type { Store } from '../store/types';
import type { RiskTier } from '../triage';
import { EscalationService, NOTIFY_JOB, PAGE_SIGNAL_JOB, TIMER_JOB, type NotifyPayload } from './escalation-service';
import type { Notifier, PageRequest } from './notifiers/notifier';

export const FORWARD_JOB = 'clinician.forward';

/**
 * The outbox kinds escalation handles. The intake engine and the SMS delivery reports only write jobs;
 * everything that reaches a clinician happens here, at least once, with the job's idempotency key.
 */
export function escalationJobHandlers(deps: {
  service: EscalationService;
  store: Store;
  notifiers: Readonly<Record<NotifyPayload['via'], Notifier>>;
  caseLink: (caseId: string) => string;
}): Record<string, JobHandler> {
  const { service, store } = deps;
  return {
    // A crisis signal from a conversation (free text, a screener answer, or an undelivered 988 reply).
    [PAGE_SIGNAL_JOB]: async (job) => {
      const payload = job.payload as { conversationId: string; tier: RiskTier; source: string; reason?: string };
      const record = await service.signal({ conversationId: payload.conversationId, tier: payload.tier, source: payload.source });
      if (payload.reason) await service.notifyNow(record, 'undelivered-988', payload.reason, job.idempotencyKey);
    },
    [TIMER_JOB]: async (job) => {
      const { caseId, timerId } = job.payload as { caseId: string; timerId: string };
      await service.timerFired(caseId, timerId);
    },
    // The candidate wrote again while in crisis. The clinician holding the case is told (not what was said);
    // if nobody holds it, paging goes on; if the case was resolved but the person is still in crisis mode,
    // a new case opens, because a crisis is never closed without a clinician.
    [FORWARD_JOB]: async (job) => {
      const { conversationId } = job.payload as { conversationId: string };
      const record = await store.findOpenCase(conversationId);
      if (!record) {
        const conversation = await store.getConversation(conversationId);
        if (conversation && conversation.state.startsWith('crisis') && conversation.risk !== 'none') {
          await service.signal({ conversationId, tier: conversation.risk, source: 'message-after-resolve' });
        }
        return;
      }
      if (record.heldBy || record.status === 'exhausted') await service.notifyNow(record, 'new-message', 'new message from the candidate', job.idempotencyKey);
    },
    [NOTIFY_JOB]: async (job) => {
      const payload = job.payload as NotifyPayload;
      const record = await store.getCase(payload.caseId);
      const conversation = record && (await store.getConversation(record.conversationId));
      const page: PageRequest = {
        caseId: payload.caseId,
        caseCode: payload.caseCode,
        tier: payload.tier,
        channel: conversation?.channel ?? 'unknown',
        at: new Date(payload.at),
        link: deps.caseLink(payload.caseId),
        reason: payload.kind === 'page' ? payload.reason : payload.kind,
        action: payload.action,
        idempotencyKey: job.idempotencyKey,
      };
      await deps.notifiers[payload.via].notify(payload.contact, page);
    },
  };
}
