import type restify from 'restify';
import type { Clock } from '../../../clock';
import type { Logger } from '../../../logging';
import { describeError } from '../../../logging';
import { HttpError, readJsonObject, sendError } from '../http-edge';
import type { LocalConnector } from './connector';
import { bearerToken, type DirectLineTokens } from './tokens';

/**
 * POST /v3/conversations/:cid/activities[/:aid]: the connector calls a bot makes to reply in a local Direct
 * Line conversation. The bot in this process reaches the same code without a network hop
 * (local-connector-client.ts); over HTTP a caller needs a connector token (DirectLineTokens.issueConnector),
 * so nobody else can put words in the bot's mouth.
 */
export function mountConnector(server: restify.Server, deps: { connector: LocalConnector; tokens: DirectLineTokens; clock: Clock; logger: Logger; maxBodyBytes: number }): void {
  const handler = async (req: restify.Request, res: restify.Response) => {
    try {
      const token = bearerToken(req.header('authorization'));
      if (!token || !deps.tokens.checkConnector(token, deps.clock.now())) throw new HttpError(403, 'Forbidden', 'a connector token is required');
      const body = await readJsonObject(req, deps.maxBodyBytes);
      const result = await deps.connector.receive(String(req.params.cid), req.params.aid === undefined ? undefined : String(req.params.aid), body);
      if (result.status === 200) res.send(200, result.body);
      else sendError(res, new HttpError(result.status, result.status === 404 ? 'NotFound' : 'BadArgument', result.body.error));
    } catch (error) {
      if (!(error instanceof HttpError)) deps.logger.error('connector.failed', { error: describeError(error) });
      sendError(res, error instanceof HttpError ? error : new HttpError(500, 'ServiceError', 'the service could not process this request'));
    }
  };
  server.post('/v3/conversations/:cid/activities', handler);
  server.post('/v3/conversations/:cid/activities/:aid', handler);
}
