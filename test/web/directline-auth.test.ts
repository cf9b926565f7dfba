import { startWebStack, type WebStack } from './support';
import { DirectLineClient } from './direct-line-client';
import { DirectLineTokens } from '../../src/channels/web/directline/tokens';

/** Who may do what on the local Direct Line: the token decides, and every refusal says why. */
describe('local Direct Line: tokens', () => {
  let s: WebStack;
  beforeAll(async () => {
    s = await startWebStack();
  });
  afterAll(async () => s.close());

  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

  it('when the token is missing, malformed or signed with another secret, then every route answers 403 with the reason', async () => {
    const visitor = await s.visitor();
    const forged = new DirectLineTokens({ secret: 'somebody-elses-secret-0123456789abcdef', ttlSeconds: 1800 }).issueVisitor(
      { conversationId: visitor.conversationId, userId: 'dl_intruder' },
      s.clock.now(),
    );
    for (const token of [undefined, 'not-a-jwt', `${visitor.token.slice(0, -4)}AAAA`, forged]) {
      const intruder = new DirectLineClient(s.base, token ?? '', visitor.conversationId);
      const headers = token ? intruder.headers() : { Accept: 'application/json' };
      const calls = [
        fetch(`${s.base}/v3/directline/conversations/${visitor.conversationId}/activities?watermark=`, { headers }),
        fetch(`${s.base}/v3/directline/conversations/${visitor.conversationId}`, { headers }),
        fetch(`${s.base}/v3/directline/conversations`, { method: 'POST', headers }),
        fetch(`${s.base}/v3/directline/tokens/refresh`, { method: 'POST', headers }),
        fetch(`${s.base}/v3/directline/conversations/${visitor.conversationId}/activities`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify({ type: 'message', text: 'hello' }),
        }),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status).toBe(403);
        expect((await errorOf(res)).message).toMatch(token ? /invalid token/ : /Bearer token is required/);
      }
    }
    // Nothing was posted into the conversation.
    expect((await visitor.drain()).filter((a) => a.from.role === 'user')).toHaveLength(0);
  });

  it('when a visitor comes back an hour after their token expired (a call to 988), then refresh gives a token for the same conversation and user, and the intake goes on where it stopped', async () => {
    const visitor = await s.visitor();
    expect(await visitor.say('yes')).toContain('How old are you?');
    const old = visitor.token;
    s.clock.advance(90 * 60_000); // the token expired an hour ago
    const poll = await fetch(`${s.base}/v3/directline/conversations/${visitor.conversationId}/activities`, { headers: visitor.headers() });
    expect(poll.status).toBe(403);
    expect(await errorOf(poll)).toEqual({ code: 'TokenExpired', message: 'token expired' });
    expect((await visitor.post({ type: 'message', text: 'hello?' })).status).toBe(403);

    const refresh = await fetch(`${s.base}/v3/directline/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${old}` } });
    expect(refresh.status).toBe(200);
    const refreshed = (await refresh.json()) as { token: string; conversationId: string; expires_in: number };
    expect(refreshed).toMatchObject({ conversationId: visitor.conversationId, expires_in: 1800 });
    visitor.token = refreshed.token;
    // Same conversation: the intake goes on where it stopped.
    expect(await visitor.say('34')).toMatch(/state/i);
    // The same user, too: every message of the visitor has one user id.
    const users = new Set((await new DirectLineClient(s.base, refreshed.token, visitor.conversationId).drain()).filter((a) => a.from.role === 'user').map((a) => a.from.id));
    expect(users.size).toBe(1);
  });

  it('when a token expired longer ago than the grace period, or its session is older than the cap, then refresh is refused with the reason', async () => {
    const late = await s.visitor();
    s.clock.advance(30 * 60_000 + 24 * 3600_000 + 1000);
    const tooLate = await fetch(`${s.base}/v3/directline/tokens/refresh`, { method: 'POST', headers: late.headers() });
    expect(tooLate.status).toBe(403);
    expect((await errorOf(tooLate)).message).toMatch(/expired too long ago/);

    // Refreshed every 20 minutes for a week: the chain still ends.
    const keeper = await s.visitor();
    let refused: Response | undefined;
    for (let i = 0; i < 8 * 24 * 3; i++) {
      s.clock.advance(20 * 60_000);
      const res = await fetch(`${s.base}/v3/directline/tokens/refresh`, { method: 'POST', headers: keeper.headers() });
      if (res.status !== 200) {
        refused = res;
        break;
      }
      keeper.token = ((await res.json()) as { token: string }).token;
    }
    expect(refused?.status).toBe(403);
    expect(await errorOf(refused!)).toEqual({ code: 'TokenExpired', message: 'session ended; start a new conversation' });
  });

  it('when the token has expired, then 403 "token expired", and a refresh before that keeps the visitor going', async () => {
    const visitor = await s.visitor();
    s.clock.advance(20 * 60_000);
    const refresh = await fetch(`${s.base}/v3/directline/tokens/refresh`, { method: 'POST', headers: visitor.headers() });
    expect(refresh.status).toBe(200);
    const refreshed = (await refresh.json()) as { token: string; conversationId: string; expires_in: number };
    expect(refreshed).toMatchObject({ conversationId: visitor.conversationId, expires_in: 1800 });

    s.clock.advance(11 * 60_000); // the first token is now 31 minutes old, the refreshed one 11
    const stale = await fetch(`${s.base}/v3/directline/conversations/${visitor.conversationId}/activities`, { headers: visitor.headers() });
    expect(stale.status).toBe(403);
    expect(await errorOf(stale)).toEqual({ code: 'TokenExpired', message: 'token expired' });
    visitor.token = refreshed.token;
    expect(await visitor.say('yes')).toContain('How old are you?');
  });

  it("when a valid token names someone else's conversation, then 403; an unknown conversation is 404", async () => {
    const alice = await s.visitor();
    const mallory = await s.visitor();
    await alice.say('yes');
    const asMallory = new DirectLineClient(s.base, mallory.token, alice.conversationId);
    const poll = await fetch(`${s.base}/v3/directline/conversations/${alice.conversationId}/activities`, { headers: asMallory.headers() });
    expect(poll.status).toBe(403);
    expect((await errorOf(poll)).message).toBe('this token is for another conversation');
    expect((await asMallory.post({ type: 'message', text: 'I am Alice' })).status).toBe(403);
    expect((await asMallory.connect()).status).toBe(403);

    const unknown = await fetch(`${s.base}/v3/directline/conversations/no-such-conversation/activities`, { headers: mallory.headers() });
    expect(unknown.status).toBe(404);
    expect((await mallory.post({ type: 'message', text: 'hi' }, 'no-such-conversation')).status).toBe(404);
    // Alice's conversation holds only what Alice and the bot said.
    const aliceSees = await alice.drain();
    expect(aliceSees.some((a) => a.text === 'I am Alice')).toBe(false);
  });

  it('when the page asks for a token, then it gets one conversation and user per request, in the language asked for', async () => {
    const first = await DirectLineClient.open(s.base, { locale: 'es' });
    const second = await DirectLineClient.open(s.base);
    expect(first.conversationId).not.toBe(second.conversationId);
    const claims = JSON.parse(Buffer.from(first.token.split('.')[1], 'base64url').toString()) as { user: string; conv: string };
    expect(claims.user).toMatch(/^dl_/);
    expect(claims.conv).toBe(first.conversationId);
    await first.connect();
    expect((await first.drain()).map((a) => a.text).join(' ')).toContain('asistente automático');
    const bad = await fetch(`${s.base}/api/web/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ locale: 'fr' }) });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('locale');
    // No body at all is fine (the widget may send none), and so is an Accept-Language the bot speaks.
    const bare = await fetch(`${s.base}/api/web/token`, { method: 'POST', headers: { 'Accept-Language': 'es-MX,es;q=0.9' } });
    expect(bare.status).toBe(200);
    const session = (await bare.json()) as { token: string; conversationId: string };
    const spanish = new DirectLineClient(s.base, session.token, session.conversationId);
    await spanish.connect();
    expect((await spanish.drain()).map((a) => a.text).join(' ')).toContain('asistente automático');
  });
});
