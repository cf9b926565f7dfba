import type restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import type { Config } from '../../config';
import type { Store } from '../../store/types';
import type { Clock } from '../../clock';
import type { Logger } from '../../logging';
import { describeError } from '../../logging';
import type { IntakeEngine } from '../../engine/intake-engine';
import type { JobHandler } from '../../jobs/job-worker';
import { IntakeBot } from './bot/intake-bot';
import { WebBotAuthentication } from './bot/bot-authentication';
import { mountBotMessages } from './bot/messages-route';
import { webProactiveSender, type WebProactiveSender } from './bot/proactive';
import { LocalConnector } from './directline/connector';
import { localConnectorClient } from './directline/local-connector-client';
import { LocalDirectLine, TO_BOT_JOB } from './directline/local-directline';
import { DirectLineTokens } from './directline/tokens';
import { mountDirectLine } from './directline/directline-routes';

/**
 * The web channel, assembled: botbuilder's CloudAdapter running the intake bot, the local Direct Line that
 * hands it visitors' activities in-process, and the proactive sender for messages outside a reply. The Bot
 * Framework SDK stays behind this boundary (it is in maintenance; this is where it would be swapped).
 */
export interface WebChat {
  adapter: CloudAdapter;
  /** The adapter's authentication: which requests are processed and where replies may go. */
  auth: WebBotAuthentication;
  bot: IntakeBot;
  appId: string | undefined;
  /** Undefined when DIRECTLINE_LOCAL=false. */
  local?: { directLine: LocalDirectLine; connector: LocalConnector; tokens: DirectLineTokens; serviceUrl: string };
  sendProactive: WebProactiveSender;
  jobHandlers: Record<string, JobHandler>;
}

export function createWebChat(deps: { config: Config; store: Store; clock: Clock; logger: Logger; engine: IntakeEngine }): WebChat {
  const { config, store, clock, logger } = deps;
  const credentials = config.MicrosoftAppId && (config.MicrosoftAppPassword || config.MicrosoftAppType === 'UserAssignedMSI');
  const appId = credentials ? config.MicrosoftAppId : undefined;
  const sdk = new ConfigurationBotFrameworkAuthentication(
    appId
      ? { MicrosoftAppId: appId, MicrosoftAppPassword: config.MicrosoftAppPassword, MicrosoftAppType: config.MicrosoftAppType, MicrosoftAppTenantId: config.MicrosoftAppTenantId }
      : {},
  );
  // The connector lives at the service's public address (/v3/conversations); the bot in this process reaches it without the network.
  const serviceUrl = `${config.PUBLIC_BASE_URL.replace(/\/+$/, '')}/`;
  const connector = config.DIRECTLINE_LOCAL ? new LocalConnector({ store, clock, serviceUrl, botName: config.PROGRAM_NAME }) : undefined;
  // One client for the process: it holds no per-conversation state, and building the SDK's HTTP pipeline costs more than a turn.
  const localClient = connector && localConnectorClient(serviceUrl, connector);
  const auth = new WebBotAuthentication({ sdk, appId, local: localClient && { serviceUrl, client: () => localClient } });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (_context, error) => {
    logger.error('bot.turn-failed', { channel: 'web', error: describeError(error) });
    // Rethrown: a local Direct Line hand-off then stays in the outbox and is retried; Azure gets a 500.
    throw error;
  };
  const bot = new IntakeBot({ engine: deps.engine, store, clock });
  const sendProactive = webProactiveSender({ adapter, store, appId });
  if (!connector) return { adapter, auth, bot, appId, sendProactive, jobHandlers: {} };

  const tokens = new DirectLineTokens({
    secret: config.WEB_TOKEN_SECRET,
    ttlSeconds: config.WEB_TOKEN_TTL_MINUTES * 60,
    refreshGraceSeconds: config.WEB_TOKEN_REFRESH_GRACE_HOURS * 3600,
    maxSessionSeconds: config.WEB_SESSION_MAX_DAYS * 24 * 3600,
  });
  const directLine = new LocalDirectLine({
    store,
    clock,
    logger,
    tokens,
    serviceUrl,
    // This instance's serviceUrl, whatever the stored activity says: replies always go to the local connector.
    toBot: (activity) => adapter.processActivityDirect(auth.local(), { ...activity, serviceUrl } as unknown as Activity, (context) => bot.run(context)),
  });
  return { adapter, auth, bot, appId, sendProactive, local: { directLine, connector, tokens, serviceUrl }, jobHandlers: { [TO_BOT_JOB]: directLine.jobHandler() } };
}

/**
 * Mounts /api/messages and, with the local Direct Line, /api/web/token and /v3/directline. The connector the bot
 * replies to has no HTTP route: only the bot in this process uses it (a public route with a token valid for every
 * conversation would let its holder speak as the bot anywhere).
 */
export function mountWebChat(server: restify.Server, web: WebChat, deps: { config: Config; clock: Clock; logger: Logger }): void {
  const { config, clock, logger } = deps;
  mountBotMessages(server, { adapter: web.adapter, bot: web.bot, appId: web.appId, maxBodyBytes: config.MAX_BODY_BYTES, logger });
  if (!web.local) return;
  mountDirectLine(server, {
    directLine: web.local.directLine,
    tokens: web.local.tokens,
    clock,
    logger,
    maxBodyBytes: config.MAX_BODY_BYTES,
    allowedOrigins: config.WEB_ALLOWED_ORIGINS,
    trustedProxyHops: config.WEB_TRUST_PROXY ? config.WEB_TRUSTED_PROXY_HOPS : 0,
    limits: { tokensPerIpPerMinute: config.WEB_TOKENS_PER_IP_PER_MINUTE, postsPerMinute: config.WEB_POSTS_PER_MINUTE, pollsPerMinute: config.WEB_POLLS_PER_MINUTE },
  });
}
