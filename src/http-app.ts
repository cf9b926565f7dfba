import type restify from 'restify';
import type { App } from './compose';
import { createServer } from './server';
import { SmsChannel } from './channels/sms/sms-channel';
import { mountTwilioSms } from './channels/twilio/sms-route';
import { mountTwilioStatus } from './channels/twilio/status-route';
import { mountTwilioConversations } from './channels/twilio/conversations-route';
import { DEV_TWILIO_AUTH_TOKEN } from './channels/twilio/dev-credentials';

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
  mountTwilioSms(server, { sms: new SmsChannel({ engine, store, clock, logger, program }), config: twilioConfig, logger });
  mountTwilioStatus(server, { store, clock, config: twilioConfig, logger });
  mountTwilioConversations(server, { engine, store, clock, client: app.twilio, botIdentity: config.TWILIO_CONVERSATIONS_IDENTITY, config: twilioConfig, logger });
  return server;
}
