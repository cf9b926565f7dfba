import { loadConfig } from '../../src/config';

/** Production refuses a web channel that is not safe to run for real visitors, and says why. */
describe('web chat configuration', () => {
  const production = {
    NODE_ENV: 'production', LOG_ID_SALT: 'a-long-random-secret', SUPPORT_CONTACT: 'x@y.org', PROGRAM_NAME: 'Harbor', SERVED_STATES: 'CO',
    TWILIO_ACCOUNT_SID: 'AC' + 'a'.repeat(32), TWILIO_AUTH_TOKEN: 'real-token-123', TWILIO_FROM_NUMBER: '+15555550100',
    ONCALL_ROSTER_FILE: '/etc/intake/roster.json', CASE_LINK_SECRET: 'a-long-random-case-link-secret', PUBLIC_BASE_URL: 'https://intake.example.org',
    WEB_TOKEN_SECRET: 'a-long-random-web-token-secret-0123456789',
  };

  it('when nothing is set, then development serves the local Direct Line with its development secret and 30-minute tokens', () => {
    expect(loadConfig({})).toMatchObject({ DIRECTLINE_LOCAL: true, WEB_TOKEN_TTL_MINUTES: 30, WEB_ALLOWED_ORIGINS: ['*'], MicrosoftAppType: 'MultiTenant' });
    expect(loadConfig({}).MicrosoftAppId).toBeUndefined();
  });

  it('when the local Direct Line is the only web path (no app credentials), then production starts, given its own token secret', () => {
    expect(() => loadConfig(production)).not.toThrow();
    expect(() => loadConfig({ ...production, WEB_TOKEN_SECRET: '' })).toThrow(/WEB_TOKEN_SECRET must be set/);
  });

  it('when production lists no web origins, then no other page may call the Direct Line, and * is refused', () => {
    expect(loadConfig(production).WEB_ALLOWED_ORIGINS).toEqual([]);
    expect(loadConfig({ ...production, WEB_ALLOWED_ORIGINS: 'https://clinic.example' }).WEB_ALLOWED_ORIGINS).toEqual(['https://clinic.example']);
    expect(() => loadConfig({ ...production, WEB_ALLOWED_ORIGINS: '*' })).toThrow(/WEB_ALLOWED_ORIGINS must list the origins/);
  });

  it('when the local Direct Line is off, then production needs both app credentials', () => {
    const azureOnly = { ...production, DIRECTLINE_LOCAL: 'false', WEB_TOKEN_SECRET: '' };
    expect(() => loadConfig(azureOnly)).toThrow(/needs MicrosoftAppId and MicrosoftAppPassword .* or DIRECTLINE_LOCAL=true/);
    expect(() => loadConfig({ ...azureOnly, MicrosoftAppId: 'app-id' })).toThrow(/MicrosoftAppPassword must be set with MicrosoftAppId/);
    expect(() => loadConfig({ ...azureOnly, MicrosoftAppPassword: 'secret' })).toThrow(/MicrosoftAppId must be set with MicrosoftAppPassword/);
    expect(() => loadConfig({ ...azureOnly, MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' })).not.toThrow();
    expect(() => loadConfig({ ...azureOnly, MicrosoftAppId: 'app-id', MicrosoftAppType: 'UserAssignedMSI' })).not.toThrow();
    expect(() => loadConfig({ ...azureOnly, MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' })).toThrow(/MicrosoftAppTenantId/);
  });

  it('when values are out of range, then start-up fails naming the variable', () => {
    expect(() => loadConfig({ WEB_TOKEN_SECRET: 'short' })).toThrow(/WEB_TOKEN_SECRET.*32/s);
    expect(() => loadConfig({ WEB_TOKEN_TTL_MINUTES: '10' })).toThrow(/WEB_TOKEN_TTL_MINUTES/);
    expect(() => loadConfig({ MicrosoftAppType: 'Personal' })).toThrow(/MicrosoftAppType/);
    expect(loadConfig({ WEB_ALLOWED_ORIGINS: 'https://clinic.example/, https://www.clinic.example' }).WEB_ALLOWED_ORIGINS).toEqual(['https://clinic.example', 'https://www.clinic.example']);
  });
});
