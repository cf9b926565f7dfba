import { randomInt, randomUUID } from 'node:crypto';
import type { Snapshot } from 'xstate';
import { openEscalation, stepEscalation, type EscalationStep } from '../../machines/escalation/step';
import type { CrisisTier, EscalationEffect, EscalationEvent, EscalationInput } from '../../machines/escalation/types';
import { ESCALATION_MACHINE_VERSION } from '../../machines/escalation/machine';
import type { CaseRecord, NewJob, Store } from '../store/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { maxTier, type RiskTier } from '../triage';
import { allContacts, contactsOnCall, rosterPolicy, type Contact, type Roster } from './roster';
import { clinicalHoldJob } from '../scheduling/job-kinds';

export const PAGE_SIGNAL_JOB = 'escalation.page';
export const TIMER_JOB = 'escalation.timer';
export const NOTIFY_JOB = 'escalation.notify';

/** What a notify job carries: one contact, one way to reach them, one page. Never the candidate's words. */
export interface NotifyPayload {
  caseId: string;
  caseCode: string;
  tier: CrisisTier;
  reason: string;
  action: 'trigger' | 'acknowledge' | 'resolve';
  via: 'sms' | 'pagerduty' | 'webhook';
  contact: Contact;
  kind: 'page' | 'fallback' | 'undelivered-988' | 'new-message';
  at: string;
}

interface StoredSnapshot {
  version: number;
  input: EscalationInput;
  persisted: Snapshot<unknown>;
}

const STATUS: Record<EscalationStep['state'], CaseRecord['status']> = {
  paging: 'open',
  acknowledged: 'acknowledged',
  exhausted: 'exhausted',
  resolved: 'resolved',
};

/**
 * Crisis cases: one escalation machine per case, persisted in the cases table; its effects become jobs (pages
 * fanned out to every contact on a level and every way they can be reached, timer rows, alarms) in the same
 * transaction as the new snapshot. Every change is written to the case's audit log.
 */
export class EscalationService {
  constructor(private readonly deps: { store: Store; clock: Clock; logger: Logger; roster: Roster; onJobsWritten?: () => void }) {}

  /** A crisis signal on a conversation: opens a case, or raises the open case's tier. */
  async signal(args: { conversationId: string; tier: RiskTier; source: string }): Promise<CaseRecord> {
    if (args.tier === 'none') throw new Error('a crisis signal needs a tier');
    const tier = args.tier as CrisisTier;
    for (let attempt = 0; attempt < 5; attempt++) {
      const open = await this.deps.store.findOpenCase(args.conversationId);
      const result = open
        ? await this.apply(open, { type: 'tier.raised', tier, at: this.now() }, 'system', { kind: 'signal', detail: { tier, source: args.source } })
        : await this.open(args.conversationId, tier, args.source);
      // Nobody answered this case and the person is still signalling: page the first level and the fallback again.
      if (result && open && result.status === 'exhausted') await this.notifyNow(result, 'page', 'new signal, nobody has acknowledged', `${open.id}:resignal:${this.now()}`);
      if (result) return result;
    }
    throw new Error('could not record the crisis case (kept conflicting)');
  }

  async timerFired(caseId: string, timerId: string): Promise<void> {
    const record = await this.deps.store.getCase(caseId);
    if (record) await this.retrying(record.id, (fresh) => this.apply(fresh, { type: 'timer.fired', timerId, at: this.now() }, 'system', null));
  }

  /** `detail` goes into the audit entry: how the acknowledgement came (an SMS ACK leaves it empty; PagerDuty names its event). */
  async acknowledge(caseId: string, by: string, detail: Record<string, unknown> = {}): Promise<CaseRecord | undefined> {
    return this.retrying(caseId, (fresh) => this.apply(fresh, { type: 'oncall.acknowledged', by, at: this.now() }, by, { kind: 'acknowledge', detail }));
  }

  async resolve(caseId: string, by: string): Promise<CaseRecord | undefined> {
    return this.retrying(caseId, (fresh) => this.apply(fresh, { type: 'case.resolved', by, at: this.now() }, by, { kind: 'resolve', detail: {} }));
  }

  /** Notify jobs for a page outside the policy walk (an undelivered 988 reply, a new message on a held case). */
  async notifyNow(record: CaseRecord, kind: NotifyPayload['kind'], reason: string, key: string): Promise<void> {
    const at = this.now();
    const holder = record.heldBy ? allContacts(this.deps.roster).filter((c) => c.name === record.heldBy) : [];
    // Nobody holds it (or the holder left the roster), or it was exhausted: the first level and the fallback.
    let contacts = holder.length > 0 && record.status !== 'exhausted' ? holder : contactsOnCall(this.deps.roster, 0, new Date(at));
    if (record.status === 'exhausted' || holder.length === 0) contacts = [...contacts, ...(this.deps.roster.fallback ? [this.deps.roster.fallback] : [])];
    if (contacts.length === 0) {
      await this.deps.store.raiseAlarm('case.nobody-to-notify', { caseId: record.id, caseCode: record.code, kind }, at);
      return;
    }
    const jobs = this.notifyJobs(record, contacts, { kind, reason, action: 'trigger', key, at });
    await this.deps.store.enqueueJobs(jobs, at);
    this.deps.onJobsWritten?.();
    await this.deps.store.appendCaseEvent(record.id, { kind: `notified-${kind}`, actor: 'system', detail: { contacts: contacts.map((c) => c.name) } }, at);
  }

  private async open(conversationId: string, tier: CrisisTier, source: string): Promise<CaseRecord | undefined> {
    const at = this.now();
    const id = randomUUID();
    const input: EscalationInput = { caseId: id, tier, policy: rosterPolicy(this.deps.roster), at };
    const step = openEscalation(input);
    const record: CaseRecord = {
      id,
      code: String(randomInt(1000, 10000)),
      conversationId,
      tier,
      status: STATUS[step.state],
      snapshot: JSON.stringify({ version: ESCALATION_MACHINE_VERSION, input, persisted: step.persisted } satisfies StoredSnapshot),
      heldBy: null,
      revision: 0,
      createdAt: at,
      updatedAt: at,
    };
    const { jobs, events } = await this.effects(record, step.effects, at);
    const result = await this.deps.store.commitCase({
      record,
      expectedRevision: null,
      // A hand-off made before this crisis is taken back from scheduling, in the transaction that opens the case.
      jobs: [...jobs, clinicalHoldJob(conversationId, `case-${id}`, at)],
      events: [{ kind: 'opened', actor: 'system', detail: { tier, source } }, ...events],
      at,
    });
    if (!result.ok) return undefined;
    this.deps.onJobsWritten?.();
    this.deps.logger.warn('case.opened', { conversation: this.deps.logger.hashId(conversationId), tier });
    return { ...record, revision: result.revision };
  }

  private async apply(
    record: CaseRecord,
    event: EscalationEvent,
    actor: string,
    audit: { kind: string; detail: unknown } | null,
  ): Promise<CaseRecord | undefined> {
    const stored = JSON.parse(record.snapshot) as StoredSnapshot;
    const step = stepEscalation({ input: stored.input, snapshot: stored.persisted, event });
    const at = event.at;
    const next: CaseRecord = {
      ...record,
      tier: maxTier(record.tier, step.context.tier) as CrisisTier,
      status: STATUS[step.state],
      heldBy: event.type === 'oncall.acknowledged' && step.effects.some((e) => e.type === 'acknowledged') ? event.by : record.heldBy,
      snapshot: JSON.stringify({ ...stored, persisted: step.persisted } satisfies StoredSnapshot),
    };
    const { jobs, events } = await this.effects(next, step.effects, at);
    const result = await this.deps.store.commitCase({
      record: next,
      expectedRevision: record.revision,
      jobs,
      events: [...(audit ? [{ kind: audit.kind, actor, detail: audit.detail }] : []), ...events],
      at,
    });
    if (!result.ok) return undefined;
    if (jobs.length > 0) this.deps.onJobsWritten?.();
    return { ...next, revision: result.revision };
  }

  /** Re-reads and re-applies after a lost race with another instance. */
  private async retrying(caseId: string, fn: (fresh: CaseRecord) => Promise<CaseRecord | undefined>): Promise<CaseRecord | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const fresh = await this.deps.store.getCase(caseId);
      if (!fresh) return undefined;
      const result = await fn(fresh);
      if (result) return result;
    }
    throw new Error('case kept changing under this update');
  }

  private async effects(record: CaseRecord, effects: readonly EscalationEffect[], at: string): Promise<{ jobs: NewJob[]; events: { kind: string; actor: string; detail: unknown }[] }> {
    const jobs: NewJob[] = [];
    const events: { kind: string; actor: string; detail: unknown }[] = [];
    const when = new Date(at);
    for (const effect of effects) {
      switch (effect.type) {
        case 'page': {
          // A roster edited since the case opened may have fewer levels: page the last one rather than nobody.
          const levels = rosterPolicy(this.deps.roster).levelCount;
          const contacts = contactsOnCall(this.deps.roster, Math.min(effect.level, levels - 1), when);
          jobs.push(...this.notifyJobs(record, contacts, { kind: 'page', reason: effect.reason, action: 'trigger', key: effect.idempotencyKey, at }));
          events.push({ kind: 'paged', actor: 'system', detail: { level: effect.level, round: effect.round, tier: effect.tier, reason: effect.reason, contacts: contacts.map((c) => c.name) } });
          break;
        }
        case 'schedule':
          jobs.push({
            kind: TIMER_JOB,
            runAt: new Date(when.getTime() + effect.afterSeconds * 1000).toISOString(),
            idempotencyKey: effect.timerId,
            payload: { caseId: record.id, timerId: effect.timerId },
          });
          break;
        case 'exhausted': {
          const fallback = this.deps.roster.fallback ? [this.deps.roster.fallback] : [];
          jobs.push(...this.notifyJobs(record, fallback, { kind: 'fallback', reason: 'nobody acknowledged', action: 'trigger', key: effect.idempotencyKey, at }));
          await this.deps.store.raiseAlarm('case.exhausted', { caseId: record.id, caseCode: record.code, tier: effect.tier }, at);
          events.push({ kind: 'exhausted', actor: 'system', detail: { fallback: fallback.map((c) => c.name) } });
          this.deps.logger.error('case.exhausted', { tier: effect.tier });
          break;
        }
        case 'acknowledged':
        case 'resolved': {
          // Tell PagerDuty too, so its incident follows the case (its dedup key is the case id).
          const action = effect.type === 'acknowledged' ? 'acknowledge' : 'resolve';
          const withPagerDuty = allContacts(this.deps.roster).filter((c) => c.pagerduty);
          jobs.push(...this.notifyJobs(record, withPagerDuty, { kind: 'page', reason: effect.type, action, key: `${record.id}:${action}`, at }, ['pagerduty']));
          events.push({ kind: effect.type, actor: effect.by, detail: {} });
          break;
        }
      }
    }
    return { jobs, events };
  }

  private notifyJobs(
    record: CaseRecord,
    contacts: readonly Contact[],
    page: { kind: NotifyPayload['kind']; reason: string; action: NotifyPayload['action']; key: string; at: string },
    only?: readonly NotifyPayload['via'][],
  ): NewJob[] {
    const jobs: NewJob[] = [];
    for (const contact of contacts) {
      for (const via of ['sms', 'pagerduty', 'webhook'] as const) {
        if (!contact[via] || (only && !only.includes(via))) continue;
        const payload: NotifyPayload = { caseId: record.id, caseCode: record.code, tier: record.tier as CrisisTier, reason: page.reason, action: page.action, via, contact, kind: page.kind, at: page.at };
        // Keyed by the address, not the name: two contacts may share a name and both must be paged.
        const address = via === 'sms' ? contact.sms : via === 'pagerduty' ? contact.pagerduty?.routingKey : contact.webhook?.url;
        jobs.push({ kind: NOTIFY_JOB, runAt: page.at, idempotencyKey: `${page.key}:${via}:${address}`, payload });
      }
    }
    return jobs;
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
