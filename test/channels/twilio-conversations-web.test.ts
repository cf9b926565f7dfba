import { startStack, type Stack } from '../escalation/support';
import { signRequest, WebhookClient } from '../../tools/twilio-local/webhook-client';
import { issueConversationsToken } from '../../src/channels/twilio/conversations-token';
import { loadConfig } from '../../src/config';

/**
 * The widget's Twilio Conversations transport, service side: access tokens for visitors, and the webhook
 * giving the widget's messages the web style (choices and crisis tier as message attributes).
 */
const API_KEY_SID = `SK${'1'.repeat(32)}`;
const API_KEY_SECRET = 'test-api-key-secret-0123456789';
const SERVICE_SID = `IS${'2'.repeat(32)}`;

function claims(token: string): Record<string, unknown> & { grants: { identity: string; chat: { service_sid: string } }; iss: string; sub: string; exp: number; iat: number } {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

describe('Twilio Conversations for the website widget', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack({ TWILIO_API_KEY_SID: API_KEY_SID, TWILIO_API_KEY_SECRET: API_KEY_SECRET, TWILIO_CONVERSATIONS_SERVICE_SID: SERVICE_SID, WEB_TOKENS_PER_IP_PER_MINUTE: '10' });
  });
  // A minute between tests: each starts with a full rate-limit bucket.
  beforeEach(() => s.clock.advance(61_000));
  afterAll(async () => s.close());

  const post = (headers: Record<string, string> = {}, body = '{}') =>
    fetch(`${s.base}/api/twilio/conversations/token`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

  it('when a visitor asks for a token, then they get an AccessToken with a ChatGrant for the service, for an identity made by the service', async () => {
    const res = await post();
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { token: string; identity: string; expires_in: number; serviceSid: string };
    expect(answer.identity).toMatch(/^web_[\w-]{16}$/);
    expect(answer).toMatchObject({ expires_in: 3600, serviceSid: SERVICE_SID });
    const c = claims(answer.token);
    expect(c.grants).toEqual({ identity: answer.identity, chat: { service_sid: SERVICE_SID } });
    expect(c.iss).toBe(API_KEY_SID);
    expect(c.sub).toBe(s.app.config.TWILIO_ACCOUNT_SID);
    expect(c.exp - c.iat).toBe(3600);

    // Presenting it renews it for the same identity (the same conversation after a reload).
    const renewed = (await (await post({ Authorization: `Bearer ${answer.token}` })).json()) as { identity: string };
    expect(renewed.identity).toBe(answer.identity);
  });

  it('when the token presented is forged, for another service, or expired, then 403 with the reason', async () => {
    const forged = issueConversationsToken({ accountSid: s.app.config.TWILIO_ACCOUNT_SID!, apiKeySid: API_KEY_SID, apiKeySecret: 'another-secret-0123456789', serviceSid: SERVICE_SID, ttlSeconds: 3600 }, 'web_AAAAAAAAAAAAAAAA').token;
    const otherService = issueConversationsToken({ accountSid: s.app.config.TWILIO_ACCOUNT_SID!, apiKeySid: API_KEY_SID, apiKeySecret: API_KEY_SECRET, serviceSid: `IS${'3'.repeat(32)}`, ttlSeconds: 3600 }, 'web_AAAAAAAAAAAAAAAA').token;
    const botIdentity = issueConversationsToken({ accountSid: s.app.config.TWILIO_ACCOUNT_SID!, apiKeySid: API_KEY_SID, apiKeySecret: API_KEY_SECRET, serviceSid: SERVICE_SID, ttlSeconds: 3600 }, 'intake-bot').token;
    for (const token of [forged, otherService, botIdentity, 'not-a-jwt']) {
      const res = await post({ Authorization: `Bearer ${token}` });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe('invalid token');
    }
    const valid = (await (await post()).json()) as { token: string };
    // The twilio library stamps its tokens with the real time; the service's clock is moved past their hour.
    s.clock.advance(Date.now() - s.clock.now().getTime() + 3601 * 1000);
    const expired = await post({ Authorization: `Bearer ${valid.token}` });
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { error: { message: string } }).error.message).toBe('token expired');
  });

  it('when the body is not JSON, then 4xx with the reason; when one address asks too often, then 429 with Retry-After', async () => {
    expect((await post({}, 'identity=admin')).status).toBe(400);
    expect((await post({ 'Content-Type': 'text/plain' }, 'hello')).status).toBe(415);
    let last: Response | undefined;
    for (let i = 0; i < 12; i++) last = await post();
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('when a widget message arrives through the Conversations webhook, then the replies carry the answer choices, the crisis tier and the conversation\'s language as attributes', async () => {
    // The conversation exists at Twilio (the stand-in); the visitor's messages come with the widget's attributes.
    const opened = await s.twilio.sendConversationMessage({ author: 'web_BBBBBBBBBBBBBBBB', body: 'hi' });
    await s.twilio.settle();
    const url = `${s.base}/api/twilio/conversations`;
    const client = new WebhookClient(5000);
    const say = async (sid: string, body: string) => {
      const params = {
        EventType: 'onMessageAdded',
        ConversationSid: opened.conversationSid,
        MessageSid: sid,
        Author: 'web_BBBBBBBBBBBBBBBB',
        Body: body,
        Attributes: JSON.stringify({ source: 'intake-widget', clientActivityID: `c-${sid}` }),
        AccountSid: s.app.config.TWILIO_ACCOUNT_SID!,
      };
      const res = await client.send(signRequest(s.twilio.authToken, url, params));
      expect(res.status).toBe(200);
      await s.twilio.settle();
    };
    const botMessages = () => s.twilio.conversationMessages(opened.conversationSid).filter((m) => m.author === 'intake-bot');

    await say(`IM${'a'.repeat(32)}`, 'yes');
    await say(`IM${'b'.repeat(32)}`, '41');
    await say(`IM${'c'.repeat(32)}`, 'Colorado');
    const diagnosis = botMessages().find((m) => m.body.includes('diagnosed you with PTSD'))!;
    expect(JSON.parse(diagnosis.attributes)).toEqual({ choices: ['Yes', 'No', 'Not sure'], locale: 'en' });
    // In the web style the choices are buttons, not listed in the text as SMS does.
    expect(diagnosis.body).not.toMatch(/Reply/);

    await say(`IM${'d'.repeat(32)}`, 'i want to kill myself');
    const crisis = botMessages()[botMessages().length - 1];
    expect(JSON.parse(crisis.attributes)).toEqual({ crisis: { tier: 'active' }, locale: 'en' });
    expect(crisis.body).toContain('[Call 988](tel:988)');
  });
});

describe('Twilio Conversations for the website widget, not configured', () => {
  it('when the API key or service is not set, then the token route says so with a 404, and a half-set configuration is refused', async () => {
    const s = await startStack();
    try {
      const res = await fetch(`${s.base}/api/twilio/conversations/token`, { method: 'POST' });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('TWILIO_CONVERSATIONS_SERVICE_SID');
    } finally {
      await s.close();
    }
    expect(() => loadConfig({ TWILIO_API_KEY_SID: API_KEY_SID })).toThrow(/go together/);
    expect(() => loadConfig({ TWILIO_API_KEY_SID: API_KEY_SID, TWILIO_API_KEY_SECRET: API_KEY_SECRET, TWILIO_CONVERSATIONS_SERVICE_SID: SERVICE_SID })).toThrow(/TWILIO_ACCOUNT_SID/);
    expect(() => loadConfig({ TWILIO_CONVERSATIONS_SERVICE_SID: 'IS123' })).toThrow(/IS followed by 32 hex/);
  });
});
