import { readSession, refreshDelay, sessionFromToken, writeSession, type WidgetSession } from '../shared/session';
import { HttpError, obtainSession, type TokenAnswer } from '../shared/direct-line-session';
import type { Connection, ConnectRequest, Transport } from './transport';
import type { DirectLineJs, DirectLineLike, WebChatGlobal } from './webchat-api';
import { pollAfterSend } from '../shared/poll-after-send';

/**
 * The default transport: the service's own Direct Line (docs/web-chat.md). A new visitor gets a token and a
 * conversation from POST /api/web/token; the token, conversation id and watermark are kept in sessionStorage
 * so a reload continues the same conversation (the whole transcript is shown again, fetched from the start);
 * the token is refreshed with POST /v3/directline/tokens/refresh well before it expires, and after it expired
 * too (direct-line-session.ts), so a visitor away for longer comes back to the same conversation.
 */
const DOMAIN = `${location.origin}/v3/directline`;

async function postJson(url: string, body: unknown, token?: string): Promise<TokenAnswer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit', cache: 'no-store' });
  if (!response.ok) throw new HttpError(response.status);
  return (await response.json()) as TokenAnswer;
}

export const directLineTransport: Transport = {
  hasSession: (storage) => readSession(storage) !== undefined,
  async connect(request, webChatReady): Promise<Connection> {
    const obtained = obtainSession({ storage: request.storage, reason: request.reason, locale: request.locale, origin: location.origin, now: () => Date.now(), post: postJson });
    const [{ session, restarted }, webChat] = await Promise.all([obtained, webChatReady]);
    return new DirectLineConnection(webChat, session, restarted, request);
  },
};

class DirectLineConnection implements Connection {
  /** What Web Chat gets: DirectLineJS, plus a fetch right after each send (poll-after-send.ts). */
  readonly directLine: DirectLineLike;
  private readonly raw: DirectLineJs;
  private timer: number | undefined;
  private disposed = false;
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') this.schedule();
  };

  constructor(
    webChat: WebChatGlobal,
    private session: WidgetSession,
    readonly restarted: boolean,
    private readonly request: ConnectRequest,
  ) {
    writeSession(request.storage, session);
    // No watermark on purpose: the conversation is read from its start, so after a reload the visitor sees
    // what they already answered. The stored watermark is what was seen last, for the next load.
    this.raw = webChat.createDirectLine({
      token: session.token,
      conversationId: session.conversationId,
      domain: DOMAIN,
      webSocket: false,
      pollingInterval: request.config.pollingIntervalMs,
    });
    this.directLine = pollAfterSend(this.raw, { domain: DOMAIN, conversationId: session.conversationId });
    this.raw.connectionStatus$.subscribe((status) => {
      // ExpiredToken (3): the service no longer accepts this token (expired while the device slept, or the
      // service's key changed). The panel reconnects: a refresh for the same conversation first.
      if (status === 3 && !this.disposed) this.request.onLost();
    });
    this.schedule();
    // Timers in a background tab can be held back by minutes: check again when the tab comes back.
    document.addEventListener('visibilitychange', this.onVisible);
  }

  onActivity(): void {
    this.save();
  }

  dispose(): void {
    this.disposed = true;
    window.clearTimeout(this.timer);
    document.removeEventListener('visibilitychange', this.onVisible);
    this.raw.end?.();
  }

  /** Keeps sessionStorage in step with DirectLineJS (its watermark, and a token it refreshed by itself). */
  private save(): void {
    const token = this.raw.token ?? this.session.token;
    const watermark = this.raw.watermark ?? this.session.watermark;
    if (token !== this.session.token) this.session = { ...this.session, token, expiresAt: Date.now() + this.session.lifetimeMs };
    this.session = { ...this.session, watermark };
    writeSession(this.request.storage, this.session);
  }

  private schedule(): void {
    if (this.disposed) return;
    this.save();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.refresh(), refreshDelay(this.session, Date.now()));
  }

  private async refresh(): Promise<void> {
    try {
      const answer = await postJson(`${DOMAIN}/tokens/refresh`, undefined, this.raw.token ?? this.session.token);
      if (this.disposed) return;
      this.raw.token = answer.token;
      this.session = sessionFromToken(answer, Date.now(), this.session.locale, this.raw.watermark ?? this.session.watermark);
      this.schedule();
    } catch (error) {
      if (this.disposed) return;
      if (error instanceof HttpError && (error.status === 403 || error.status === 404)) {
        this.request.onLost();
        return;
      }
      // Offline or the service restarting: try again shortly while the token is still good.
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.refresh(), 15_000);
    }
  }
}
