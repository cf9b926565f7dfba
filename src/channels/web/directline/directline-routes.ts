import type restify from 'restify';
import type { Clock } from '../../../clock';
import type { Logger } from '../../../logging';
import { describeError } from '../../../logging';
import { RateLimiter } from '../rate-limit';
import { HttpError, applyCors, preflight, readJsonObject, sendError } from '../http-edge';
import { rateLimitKey } from '../client-address';
import { VisitorActivity, describeIssues, localeFromTag } from './activity-schema';
import type { LocalDirectLine } from './local-directline';
import { bearerToken, type DirectLineTokens, type VisitorClaims } from './tokens';

export interface DirectLineRouteOptions {
  directLine: LocalDirectLine;
  tokens: DirectLineTokens;
  clock: Clock;
  logger: Logger;
  maxBodyBytes: number;
  allowedOrigins: readonly string[];
  /** Proxies in front of the service whose X-Forwarded-For entries are trusted (0: none). */
  trustedProxyHops: number;
  limits: { tokensPerIpPerMinute: number; postsPerMinute: number; pollsPerMinute: number };
}

const BASE = '/v3/directline';

/**
 * The local Direct Line's HTTP routes (the subset Web Chat uses with `webSocket: false`) and the page's token
 * route. Every route answers a reason with each 4xx: 403 for a bad, expired or someone else's token (refresh
 * also takes one that expired within the grace period), 404 for
 * an unknown conversation, 409 for a reused clientActivityID with other text, 413 over the body limit, 429 over a rate limit, 400 for a malformed body.
 */
export function mountDirectLine(server: restify.Server, options: DirectLineRouteOptions): void {
  const { directLine, tokens, clock, logger } = options;
  const perIp = new RateLimiter({ perMinute: options.limits.tokensPerIpPerMinute, clock });
  const posts = new RateLimiter({ perMinute: options.limits.postsPerMinute, clock });
  const polls = new RateLimiter({ perMinute: options.limits.pollsPerMinute, clock });

  /** One wrapper for every route: CORS, the error shape, and no 5xx for anything the client did. */
  const route =
    (name: string, handler: (req: restify.Request, res: restify.Response) => Promise<void>) =>
    async (req: restify.Request, res: restify.Response) => {
      applyCors(req, res, options.allowedOrigins);
      res.header('Cache-Control', 'no-store');
      try {
        await handler(req, res);
      } catch (error) {
        if (error instanceof HttpError) {
          if (error.status === 429) logger.warn('directline.rate-limited', { route: name });
          sendError(res, error);
          return;
        }
        logger.error('directline.failed', { route: name, error: describeError(error) });
        sendError(res, new HttpError(500, 'ServiceError', 'the service could not process this request'));
      }
    };

  const limit = (limiter: RateLimiter, key: string) => {
    const wait = limiter.take(key);
    if (wait > 0) throw new HttpError(429, 'TooManyRequests', `too many requests; try again in ${wait} s`, wait);
  };

  /** The token's claims, or 403. Only refresh takes a token that expired recently (`refreshable`). */
  const authorised = (req: restify.Request, refreshable = false): VisitorClaims => {
    const token = bearerToken(req.header('authorization'));
    if (!token) throw new HttpError(403, 'TokenMissing', 'an Authorization: Bearer token is required');
    const check = refreshable ? tokens.checkRefreshable(token, clock.now()) : tokens.checkVisitor(token, clock.now());
    if (!check.ok) throw new HttpError(403, check.reason === 'invalid token' ? 'BadToken' : 'TokenExpired', check.reason);
    return check.claims;
  };

  /** The claims of a token for the conversation in the path: 404 when there is no such conversation, 403 when it is not the token's. */
  const forConversation = async (req: restify.Request): Promise<VisitorClaims> => {
    const claims = authorised(req);
    const id = String(req.params.id ?? '');
    if (id !== claims.conversationId) {
      if (id.length > 200 || !(await directLine.conversation(id))) throw new HttpError(404, 'NotFound', 'no such conversation');
      throw new HttpError(403, 'Forbidden', 'this token is for another conversation');
    }
    return claims;
  };

  for (const path of ['/api/web/token', `${BASE}/tokens/refresh`, `${BASE}/conversations`, `${BASE}/conversations/:id`, `${BASE}/conversations/:id/activities`]) {
    server.opts(path, async (req: restify.Request, res: restify.Response) => preflight(req, res, options.allowedOrigins));
  }

  server.post(
    '/api/web/token',
    route('token', async (req, res) => {
      limit(perIp, rateLimitKey(req, options.trustedProxyHops));
      const body = await readJsonObject(req, 1024, { optional: true });
      let locale = localeFromTag(body?.locale);
      if (body?.locale !== undefined && !locale) throw new HttpError(400, 'BadArgument', 'locale must be "en" or "es"');
      locale ??= localeFromTag(req.header('accept-language')) ?? 'en';
      const session = await directLine.openConversation(locale);
      res.send(200, session);
    }),
  );

  server.post(
    `${BASE}/tokens/refresh`,
    route('refresh', async (req, res) => {
      // A visitor back after their token expired (away on a call to 988) keeps their conversation, and with it
      // any clinician's message sent to it; refused past the grace period and the session cap.
      const claims = authorised(req, true);
      limit(polls, claims.conversationId);
      if (!(await directLine.conversation(claims.conversationId))) throw new HttpError(404, 'NotFound', 'no such conversation');
      res.send(200, directLine.session(claims));
    }),
  );

  // Start: a token from /api/web/token already names its conversation, which this call opens.
  server.post(
    `${BASE}/conversations`,
    route('start', async (req, res) => {
      const claims = authorised(req);
      limit(polls, claims.conversationId);
      if (!(await directLine.conversation(claims.conversationId))) throw new HttpError(404, 'NotFound', 'no such conversation');
      const { session, created } = await directLine.start(claims);
      res.send(created ? 201 : 200, session);
    }),
  );

  // Reconnect (what Web Chat calls when it is given a conversationId, e.g. after a page reload).
  server.get(
    `${BASE}/conversations/:id`,
    route('reconnect', async (req, res) => {
      const claims = await forConversation(req);
      limit(polls, claims.conversationId);
      const { session } = await directLine.start(claims);
      res.send(200, session);
    }),
  );

  server.post(
    `${BASE}/conversations/:id/activities`,
    route('post-activity', async (req, res) => {
      const claims = await forConversation(req);
      limit(posts, claims.conversationId);
      const parsed = VisitorActivity.safeParse(await readJsonObject(req, options.maxBodyBytes));
      if (!parsed.success) throw new HttpError(400, 'BadArgument', describeIssues(parsed.error));
      const conversation = await directLine.conversation(claims.conversationId);
      if (!conversation) throw new HttpError(404, 'NotFound', 'no such conversation');
      const posted = await directLine.post(claims, parsed.data, conversation);
      if ('conflict' in posted) throw new HttpError(409, 'Conflict', posted.conflict);
      res.send(200, posted);
    }),
  );

  server.get(
    `${BASE}/conversations/:id/activities`,
    route('get-activities', async (req, res) => {
      const claims = await forConversation(req);
      limit(polls, claims.conversationId);
      res.send(200, await directLine.activities(claims.conversationId, parseWatermark((req.query ?? {}).watermark)));
    }),
  );
}

/** The watermark is a string of digits ("" or absent: from the start). */
function parseWatermark(value: unknown): number {
  if (value === undefined || value === '') return 0;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) throw new HttpError(400, 'BadArgument', 'watermark must be a number in a string, as returned by the last poll');
  return Number(value);
}
