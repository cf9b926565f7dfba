import type restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from '../../../logging';
import { describeError } from '../../../logging';
import { HttpError, readJsonObject, sendError } from '../http-edge';
import type { IntakeBot } from './intake-bot';

/**
 * POST /api/messages: the Bot Framework endpoint (Azure Bot Service channels, its Direct Line included).
 * With MicrosoftAppId set, botbuilder's CloudAdapter checks each activity's JWT (and that the activity's
 * serviceUrl is the one the token was issued for) before the bot sees it. Without an app id nothing is
 * processed: an unauthenticated activity could name any serviceUrl and have the bot post to it.
 */
export function mountBotMessages(server: restify.Server, deps: { adapter: CloudAdapter; bot: IntakeBot; appId: string | undefined; maxBodyBytes: number; logger: Logger }): void {
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    if (!deps.appId) {
      sendError(res, new HttpError(401, 'Unauthorized', 'the Bot Framework endpoint needs MicrosoftAppId and MicrosoftAppPassword; the widget uses the local Direct Line'));
      return;
    }
    if (!req.header('authorization')) {
      sendError(res, new HttpError(401, 'Unauthorized', 'a Bot Framework Authorization header is required'));
      return;
    }
    try {
      req.body = await readJsonObject(req, deps.maxBodyBytes);
      if (typeof req.body.type !== 'string') throw new HttpError(400, 'BadArgument', 'the activity has no type');
    } catch (error) {
      sendError(res, error instanceof HttpError ? error : new HttpError(400, 'BadArgument', 'unreadable body'));
      return;
    }
    try {
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    } catch (error) {
      deps.logger.error('bot.messages-failed', { error: describeError(error) });
      if (!res.headersSent) sendError(res, new HttpError(500, 'ServiceError', 'the bot could not process this activity'));
    }
  });
}
