import type { WidgetCopy } from '../../../dialogs/copy/widget';
import { crisisOf } from '../shared/crisis';
import { parseOptions, type WidgetLocale } from '../shared/options';
import type { HostToPanel } from '../shared/frame-messages';
import { CrisisBanner } from './crisis-banner';
import { HostLink } from './host-link';
import { StatusLine } from './status-line';
import type { Connection, PanelConfig, Transport } from './transport';
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

  const webChatReady = domReady().then(() => {
    if (!window.WebChat) throw new Error('Web Chat did not load');
    return window.WebChat;
  });
  const panel = new Panel(transport, options.locale, copy, config, webChatReady, styleOptions(options));
  panel.start();
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
  /** The newest activity time (the service's clock) the visitor has had the chance to see. */
  private readonly unreadSince = new SeenMark();
  private latest = 0;

  constructor(
    private readonly transport: Transport,
    private readonly locale: WidgetLocale,
    private readonly copy: WidgetCopy,
    private readonly config: PanelConfig,
    private readonly webChat: Promise<WebChatGlobal>,
    private readonly style: Record<string, unknown>,
  ) {
    this.host = new HostLink((command) => this.onCommand(command));
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

  start(fresh = false): void {
    const generation = ++this.generation;
    this.connection?.dispose();
    this.connection = undefined;
    this.status.connecting(this.copy);
    const request = { locale: this.locale, config: this.config, fresh, onLost: () => this.lost(generation) };
    this.transport.connect(request, this.webChat).then(
      (connection) => {
        if (generation !== this.generation) return connection.dispose();
        this.connection = connection;
        this.render(connection, generation);
        if (connection.restarted) this.status.text(this.copy.restarted);
        this.host.send({ type: 'intake-widget:ready' });
      },
      () => {
        if (generation === this.generation) this.status.failed(this.copy, () => this.start());
      },
    );
  }

  private lost(generation: number): void {
    if (generation === this.generation) this.start(true);
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
          nonce: this.config.nonce,
          sendTypingIndicator: false,
        },
        this.mount,
      );
      connection.directLine.connectionStatus$.subscribe((status) => {
        if (generation !== this.generation) return;
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
  }
}

/** Kept in sessionStorage so that a reload with the panel closed does not count old replies as new. */
class SeenMark {
  private static readonly KEY = 'intake-widget/v1/seen';
  seen = 0;

  constructor() {
    try {
      this.seen = Number(window.sessionStorage.getItem(SeenMark.KEY)) || 0;
    } catch {
      // storage blocked: nothing remembered
    }
  }

  markSeen(at: number): void {
    if (at <= this.seen) return;
    this.seen = at;
    try {
      window.sessionStorage.setItem(SeenMark.KEY, String(at));
    } catch {
      // see the constructor
    }
  }
}

function readConfig(): PanelConfig {
  const fallback: PanelConfig = { pollingIntervalMs: 1000, nonce: '' };
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

/** Web Chat's bundle is a deferred script after this one: it has run by DOMContentLoaded. */
function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
