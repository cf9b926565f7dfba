import type restify from 'restify';
import type { Clock } from '../../clock';
import type { Logger } from '../../logging';
import { RateLimiter } from '../web/rate-limit';
import { HttpError, readJsonObject, sendError } from '../web/http-edge';
import { rateLimitKey } from '../web/client-address';
import { bearerToken } from '../web/directline/tokens';
import { identityOfToken, issueConversationsToken, newVisitorIdentity, type ConversationsTokenConfig } from './conversations-token';

/**
 * POST /api/twilio/conversations/token: a Twilio Conversations access token for a website visitor (the
 * widget's Twilio transport). Without `Authorization`, a new visitor identity; with the visitor's current token
 * as a bearer token, a fresh token for the same identity (403 if that token is not valid). Rate-limited per
 * client address. 404 when the service has no Twilio Conversations credentials (the widget then says it
 * cannot connect). The body, if any, must be a JSON object; nothing in it is used.
 */
export function mountConversationsToken(
  server: restify.Server,
  deps: { config: ConversationsTokenConfig | undefined; clock: Clock; logger: Logger; tokensPerIpPerMinute: number; trustedProxyHops: number; maxBodyBytes: number },
): void {
  const limiter = new RateLimiter({ perMinute: deps.tokensPerIpPerMinute, clock: deps.clock });
  server.post('/api/twilio/conversations/token', async (req: restify.Request, res: restify.Response) => {
    try {
      const config = deps.config;
      if (!config) throw new HttpError(404, 'NotConfigured', 'the Twilio Conversations web transport is not configured on this service (TWILIO_API_KEY_SID, TWILIO_API_KEY_SECRET, TWILIO_CONVERSATIONS_SERVICE_SID)');
      const wait = limiter.take(rateLimitKey(req, deps.trustedProxyHops));
      if (wait > 0) throw new HttpError(429, 'TooManyRequests', 'too many token requests from this address', wait);
      await readJsonObject(req, deps.maxBodyBytes, { optional: true });
      const presented = req.header('authorization') ? bearerToken(req.header('authorization')) : undefined;
      if (req.header('authorization') && !presented) throw new HttpError(403, 'TokenInvalid', 'the Authorization header must be "Bearer <token>"');
      let identity = newVisitorIdentity();
      if (presented) {
        const check = identityOfToken(config, presented, Math.floor(deps.clock.now().getTime() / 1000));
        if (!check.ok) throw new HttpError(403, 'TokenInvalid', check.reason);
        identity = check.identity;
      }
      deps.logger.info('conversations-token.issued', { channel: 'twilio-conversations', state: presented ? 'renewed' : 'new' });
      res.header('Cache-Control', 'no-store');
      res.send(200, issueConversationsToken(config, identity));
    } catch (error) {
      if (error instanceof HttpError) return sendError(res, error);
      throw error;
    }
  });
}
