import { DEV_HANDOFF_SECRET, loadConfig } from '../../src/config';
import { schedulingJobHandlers, schedulingMaxAttempts } from '../../src/scheduling/scheduling-jobs';
import { schedulingSettings } from '../../src/scheduling/settings';

/** The hand-off's settings are checked at start-up, with the reason in the error. */
describe('scheduling hand-off configuration', () => {
  it('when nothing is set, then hand-offs stay in the database, with a 48 h follow-up and no booking link', () => {
    const config = loadConfig({});
    expect(config.HANDOFF_WEBHOOK_URL).toBeUndefined();
    expect(config.BOOKING_LINK_TEMPLATE).toBeUndefined();
    expect(config).toMatchObject({
      BOOKING_LINK_OUTCOMES: ['likely-fit'],
      HANDOFF_FOLLOW_UP_HOURS: 48,
      HANDOFF_MAX_ATTEMPTS: 12,
      SCHEDULING_CONTACT_BUSINESS_DAYS: 2,
    });
    expect(loadConfig({ BOOKING_LINK_OUTCOMES: 'likely-fit,needs-review' }).BOOKING_LINK_OUTCOMES).toEqual(['likely-fit', 'needs-review']);
  });

  it.each([
    ['https://cal.com/x?name={name}&phone={phone}&notes={notes}', /unknown placeholder \{phone\}/],
    ['https://cal.com/x?name={name}&email={email}', /must carry \{notes\} or \{handoffId\}/],
    ['https://cal.com/ketamine-clinic/consult?notes={notes}', /names a drug/],
    ['ftp://files.example.org/{handoffId}', /must be an http\(s\) link/],
    ['not a link {notes}', /is not a URL/],
  ])('when the booking link template is %s, then start-up fails saying why', (template, reason) => {
    expect(() => loadConfig({ BOOKING_LINK_TEMPLATE: template })).toThrow(reason);
  });

  const productionEnv = {
    NODE_ENV: 'production', LOG_ID_SALT: 'a-long-random-secret', SUPPORT_CONTACT: 'x@y.org', PROGRAM_NAME: 'Harbor', SERVED_STATES: 'CO',
    TWILIO_ACCOUNT_SID: 'AC' + 'a'.repeat(32), TWILIO_AUTH_TOKEN: 'real-token-123', TWILIO_FROM_NUMBER: '+15555550100',
    ONCALL_ROSTER_FILE: '/etc/intake/roster.json', CASE_LINK_SECRET: 'a-long-random-case-link-secret', PUBLIC_BASE_URL: 'https://intake.example.org',
    WEB_TOKEN_SECRET: 'a-long-random-web-token-secret-0123456789',
  };

  it('when production sends hand-offs, then the webhook must be https and the secret set', () => {
    const env = productionEnv;
    expect(() => loadConfig(env)).not.toThrow();
    expect(() => loadConfig({ ...env, HANDOFF_WEBHOOK_URL: 'https://scheduling.example.org/handoffs' })).toThrow(/HANDOFF_WEBHOOK_SECRET/);
    expect(() => loadConfig({ ...env, HANDOFF_WEBHOOK_URL: 'http://scheduling.example.org/handoffs', HANDOFF_WEBHOOK_SECRET: 'x'.repeat(32) })).toThrow(/HANDOFF_WEBHOOK_URL must be https/);
    expect(() => loadConfig({ ...env, HANDOFF_WEBHOOK_URL: 'https://scheduling.example.org/handoffs', HANDOFF_WEBHOOK_SECRET: 'x'.repeat(32), FHIR_CANONICAL_BASE: 'https://fhir.harbor-clinic.test/fhir' })).not.toThrow();
  });

  it('when production sends hand-offs with the example.org FHIR base, then it refuses: the canonical URLs would name nobody', () => {
    const sending = { ...productionEnv, HANDOFF_WEBHOOK_URL: 'https://scheduling.harbor-clinic.test/handoffs', HANDOFF_WEBHOOK_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig(sending)).toThrow(/FHIR_CANONICAL_BASE must be an address the clinic controls/);
    expect(() => loadConfig({ ...sending, FHIR_CANONICAL_BASE: 'https://fhir.example.com/r4' })).toThrow(/FHIR_CANONICAL_BASE/);
    expect(() => loadConfig({ ...sending, FHIR_CANONICAL_BASE: 'https://fhir.harbor-clinic.test/fhir' })).not.toThrow();
    // Without a webhook nothing carries the canonical URLs out: the database export is for the team itself.
    expect(() => loadConfig(productionEnv)).not.toThrow();
  });

  it('when production sets HANDOFF_WEBHOOK_SECRET to the public development secret, then it refuses', () => {
    expect(() => loadConfig({ ...productionEnv, HANDOFF_WEBHOOK_SECRET: DEV_HANDOFF_SECRET })).toThrow(/must not be the public development secret/);
  });

  it('HANDOFF_MAX_ATTEMPTS applies to every scheduling job kind, as the README says', () => {
    const handlers = schedulingJobHandlers({
      store: undefined as never, clock: undefined as never, logger: undefined as never, deliver: undefined as never, program: undefined as never,
      settings: schedulingSettings(loadConfig({})),
    });
    expect(Object.keys(schedulingMaxAttempts(5)).sort()).toEqual(Object.keys(handlers).sort());
    expect(Object.values(schedulingMaxAttempts(5)).every((n) => n === 5)).toBe(true);
  });
});
