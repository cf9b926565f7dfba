import type { Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';

/**
 * The bot's Bot Framework authentication, wrapping the SDK's (ConfigurationBotFrameworkAuthentication):
 * - inbound activities on /api/messages are JWT-checked by the SDK, and refused outright when no app id is
 *   configured (the SDK would then accept anything, and send the replies to whatever serviceUrl the
 *   activity names: a request forgery vector);
 * - outbound calls go to the local connector, in-process, when the serviceUrl is the local Direct Line's,
 *   and otherwise only with app credentials, to a serviceUrl that an authenticated activity carried;
 * - activities from the local Direct Line come with their own AuthenticateRequestResult (`local()`):
 *   the Direct Line token was checked at the HTTP edge, and replies can only reach the local connector.
 */
export class WebBotAuthentication extends BotFrameworkAuthentication {
  constructor(
    private readonly options: {
      sdk: BotFrameworkAuthentication;
      /** The configured MicrosoftAppId; undefined when /api/messages is off. */
      appId: string | undefined;
      local?: { serviceUrl: string; client: () => ConnectorClient };
    },
  ) {
    super();
    const appId = options.appId ?? '';
    this.localIdentity = new ClaimsIdentity(
      [
        { type: AuthenticationConstants.AudienceClaim, value: appId },
        { type: AuthenticationConstants.AppIdClaim, value: appId },
      ],
      'LocalDirectLine',
    );
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    if (!this.options.appId) throw new AuthenticationError('Bot Framework requests need MicrosoftAppId and MicrosoftAppPassword', 401);
    return this.options.sdk.authenticateRequest(activity, authHeader);
  }

  override async authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    throw new AuthenticationError('streaming connections are not supported', 401);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const sdkFactory = () => this.options.sdk.createConnectorFactory(claimsIdentity);
    const { local, appId } = this.options;
    return new (class extends ConnectorFactory {
      async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        if (local && sameUrl(serviceUrl, local.serviceUrl)) return local.client();
        if (!appId) throw new AuthenticationError('no app credentials to reach a Bot Framework channel', 401);
        return sdkFactory().create(serviceUrl, audience);
      }
    })();
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    // Every turn asks for one (for sign-in prompts, which this bot has none of); the local Direct Line's
    // identity is always the same, so its client is made once.
    if (claimsIdentity === this.localIdentity) return (this.localTokenClient ??= this.options.sdk.createUserTokenClient(claimsIdentity));
    return this.options.sdk.createUserTokenClient(claimsIdentity);
  }

  private localTokenClient: Promise<UserTokenClient> | undefined;
  private readonly localIdentity: ClaimsIdentity;

  /** The authentication result for an activity the local Direct Line hands to the bot in-process. */
  local(): AuthenticateRequestResult {
    const { local } = this.options;
    if (!local) throw new Error('the local Direct Line is not enabled');
    const claimsIdentity = this.localIdentity;
    const client = local.client;
    return {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
      claimsIdentity,
      connectorFactory: new (class extends ConnectorFactory {
        async create(serviceUrl: string): Promise<ConnectorClient> {
          if (!sameUrl(serviceUrl, local.serviceUrl)) throw new AuthenticationError('a local Direct Line activity can only be answered locally', 401);
          return client();
        }
      })(),
    };
  }
}

function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
}
