import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Compact JWTs signed with HMAC-SHA256, enough for the tokens this service issues and checks itself (the
 * local Direct Line's visitor tokens, its connector tokens). Only HS256 is accepted: a token naming another
 * algorithm ("none") is refused before its signature is looked at.
 */
export type JwtClaims = Record<string, unknown> & { iat: number; exp: number };

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export function signJwt(claims: JwtClaims, secret: string): string {
  const body = `${HEADER}.${base64url(JSON.stringify(claims))}`;
  return `${body}.${sign(body, secret)}`;
}

export type JwtCheck = { ok: true; claims: JwtClaims } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

/**
 * Checks form, signature and expiry (`now` in seconds since the epoch, from the injected clock). With
 * `expiredGraceSeconds`, a token that expired less than that long ago still passes (only the refresh route asks).
 */
export function verifyJwt(token: string, secret: string, nowSeconds: number, expiredGraceSeconds = 0): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return { ok: false, reason: 'malformed' };
  const header = parseJson(parts[0]);
  if (!header || header.alg !== 'HS256') return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`, secret));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad-signature' };
  const claims = parseJson(parts[1]);
  if (!claims || typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return { ok: false, reason: 'malformed' };
  if (claims.exp + expiredGraceSeconds <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, claims: claims as JwtClaims };
}

function sign(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function parseJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
