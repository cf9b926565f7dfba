import type restify from 'restify';
import type { App } from './compose';
import { createServer } from './server';
import { SmsChannel } from './channels/sms/sms-channel';
import { mountTwilioSms } from './channels/twilio/sms-route';
import { mountTwilioStatus } from './channels/twilio/status-route';
import { mountTwilioConversations } from './channels/twilio/conversations-route';
import { DEV_TWILIO_AUTH_TOKEN } from './channels/twilio/dev-credentials';
import { clinicianSmsHandler } from './escalation/clinician-sms';
import { allContacts } from './escalation/roster';
import { mountCaseView } from './escalation/case-view/case-routes';
import { caseActions } from './escalation/case-actions';
import { mountDevOutbox } from './dev-outbox';
import { BOOKED_PATH, mountBookedCallback } from './scheduling/booked-route';
import { mountPagerDutyWebhook } from './escalation/pagerduty/webhook-route';
import { DEV_PAGERDUTY_WEBHOOK_SECRET } from './escalation/pagerduty/dev-secret';
// >>> web chat
import { mountWebChat } from './channels/web/web-chat';
// <<< web chat
import { mountWidget } from './widget/widget-routes';
import { mountConversationsToken } from './channels/twilio/conversations-token-route';

/**
 * The HTTP service with every channel mounted. Without Twilio credentials (development), webhooks are
 * checked against the development token the local stand-in signs with; production requires real ones.
 */
export function createHttpApp(app: App): restify.Server {
  const { config, logger, store, clock, engine, program } = app;
  const server = createServer({ logger, store });
  const twilioConfig = {
    publicBaseUrl: config.PUBLIC_BASE_URL.replace(/\/$/, ''),
    authToken: config.TWILIO_AUTH_TOKEN ?? DEV_TWILIO_AUTH_TOKEN,
    validateSignatures: config.TWILIO_VALIDATE_SIGNATURES,
    maxBodyBytes: config.MAX_BODY_BYTES,
  };
  const clinicians = clinicianSmsHandler({ roster: app.roster, store, service: app.escalation, caseLink: app.caseLink });
  mountTwilioSms(server, { sms: new SmsChannel({ engine, store, clock, logger, program, clinicians }), config: twilioConfig, logger });
  mountTwilioStatus(server, { store, clock, config: twilioConfig, logger, onJobsWritten: () => app.worker.poke() });
  mountTwilioConversations(server, { engine, store, clock, client: app.twilio, botIdentity: config.TWILIO_CONVERSATIONS_IDENTITY, config: twilioConfig, logger });
  mountCaseView(server, {
    store,
    clock,
    logger,
    service: app.escalation,
    actions: caseActions({ store, clock, engine, service: app.escalation, deliver: app.deliver }),
    secret: config.CASE_LINK_SECRET,
    maxBodyBytes: config.MAX_BODY_BYTES,
    clinicians: allContacts(app.roster).map((c) => c.name),
  });
  // PagerDuty v3 webhooks (acknowledge/resolve in PagerDuty). Production without a secret serves no such route.
  const pagerDutySecret = config.PAGERDUTY_WEBHOOK_SECRET ?? (config.NODE_ENV === 'production' ? undefined : DEV_PAGERDUTY_WEBHOOK_SECRET);
  if (pagerDutySecret) mountPagerDutyWebhook(server, { store, clock, logger, secret: pagerDutySecret, maxBodyBytes: config.MAX_BODY_BYTES, onJobsWritten: () => app.worker.poke() });
  // The scheduling hand-off's booking callback: only with a secret (production does not fall back to the development one).
  const callbackSecret = app.scheduling.settings.callbackSecret;
  if (callbackSecret) {
    mountBookedCallback(server, { store, clock, logger, secret: callbackSecret, maxBodyBytes: config.MAX_BODY_BYTES, onJobsWritten: () => app.worker.poke() });
  } else {
    logger.warn('handoff.booked-callback-off', { route: BOOKED_PATH });
  }
  // >>> web chat
  mountWebChat(server, app.web, { config, clock, logger });
  // <<< web chat
  // Only when talking to the local stand-in (no real Twilio credentials, or TWILIO_API_BASE_URL pointing
  // elsewhere): it shows message text.
  if (config.NODE_ENV !== 'production' && (!config.TWILIO_AUTH_TOKEN || config.TWILIO_API_BASE_URL)) mountDevOutbox(server, { store });
  // The widget's Twilio Conversations transport: visitors' access tokens (404 until it is configured).
  mountConversationsToken(server, {
    config:
      config.TWILIO_ACCOUNT_SID && config.TWILIO_API_KEY_SID && config.TWILIO_API_KEY_SECRET && config.TWILIO_CONVERSATIONS_SERVICE_SID
        ? { accountSid: config.TWILIO_ACCOUNT_SID, apiKeySid: config.TWILIO_API_KEY_SID, apiKeySecret: config.TWILIO_API_KEY_SECRET, serviceSid: config.TWILIO_CONVERSATIONS_SERVICE_SID, ttlSeconds: 3600 }
        : undefined,
    clock,
    logger,
    tokensPerIpPerMinute: config.WEB_TOKENS_PER_IP_PER_MINUTE,
    trustedProxyHops: config.WEB_TRUST_PROXY ? config.WEB_TRUSTED_PROXY_HOPS : 0,
    maxBodyBytes: config.MAX_BODY_BYTES,
  });
  // The website widget: the embed script, the chat panel, its bundles, and the demo clinic page in development.
  mountWidget(server, {
    logger,
    publicBaseUrl: twilioConfig.publicBaseUrl,
    programName: config.PROGRAM_NAME,
    pollingIntervalMs: config.WIDGET_POLLING_INTERVAL_MS,
    frameAncestors: config.WIDGET_FRAME_ANCESTORS,
    demoPage: config.NODE_ENV !== 'production',
  });
  return server;
}
