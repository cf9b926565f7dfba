import restify from 'restify';
import pino from 'pino';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';

/**
 * The baseline for bench:sms: the official echo-bot sample's shape (botbuilder CloudAdapter on restify,
 * an ActivityHandler that echoes). No app id, so no token checks, as in the sample run locally. The driver
 * asks for replies in the HTTP response (deliveryMode "expectReplies") so no connector service is needed.
 */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text}`));
      await next();
    });
  }
}

export async function startEchoBot(): Promise<{ url: string; close(): void }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context) => {
    await context.sendActivity('The bot encountered an error.');
  };
  const bot = new EchoBot();
  const server = restify.createServer({ log: pino({ level: 'silent' }) as unknown as restify.ServerOptions['log'] });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => adapter.process(req, res, (context) => bot.run(context)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
