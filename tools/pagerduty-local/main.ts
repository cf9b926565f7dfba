import { startPagerDutyLocal } from './index';

/**
 * Runs the PagerDuty stand-in by hand: `npx tsx tools/pagerduty-local/main.ts`, then point the notifier's
 * events URL at the printed address. GET /_local/incidents shows what it holds. Development only.
 */
async function main(): Promise<void> {
  const port = Number(process.env.PAGERDUTY_LOCAL_PORT ?? 3981);
  const local = await startPagerDutyLocal({ port, host: process.env.PAGERDUTY_LOCAL_HOST ?? '127.0.0.1' });
  process.stdout.write(`pagerduty-local: events at ${local.eventsUrl}, incidents at ${local.url}/_local/incidents\n`);
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
