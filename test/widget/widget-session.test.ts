import { decideResume, readSession, refreshDelay, SESSION_KEY, sessionFromToken, writeSession, type KeyValueStorage } from '../../src/widget/shared/session';

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

const NOW = Date.parse('2026-03-10T16:00:00Z');
const MINUTE = 60_000;

describe('the widget session kept across reloads', () => {
  it('when nothing is stored, then a new conversation starts', () => {
    expect(decideResume(new MemoryStorage(), NOW)).toEqual({ kind: 'new' });
    expect(decideResume(undefined, NOW)).toEqual({ kind: 'new' });
  });

  it('when a token with plenty of life is stored, then the conversation is resumed with it', () => {
    const storage = new MemoryStorage();
    const session = sessionFromToken({ token: 't1', conversationId: 'c1', expires_in: 1800 }, NOW, 'en');
    writeSession(storage, { ...session, watermark: '7' });
    expect(decideResume(storage, NOW + 10 * MINUTE)).toEqual({ kind: 'resume', session: { ...session, watermark: '7' } });
  });

  it('when the token has less than a quarter of its life left, then it is refreshed before the first poll', () => {
    const storage = new MemoryStorage();
    writeSession(storage, sessionFromToken({ token: 't1', conversationId: 'c1', expires_in: 1800 }, NOW, 'en'));
    expect(decideResume(storage, NOW + 23 * MINUTE).kind).toBe('refresh');
  });

  it('when the token has expired, then the stored session is handed on to be refreshed for the same conversation', () => {
    const storage = new MemoryStorage();
    const session = sessionFromToken({ token: 't1', conversationId: 'c1', expires_in: 1800 }, NOW, 'en');
    writeSession(storage, { ...session, watermark: '4' });
    expect(decideResume(storage, NOW + 30 * MINUTE)).toEqual({ kind: 'expired', session: { ...session, watermark: '4' } });
  });

  it('when the stored value is damaged or storage throws, then it is as if nothing were stored', () => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_KEY, '{not json');
    expect(readSession(storage)).toBeUndefined();
    storage.setItem(SESSION_KEY, JSON.stringify({ token: 5 }));
    expect(readSession(storage)).toBeUndefined();
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(decideResume(blocked, NOW)).toEqual({ kind: 'new' });
    expect(() => writeSession(blocked, sessionFromToken({ token: 't', conversationId: 'c' }, NOW, 'en'))).not.toThrow();
  });

  it('when a 30-minute token is issued, then the refresh is due 7.5 minutes before it expires, and never less than a minute before', () => {
    const session = sessionFromToken({ token: 't1', conversationId: 'c1', expires_in: 1800 }, NOW, 'en');
    expect(refreshDelay(session, NOW)).toBe(22.5 * MINUTE);
    expect(refreshDelay(session, NOW + 29 * MINUTE)).toBe(0);
    const short = sessionFromToken({ token: 't1', conversationId: 'c1', expires_in: 120 }, NOW, 'en');
    expect(refreshDelay(short, NOW)).toBe(MINUTE);
  });
});
