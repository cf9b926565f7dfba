import { and, assertEvent, enqueueActions, setup } from 'xstate';
import { exhaustedKey, isHigherTier, nextStep, normalisePolicy, pageKey, timerIdFor } from './policy';
import type { CrisisTier, EscalationContext, EscalationEffect, EscalationEvent, EscalationInput, EscalationState, PageReason, TimelineEntry, TimerPurpose } from './types';

export const ESCALATION_MACHINE_ID = 'escalation';
/** Bump when a change makes older persisted snapshots unreadable (state names, context shape, key format). */
export const ESCALATION_MACHINE_VERSION = 1;

/**
 * The on-call policy for one crisis case, PagerDuty-style: ordered levels, an acknowledgement timeout per
 * tier, repeats, then an explicit `exhausted` state. Time never passes inside the machine: it asks for timers
 * (`schedule`) and the edge, which keeps them as database rows, sends `timer.fired` when one comes due.
 * Timers are never cancelled; the machine remembers the one that counts, so a superseded row that fires
 * anyway is ignored. Everything lives in context so a persisted snapshot resumes mid-escalation.
 */

/** The part of enqueueActions' `enqueue` the helpers below use. */
interface Enqueue {
  emit: (effect: EscalationEffect) => void;
  assign: (patch: Partial<EscalationContext>) => void;
}

/** The event's time; the start event carries none, so the case's opening time stands in. */
function timeOf(context: EscalationContext, event: EscalationEvent | { type: `xstate.${string}` }): string {
  return 'at' in event ? event.at : context.openedAt;
}

/** Page one level and start its acknowledgement timer: the two always go together. */
function pageLevel(
  enqueue: Enqueue,
  context: EscalationContext,
  step: { epoch: number; tier: CrisisTier; level: number; round: number; reason: PageReason; at: string; before?: TimelineEntry[] },
): void {
  const timer = nextTimer(context, 'ack-timeout');
  enqueue.emit({
    type: 'page',
    level: step.level,
    round: step.round,
    tier: step.tier,
    reason: step.reason,
    idempotencyKey: pageKey(context.caseId, step.epoch, step.tier, step.round, step.level),
  });
  enqueue.emit({ type: 'schedule', timerId: timer.id, afterSeconds: context.policy.ackTimeoutSeconds[step.tier], purpose: 'ack-timeout' });
  const entry: TimelineEntry = { kind: 'paged', at: step.at, tier: step.tier, epoch: step.epoch, level: step.level, round: step.round, reason: step.reason };
  enqueue.assign({
    tier: step.tier,
    epoch: step.epoch,
    level: step.level,
    round: step.round,
    timersScheduled: context.timersScheduled + 1,
    timer,
    timeline: [...context.timeline, ...(step.before ?? []), entry],
  });
}

function nextTimer(context: EscalationContext, purpose: TimerPurpose): { id: string; purpose: TimerPurpose } {
  return { id: timerIdFor(context.caseId, context.timersScheduled + 1), purpose };
}

export const escalationMachine = setup({
  types: {
    context: {} as EscalationContext,
    events: {} as EscalationEvent,
    input: {} as EscalationInput,
    emitted: {} as EscalationEffect,
  },
  guards: {
    isCurrentTimer: ({ context, event }) => event.type === 'timer.fired' && context.timer !== null && context.timer.id === event.timerId,
    /** A level or a repeat is left to page. */
    policyNotWalked: ({ context }) => nextStep(context).kind === 'page',
    raisesTier: ({ context, event }) => event.type === 'tier.raised' && isHigherTier(event.tier, context.tier),
  },
  actions: {
    /** A new epoch (the case opened, a higher tier, an unresolved acknowledgement): level 0, round 0. */
    beginPaging: enqueueActions(({ context, event, enqueue }, params: { reason: Extract<PageReason, 'opened' | 'higher-tier' | 'unresolved'> }) => {
      const at = timeOf(context, event);
      const epoch = params.reason === 'opened' ? 0 : context.epoch + 1;
      const tier = event.type === 'tier.raised' ? event.tier : context.tier;
      const before: TimelineEntry[] = params.reason === 'higher-tier' ? [{ kind: 'tier-raised', at, tier, epoch }] : [];
      pageLevel(enqueue, context, { epoch, tier, level: 0, round: 0, reason: params.reason, at, before });
    }),
    /** The acknowledgement timeout ran out: the next level, or the next pass over the policy. */
    pageNext: enqueueActions(({ context, event, enqueue }) => {
      const step = nextStep(context);
      if (step.kind !== 'page') return;
      pageLevel(enqueue, context, { epoch: context.epoch, tier: context.tier, level: step.level, round: step.round, reason: step.reason, at: timeOf(context, event) });
    }),
    exhaust: enqueueActions(({ context, event, enqueue }) => {
      enqueue.emit({ type: 'exhausted', tier: context.tier, idempotencyKey: exhaustedKey(context.caseId, context.epoch, context.tier) });
      enqueue.assign({
        timer: null,
        timeline: [...context.timeline, { kind: 'exhausted', at: timeOf(context, event), tier: context.tier, epoch: context.epoch }],
      });
    }),
    /** Escalation stops; the clinician now holds the case until it is resolved or the unresolved timer fires. */
    acknowledge: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'oncall.acknowledged');
      const timer = nextTimer(context, 'unresolved');
      enqueue.emit({ type: 'acknowledged', by: event.by });
      enqueue.emit({ type: 'schedule', timerId: timer.id, afterSeconds: context.policy.unresolvedRepageSeconds, purpose: 'unresolved' });
      enqueue.assign({
        timersScheduled: context.timersScheduled + 1,
        timer,
        timeline: [...context.timeline, { kind: 'acknowledged', at: event.at, tier: context.tier, epoch: context.epoch, by: event.by }],
      });
    }),
    /** A second acknowledgement (another clinician on the level): shown in the case view, changes nothing else. */
    noteAcknowledgement: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'oncall.acknowledged');
      enqueue.assign({ timeline: [...context.timeline, { kind: 'acknowledged', at: event.at, tier: context.tier, epoch: context.epoch, by: event.by }] });
    }),
    resolve: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'case.resolved');
      enqueue.emit({ type: 'resolved', by: event.by });
      enqueue.assign({
        timer: null,
        timeline: [...context.timeline, { kind: 'resolved', at: event.at, tier: context.tier, epoch: context.epoch, by: event.by }],
      });
    }),
  },
}).createMachine({
  id: ESCALATION_MACHINE_ID,
  context: ({ input }) => ({
    caseId: input.caseId,
    policy: normalisePolicy(input.policy),
    tier: input.tier,
    openedAt: input.at,
    epoch: 0,
    level: 0,
    round: 0,
    timersScheduled: 0,
    timer: null,
    timeline: [],
  }),
  entry: { type: 'beginPaging', params: { reason: 'opened' } },
  initial: 'open',
  states: {
    open: {
      initial: 'paging',
      on: {
        // Whatever the open case is doing, a higher tier starts over from level 0 at the new urgency.
        'tier.raised': { guard: 'raisesTier', target: '.paging', actions: { type: 'beginPaging', params: { reason: 'higher-tier' } } },
        'case.resolved': { target: 'resolved', actions: 'resolve' },
      },
      states: {
        /** Waiting for someone on the current level to acknowledge. */
        paging: {
          on: {
            'timer.fired': [
              { guard: and(['isCurrentTimer', 'policyNotWalked']), actions: 'pageNext' },
              { guard: 'isCurrentTimer', target: 'exhausted', actions: 'exhaust' },
            ],
            'oncall.acknowledged': { target: 'acknowledged', actions: 'acknowledge' },
          },
        },
        acknowledged: {
          on: {
            'timer.fired': { guard: 'isCurrentTimer', target: 'paging', actions: { type: 'beginPaging', params: { reason: 'unresolved' } } },
            'oncall.acknowledged': { actions: 'noteAcknowledgement' },
          },
        },
        /** Nobody answered: the edge has paged the fallback and raised an alarm. Quiet until someone acts. */
        exhausted: {
          on: {
            'oncall.acknowledged': { target: 'acknowledged', actions: 'acknowledge' },
          },
        },
      },
    },
    // Only a clinician closes a case. Final, and outside `open`, so nothing reaches it afterwards, not even
    // through the pure transition function (which, unlike an actor, does not stop at a final state).
    resolved: { type: 'final' },
  },
});

/** The state as one word, for the edge and the case view. */
export function escalationStateOf(snapshot: { value: unknown }): EscalationState {
  const value = snapshot.value;
  return (typeof value === 'string' ? value : Object.values(value as Record<string, string>)[0]) as EscalationState;
}
