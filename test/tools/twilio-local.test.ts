import twilio from 'twilio';
import { startTwilioLocal, type TwilioLocal } from '../../tools/twilio-local';
import { RewritingRequestClient } from '../../tools/twilio-local/rewrite-http-client';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from './webhook-receiver';

/**
 * The Twilio stand-in, exercised the way the product will use it: the real `twilio` library pointed at it,
 * and a small HTTP receiver playing the bot that checks every webhook's signature like the bot will.
 */

const BOT_NUMBER = '+15555550100';
const CANDIDATE = '+15555550123';
const CLINICIAN = '+15555550188';

let standIn: TwilioLocal;
let bot: WebhookReceiver;
let client: twilio.Twilio;

beforeAll(async () => {
  bot = await startWebhookReceiver();
  standIn = await startTwilioLocal({
    phoneNumber: BOT_NUMBER,
    smsWebhookUrl: `${bot.url}/api/twilio/sms`,
    conversationsWebhookUrl: `${bot.url}/api/twilio/conversations`,
  });
  client = twilio(standIn.accountSid, standIn.authToken, { httpClient: new RewritingRequestClient(standIn.url) });
});

afterEach(() => {
  standIn.reset();
  bot.received = [];
  bot.answer = () => ({ status: 204 });
});

afterAll(async () => {
  await standIn.close();
  await bot.close();
});

/** What the bot will do with every webhook: check the signature against the URL Twilio was told to call. */
function signedByTwilio(webhook: ReceivedWebhook): boolean {
  const signature = webhook.headers['x-twilio-signature'];
  return typeof signature === 'string' && twilio.validateRequest(standIn.authToken, signature, webhook.url, webhook.params);
}

async function expectRestError(promise: Promise<unknown>, status: number, code: number): Promise<void> {
  const error: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(twilio.RestException);
  expect(error).toMatchObject({ status, code });
}

describe('Programmable Messaging REST API', () => {
  it('creates a message the library parses, and records it with its segments', async () => {
    const sent = await client.messages.create({ to: CANDIDATE, from: BOT_NUMBER, body: 'a'.repeat(161) });

    expect(sent.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(sent).toMatchObject({ accountSid: standIn.accountSid, to: CANDIDATE, from: BOT_NUMBER, status: 'queued', numSegments: '2', direction: 'outbound-api', apiVersion: '2010-04-01' });
    expect(sent.dateCreated).toBeInstanceOf(Date);
    expect(Number.isNaN(sent.dateCreated.getTime())).toBe(false);
    expect(sent.uri).toBe(`/2010-04-01/Accounts/${standIn.accountSid}/Messages/${sent.sid}.json`);

    const spanish = await client.messages.create({ to: CANDIDATE, from: BOT_NUMBER, body: '¿Está bien?' });
    expect(standIn.messages({ to: CANDIDATE })).toMatchObject([
      { sid: sent.sid, numSegments: 2, encoding: 'GSM-7', direction: 'outbound-api' },
      { sid: spanish.sid, numSegments: 1, encoding: 'UCS-2' },
    ]);
  });

  it('answers a Messaging Service send as accepted, then picks the sender while delivering', async () => {
    const sent = await client.messages.create({ to: CANDIDATE, messagingServiceSid: 'MG' + '1'.repeat(32), body: 'Hello' });
    expect(sent).toMatchObject({ status: 'accepted', from: null, numSegments: '0' });
    await standIn.settle();
    expect(await client.messages(sent.sid).fetch()).toMatchObject({ status: 'delivered', from: BOT_NUMBER, numSegments: '1' });
  });

  it('fetches one message and lists them newest first across pages', async () => {
    const first = await client.messages.create({ to: CLINICIAN, from: BOT_NUMBER, body: 'first' });
    const second = await client.messages.create({ to: CLINICIAN, from: BOT_NUMBER, body: 'second' });
    await client.messages.create({ to: CANDIDATE, from: BOT_NUMBER, body: 'not to the clinician' });
    await standIn.settle();

    expect(await client.messages(first.sid).fetch()).toMatchObject({ sid: first.sid, body: 'first', status: 'delivered' });
    const listed = await client.messages.list({ to: CLINICIAN, pageSize: 1 });
    expect(listed.map((m) => m.sid)).toEqual([second.sid, first.sid]);
    await expectRestError(client.messages('SM' + '0'.repeat(32)).fetch(), 404, 20404);
  });

  it('refuses wrong credentials with 401, as Twilio does', async () => {
    const intruder = twilio(standIn.accountSid, 'not-the-token', { httpClient: new RewritingRequestClient(standIn.url) });
    await expectRestError(intruder.messages.create({ to: CANDIDATE, from: BOT_NUMBER, body: 'hi' }), 401, 20003);
    expect(standIn.messages()).toEqual([]);
  });

  it("rejects an invalid send with Twilio's error codes", async () => {
    await expectRestError(client.messages.create({ to: CANDIDATE, from: BOT_NUMBER, body: '' }), 400, 21602);
    await expectRestError(client.messages.create({ to: CANDIDATE, body: 'hi' }), 400, 21603);
    await expectRestError(client.messages.create({ to: 'not a number', from: BOT_NUMBER, body: 'hi' }), 400, 21211);
    await expectRestError(client.messages.create({ to: CANDIDATE, from: BOT_NUMBER, body: 'x'.repeat(1601) }), 400, 21617);

    // The library refuses a missing To itself, so send that one by hand.
    const response = await fetch(`${standIn.url}/2010-04-01/Accounts/${standIn.accountSid}/Messages.json`, {
      method: 'POST',
      headers: { Authorization: 'Basic ' + Buffer.from(`${standIn.accountSid}:${standIn.authToken}`).toString('base64'), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ From: BOT_NUMBER, Body: 'hi' }).toString(),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 21604, message: "A 'To' phone number is required.", more_info: 'https://www.twilio.com/docs/errors/21604', status: 400 });
  });
});

describe('delivery simulation and status callbacks', () => {
  it('posts signed sent and delivered callbacks, in order', async () => {
    const statusCallback = `${bot.url}/api/twilio/status?case=42`;
    const sent = await client.messages.create({ to: CANDIDATE, from: BOT_NUMBER, body: 'Call or text 988', statusCallback });
    await standIn.settle();

    expect(bot.received.map((w) => [w.url, w.params.MessageStatus])).toEqual([
      [statusCallback, 'sent'],
      [statusCallback, 'delivered'],
    ]);
    for (const callback of bot.received) {
      expect(signedByTwilio(callback)).toBe(true);
      expect(callback.params).toMatchObject({ MessageSid: sent.sid, SmsSid: sent.sid, AccountSid: standIn.accountSid, From: BOT_NUMBER, To: CANDIDATE, ApiVersion: '2010-04-01' });
      expect(callback.params.SmsStatus).toBe(callback.params.MessageStatus);
    }
    expect(standIn.messages()[0]?.callbacks.map((c) => c.httpStatus)).toEqual([204, 204]);
  });

  it('reports an undelivered message with error 30003 once a number is set to fail', async () => {
    standIn.failDeliveries(CANDIDATE, 'undelivered');
    const sent = await client.messages.create({ to: CANDIDATE, from: BOT_NUMBER, body: 'Call or text 988', statusCallback: `${bot.url}/status` });
    await standIn.settle();

    expect(bot.received.map((w) => [w.params.MessageStatus, w.params.ErrorCode])).toEqual([
      ['sent', undefined],
      ['undelivered', '30003'],
    ]);
    expect(bot.received.every(signedByTwilio)).toBe(true);
    expect(await client.messages(sent.sid).fetch()).toMatchObject({ status: 'undelivered', errorCode: 30003 });
  });

  it('can fail with a chosen error code through the admin API, and recover', async () => {
    const fail = await fetch(`${standIn.url}/_local/fail`, { method: 'POST', body: JSON.stringify({ to: CLINICIAN, status: 'failed', errorCode: 30007 }) });
    expect(fail.status).toBe(200);
    await client.messages.create({ to: CLINICIAN, from: BOT_NUMBER, body: 'page', statusCallback: `${bot.url}/status` });
    standIn.failDeliveries(CLINICIAN, null);
    await client.messages.create({ to: CLINICIAN, from: BOT_NUMBER, body: 'page again', statusCallback: `${bot.url}/status` });
    await standIn.settle();

    expect(bot.received.map((w) => [w.params.MessageStatus, w.params.ErrorCode])).toEqual([
      ['sent', undefined],
      ['failed', '30007'],
      ['sent', undefined],
      ['delivered', undefined],
    ]);
  });
});

describe('a phone texting the bot', () => {
  const twoReplies =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Message>Hi &amp; welcome &lt;3</Message>\n  <Message><Body>Reply STOP to opt out.</Body></Message>\n</Response>';

  it('sends a signed, Twilio-shaped webhook and records every <Message> of the TwiML answer', async () => {
    bot.answer = () => ({ contentType: 'text/xml', body: twoReplies });
    const response = await fetch(`${standIn.url}/_local/sms`, { method: 'POST', body: JSON.stringify({ from: CANDIDATE, body: 'START' }) });
    const result = (await response.json()) as { messageSid: string; status: number; replies: string[] };

    expect(result).toMatchObject({ status: 200, replies: ['Hi & welcome <3', 'Reply STOP to opt out.'] });
    expect(bot.received).toHaveLength(1);
    const webhook = bot.received[0] as ReceivedWebhook;
    expect(webhook.url).toBe(`${bot.url}/api/twilio/sms`);
    expect(signedByTwilio(webhook)).toBe(true);
    expect(webhook.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(webhook.params).toMatchObject({
      MessageSid: result.messageSid,
      SmsMessageSid: result.messageSid,
      SmsSid: result.messageSid,
      AccountSid: standIn.accountSid,
      From: CANDIDATE,
      To: BOT_NUMBER,
      Body: 'START',
      NumMedia: '0',
      NumSegments: '1',
      SmsStatus: 'received',
      ApiVersion: '2010-04-01',
      FromCountry: 'US',
    });
    expect(webhook.params).toHaveProperty('FromCity');
    expect(webhook.params).toHaveProperty('FromState');

    await standIn.settle();
    expect(standIn.messages().map((m) => [m.direction, m.from, m.to, m.body, m.status])).toEqual([
      ['inbound', CANDIDATE, BOT_NUMBER, 'START', 'received'],
      ['outbound-reply', BOT_NUMBER, CANDIDATE, 'Hi & welcome <3', 'delivered'],
      ['outbound-reply', BOT_NUMBER, CANDIDATE, 'Reply STOP to opt out.', 'delivered'],
    ]);
  });

  it('sends nothing for an empty <Response/>, and reports broken TwiML as error 12100', async () => {
    bot.answer = () => ({ contentType: 'text/xml', body: '<Response/>' });
    expect(await standIn.sendSms({ from: CANDIDATE, body: 'hello' })).toMatchObject({ status: 200, replies: [], error: null });

    bot.answer = () => ({ contentType: 'text/xml', body: '<Response><Message>unclosed</Response>' });
    expect(await standIn.sendSms({ from: CANDIDATE, body: 'hello' })).toMatchObject({ replies: [], error: { code: 12100 } });

    bot.answer = () => ({ status: 403 });
    expect(await standIn.sendSms({ from: CANDIDATE, body: 'hello' })).toMatchObject({ status: 403, replies: [], error: { code: 11200 } });
    expect(standIn.messages({ direction: 'outbound' })).toEqual([]);
  });

  it('resends the exact same webhook, and sends two at once', async () => {
    const first = await standIn.sendSms({ from: CANDIDATE, body: 'yes' });
    const again = await fetch(`${standIn.url}/_local/sms/resend`, { method: 'POST', body: JSON.stringify({ messageSid: first.messageSid }) });
    expect(again.status).toBe(200);
    const [original, retry] = bot.received;
    expect(retry?.params).toEqual(original?.params);
    expect(retry?.headers['x-twilio-signature']).toBe(original?.headers['x-twilio-signature']);
    expect(retry?.headers['i-twilio-idempotency-token']).toBe(original?.headers['i-twilio-idempotency-token']);
    expect(standIn.messages({ direction: 'inbound' })).toHaveLength(1);

    bot.received = [];
    const [a, b] = await Promise.all([standIn.sendSms({ from: CANDIDATE, body: 'one' }), standIn.sendSms({ from: CANDIDATE, body: 'two' })]);
    expect(a.messageSid).not.toBe(b.messageSid);
    expect(bot.received.map((w) => w.params.Body).sort()).toEqual(['one', 'two']);
    expect(bot.received.every(signedByTwilio)).toBe(true);
  });

  it('lists recorded messages for one number through the admin API, and forgets them on reset', async () => {
    bot.answer = () => ({ contentType: 'text/xml', body: `<Response><Message to="${CLINICIAN}">Case 17: review now</Message></Response>` });
    const result = await standIn.sendSms({ from: CANDIDATE, body: 'hello' });
    expect(result.replies).toEqual([]);

    const listed = (await (await fetch(`${standIn.url}/_local/messages?to=${encodeURIComponent(CLINICIAN)}`)).json()) as { messages: Array<{ body: string }> };
    expect(listed.messages.map((m) => m.body)).toEqual(['Case 17: review now']);
    expect((await fetch(`${standIn.url}/_local/reset`, { method: 'POST' })).status).toBe(200);
    expect(standIn.messages()).toEqual([]);
  });
});

describe('Twilio Conversations', () => {
  it('signs onMessageAdded for a phone (Source SMS) and for the bot’s own REST message (Source API)', async () => {
    const inbound = await standIn.sendConversationMessage({ author: CANDIDATE, body: 'hola' });
    expect(inbound).toMatchObject({ status: 204, index: 0 });
    expect(inbound.conversationSid).toMatch(/^CH[0-9a-f]{32}$/);

    const reply = await client.conversations.v1.conversations(inbound.conversationSid).messages.create({ author: 'intake-bot', body: 'Hola, soy un asistente automático.' });
    expect(reply).toMatchObject({ conversationSid: inbound.conversationSid, author: 'intake-bot', index: 1, participantSid: null });
    expect(reply.sid).toMatch(/^IM[0-9a-f]{32}$/);
    expect(reply.dateCreated).toBeInstanceOf(Date);
    await standIn.settle();

    expect(bot.received.map((w) => [w.path, w.params.EventType, w.params.Source, w.params.Author, w.params.Index])).toEqual([
      ['/api/twilio/conversations', 'onMessageAdded', 'SMS', CANDIDATE, '0'],
      ['/api/twilio/conversations', 'onMessageAdded', 'API', 'intake-bot', '1'],
    ]);
    expect(bot.received.every(signedByTwilio)).toBe(true);
    expect(bot.received[1]?.params).toMatchObject({ ConversationSid: inbound.conversationSid, MessageSid: reply.sid, Body: 'Hola, soy un asistente automático.', AccountSid: standIn.accountSid });
    expect(bot.received[0]?.params.ParticipantSid).toMatch(/^MB[0-9a-f]{32}$/);

    const listed = await client.conversations.v1.conversations(inbound.conversationSid).messages.list();
    expect(listed.map((m) => m.body)).toEqual(['hola', 'Hola, soy un asistente automático.']);
  });

  it('resends an onMessageAdded webhook unchanged, and refuses a conversation that does not exist', async () => {
    const inbound = await standIn.sendConversationMessage({ author: CANDIDATE, body: 'hello' });
    await standIn.resendConversationMessage(inbound.messageSid);
    expect(bot.received[1]?.params).toEqual(bot.received[0]?.params);

    await expectRestError(client.conversations.v1.conversations('CH' + '0'.repeat(32)).messages.create({ body: 'lost' }), 404, 20404);
  });
});

describe('like Twilio exactly (conversationsApiWebhooks: when-enabled)', () => {
  it('fires onMessageAdded for a REST message only when X-Twilio-Webhook-Enabled is true', async () => {
    const exact = await startTwilioLocal({ conversationsWebhookUrl: `${bot.url}/api/twilio/conversations`, conversationsApiWebhooks: 'when-enabled' });
    const exactClient = twilio(exact.accountSid, exact.authToken, { httpClient: new RewritingRequestClient(exact.url) });
    try {
      const { conversationSid } = await exact.sendConversationMessage({ author: CANDIDATE, body: 'hi' });
      await exactClient.conversations.v1.conversations(conversationSid).messages.create({ author: 'intake-bot', body: 'quiet' });
      await exactClient.conversations.v1.conversations(conversationSid).messages.create({ author: 'intake-bot', body: 'loud', xTwilioWebhookEnabled: 'true' });
      await exact.settle();
      expect(bot.received.map((w) => [w.params.Source, w.params.Body])).toEqual([
        ['SMS', 'hi'],
        ['API', 'loud'],
      ]);
    } finally {
      await exact.close();
    }
  });
});

describe('an unreachable status callback URL', () => {
  it('is recorded as a failed attempt and does not hold up settle()', async () => {
    const unreachable = 'http://127.0.0.1:1/status';
    await client.messages.create({ to: CANDIDATE, from: BOT_NUMBER, body: 'hello', statusCallback: unreachable });
    await standIn.settle();
    const [message] = standIn.messages();
    expect(message?.status).toBe('delivered');
    expect(message?.callbacks.map((c) => [c.status, c.httpStatus, c.error === null])).toEqual([
      ['sent', null, false],
      ['delivered', null, false],
    ]);
  });
});

describe('Twilio default opt-out handling (carrierOptOut)', () => {
  it('answers STOP itself and then refuses to send to that phone with 21610', async () => {
    const strict = await startTwilioLocal({ phoneNumber: BOT_NUMBER, smsWebhookUrl: `${bot.url}/api/twilio/sms`, carrierOptOut: true });
    const strictClient = twilio(strict.accountSid, strict.authToken, { httpClient: new RewritingRequestClient(strict.url) });
    try {
      bot.answer = () => ({ contentType: 'text/xml', body: '<Response><Message>You will get no more messages.</Message></Response>' });
      const stop = await strict.sendSms({ from: CANDIDATE, body: ' stop ' });
      expect(bot.received[0]?.params.OptOutType).toBe('STOP');
      expect(stop.replies).toEqual([]);
      await strict.settle();
      // Twilio's own confirmation goes out; the bot's reply to the STOP is blocked.
      expect(strict.messages({ to: CANDIDATE }).map((m) => [m.body.slice(0, 21), m.status, m.errorCode])).toEqual([
        ['You have successfully', 'delivered', null],
        ['You will get no more ', 'failed', 21610],
      ]);
      await expectRestError(strictClient.messages.create({ to: CANDIDATE, from: BOT_NUMBER, body: 'Call or text 988' }), 400, 21610);

      await strict.sendSms({ from: CANDIDATE, body: 'START' });
      expect((await strictClient.messages.create({ to: CANDIDATE, from: BOT_NUMBER, body: 'Welcome back' })).status).toBe('queued');
      await strict.settle();
    } finally {
      await strict.close();
    }
  });
});

describe('the page', () => {
  it('is served with a strict Content-Security-Policy and never renders text as HTML', async () => {
    const response = await fetch(`${standIn.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'nonce-[^']+'/);
    const html = await response.text();
    expect(html).toContain('textContent');
    expect(html).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
  });
});
