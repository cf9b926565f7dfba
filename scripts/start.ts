/**
 * `npm start`: the service on the embedded default with no configuration. When no Twilio credentials are
 * set (development), it also starts the local Twilio stand-in (tools/twilio-local) on TWILIO_LOCAL_PORT
 * (3979) and points the service at it, so SMS can be tried at http://127.0.0.1:3979 with nothing else to set
 * up. With credentials, or in production, it starts the service alone. It builds the website widget first
 * when it is missing or out of date.
 */
async function start(): Promise<void> {
  // The website widget's bundles (dist/widget, not in git) are built on the first start and after a change.
  const { ensureWidgetBuilt } = await import('./build-widget');
  await ensureWidgetBuilt({ log: (line) => process.stderr.write(`${line}\n`) });
  const development = (process.env.NODE_ENV ?? 'development') !== 'production';
  // On another PORT, the address pages and the demo page point at (and webhook signatures use) follows it.
  if (development && process.env.PORT && !process.env.PUBLIC_BASE_URL) process.env.PUBLIC_BASE_URL = `http://127.0.0.1:${process.env.PORT}`;
  if (development && !process.env.TWILIO_AUTH_TOKEN) {
    const { startTwilioLocal } = await import('../tools/twilio-local');
    const port = Number(process.env.PORT ?? 3978);
    const bot = `http://127.0.0.1:${port}`;
    const standIn = await startTwilioLocal({
      port: Number(process.env.TWILIO_LOCAL_PORT ?? 3979),
      smsWebhookUrl: `${bot}/api/twilio/sms`,
      conversationsWebhookUrl: `${bot}/api/twilio/conversations`,
      deliveryDelayMs: 400,
    });
    process.env.TWILIO_API_BASE_URL ??= standIn.url;
    process.stderr.write(`Local Twilio stand-in: ${standIn.url} (text the bot from there)\n`);
  }
  await import('../src/main');
}

void start();
