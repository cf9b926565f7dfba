import { randomUUID } from 'node:crypto';
import { startWebStack, type WebStack } from './support';
import { DirectLineClient, type Activity } from './direct-line-client';

/** The activity stream as Web Chat sees it: watermarks, order, echoes, and the bot's greeting once. */
describe('local Direct Line: the activity stream', () => {
  let s: WebStack;
  beforeAll(async () => {
    s = await startWebStack({ WEB_POSTS_PER_MINUTE: '10000' });
  });
  afterAll(async () => s.close());

  const poll = async (client: DirectLineClient, watermark: string) => {
    const res = await fetch(`${s.base}/v3/directline/conversations/${client.conversationId}/activities?watermark=${watermark}`, { headers: client.headers() });
    expect(res.status).toBe(200);
    return (await res.json()) as { activities: Activity[]; watermark: string };
  };

  it('when there are more activities than one poll returns, then the watermark pages through all of them, each once', async () => {
    const visitor = await s.visitor();
    for (let i = 0; i < 130; i++) expect((await visitor.post({ type: 'typing' })).status).toBe(200);
    const first = await poll(visitor, '');
    expect(first.activities).toHaveLength(100);
    expect(first.watermark).toBe('100');
    const second = await poll(visitor, first.watermark);
    expect(second.activities).toHaveLength(32); // the two welcome messages and 130 typing activities
    expect(second.watermark).toBe('132');
    const third = await poll(visitor, second.watermark);
    expect(third).toEqual({ activities: [], watermark: '132' });
    // From any watermark, exactly what came after it.
    const middle = await poll(visitor, '50');
    expect(middle.activities[0].id).toBe(first.activities[50].id);
    const ids = [...first.activities, ...second.activities].map((a) => a.id);
    expect(new Set(ids).size).toBe(132);

    for (const bad of ['abc', '-1', '1e3', '99999999999999999999']) {
      const res = await fetch(`${s.base}/v3/directline/conversations/${visitor.conversationId}/activities?watermark=${bad}`, { headers: visitor.headers() });
      expect(res.status).toBe(400);
    }
  });

  it('when the clock stands still or steps back, then ids and timestamps still strictly increase, bot replies included', async () => {
    const visitor = await s.visitor();
    await visitor.say('yes');
    s.clock.advance(-60_000);
    await visitor.say('41');
    await visitor.say('Colorado');
    s.clock.advance(60_000);
    const all = await poll(visitor, '');
    expect(all.activities.length).toBeGreaterThan(8);
    const seqs = all.activities.map((a) => Number(a.id.split('|')[1]));
    const times = all.activities.map((a) => Date.parse(a.timestamp));
    for (let i = 1; i < all.activities.length; i++) {
      expect(seqs[i]).toBe(seqs[i - 1] + 1);
      expect(times[i]).toBeGreaterThan(times[i - 1]);
    }
    // Each message is followed by the bot's replies to it.
    const second = all.activities.findIndex((a) => a.text === '41');
    expect(all.activities[second + 1]).toMatchObject({ replyToId: all.activities[second].id, from: { role: 'bot' } });
  });

  it("when the visitor posts, then their activity is echoed with its clientActivityID, from the token's user, whatever the client claimed", async () => {
    const visitor = await s.visitor();
    await visitor.drain();
    const clientActivityID = randomUUID();
    const body = { type: 'message', text: 'yes', locale: 'en-US', from: { id: 'dl_someone_else', name: 'Mallory', role: 'bot' }, id: 'forged-id', timestamp: '2001-01-01T00:00:00Z', serviceUrl: 'http://evil.example', channelData: { clientActivityID } };
    const res = await visitor.post(body);
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };
    const [echo] = await visitor.poll();
    const user = JSON.parse(Buffer.from(visitor.token.split('.')[1], 'base64url').toString()).user as string;
    expect(echo).toMatchObject({ id, type: 'message', text: 'yes', from: { id: user, role: 'user' }, channelData: { clientActivityID }, serviceUrl: `${s.base}/` });
    expect(echo.timestamp).not.toBe('2001-01-01T00:00:00Z');
    expect(id).not.toBe('forged-id');

    // A retried post (same clientActivityID) is stored and answered once, with the same id.
    const again = await visitor.post(body);
    expect(((await again.json()) as { id: string }).id).toBe(id);
    const after = await visitor.drain();
    expect(after.filter((a) => a.from.role === 'user')).toHaveLength(0);
    const answers = visitor.received.filter((a) => a.replyToId === id);
    expect(answers.map((a) => a.text).join(' ')).toContain('How old are you?');
    expect(answers.filter((a) => a.text === 'How old are you?')).toHaveLength(1);
  });

  it('when a clientActivityID is reused with different text, then 409 with the reason and nothing is stored; the same text again stays an idempotent 200', async () => {
    const visitor = await s.visitor();
    await visitor.drain();
    const clientActivityID = randomUUID();
    const first = await visitor.post({ type: 'message', text: 'yes', channelData: { clientActivityID } });
    expect(first.status).toBe(200);
    const { id } = (await first.json()) as { id: string };
    const reused = await visitor.post({ type: 'message', text: 'I want to end my life', channelData: { clientActivityID } });
    expect(reused.status).toBe(409);
    expect(((await reused.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'Conflict',
      message: 'this clientActivityID was already used for a different activity; send it with a new clientActivityID',
    });
    const same = await visitor.post({ type: 'message', text: 'yes', channelData: { clientActivityID } });
    expect(same.status).toBe(200);
    expect(((await same.json()) as { id: string }).id).toBe(id);
    const mine = (await visitor.drain()).filter((a) => a.from.role === 'user');
    expect(mine.map((a) => a.text)).toEqual(['yes']);
  });

  it('when Web Chat starts, reloads and reconnects again, then the bot gets its conversationUpdate once: one welcome', async () => {
    const visitor = await DirectLineClient.open(s.base);
    const start = await fetch(`${s.base}/v3/directline/conversations`, { method: 'POST', headers: visitor.headers() });
    expect(start.status).toBe(201);
    expect(await start.json()).toMatchObject({ conversationId: visitor.conversationId, expires_in: 1800 });
    const again = await fetch(`${s.base}/v3/directline/conversations`, { method: 'POST', headers: visitor.headers() });
    expect(again.status).toBe(200);
    for (let reload = 0; reload < 3; reload++) {
      const res = await visitor.connect();
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ conversationId: visitor.conversationId });
    }
    const all = await visitor.drain();
    expect(all.filter((a) => /automated intake assistant/.test(a.text ?? ''))).toHaveLength(1);
    expect(all.filter((a) => /Would you like to start/.test(a.text ?? ''))).toHaveLength(1);
    // And the welcome offers buttons, as the widget expects.
    expect(all.at(-1)!.suggestedActions).toEqual({ actions: [{ type: 'imBack', title: 'Yes', value: 'Yes' }, { type: 'imBack', title: 'No', value: 'No' }] });
  });

  it('when a body is malformed, then 400 with the reason; too large, 413; not JSON, 415', async () => {
    const visitor = await s.visitor();
    const raw = (body: string, type = 'application/json') =>
      fetch(`${s.base}/v3/directline/conversations/${visitor.conversationId}/activities`, { method: 'POST', headers: visitor.headers({ 'Content-Type': type }), body });
    const cases: [string, number, RegExp][] = [
      ['{"type":', 400, /not valid JSON/],
      ['[1,2]', 400, /JSON object/],
      ['{"text":"hi"}', 400, /type/],
      ['{"type":"conversationUpdate"}', 400, /type/],
      ['{"type":"message","text":42}', 400, /text/],
      [JSON.stringify({ type: 'message', text: 'x'.repeat(20_001) }), 400, /longer than 20000/],
      [JSON.stringify({ type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'http://x' }] }), 400, /attachments are not supported/],
      ['', 400, /empty/],
      [JSON.stringify({ type: 'message', text: 'y'.repeat(70_000) }), 413, /larger than 65536/],
    ];
    for (const [body, status, reason] of cases) {
      const res = await raw(body);
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(reason);
    }
    expect((await raw('type=message', 'application/x-www-form-urlencoded')).status).toBe(415);
    // None of it reached the conversation.
    expect((await visitor.drain()).filter((a) => a.from.role === 'user')).toHaveLength(0);
  });

  it('when the page calls from another origin, then the preflight and the answers carry CORS headers', async () => {
    const preflight = await fetch(`${s.base}/v3/directline/conversations/abc/activities`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://clinic.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type, x-ms-bot-agent' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-ms-bot-agent');
    const token = await fetch(`${s.base}/api/web/token`, { method: 'POST', headers: { Origin: 'https://clinic.example' } });
    expect(token.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('local Direct Line: rate limits', () => {
  let s: WebStack;
  beforeAll(async () => {
    s = await startWebStack({ WEB_POSTS_PER_MINUTE: '3', WEB_POLLS_PER_MINUTE: '5', WEB_TOKENS_PER_IP_PER_MINUTE: '4', WEB_ALLOWED_ORIGINS: 'https://clinic.example' });
  });
  afterAll(async () => s.close());

  it('when one conversation posts or polls too fast, then 429 with Retry-After for it alone, until the minute has passed', async () => {
    const visitor = await s.visitor(); // one token request, one reconnect
    const other = await s.visitor();
    for (let i = 0; i < 3; i++) expect((await visitor.post({ type: 'typing' })).status).toBe(200);
    const limited = await visitor.post({ type: 'message', text: 'yes' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await other.post({ type: 'typing' })).status).toBe(200);

    const polls = [];
    for (let i = 0; i < 5; i++) polls.push((await fetch(`${s.base}/v3/directline/conversations/${visitor.conversationId}/activities`, { headers: visitor.headers() })).status);
    expect(polls).toEqual([200, 200, 200, 200, 429]); // the reconnect counted as one

    s.clock.advance(60_000);
    expect((await visitor.post({ type: 'message', text: 'yes' })).status).toBe(200);
    expect((await visitor.poll()).some((a) => a.text === 'How old are you?')).toBe(true);
  });

  it('when one address asks for many tokens, then 429; CORS only for the configured origin', async () => {
    s.clock.advance(60_000);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${s.base}/api/web/token`, { method: 'POST', headers: { Origin: 'https://clinic.example' } })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const allowed = await fetch(`${s.base}/api/web/token`, { method: 'POST', headers: { Origin: 'https://clinic.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://clinic.example');
    const other = await fetch(`${s.base}/api/web/token`, { method: 'POST', headers: { Origin: 'https://elsewhere.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
