import { clearSession, decideResume, readSession, refreshDelay, sessionFromToken, writeSession, type WidgetSession } from '../shared/session';
import type { Connection, ConnectRequest, Transport } from './transport';
import type { DirectLineJs, DirectLineLike, WebChatGlobal } from './webchat-api';
import { pollAfterSend } from './poll-after-send';

/**
 * The default transport: the service's own Direct Line (docs/web-chat.md). A new visitor gets a token and a
 * conversation from POST /api/web/token; the token, conversation id and watermark are kept in sessionStorage
 * so a reload continues the same conversation (the whole transcript is shown again, fetched from the start);
 * the token is refreshed with POST /v3/directline/tokens/refresh well before it expires.
 */
const DOMAIN = `${location.origin}/v3/directline`;

export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit', cache: 'no-store' });
  if (!response.ok) throw new HttpError(response.status);
  return (await response.json()) as T;
}

interface TokenAnswer {
  token: string;
  conversationId: string;
  expires_in?: number;
}

async function obtainSession(request: ConnectRequest): Promise<{ session: WidgetSession; restarted: boolean }> {
  const store = request.storage;
  if (request.fresh) clearSession(store);
  const decision = decideResume(store, Date.now());
  if (decision.kind === 'resume') return { session: decision.session, restarted: false };
  if (decision.kind === 'refresh') {
    try {
      const answer = await postJson<TokenAnswer>(`${DOMAIN}/tokens/refresh`, undefined, decision.session.token);
      return { session: { ...sessionFromToken(answer, Date.now(), decision.session.locale, decision.session.watermark) }, restarted: false };
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) throw error;
      // 403/404: the conversation cannot be resumed; a new one starts below.
    }
  }
  const answer = await postJson<TokenAnswer>(`${location.origin}/api/web/token`, { locale: request.locale });
  const session = sessionFromToken(answer, Date.now(), request.locale);
  writeSession(store, session);
  return { session, restarted: decision.kind !== 'new' };
}

export const directLineTransport: Transport = {
  hasSession: (storage) => readSession(storage) !== undefined,
  async connect(request, webChatReady): Promise<Connection> {
    const [{ session, restarted }, webChat] = await Promise.all([obtainSession(request), webChatReady]);
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
      // service's key changed). The conversation cannot continue with it.
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
      const answer = await postJson<TokenAnswer>(`${DOMAIN}/tokens/refresh`, undefined, this.raw.token ?? this.session.token);
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
