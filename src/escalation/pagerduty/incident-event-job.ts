import type { JobHandler } from '../../jobs/job-worker';
import type { Clock } from '../../clock';
import type { Logger } from '../../logging';
import type { CaseEvent, CaseRecord, NewJob, Store } from '../../store/types';
import type { EscalationService } from '../escalation-service';
import { allContacts, type Roster } from '../roster';
import type { IncidentEvent } from './webhook-payload';

export const PAGERDUTY_EVENT_JOB = 'pagerduty.incident-event';

interface Deps {
  store: Store;
  clock: Clock;
  service: EscalationService;
  roster: Roster;
  logger: Logger;
}

interface IncidentEventPayload extends IncidentEvent {
  caseId: string;
}

/** One job per PagerDuty event id: the unique idempotency key is what makes a retried delivery change nothing. */
export function incidentEventJob(caseId: string, event: IncidentEvent, at: string): NewJob {
  return { kind: PAGERDUTY_EVENT_JOB, runAt: at, idempotencyKey: `pagerduty-event:${event.eventId}`, payload: { caseId, ...event } satisfies IncidentEventPayload };
}

/**
 * What a PagerDuty incident event does to its case. Every one is written to the case log. A PagerDuty user
 * acknowledging the incident acknowledges the case through the same path as an SMS "ACK" (paging stops, the
 * case is theirs), and so does resolving it while the case is still unacknowledged: someone answered. But a
 * resolve never closes the case: a crisis is only closed by a clinician, from the case page. Changes made by
 * no user (an auto-resolve, an integration, our own Events API acknowledge coming back) are logged and
 * stop nothing, so that SMS paging only ever stops because a person answered.
 */
export function pagerDutyJobHandlers(deps: Deps): Record<string, JobHandler> {
  return {
    [PAGERDUTY_EVENT_JOB]: async (job) => applyIncidentEvent(deps, job.payload as IncidentEventPayload),
  };
}

async function applyIncidentEvent(deps: Deps, event: IncidentEventPayload): Promise<void> {
  const { store } = deps;
  const record = await store.getCase(event.caseId);
  if (!record) return;
  const actor = rosterName(deps.roster, event.agentName) ?? event.agentName ?? 'PagerDuty';
  const pagerduty = {
    eventId: event.eventId,
    eventType: event.eventType,
    occurredAt: event.occurredAt,
    incidentId: event.incident.id,
    incidentNumber: event.incident.number,
    incidentUrl: event.incident.url,
  };
  const acknowledges = countsAsAcknowledgement(event, record);

  // A job runs at least once: after a crash mid-way, what this event already wrote is not written again.
  const done = await store.listCaseEvents(record.id);
  if (!done.some((e) => e.kind === logKind(event) && eventIdOf(e) === event.eventId)) {
    await store.appendCaseEvent(
      record.id,
      {
        kind: logKind(event),
        actor,
        detail: {
          pagerduty,
          caseStatus: record.status,
          acknowledgesCase: acknowledges,
          ...(event.eventType === 'incident.resolved' ? { note: 'resolved in PagerDuty; the case stays open until a clinician closes it from the case page' } : {}),
        },
      },
      // When it is written; PagerDuty's own time is kept in the detail.
      deps.clock.now().toISOString(),
    );
  }
  if (acknowledges && !done.some((e) => e.kind === 'acknowledge' && eventIdOf(e) === event.eventId)) {
    await deps.service.acknowledge(record.id, actor, { via: 'pagerduty', pagerduty });
  }
  deps.logger.info('pagerduty.incident-event', { conversation: deps.logger.hashId(record.conversationId), outcome: acknowledges ? 'acknowledged' : 'logged', state: record.status });
}

/** Only a person answering stops the paging, and only while nobody holds the case. */
function countsAsAcknowledgement(event: IncidentEvent, record: CaseRecord): boolean {
  const answered = event.eventType === 'incident.acknowledged' || event.eventType === 'incident.resolved';
  return answered && event.agentName !== null && (record.status === 'open' || record.status === 'exhausted');
}

/** The roster's spelling of a PagerDuty user's name, so SMS RESOLVE and "new message" notices find the holder. */
function rosterName(roster: Roster, name: string | null): string | undefined {
  if (!name) return undefined;
  return allContacts(roster).find((c) => c.name.toLowerCase() === name.toLowerCase())?.name;
}

function logKind(event: IncidentEvent): string {
  return `pagerduty:${event.eventType}`;
}

function eventIdOf(entry: CaseEvent): string | undefined {
  const detail = entry.detail as { pagerduty?: { eventId?: unknown } } | null;
  return typeof detail?.pagerduty?.eventId === 'string' ? detail.pagerduty.eventId : undefined;
}
