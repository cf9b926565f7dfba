/**
 * What the panel keeps in sessionStorage so that a page reload continues the same conversation: the Direct Line
 * token, its conversation id, the last watermark seen and when the token expires. sessionStorage (not
 * localStorage) because this is health information on what may be a shared computer: it is gone when the tab
 * is closed.
 *
 * Pure: storage and time are passed in, so the rules (use, refresh first, or start again) are unit-tested.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface WidgetSession {
  token: string;
  conversationId: string;
  /** The Direct Line watermark of the last activity the panel saw (a string, as Direct Line has it). */
  watermark: string;
  /** When the token stops working, in ms since the epoch. */
  expiresAt: number;
  /** How long a fresh token lives, so a token refreshed by Direct Line itself can be given an expiry too. */
  lifetimeMs: number;
  locale: string;
}

export const SESSION_KEY = 'intake-widget/v1/session';

/** Refresh when this much of a token's life is left (at least a minute, so a slow network still makes it). */
export function refreshMargin(lifetimeMs: number): number {
  return Math.max(60_000, Math.floor(lifetimeMs / 4));
}

export type ResumeDecision =
  | { kind: 'new' }
  | { kind: 'resume'; session: WidgetSession }
  /** Still valid but about to expire: refresh before the first poll. */
  | { kind: 'refresh'; session: WidgetSession }
  /**
   * There was a conversation, but its token has expired (a phone asleep, a long call to 988): the service
   * still refreshes a recently expired token for the same conversation, so that is tried first
   * (direct-line-session.ts); only if it refuses does a new conversation start, and the visitor is told.
   */
  | { kind: 'expired'; session: WidgetSession };

export function decideResume(storage: KeyValueStorage | undefined, nowMs: number): ResumeDecision {
  const session = readSession(storage);
  if (!session) return { kind: 'new' };
  const left = session.expiresAt - nowMs;
  // A few seconds' slack: a token that expires as the first poll leaves would fail with a 403.
  if (left <= 5_000) return { kind: 'expired', session };
  if (left <= refreshMargin(session.lifetimeMs)) return { kind: 'refresh', session };
  return { kind: 'resume', session };
}

/** Milliseconds from now until the token should be refreshed (0: now). */
export function refreshDelay(session: Pick<WidgetSession, 'expiresAt' | 'lifetimeMs'>, nowMs: number): number {
  return Math.max(0, session.expiresAt - refreshMargin(session.lifetimeMs) - nowMs);
}

export function readSession(storage: KeyValueStorage | undefined): WidgetSession | undefined {
  try {
    const raw = storage?.getItem(SESSION_KEY);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Partial<WidgetSession>;
    if (typeof v.token !== 'string' || typeof v.conversationId !== 'string' || typeof v.expiresAt !== 'number') return undefined;
    return {
      token: v.token,
      conversationId: v.conversationId,
      watermark: typeof v.watermark === 'string' ? v.watermark : '',
      expiresAt: v.expiresAt,
      lifetimeMs: typeof v.lifetimeMs === 'number' && v.lifetimeMs > 0 ? v.lifetimeMs : 30 * 60_000,
      locale: typeof v.locale === 'string' ? v.locale : 'en',
    };
  } catch {
    // Storage blocked (some privacy modes) or a value from an older build: behave as if there were none.
    return undefined;
  }
}

export function writeSession(storage: KeyValueStorage | undefined, session: WidgetSession): void {
  try {
    storage?.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    // Full or blocked storage: the chat still works, it only will not survive a reload.
  }
}

export function clearSession(storage: KeyValueStorage | undefined): void {
  try {
    storage?.removeItem(SESSION_KEY);
  } catch {
    // See writeSession.
  }
}

/** A session from a token answer ({ token, conversationId, expires_in } in seconds). */
export function sessionFromToken(answer: { token: string; conversationId: string; expires_in?: number }, nowMs: number, locale: string, watermark = ''): WidgetSession {
  const lifetimeMs = Math.max(60, answer.expires_in ?? 1800) * 1000;
  return { token: answer.token, conversationId: answer.conversationId, watermark, expiresAt: nowMs + lifetimeMs, lifetimeMs, locale };
}

/** The later of two Direct Line watermarks (decimal sequence numbers as strings; "" is the start). */
export function newer(a: string, b: string): string {
  if (!/^\d+$/.test(a)) return b || a;
  if (!/^\d+$/.test(b)) return a;
  return Number(b) > Number(a) ? b : a;
}
