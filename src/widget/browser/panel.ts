import type { WidgetCopy } from '../../../dialogs/copy/widget';
import { crisisOf } from '../shared/crisis';
import { parseOptions, type WidgetLocale } from '../shared/options';
import type { HostToPanel } from '../shared/frame-messages';
import { CrisisBanner } from './crisis-banner';
import { HostLink } from './host-link';
import { parseFrameFragment, type FrameFragment } from '../shared/frame-fragment';
import { panelStorage } from './panel-storage';
import type { KeyValueStorage } from '../shared/session';
import { StatusLine } from './status-line';
import type { Connection, PanelConfig, Transport } from './transport';
import type { ConnectReason } from '../shared/direct-line-session';
import { styleOptions, WEB_CHAT_LOCALE } from './webchat-style';
import type { Activity, ReduxAction, WebChatGlobal } from './webchat-api';

/** The launcher and panel copy (dialogs/copy/widget.ts), put into the bundle by scripts/build-widget.ts. */
declare const __WIDGET_COPY__: Record<WidgetLocale, WidgetCopy>;

/**
 * The chat panel, running in the iframe the launcher opens (GET /widget/panel). It renders the official Web
 * Chat on a transport, shows the 988 banner when the bot's crisis reply arrives, keeps keyboard focus where a
 * keyboard user expects it, and tells the launcher to close on Escape or the close button.
 */
export function startPanel(transport: Transport): void {
  const params = new URLSearchParams(location.search);
  const options = parseOptions((name) => params.get(name));
  const copy = __WIDGET_COPY__[options.locale];
  const config = readConfig();
  document.documentElement.style.setProperty('--widget-color', options.color);
  document.documentElement.style.setProperty('--widget-text-color', options.textColor);

  const webChatReady = webChatLoaded();
  const panel = new Panel(transport, options.locale, copy, config, webChatReady, styleOptions(options));
  panel.listen();
}

class Panel {
  private connection: Connection | undefined;
  private visible: boolean;
  private unread = 0;
  private wantsFocus = false;
  private readonly banner = new CrisisBanner(byId('crisis'));
  private readonly status = new StatusLine(byId('status'));
  private readonly host: HostLink;
  private readonly mount = byId('webchat');
  private generation = 0;
  private started = false;
  /** Reconnecting after the service refused the token, and not online again yet. */
  private recovering = false;
  private readonly storage: KeyValueStorage | undefined;
  /** The newest activity time (the service's clock) the visitor has had the chance to see. */
  private readonly unreadSince: SeenMark;
  private latest = 0;

  constructor(
    private readonly transport: Transport,
    private readonly locale: WidgetLocale,
    private readonly copy: WidgetCopy,
    private readonly config: PanelConfig,
    private readonly webChat: Promise<WebChatGlobal>,
    private readonly style: Record<string, unknown>,
  ) {
    const fragment = takeFrameFragment();
    this.host = new HostLink(fragment.hostOrigin, (command) => this.onCommand(command));
    this.storage = panelStorage((message) => this.host.send(message), this.host.embedded, fragment.state);
    this.unreadSince = new SeenMark(this.storage);
    // Opened on its own (not in the launcher's iframe) the page is a full-window chat with nothing to close.
    this.visible = !this.host.embedded;
    if (!this.host.embedded) document.body.classList.add('panel--standalone');
    byId('close').addEventListener('click', () => this.host.send({ type: 'intake-widget:close' }));
    document.addEventListener('keydown', (event) => {
      // Web Chat uses Escape itself inside the transcript (back to the send box) and says so by preventing it.
      if (event.key === 'Escape' && !event.defaultPrevented && this.host.embedded) this.host.send({ type: 'intake-widget:close' });
    });
    new MutationObserver(() => this.tryFocus()).observe(this.mount, { childList: true, subtree: true });
  }

  /**
   * The launcher may load the panel before the visitor asks for it (when the pointer or focus reaches the
   * launcher), so that Web Chat's bundle is ready by the click. A conversation starts only when the panel is
   * shown, or at once when there is one to resume (a reload), or when the page is opened on its own.
   */
  listen(): void {
    if (!this.host.embedded || this.transport.hasSession(this.storage)) this.start();
    this.host.send({ type: 'intake-widget:ready' });
  }

  start(reason: ConnectReason = 'load'): void {
    this.started = true;
    this.recovering = reason === 'lost';
    const generation = ++this.generation;
    this.connection?.dispose();
    this.connection = undefined;
    this.status.connecting(this.copy);
    const request = { locale: this.locale, config: this.config, storage: this.storage, reason, onLost: () => this.lost(generation) };
    this.transport.connect(request, this.webChat).then(
      (connection) => {
        if (generation !== this.generation) return connection.dispose();
        this.connection = connection;
        this.render(connection, generation);
        if (connection.restarted) this.status.text(this.copy.restarted);
      },
      (error: unknown) => {
        // The reason only (a status code, a missing bundle), for whoever supports the page; never message text.
        console.warn('intake-widget: could not connect:', error instanceof Error ? error.message : String(error));
        if (generation === this.generation) this.status.failed(this.copy, () => this.start(reason));
      },
    );
  }

  /**
   * The service stopped accepting the token: reconnect to the same conversation with a refreshed token. If the
   * refreshed one is refused too before it ever got online, give the conversation up (a new one, with notice)
   * rather than go round for ever.
   */
  private lost(generation: number): void {
    if (generation === this.generation) this.start(this.recovering ? 'abandon' : 'lost');
  }

  private render(connection: Connection, generation: number): void {
    void this.webChat.then((webChat) => {
      const store = webChat.createStore({}, () => (next) => (action) => {
        const result = next(action);
        if (generation === this.generation) this.onAction(action, connection);
        return result;
      });
      webChat.renderWebChat(
        {
          directLine: connection.directLine,
          store,
          locale: WEB_CHAT_LOCALE[this.locale],
          styleOptions: this.style,
          sendTypingIndicator: false,
        },
        this.mount,
      );
      connection.directLine.connectionStatus$.subscribe((status) => {
        if (generation !== this.generation) return;
        if (status === 2) this.recovering = false;
        if (status === 2 && !connection.restarted) this.status.clear();
        if (status === 4) this.status.failed(this.copy, () => this.start());
      });
    });
  }

  private onAction(action: ReduxAction, connection: Connection): void {
    if (action.type !== 'DIRECT_LINE/INCOMING_ACTIVITY' || !action.payload?.activity) return;
    const activity: Activity = action.payload.activity;
    connection.onActivity();
    const crisis = crisisOf(activity, this.locale);
    if (crisis) this.banner.show(crisis.tier, __WIDGET_COPY__[crisis.locale]);
    const at = Date.parse(activity.timestamp ?? '') || 0;
    this.latest = Math.max(this.latest, at);
    if (this.visible) {
      this.unreadSince.markSeen(this.latest);
      return;
    }
    // A reply that arrives while the panel is closed (a clinician's message, say) is counted on the launcher;
    // history replayed after a reload is older than what was seen, and is not.
    const fromBot = activity.type === 'message' && activity.from?.role !== 'user';
    if (fromBot && at > this.unreadSince.seen) {
      this.unread += 1;
      this.unreadSince.markSeen(at);
      this.host.send({ type: 'intake-widget:unread', count: this.unread });
    }
  }

  private onCommand(command: HostToPanel): void {
    if (command.type === 'intake-widget:focus') {
      this.wantsFocus = true;
      this.tryFocus();
      return;
    }
    this.visible = command.open;
    if (command.open && !this.started) this.start();
    if (command.open) {
      this.unreadSince.markSeen(this.latest);
      if (this.unread > 0) this.host.send({ type: 'intake-widget:unread', count: 0 });
      this.unread = 0;
    }
  }

  /** Focus goes to Web Chat's send box once it exists: the keyboard user can type at once. */
  private tryFocus(): void {
    if (!this.wantsFocus) return;
    const input = document.querySelector<HTMLElement>('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
    if (!input) return;
    input.focus();
    this.wantsFocus = document.activeElement !== input;
    if (!this.wantsFocus) this.host.send({ type: 'intake-widget:focused' });
  }
}

/** Kept with the session so that a reload with the panel closed does not count old replies as new. */
class SeenMark {
  private static readonly KEY = 'intake-widget/v1/seen';
  seen = 0;

  constructor(private readonly storage: KeyValueStorage | undefined) {
    try {
      this.seen = Number(storage?.getItem(SeenMark.KEY)) || 0;
    } catch {
      // storage blocked: nothing remembered
    }
  }

  markSeen(at: number): void {
    if (at <= this.seen) return;
    this.seen = at;
    try {
      this.storage?.setItem(SeenMark.KEY, String(at));
    } catch {
      // see the constructor
    }
  }
}

/** What the launcher put in the address fragment; removed from the address at once (it may hold a token). */
function takeFrameFragment(): FrameFragment {
  const fragment = parseFrameFragment(location.hash);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  return fragment;
}

function readConfig(): PanelConfig {
  const fallback: PanelConfig = { pollingIntervalMs: 1000 };
  try {
    const raw = document.getElementById('widget-config')?.textContent;
    return { ...fallback, ...(raw ? (JSON.parse(raw) as Partial<PanelConfig>) : {}) };
  } catch {
    return fallback;
  }
}

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the panel page has no #${id}`);
  return node;
}

/**
 * Web Chat's bundle is the deferred script after this one (this one runs first, so the token request and the
 * bundle's download overlap). It has run when its load event fires, and at the latest by DOMContentLoaded.
 */
function webChatLoaded(): Promise<WebChatGlobal> {
  return new Promise((resolve, reject) => {
    const settle = () => (window.WebChat ? resolve(window.WebChat) : reject(new Error('Web Chat did not load')));
    if (window.WebChat) return resolve(window.WebChat);
    const script = document.querySelector('script[data-webchat]');
    script?.addEventListener('load', settle, { once: true });
    script?.addEventListener('error', () => reject(new Error('the Web Chat bundle could not be fetched')), { once: true });
    document.addEventListener('DOMContentLoaded', settle, { once: true });
  });
}
