import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logging';
import { openStore } from './store/open-store';
import type { Store } from './store/types';
import { IntakeEngine } from './engine/intake-engine';
import { systemClock, type Clock } from './clock';
import type { IntakeOptions } from '../machines/intake/types';
import type { ProgramFacts } from '../dialogs/copy/program';
import { createTwilioClient, type TwilioClient } from './channels/twilio/client';
import { DEV_TWILIO_ACCOUNT_SID, DEV_TWILIO_AUTH_TOKEN, DEV_TWILIO_FROM_NUMBER } from './channels/twilio/dev-credentials';
import { SmsSender } from './channels/sms/sms-sender';
import { JobWorker } from './jobs/job-worker';
import { REMINDER_JOB, reminderHandler } from './reminders/reminder-job';
import { CONVERSATIONS_DELIVER_JOB, conversationsDeliverHandler } from './channels/twilio/conversations-route';
import { candidateDelivery } from './channels/deliver-to-candidate';
import { EXAMPLE_ROSTER_FILE, loadRoster, type Roster } from './escalation/roster';
import { EscalationService } from './escalation/escalation-service';
import { escalationJobHandlers } from './escalation/escalation-jobs';
import { signCaseLink } from './escalation/case-link';
import { SmsNotifier } from './escalation/notifiers/sms-notifier';
import { PagerDutyNotifier } from './escalation/notifiers/pagerduty-notifier';
import { WebhookNotifier } from './escalation/notifiers/webhook-notifier';
import { PermanentNotifyError } from './escalation/notifiers/notifier';
// >>> web chat
import { createWebChat, type WebChat } from './channels/web/web-chat';
// <<< web chat

/**
 * The composition root, in dependency order: config, logger, store, engine. The server and the terminal chat
 * both start from here, so they run exactly the same engine on the same store.
 */
export interface App {
  config: Config;
  logger: Logger;
  clock: Clock;
  store: Store;
  engine: IntakeEngine;
  program: ProgramFacts;
  twilio: TwilioClient;
  smsSender: SmsSender;
  roster: Roster;
  escalation: EscalationService;
  /** A fresh signed link to one case, valid for CASE_LINK_TTL_HOURS. */
  caseLink: (caseId: string) => string;
  /** Sends to a candidate outside a reply (clinician relay, release). */
  deliver: ReturnType<typeof candidateDelivery>;
  /** Delivers the outbox (reminders, Conversations replies); started by main, driven by hand in tests. */
  worker: JobWorker;
  // >>> web chat
  /** The Bot Framework bot and the local Direct Line (src/channels/web). */
  web: WebChat;
  // <<< web chat
}

export function intakeOptions(config: Config): IntakeOptions {
  return {
    servedStates: config.SERVED_STATES,
    pclCutoff: config.PCL5_CUTOFF,
    pclBorderlineBand: config.PCL5_BORDERLINE_BAND,
    includePhq9: config.ENABLE_PHQ9,
    includeGad7: config.ENABLE_GAD7,
  };
}

export async function composeApp(overrides: { env?: NodeJS.ProcessEnv; clock?: Clock; logger?: Logger } = {}): Promise<App> {
  const config = loadConfig(overrides.env);
  const logger = overrides.logger ?? createLogger({ level: config.LOG_LEVEL, salt: config.LOG_ID_SALT });
  const store = await openStore(config.DATABASE_URL);
  const clock = overrides.clock ?? systemClock;
  const program = { programName: config.PROGRAM_NAME, supportContact: config.SUPPORT_CONTACT };
  const engine = new IntakeEngine({
    store,
    clock,
    logger,
    options: intakeOptions(config),
    program,
    reminders: { channels: ['sms'], delayMs: config.REMINDER_DELAY_HOURS * 3_600_000 },
    onJobsWritten: () => worker.poke(),
  });
  // Without credentials (development) the client talks to the local stand-in with its development ones.
  const twilio = createTwilioClient({
    accountSid: config.TWILIO_ACCOUNT_SID ?? DEV_TWILIO_ACCOUNT_SID,
    authToken: config.TWILIO_AUTH_TOKEN ?? DEV_TWILIO_AUTH_TOKEN,
    apiBaseUrl: config.TWILIO_API_BASE_URL,
  });
  const publicBaseUrl = config.PUBLIC_BASE_URL.replace(/\/$/, '');
  const smsSender = new SmsSender({
    client: twilio,
    store,
    clock,
    sender: { from: config.TWILIO_FROM_NUMBER ?? DEV_TWILIO_FROM_NUMBER, messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID },
    statusCallbackUrl: `${publicBaseUrl}/api/twilio/status`,
  });
  const roster = loadRoster(config.ONCALL_ROSTER_FILE ?? EXAMPLE_ROSTER_FILE);
  // With nobody to page when every level stays silent, an exhausted case would only be an alarm row.
  if (config.NODE_ENV === 'production' && !roster.fallback) throw new ConfigError('ONCALL_ROSTER_FILE: production needs a "fallback" contact');
  const escalation = new EscalationService({ store, clock, logger, roster, onJobsWritten: () => worker.poke() });
  const caseLink = (caseId: string) =>
    signCaseLink({ baseUrl: publicBaseUrl, caseId, secret: config.CASE_LINK_SECRET, expiresAt: new Date(clock.now().getTime() + config.CASE_LINK_TTL_HOURS * 3_600_000) });
  const notifiers = {
    // A clinician's number on the opt-out list cannot be paged: that is a dead letter with an alarm, not a skip.
    sms: new SmsNotifier(
      async (to, body, idempotencyKey) => {
        const result = await smsSender.send({ to, body, conversationId: null, payload: { page: true }, idempotencyKey });
        if (result === 'opted-out') throw new PermanentNotifyError('sms', 'the on-call number has opted out of SMS');
      },
      { timeZone: config.CLINIC_TIME_ZONE },
    ),
    pagerduty: new PagerDutyNotifier({ eventsUrl: config.PAGERDUTY_EVENTS_URL, timeZone: config.CLINIC_TIME_ZONE }),
    webhook: new WebhookNotifier({}),
  };
  // >>> web chat
  const web = createWebChat({ config, store, clock, logger, engine });
  // <<< web chat
  const deliver = candidateDelivery({ store, clock, sms: smsSender, twilio, author: config.TWILIO_CONVERSATIONS_IDENTITY, web: web.sendProactive });
  const worker = new JobWorker({
    store,
    clock,
    logger,
    handlers: {
      ...escalationJobHandlers({ service: escalation, store, notifiers, caseLink }),
      [REMINDER_JOB]: reminderHandler({ store, clock, sender: smsSender, program, delayMs: config.REMINDER_DELAY_HOURS * 3_600_000 }),
      [CONVERSATIONS_DELIVER_JOB]: conversationsDeliverHandler({ store, clock, client: twilio, botIdentity: config.TWILIO_CONVERSATIONS_IDENTITY, logger }),
      ...web.jobHandlers, // web chat
    },
  });
  return { config, logger, clock, store, engine, program, twilio, smsSender, roster, escalation, caseLink, deliver, worker, web };
}
