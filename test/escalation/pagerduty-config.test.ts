import { createHmac } from 'node:crypto';
import { ConfigError, loadConfig } from '../../src/config';
import { DEV_PAGERDUTY_WEBHOOK_SECRET } from '../../src/escalation/pagerduty/dev-secret';
import { composeApp } from '../../src/compose';
import { createHttpApp } from '../../src/http-app';
import { captureLogger } from '../support/harness';
import { freePort, TEST_ROSTER, writeRoster } from './support';

/** Production refuses to run PagerDuty paging without the webhook secret, and serves no unchecked webhook route. */

const PRODUCTION = {
  NODE_ENV: 'production', LOG_ID_SALT: 'a-long-random-secret', SUPPORT_CONTACT: 'x@y.org', PROGRAM_NAME: 'Harbor', SERVED_STATES: 'CO',
  TWILIO_ACCOUNT_SID: 'AC' + 'a'.repeat(32), TWILIO_AUTH_TOKEN: 'real-token-123', TWILIO_FROM_NUMBER: '+15555550100',
  CASE_LINK_SECRET: 'a-long-random-case-link-secret', PUBLIC_BASE_URL: 'https://intake.example.org',
  WEB_TOKEN_SECRET: 'a-long-random-web-token-secret-0123456789', DATABASE_URL: 'sqlite::memory:',
};
const PAGERDUTY_ROSTER = {
  ...TEST_ROSTER,
  levels: [{ name: 'primary', contacts: [{ name: 'Dr. Okafor', pagerduty: { routingKey: 'R0123456789abcdef0123456789ABCDE' } }] }],
};

describe('PAGERDUTY_WEBHOOK_SECRET', () => {
  it('when production sets PAGERDUTY_EVENTS_URL without the secret, then start-up fails naming it', () => {
    const env = { ...PRODUCTION, ONCALL_ROSTER_FILE: '/etc/intake/roster.json' };
    expect(() => loadConfig(env)).not.toThrow();
    expect(() => loadConfig({ ...env, PAGERDUTY_EVENTS_URL: 'https://events.pagerduty.com/v2/enqueue' })).toThrow(/PAGERDUTY_WEBHOOK_SECRET/);
    expect(() => loadConfig({ ...env, PAGERDUTY_EVENTS_URL: 'https://events.pagerduty.com/v2/enqueue', PAGERDUTY_WEBHOOK_SECRET: 'x'.repeat(32) })).not.toThrow();
    expect(() => loadConfig({ PAGERDUTY_WEBHOOK_SECRET: 'short' })).toThrow(/PAGERDUTY_WEBHOOK_SECRET/);
  });

  it('when the production roster pages through PagerDuty without the secret, then start-up fails naming it', async () => {
    const env = { ...PRODUCTION, ONCALL_ROSTER_FILE: writeRoster(PAGERDUTY_ROSTER) };
    await expect(composeApp({ env, logger: captureLogger().logger })).rejects.toThrow(ConfigError);
    await expect(composeApp({ env, logger: captureLogger().logger })).rejects.toThrow(/PAGERDUTY_WEBHOOK_SECRET/);
    const app = await composeApp({ env: { ...env, PAGERDUTY_WEBHOOK_SECRET: 'x'.repeat(32) }, logger: captureLogger().logger });
    await app.store.close();
  });

  it('when production has no secret (no PagerDuty), then the webhook route is not served at all', async () => {
    const app = await composeApp({ env: { ...PRODUCTION, ONCALL_ROSTER_FILE: writeRoster() }, logger: captureLogger().logger });
    const server = createHttpApp(app);
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      // Signed with the development secret, which is public: production must not accept it.
      const signature = `v1=${createHmac('sha256', DEV_PAGERDUTY_WEBHOOK_SECRET).update('{}').digest('hex')}`;
      const response = await fetch(`http://127.0.0.1:${port}/api/pagerduty/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-PagerDuty-Signature': signature }, body: '{}' });
      expect(response.status).toBe(404);
    } finally {
      server.close();
      await app.store.close();
    }
  });
});
