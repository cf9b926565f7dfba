import { tierRank } from '../../src/triage/tiers';
import type { CrisisTier, EscalationContext, EscalationPolicy, PageReason } from './types';

/** The defaults named in the roster documentation (PagerDuty-like: minutes for imminent, an hour for history). */
export const DEFAULT_ESCALATION_POLICY: Readonly<EscalationPolicy> = Object.freeze({
  levelCount: 1,
  ackTimeoutSeconds: Object.freeze({ imminent: 120, active: 300, passive: 900, history: 3600 }),
  repeat: 1,
  unresolvedRepageSeconds: 3600,
});

/**
 * The edge validates the roster with zod; this is the last line of defence inside the machine, where a
 * throw would crash the actor and a NaN timeout would page nobody. A bad number falls back to the default,
 * so a mistyped roster still pages rather than going quiet.
 */
export function normalisePolicy(policy: EscalationPolicy): EscalationPolicy {
  const positive = (value: number, fallback: number) => (Number.isFinite(value) && value > 0 ? value : fallback);
  const count = (value: number, min: number, fallback: number) => (Number.isFinite(value) ? Math.max(min, Math.floor(value)) : fallback);
  const timeouts = policy.ackTimeoutSeconds ?? DEFAULT_ESCALATION_POLICY.ackTimeoutSeconds;
  const defaults = DEFAULT_ESCALATION_POLICY.ackTimeoutSeconds;
  return {
    levelCount: count(policy.levelCount, 1, 1),
    ackTimeoutSeconds: {
      imminent: positive(timeouts.imminent, defaults.imminent),
      active: positive(timeouts.active, defaults.active),
      passive: positive(timeouts.passive, defaults.passive),
      history: positive(timeouts.history, defaults.history),
    },
    repeat: count(policy.repeat, 0, DEFAULT_ESCALATION_POLICY.repeat),
    unresolvedRepageSeconds: positive(policy.unresolvedRepageSeconds, DEFAULT_ESCALATION_POLICY.unresolvedRepageSeconds),
  };
}

export function isHigherTier(candidate: CrisisTier, current: CrisisTier): boolean {
  return tierRank(candidate) > tierRank(current);
}

/** Where an unacknowledged timeout leads: the next level, the next pass from level 0, or nowhere. */
export type NextStep = { kind: 'page'; level: number; round: number; reason: Extract<PageReason, 'ack-timeout' | 'repeat'> } | { kind: 'exhausted' };

export function nextStep(context: Pick<EscalationContext, 'level' | 'round' | 'policy'>): NextStep {
  if (context.level + 1 < context.policy.levelCount) return { kind: 'page', level: context.level + 1, round: context.round, reason: 'ack-timeout' };
  if (context.round < context.policy.repeat) return { kind: 'page', level: 0, round: context.round + 1, reason: 'repeat' };
  return { kind: 'exhausted' };
}

/** Tier is implied by the epoch; it is in the key only so a key read in a log says what it was. */
export function pageKey(caseId: string, epoch: number, tier: CrisisTier, round: number, level: number): string {
  return `esc:${caseId}:e${epoch}:${tier}:r${round}:l${level}`;
}

export function exhaustedKey(caseId: string, epoch: number, tier: CrisisTier): string {
  return `esc:${caseId}:e${epoch}:${tier}:exhausted`;
}

export function timerIdFor(caseId: string, n: number): string {
  return `${caseId}:t${n}`;
}
