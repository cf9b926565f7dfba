import { randomBytes } from 'node:crypto';
import { signJwt, verifyJwt } from '../jwt';

/**
 * The local Direct Line's tokens. A visitor token names one conversation and its user (`conv`, `user`): the
 * user id of every activity comes from it, never from the activity's own `from`. Web Chat reads the `user`
 * claim too, and uses it as its user id. A connector token lets a bot outside this process post replies.
 * The audiences differ, so neither can stand in for the other.
 */
const ISSUER = 'intake-bot/directline';
const VISITOR_AUDIENCE = 'directline';
const CONNECTOR_AUDIENCE = 'directline-connector';

export interface VisitorClaims {
  conversationId: string;
  userId: string;
}

export type TokenCheck<T> = { ok: true; claims: T } | { ok: false; reason: string };

export class DirectLineTokens {
  constructor(private readonly options: { secret: string; ttlSeconds: number }) {}

  get ttlSeconds(): number {
    return this.options.ttlSeconds;
  }

  issueVisitor(claims: VisitorClaims, now: Date): string {
    const iat = Math.floor(now.getTime() / 1000);
    return signJwt(
      { iss: ISSUER, aud: VISITOR_AUDIENCE, conv: claims.conversationId, user: claims.userId, iat, exp: iat + this.options.ttlSeconds, jti: randomBytes(9).toString('base64url') },
      this.options.secret,
    );
  }

  checkVisitor(token: string, now: Date): TokenCheck<VisitorClaims> {
    const check = verifyJwt(token, this.options.secret, Math.floor(now.getTime() / 1000));
    if (!check.ok) return { ok: false, reason: check.reason === 'expired' ? 'token expired' : 'invalid token' };
    const { iss, aud, conv, user } = check.claims;
    if (iss !== ISSUER || aud !== VISITOR_AUDIENCE || typeof conv !== 'string' || typeof user !== 'string') return { ok: false, reason: 'invalid token' };
    return { ok: true, claims: { conversationId: conv, userId: user } };
  }

  issueConnector(now: Date, ttlSeconds = 3600): string {
    const iat = Math.floor(now.getTime() / 1000);
    return signJwt({ iss: ISSUER, aud: CONNECTOR_AUDIENCE, iat, exp: iat + ttlSeconds }, this.options.secret);
  }

  checkConnector(token: string, now: Date): boolean {
    const check = verifyJwt(token, this.options.secret, Math.floor(now.getTime() / 1000));
    return check.ok && check.claims.iss === ISSUER && check.claims.aud === CONNECTOR_AUDIENCE;
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
