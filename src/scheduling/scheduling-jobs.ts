import type { JobHandler } from '../jobs/job-worker';
import type { candidateDelivery } from '../channels/deliver-to-candidate';
import type { ProgramFacts } from '../../dialogs/copy/program';
import { handoffHandler } from './handoff-job';
import { webhookHandler } from './webhook-sink';
import { withdrawnHandler } from './withdrawn-sink';
import { clinicalHoldHandler } from './hold-job';
import { confirmationHandler, followUpHandler } from './candidate-messages';
import { UnbuildableHandoffError } from './errors';
import { CONFIRM_JOB, FOLLOW_UP_JOB, HANDOFF_JOB, HOLD_JOB, SCHEDULING_JOB_KINDS, WEBHOOK_JOB, WITHDRAWN_JOB } from './job-kinds';
import type { HoldDeps } from './withhold';
import type { SchedulingSettings } from './settings';

/**
 * Every outbox kind of the scheduling hand-off. The engine writes `scheduling.handoff` (and, with a crisis,
 * `scheduling.clinical-hold`); the sinks chosen by configuration (the database always, the webhook and the
 * booking link when set), withdrawals and the candidate's messages all run here, at least once, with backoff
 * and a dead letter.
 */
export function schedulingJobHandlers(deps: HoldDeps & {
  deliver: ReturnType<typeof candidateDelivery>;
  program: ProgramFacts;
  settings: SchedulingSettings;
  fetch?: typeof globalThis.fetch;
}): Record<(typeof SCHEDULING_JOB_KINDS)[number], JobHandler> {
  const { settings } = deps;
  const target = settings.webhook && { ...settings.webhook, fetch: deps.fetch };
  return {
    [HANDOFF_JOB]: handoffHandler(deps),
    // Registered even when no webhook is configured now, so that one written before a config change is not
    // stranded: it is dead-lettered with an alarm (the hand-off itself stays in the database).
    [WEBHOOK_JOB]: target
      ? webhookHandler({ ...deps, target })
      : async () => {
          throw new UnbuildableHandoffError('HANDOFF_WEBHOOK_URL is not configured: the hand-off stays in the database (npm run handoffs)');
        },
    [WITHDRAWN_JOB]: withdrawnHandler({ ...deps, target }),
    [HOLD_JOB]: clinicalHoldHandler(deps),
    [CONFIRM_JOB]: confirmationHandler(deps),
    [FOLLOW_UP_JOB]: followUpHandler(deps),
  };
}

/** HANDOFF_MAX_ATTEMPTS for every scheduling kind (the worker's default applies to everything else). */
export function schedulingMaxAttempts(maxAttempts: number): Record<string, number> {
  return Object.fromEntries(SCHEDULING_JOB_KINDS.map((kind) => [kind, maxAttempts]));
}
