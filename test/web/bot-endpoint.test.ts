import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startWebStack, type WebStack } from './support';
import { ClaimsIdentity } from 'botframework-connector';

/** An outside server standing for whatever a forged activity names as its serviceUrl: it must never be called. */
async function listeningTrap(): Promise<{ url: string; hits: string[]; close(): void }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, hits, close: () => server.close() };
}

const forged = (serviceUrl: string) => ({
  type: 'message',
  id: 'a1',
  text: 'hello',
  channelId: 'directline',
  serviceUrl,
  conversation: { id: 'forged-conversation' },
  from: { id: 'u1' },
  recipient: { id: 'bot' },
});

describe('POST /api/messages', () => {
  let s: WebStack;
  let trap: Awaited<ReturnType<typeof listeningTrap>>;
  afterEach(async () => {
    trap.close();
    await s.close();
  });

  it('when no app id is configured, then it processes nothing, so a forged serviceUrl is never called', async () => {
    s = await startWebStack();
    trap = await listeningTrap();
    const res = await fetch(`${s.base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(forged(trap.url)) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/MicrosoftAppId/);
    expect(trap.hits).toEqual([]);
    expect(await s.app.store.findConversation('web', 'directline:forged-conversation')).toBeUndefined();

    // Nor can a proactive message be pointed there: only the local connector, or app credentials, are reachable.
    const factory = s.app.web.auth.createConnectorFactory(new ClaimsIdentity([]));
    await expect(factory.create(trap.url)).rejects.toThrow(/no app credentials/);
    expect(trap.hits).toEqual([]);
  });

  it('when an app id is configured, then the Bot Framework SDK checks the JWT: none, or one it did not issue, is 401 and nothing is sent', async () => {
    s = await startWebStack({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-password' });
    trap = await listeningTrap();
    const visitor = await s.visitor(); // a local Direct Line token is not a Bot Framework token
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined); // the SDK reports auth failures on stderr
    try {
      for (const authorization of [undefined, `Bearer ${visitor.token}`, 'Bearer a.b.c', 'Basic dXNlcjpwYXNz']) {
        const res = await fetch(`${s.base}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
          body: JSON.stringify(forged(trap.url)),
        });
        expect(res.status).toBe(401);
      }
    } finally {
      quiet.mockRestore();
    }
    expect(trap.hits).toEqual([]);
    expect(await s.app.store.findConversation('web', 'directline:forged-conversation')).toBeUndefined();
    // The local Direct Line works the same beside it.
    expect(await visitor.say('yes')).toContain('How old are you?');
  });

  it('when the local Direct Line is switched off, then its routes do not exist, and /api/messages is the only web path', async () => {
    s = await startWebStack({ DIRECTLINE_LOCAL: 'false', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-password' });
    trap = await listeningTrap();
    expect((await fetch(`${s.base}/api/web/token`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${s.base}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${s.base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(forged(trap.url)) })).status).toBe(401);
    expect(s.app.web.local).toBeUndefined();
  });

  it('when the body is not an activity, then 400 before any authentication work', async () => {
    s = await startWebStack({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-password' });
    trap = await listeningTrap();
    for (const body of ['{"type":', '[]', '{"text":"no type"}']) {
      const res = await fetch(`${s.base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer x' }, body });
      expect(res.status).toBe(400);
    }
  });
});

describe('the connector (no public HTTP route)', () => {
  let s: WebStack;
  beforeAll(async () => {
    s = await startWebStack();
  });
  afterAll(async () => s.close());

  it('when anyone posts to /v3/conversations/:cid/activities, then 404 and nothing reaches the visitor: only the bot in this process can speak as the bot', async () => {
    const visitor = await s.visitor();
    await visitor.drain();
    const url = `${s.base}/v3/conversations/${visitor.conversationId}/activities`;
    const body = JSON.stringify({ type: 'message', text: 'A note from the bot', from: { id: 'someone', role: 'user' } });
    for (const target of [url, `${url}/${encodeURIComponent(`${visitor.conversationId}|0000001`)}`]) {
      for (const authorization of [undefined, `Bearer ${visitor.token}`]) {
        const res = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) }, body });
        expect(res.status).toBe(404);
      }
    }
    expect(await visitor.poll()).toEqual([]);
    // The in-process connector still carries the bot's replies.
    expect(await visitor.say('yes')).toContain('How old are you?');
  });
});
