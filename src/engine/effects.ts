import type { Effect } from '../../machines/intake/types';
import type { NewJob, RiskTierName, TurnCommit } from '../store/types';
import { HANDOFF_JOB, clinicalHoldJob, handoffJobKey } from '../scheduling/job-kinds';
import { isHandedOffOutcome } from '../scheduling/handed-off-outcomes';

/**
 * Turns the machine's effects into durable jobs and outcome rows, written in the same transaction as the
 * state change that caused them (the outbox). Workers deliver them later, at least once, by idempotency key.
 * Payloads carry ids, tiers and rule names: never the candidate's words.
 */
export function effectsToWrites(
  effects: readonly Effect[],
  ids: { conversationId: string; revision: number; at: string; /** The conversation's tier after this turn. */ risk?: RiskTierName },
): { jobs: NewJob[]; outcome: TurnCommit['outcome'] } {
  const jobs: NewJob[] = [];
  let outcome: TurnCommit['outcome'] = null;
  const key = (what: string) => `${ids.conversationId}:${what}:${ids.revision}`;
  for (const effect of effects) {
    switch (effect.kind) {
      case 'escalate':
        jobs.push({
          kind: 'escalation.page',
          runAt: ids.at,
          idempotencyKey: key(`escalate-${effect.signal.tier}`),
          payload: {
            conversationId: ids.conversationId,
            tier: effect.signal.tier,
            source: effect.signal.source,
            rules: effect.signal.reasons.map((r) => r.rule),
            detectedAt: effect.signal.at,
          },
        });
        // A hand-off made before this crisis is taken back from scheduling (withheld, withdrawn if delivered).
        jobs.push(clinicalHoldJob(ids.conversationId, String(ids.revision), ids.at));
        break;
      case 'forwardToClinician':
        jobs.push({ kind: 'clinician.forward', runAt: ids.at, idempotencyKey: key('forward'), payload: { conversationId: ids.conversationId } });
        break;
      case 'outcomeReached':
        outcome = { kind: effect.outcome.kind, detail: effect.outcome };
        // A conversation that ever entered crisis is never handed to scheduling as clean (src/scheduling checks
        // again before sending); not-eligible outcomes are counted from the outcome row, never handed off.
        // The payload names the completion by this turn's revision (stored with the outcome row).
        if (isHandedOffOutcome(effect.outcome.kind) && (ids.risk ?? 'none') === 'none') {
          jobs.push({ kind: HANDOFF_JOB, runAt: ids.at, idempotencyKey: handoffJobKey(ids.conversationId, ids.revision), payload: { conversationId: ids.conversationId, revision: ids.revision } });
        }
        break;
    }
  }
  return { jobs, outcome };
}
