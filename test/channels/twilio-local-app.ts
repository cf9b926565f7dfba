import { startTwilioLocal, type TwilioLocal } from '../../tools/twilio-local';
import { composeApp, type App } from '../../src/compose';
import { createHttpApp } from '../../src/http-app';
import type { ManualClock } from '../../src/clock';
import type { TwilioClient } from '../../src/channels/twilio/client';
import { captureLogger } from '../support/harness';
import { freePort } from '../support/free-port';

/**
 * The service on an in-memory database, listening on a free port, wired both ways to the local Twilio
 * stand-in (its REST API for sends, its signed webhooks for messages). The public address is the bot's own:
 * it is the URL the stand-in calls and signs. `webhookClient` replaces the Twilio client the HTTP routes use
 * (the outbox worker keeps the real one), to make the webhook's own sends fail.
 */
export async function startTwilioLocalApp(clock: ManualClock, options: { webhookClient?: (twilio: TwilioLocal) => Promise<TwilioClient> } = {}) {
  const twilioLocal = await startTwilioLocal({ port: 0 });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app: App = await composeApp({
    env: {
      DATABASE_URL: 'sqlite::memory:',
      PUBLIC_BASE_URL: base,
      TWILIO_AUTH_TOKEN: twilioLocal.authToken,
      TWILIO_ACCOUNT_SID: twilioLocal.accountSid,
      TWILIO_API_BASE_URL: twilioLocal.url,
      TWILIO_FROM_NUMBER: twilioLocal.phoneNumber,
    },
    clock,
    logger: captureLogger().logger,
  });
  const server = createHttpApp(options.webhookClient ? { ...app, twilio: await options.webhookClient(twilioLocal) } : app);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  twilioLocal.setWebhookUrls({ sms: `${base}/api/twilio/sms`, conversations: `${base}/api/twilio/conversations` });
  return {
    twilioLocal,
    app,
    close: async () => {
      server.close();
      await twilioLocal.close();
      await app.store.close();
    },
  };
}
