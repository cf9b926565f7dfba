import { DEV_WEBHOOK_SECRET, startPagerDutyLocal } from './index';

/**
 * Runs the PagerDuty stand-in by hand: `npm run pagerduty:local`, then point the service's
 * PAGERDUTY_EVENTS_URL at the printed events address. Open the printed page to acknowledge or resolve an
 * incident as a responder: a signed v3 webhook goes to PAGERDUTY_LOCAL_WEBHOOK_URL (default the service's
 * /api/pagerduty/webhook on port 3978), signed with PAGERDUTY_WEBHOOK_SECRET (default the development secret
 * the service also uses). GET /_local/incidents and /_local/webhooks show what it holds. Development only.
 */
async function main(): Promise<void> {
  const port = Number(process.env.PAGERDUTY_LOCAL_PORT ?? 3981);
  const webhookUrl = process.env.PAGERDUTY_LOCAL_WEBHOOK_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3978}/api/pagerduty/webhook`;
  const local = await startPagerDutyLocal({
    port,
    host: process.env.PAGERDUTY_LOCAL_HOST ?? '127.0.0.1',
    webhookUrl,
    webhookSecrets: [process.env.PAGERDUTY_WEBHOOK_SECRET || DEV_WEBHOOK_SECRET],
  });
  process.stdout.write(`pagerduty-local: page at ${local.url}, events at ${local.eventsUrl}, webhooks to ${webhookUrl}\n`);
  const stop = () => {
    void local.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`pagerduty-local: ${error instanceof Error ? error.message : 'failed to start'}\n`);
  process.exit(1);
});
