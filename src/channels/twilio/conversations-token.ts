import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { verifyJwt } from '../web/jwt';

/**
 * Access tokens for the website widget's Twilio Conversations transport (data-transport="twilio"): the
 * `twilio` library's AccessToken with a ChatGrant for the clinic's Conversations service, signed with an API
 * key. The visitor's identity is made here, never taken from the browser; a visitor renews their token by
 * presenting the current, still valid one (an AccessToken is an HS256 JWT signed with the API key secret, so it
 * can be checked here), which keeps the same identity and so the same conversation across a reload.
 */
export interface ConversationsTokenConfig {
  accountSid: string;
  apiKeySid: string;
  apiKeySecret: string;
  serviceSid: string;
  ttlSeconds: number;
}

export interface IssuedToken {
  token: string;
  identity: string;
  expires_in: number;
  serviceSid: string;
}

/** Visitor identities start with "web_", so no visitor can take the bot's identity (or anyone else's). */
export const VISITOR_IDENTITY = /^web_[A-Za-z0-9_-]{16}$/;

export function newVisitorIdentity(): string {
  return `web_${randomBytes(12).toString('base64url')}`;
}

export function issueConversationsToken(config: ConversationsTokenConfig, identity: string): IssuedToken {
  const { AccessToken } = twilio.jwt;
  const token = new AccessToken(config.accountSid, config.apiKeySid, config.apiKeySecret, { identity, ttl: config.ttlSeconds });
  token.addGrant(new AccessToken.ChatGrant({ serviceSid: config.serviceSid }));
  return { token: token.toJwt(), identity, expires_in: config.ttlSeconds, serviceSid: config.serviceSid };
}

export type RenewCheck = { ok: true; identity: string } | { ok: false; reason: string };

/** The identity in a token this service issued for this service and account, if it is still valid. */
export function identityOfToken(config: ConversationsTokenConfig, token: string, nowSeconds: number): RenewCheck {
  const check = verifyJwt(token, config.apiKeySecret, nowSeconds);
  if (!check.ok) return { ok: false, reason: check.reason === 'expired' ? 'token expired' : 'invalid token' };
  const claims = check.claims as { iss?: unknown; sub?: unknown; grants?: { identity?: unknown; chat?: { service_sid?: unknown } } };
  const identity = claims.grants?.identity;
  if (claims.iss !== config.apiKeySid || claims.sub !== config.accountSid || claims.grants?.chat?.service_sid !== config.serviceSid) return { ok: false, reason: 'invalid token' };
  if (typeof identity !== 'string' || !VISITOR_IDENTITY.test(identity)) return { ok: false, reason: 'invalid token' };
  return { ok: true, identity };
}
