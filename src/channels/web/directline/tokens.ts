import { randomBytes } from 'node:crypto';
import { signJwt, verifyJwt } from '../jwt';

/**
 * The local Direct Line's tokens. A visitor token names one conversation and its user (`conv`, `user`): the
 * user id of every activity comes from it, never from the activity's own `from`. Web Chat reads the `user`
 * claim too, and uses it as its user id.
 *
 * A visitor token also carries `sess`, when its conversation's first token was issued. Every token issued for
 * the conversation afterwards keeps it, and none lives past `sess + maxSessionSeconds`: a session has an
 * absolute end however often it is refreshed.
 */
const ISSUER = 'intake-bot/directline';
const VISITOR_AUDIENCE = 'directline';

export interface VisitorClaims {
  conversationId: string;
  userId: string;
  /** When the session began (seconds since the epoch); absent for a brand-new conversation (then: now). */
  sessionStartedAt?: number;
}

export type TokenCheck<T> = { ok: true; claims: T } | { ok: false; reason: string };

export interface DirectLineTokenOptions {
  secret: string;
  ttlSeconds: number;
  /** How long after expiry a token may still be exchanged for a fresh one (refresh only). Default 0. */
  refreshGraceSeconds?: number;
  /** The absolute cap on a session: no token outlives it and refresh is refused after it. Default 7 days. */
  maxSessionSeconds?: number;
}

export class DirectLineTokens {
  private readonly refreshGraceSeconds: number;
  private readonly maxSessionSeconds: number;

  constructor(private readonly options: DirectLineTokenOptions) {
    this.refreshGraceSeconds = options.refreshGraceSeconds ?? 0;
    this.maxSessionSeconds = options.maxSessionSeconds ?? 7 * 24 * 3600;
  }

  get ttlSeconds(): number {
    return this.options.ttlSeconds;
  }

  issueVisitor(claims: VisitorClaims, now: Date): string {
    const iat = Math.floor(now.getTime() / 1000);
    const sess = claims.sessionStartedAt ?? iat;
    const exp = Math.min(iat + this.options.ttlSeconds, sess + this.maxSessionSeconds);
    return signJwt(
      { iss: ISSUER, aud: VISITOR_AUDIENCE, conv: claims.conversationId, user: claims.userId, sess, iat, exp, jti: randomBytes(9).toString('base64url') },
      this.options.secret,
    );
  }

  /** Seconds until a token issued now for these claims expires (shorter than the TTL near the session cap). */
  expiresIn(claims: VisitorClaims, now: Date): number {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    return Math.max(0, Math.min(this.options.ttlSeconds, (claims.sessionStartedAt ?? nowSeconds) + this.maxSessionSeconds - nowSeconds));
  }

  /** A token every route accepts: good signature, not expired. */
  checkVisitor(token: string, now: Date): TokenCheck<VisitorClaims> {
    return this.check(token, now, 0);
  }

  /**
   * A token the refresh route accepts: good signature, expired less than the grace period ago, and a session
   * younger than the cap. A visitor who left the page for a while (a call to 988) keeps their conversation.
   */
  checkRefreshable(token: string, now: Date): TokenCheck<VisitorClaims> {
    const check = this.check(token, now, this.refreshGraceSeconds);
    if (!check.ok) return check.reason === 'token expired' ? { ok: false, reason: 'token expired too long ago to refresh; start a new conversation' } : check;
    const started = check.claims.sessionStartedAt ?? 0;
    if (Math.floor(now.getTime() / 1000) >= started + this.maxSessionSeconds) return { ok: false, reason: 'session ended; start a new conversation' };
    return check;
  }

  private check(token: string, now: Date, graceSeconds: number): TokenCheck<VisitorClaims> {
    const check = verifyJwt(token, this.options.secret, Math.floor(now.getTime() / 1000), graceSeconds);
    if (!check.ok) return { ok: false, reason: check.reason === 'expired' ? 'token expired' : 'invalid token' };
    const { iss, aud, conv, user, sess, iat } = check.claims;
    if (iss !== ISSUER || aud !== VISITOR_AUDIENCE || typeof conv !== 'string' || typeof user !== 'string') return { ok: false, reason: 'invalid token' };
    // A token from before `sess` existed: its session counts from its own issue time.
    return { ok: true, claims: { conversationId: conv, userId: user, sessionStartedAt: typeof sess === 'number' ? sess : iat } };
  }

}

/** New ids: unguessable, URL-safe. Web Chat treats a user id starting "dl_" as one that came from a token. */
export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

export function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}

/** The token from an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
