import twilio from 'twilio';
import { AUTH_TOKEN, PUBLIC_BASE_URL, messageSid, startSmsHarness, type SmsHarness } from './sms-support';

const PHONE = '+15555550142';

describe('SMS webhook', () => {
  let h: SmsHarness;
  beforeEach(async () => {
    h = await startSmsHarness();
  });
  afterEach(async () => h.close());

  it('when Twilio posts a signed message from a new number, then the reply is TwiML that starts the assessment', async () => {
    const replies = await h.text(PHONE, 'START');
    expect(replies.join(' ')).toContain('automated intake assistant');
    expect(replies.join(' ')).toContain('Would you like to start?');
  });

  it('when the signature is wrong, missing, or computed over the private URL instead of the public one, then 403', async () => {
    const params = { MessageSid: messageSid(), From: PHONE, Body: 'hi' };
    expect((await h.post('/api/twilio/sms', params, { signature: 'bm90IGEgc2lnbmF0dXJl' })).status).toBe(403);
    expect((await h.post('/api/twilio/sms', params, { signature: null })).status).toBe(403);
    const privateUrlSignature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${h.url}/api/twilio/sms`, params);
    expect((await h.post('/api/twilio/sms', params, { signature: privateUrlSignature })).status).toBe(403);
    // Signed over the public URL (the proxy's), it is accepted.
    const signed = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/api/twilio/sms`, params);
    expect((await h.post('/api/twilio/sms', params, { signature: signed })).status).toBe(200);
  });

  it('when the body is over the limit, then 413; when it is malformed, then 400 with a reason', async () => {
    const big = { MessageSid: messageSid(), From: PHONE, Body: 'x'.repeat(70_000) };
    expect((await h.post('/api/twilio/sms', big)).status).toBe(413);
    const noSid = await h.post('/api/twilio/sms', { From: PHONE, Body: 'hi' });
    expect(noSid.status).toBe(400);
    expect(await noSid.text()).toContain('MessageSid');
    const json = await h.post('/api/twilio/sms', {}, { rawBody: '{"Body":"hi"}', contentType: 'application/json' });
    expect(json.status).toBe(400);
    const nested = await h.post('/api/twilio/sms', { 'Body[a]': 'x', MessageSid: messageSid(), From: PHONE });
    expect(nested.status).toBe(400);
  });

  it('when Twilio retries a webhook with the same MessageSid, then it is handled once and answered the same', async () => {
    const sid = messageSid();
    await h.text(PHONE, 'START');
    const first = await h.text(PHONE, 'yes', sid);
    const retry = await h.text(PHONE, 'yes', sid);
    expect(retry).toEqual(first);
    const row = await h.app.store.findConversation('sms', PHONE);
    expect((await h.app.store.listMessages(row!.id)).filter((m) => m.direction === 'in')).toHaveLength(2);
  });

  it('when two messages from one number arrive at once, then they are handled one after the other with no lost update', async () => {
    await h.text(PHONE, 'START');
    const [consent, age] = await Promise.all([h.text(PHONE, 'yes'), h.text(PHONE, '44')]);
    expect(consent.join(' ')).toContain('How old are you?');
    expect(age.join(' ')).toContain('Which US state');
  });

  it('when a reply is long, then it goes as TwiML messages of at most 1,600 characters', async () => {
    await h.text(PHONE, 'START');
    const replies = await h.text(PHONE, 'I want to kill myself tonight');
    for (const body of replies) expect(body.length).toBeLessThanOrEqual(1600);
    expect(replies.join(' ')).toContain('call 911 now');
    expect(replies.join(' ')).toMatch(/call or text 988/i);
    // And nothing of the message or the number reached the logs.
    const logs = h.logLines.join('\n');
    expect(logs).toContain('crisis.detected');
    expect(logs).not.toContain('5555550142');
    expect(logs).not.toMatch(/kill myself/);
  });
});
