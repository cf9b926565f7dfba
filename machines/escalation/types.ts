import type { RiskTier } from '../../src/triage/tiers';

/** The tiers that open a crisis case: every tier but `none` routes to 988 and the on-call clinician. */
export type CrisisTier = Exclude<RiskTier, 'none'>;

/**
 * How a case is escalated, fixed when the case opens so that a roster edit never reshapes a page already
 * in flight. Who is on each level is resolved by the edge at paging time (rotations hand off mid-case).
 */
export interface EscalationPolicy {
  /** Ordered levels; everyone on a level is paged at once. At least 1 (fewer is treated as 1). */
  levelCount: number;
  /** Seconds a level has to acknowledge before the next is paged. Defaults: imminent 120, active 300, passive 900, history 3600. */
  ackTimeoutSeconds: Record<CrisisTier, number>;
  /** Extra walks of the whole policy after the first pass before the case is exhausted. Default 1. */
  repeat: number;
  /** An acknowledged case not resolved within this many seconds pages again from level 0. Default 3600. */
  unresolvedRepageSeconds: number;
}

export interface EscalationInput {
  caseId: string;
  tier: CrisisTier;
  policy: EscalationPolicy;
  /** ISO time the case opened (the injected clock's, never the machine's). */
  at: string;
}

export type EscalationEvent =
  /** A timer row came due. Only the case's current timer counts; any other id is stale and ignored. */
  | { type: 'timer.fired'; timerId: string; at: string }
  | { type: 'oncall.acknowledged'; by: string; at: string }
  | { type: 'case.resolved'; by: string; at: string }
  /** A later signal on the same conversation. Only a tier above the case's current one changes anything. */
  | { type: 'tier.raised'; tier: CrisisTier; at: string };

/** Why a level is paged; it goes into the page so the clinician knows whether this is new or a reminder. */
export type PageReason = 'opened' | 'ack-timeout' | 'repeat' | 'higher-tier' | 'unresolved';

export type TimerPurpose = 'ack-timeout' | 'unresolved';

/** What the machine asks the edge to do; the edge writes each as a job in the same transaction as the snapshot. */
export type EscalationEffect =
  /**
   * Page everyone on `level`. `idempotencyKey` is unique per (case, epoch, round, level): a replayed event
   * reproduces the same key, so the outbox sends the page at most once.
   */
  | { type: 'page'; level: number; round: number; tier: CrisisTier; reason: PageReason; idempotencyKey: string }
  /** Store a timer row; deliver `timer.fired` with this id after `afterSeconds`. Never cancelled: superseded ids are ignored. */
  | { type: 'schedule'; timerId: string; afterSeconds: number; purpose: TimerPurpose }
  /**
   * Every level and repeat went unacknowledged: page the fallback contact, raise an alarm, keep the candidate
   * pointed at 988. The key (one per epoch) lets the fallback page go through the outbox like any other.
   */
  | { type: 'exhausted'; tier: CrisisTier; idempotencyKey: string }
  | { type: 'acknowledged'; by: string }
  | { type: 'resolved'; by: string };

/** Where a case is, as one word (the machine nests the first three under `open`). */
export type EscalationState = 'paging' | 'acknowledged' | 'exhausted' | 'resolved';

/** One line of the case view's escalation timeline. */
export interface TimelineEntry {
  kind: 'paged' | 'acknowledged' | 'exhausted' | 'tier-raised' | 'resolved';
  at: string;
  tier: CrisisTier;
  /** Paging cycle: 0 when the case opened, +1 on each higher tier and each unresolved re-page. */
  epoch: number;
  level?: number;
  round?: number;
  reason?: PageReason;
  by?: string;
}

export interface EscalationContext {
  caseId: string;
  policy: EscalationPolicy;
  /** The case's urgency. It only ever goes up. */
  tier: CrisisTier;
  openedAt: string;
  epoch: number;
  /** Where the walk is: the level paged last, in which pass over the policy (0 is the first). */
  level: number;
  round: number;
  /** Timers scheduled so far; the next id is `${caseId}:t${timersScheduled + 1}`. */
  timersScheduled: number;
  /** The one timer that still means something. Any other `timer.fired` is stale. */
  timer: { id: string; purpose: TimerPurpose } | null;
  timeline: TimelineEntry[];
}
