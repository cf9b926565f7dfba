import { HttpError, obtainSession, type ConnectReason, type TokenAnswer } from '../../src/widget/shared/direct-line-session';
import { readSession, sessionFromToken, writeSession, type KeyValueStorage } from '../../src/widget/shared/session';

/**
 * The widget's side of the Direct Line token contract, with the service's answers scripted as the local
 * Direct Line gives them: POST /v3/directline/tokens/refresh with a token (also one expired less than a day
 * ago) answers { token, conversationId, expires_in } for the same conversation, or 403 when it will not;
 * POST /api/web/token answers a new conversation.
 */
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const ORIGIN = 'https://intake.example';
const NOW = Date.parse('2026-03-10T16:00:00Z');
const MINUTE = 60_000;

interface Call {
  path: string;
  token?: string;
}

/** The service: refresh either renews the conversation's token or refuses; a new token opens conversation c-new. */
function service(refresh: 'accepts' | 'refuses' | 'offline') {
  const calls: Call[] = [];
  const post = async (url: string, _body: unknown, token?: string): Promise<TokenAnswer> => {
    const path = url.slice(ORIGIN.length);
    calls.push({ path, token });
    if (path === '/v3/directline/tokens/refresh') {
      if (refresh === 'refuses') throw new HttpError(403);
      if (refresh === 'offline') throw new TypeError('Failed to fetch');
      return { token: `renewed(${token})`, conversationId: 'c-old', expires_in: 1800 };
    }
    if (path === '/api/web/token') return { token: 'new-token', conversationId: 'c-new', expires_in: 1800 };
    throw new HttpError(404);
  };
  return { calls, post };
}

/** A visitor whose conversation c-old (seen up to watermark 12) got a 30-minute token at NOW. */
function storedConversation(): MemoryStorage {
  const storage = new MemoryStorage();
  writeSession(storage, { ...sessionFromToken({ token: 'old-token', conversationId: 'c-old', expires_in: 1800 }, NOW, 'es'), watermark: '12' });
  return storage;
}

function obtain(storage: KeyValueStorage, reason: ConnectReason, at: number, post: ReturnType<typeof service>['post']) {
  return obtainSession({ storage, reason, locale: 'es', origin: ORIGIN, now: () => at, post });
}

describe('the widget continues a conversation whose token expired', () => {
  it('when the page is reloaded 45 minutes later (the visitor was on a call to 988), then the old token is refreshed and the same conversation continues from its watermark, with no restart notice', async () => {
    const storage = storedConversation();
    const { calls, post } = service('accepts');
    const { session, restarted } = await obtain(storage, 'load', NOW + 45 * MINUTE, post);

    expect(calls).toEqual([{ path: '/v3/directline/tokens/refresh', token: 'old-token' }]);
    expect(session).toMatchObject({ conversationId: 'c-old', watermark: '12', token: 'renewed(old-token)', expiresAt: NOW + 75 * MINUTE, locale: 'es' });
    expect(restarted).toBe(false);
    expect(readSession(storage)).toEqual(session);
  });

  it('when the service stops accepting the token mid-conversation (a phone asleep), then the reconnect refreshes it for the same conversation even though the stored expiry is still ahead', async () => {
    const storage = storedConversation();
    const { calls, post } = service('accepts');
    const { session, restarted } = await obtain(storage, 'lost', NOW + 5 * MINUTE, post);
    expect(calls.map((c) => c.path)).toEqual(['/v3/directline/tokens/refresh']);
    expect(session.conversationId).toBe('c-old');
    expect(restarted).toBe(false);
  });

  it.each(['load', 'lost'] as const)('when the service refuses to refresh the expired token (%s), then a new conversation starts and the visitor is told', async (reason) => {
    const storage = storedConversation();
    const { calls, post } = service('refuses');
    const { session, restarted } = await obtain(storage, reason, NOW + 31 * 60 * MINUTE, post);
    expect(calls.map((c) => c.path)).toEqual(['/v3/directline/tokens/refresh', '/api/web/token']);
    expect(session).toMatchObject({ conversationId: 'c-new', watermark: '', token: 'new-token' });
    expect(restarted).toBe(true);
    expect(readSession(storage)?.conversationId).toBe('c-new');
  });

  it('when the refreshed token is refused again before it got online, then the panel gives the conversation up: a new one, with the notice, and no further refresh', async () => {
    const storage = storedConversation();
    const { calls, post } = service('accepts');
    const { session, restarted } = await obtain(storage, 'abandon', NOW + MINUTE, post);
    expect(calls.map((c) => c.path)).toEqual(['/api/web/token']);
    expect(session.conversationId).toBe('c-new');
    expect(restarted).toBe(true);
  });

  it('when the refresh cannot reach the service (offline), then nothing is thrown away: the error reaches the panel (which offers "Try again") and the stored conversation is kept', async () => {
    const storage = storedConversation();
    const { calls, post } = service('offline');
    await expect(obtain(storage, 'load', NOW + 45 * MINUTE, post)).rejects.toThrow('Failed to fetch');
    expect(calls.map((c) => c.path)).toEqual(['/v3/directline/tokens/refresh']);
    expect(readSession(storage)?.conversationId).toBe('c-old');
  });

  it('when the token still has most of its life, then the conversation is resumed without any request; with nothing stored a new one starts without a notice', async () => {
    const { calls, post } = service('accepts');
    const resumed = await obtain(storedConversation(), 'load', NOW + 10 * MINUTE, post);
    expect(resumed).toMatchObject({ session: { conversationId: 'c-old', token: 'old-token' }, restarted: false });
    expect(calls).toEqual([]);

    const first = await obtain(new MemoryStorage(), 'load', NOW, post);
    expect(first).toMatchObject({ session: { conversationId: 'c-new' }, restarted: false });
  });
});
