import type { JobHandler } from '../jobs/job-worker';
import type { Store } from '../store/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import type { candidateDelivery } from '../channels/deliver-to-candidate';
import type { ProgramFacts } from '../../dialogs/copy/program';
import { handoffHandler } from './handoff-job';
import { webhookHandler } from './webhook-sink';
import { confirmationHandler, followUpHandler } from './candidate-messages';
import { CONFIRM_JOB, FOLLOW_UP_JOB, HANDOFF_JOB, WEBHOOK_JOB } from './job-kinds';
import type { SchedulingSettings } from './settings';

/**
 * Every outbox kind of the scheduling hand-off. The engine only writes `scheduling.handoff`; the sinks chosen
 * by configuration (the database always, the webhook and the booking link when set) and the candidate's
 * messages all run here, at least once, with backoff and a dead letter.
 */
export function schedulingJobHandlers(deps: {
  store: Store;
  clock: Clock;
  logger: Logger;
  deliver: ReturnType<typeof candidateDelivery>;
  program: ProgramFacts;
  settings: SchedulingSettings;
  onJobsWritten?: () => void;
  fetch?: typeof globalThis.fetch;
}): Record<string, JobHandler> {
  const { settings } = deps;
  return {
    [HANDOFF_JOB]: handoffHandler(deps),
    // Registered even when no webhook is configured now, so one written before a config change is not stranded.
    [WEBHOOK_JOB]: settings.webhook
      ? webhookHandler({ ...deps, url: settings.webhook.url, secret: settings.webhook.secret, timeoutMs: settings.webhook.timeoutMs })
      : async () => {
          deps.logger.warn('handoff.webhook-unconfigured', { route: WEBHOOK_JOB });
        },
    [CONFIRM_JOB]: confirmationHandler(deps),
    [FOLLOW_UP_JOB]: followUpHandler(deps),
  };
}
