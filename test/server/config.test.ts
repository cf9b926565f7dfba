import { loadConfig } from '../../src/config';

describe('config', () => {
  it('when nothing is set, then the embedded development defaults apply', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, DATABASE_URL: 'sqlite:data/intake.db', PCL5_CUTOFF: 33, ENABLE_PHQ9: false });
    expect(config.SERVED_STATES).toHaveLength(52);
  });

  it('when a value is wrong, then start-up fails naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ SERVED_STATES: 'CO, XX' })).toThrow(/SERVED_STATES.*XX/s);
    expect(() => loadConfig({ ENABLE_PHQ9: 'maybe' })).toThrow(/ENABLE_PHQ9/);
  });

  it('when served states are listed, then they are parsed as codes', () => {
    expect(loadConfig({ SERVED_STATES: 'co, nm ,TX', ENABLE_GAD7: 'true' })).toMatchObject({ SERVED_STATES: ['CO', 'NM', 'TX'], ENABLE_GAD7: true });
  });

  it('when production runs with development defaults, then it refuses to start, naming each missing setting', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/LOG_ID_SALT.*SUPPORT_CONTACT.*PROGRAM_NAME.*SERVED_STATES/s);
  });

  it('when production is fully configured, then it starts; without a roster or with signatures off it refuses, naming why', () => {
    const env = {
      NODE_ENV: 'production', LOG_ID_SALT: 'a-long-random-secret', SUPPORT_CONTACT: 'x@y.org', PROGRAM_NAME: 'Harbor', SERVED_STATES: 'CO',
      TWILIO_ACCOUNT_SID: 'AC' + 'a'.repeat(32), TWILIO_AUTH_TOKEN: 'real-token-123', TWILIO_FROM_NUMBER: '+15555550100',
      ONCALL_ROSTER_FILE: '/etc/intake/roster.json', CASE_LINK_SECRET: 'a-long-random-case-link-secret', PUBLIC_BASE_URL: 'https://intake.example.org',
      WEB_TOKEN_SECRET: 'a-long-random-web-token-secret-0123456789',
    };
    expect(() => loadConfig(env)).not.toThrow();
    expect(() => loadConfig({ ...env, ONCALL_ROSTER_FILE: '' })).toThrow(/ONCALL_ROSTER_FILE/);
    expect(() => loadConfig({ ...env, TWILIO_VALIDATE_SIGNATURES: 'false' })).toThrow(/TWILIO_VALIDATE_SIGNATURES/);
  });
});
