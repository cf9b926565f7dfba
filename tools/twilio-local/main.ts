import { z } from 'zod';
import { startTwilioLocal } from './index';
import { DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN, DEFAULT_CONVERSATIONS_WEBHOOK_URL, DEFAULT_PHONE_NUMBER, DEFAULT_SMS_WEBHOOK_URL } from './options';

/**
 * `npm run twilio:local`: starts the stand-in from environment variables and prints where it is. The same
 * TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN the bot reads make its signature checks pass against this server.
 */
const env = z
  .object({
    TWILIO_LOCAL_PORT: z.coerce.number().int().min(0).max(65535).default(3979),
    TWILIO_LOCAL_HOST: z.string().min(1).default('127.0.0.1'),
    TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'an account SID is AC and 32 hex digits').default(DEFAULT_ACCOUNT_SID),
    TWILIO_AUTH_TOKEN: z.string().min(1).default(DEFAULT_AUTH_TOKEN),
    TWILIO_FROM_NUMBER: z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number').default(DEFAULT_PHONE_NUMBER),
    BOT_SMS_WEBHOOK_URL: z.url().default(DEFAULT_SMS_WEBHOOK_URL),
    BOT_CONVERSATIONS_WEBHOOK_URL: z.url().default(DEFAULT_CONVERSATIONS_WEBHOOK_URL),
    TWILIO_LOCAL_DELIVERY_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(400),
    TWILIO_LOCAL_CARRIER_OPT_OUT: z.enum(['on', 'off']).default('off'),
  })
  .safeParse(process.env);

async function main(): Promise<void> {
  if (!env.success) {
    console.error(`twilio-local: invalid configuration\n${z.prettifyError(env.error)}`);
    process.exit(2);
  }
  const config = env.data;
  const standIn = await startTwilioLocal({
    port: config.TWILIO_LOCAL_PORT,
    host: config.TWILIO_LOCAL_HOST,
    accountSid: config.TWILIO_ACCOUNT_SID,
    authToken: config.TWILIO_AUTH_TOKEN,
    phoneNumber: config.TWILIO_FROM_NUMBER,
    smsWebhookUrl: config.BOT_SMS_WEBHOOK_URL,
    conversationsWebhookUrl: config.BOT_CONVERSATIONS_WEBHOOK_URL,
    // A visible pause between "sent" and "delivered" on the page; tests use 0.
    deliveryDelayMs: config.TWILIO_LOCAL_DELIVERY_DELAY_MS,
    carrierOptOut: config.TWILIO_LOCAL_CARRIER_OPT_OUT === 'on',
  });
  console.log(`Twilio stand-in on ${standIn.url} (open it in a browser to text the bot)`);
  console.log(`  number ${standIn.phoneNumber}, account ${standIn.accountSid}`);
  console.log(`  inbound SMS webhook -> ${config.BOT_SMS_WEBHOOK_URL}`);
  console.log(`  Conversations webhook -> ${config.BOT_CONVERSATIONS_WEBHOOK_URL}`);
  console.log(`  point the bot's Twilio client here: TWILIO_API_BASE_URL=${standIn.url}`);

  const stop = (): void => {
    standIn.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('twilio-local: could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
