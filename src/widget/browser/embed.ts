import type { WidgetCopy } from '../../../dialogs/copy/widget';
import { isPanelToHost, type HostToPanel } from '../shared/frame-messages';
import { buildFrameFragment } from '../shared/frame-fragment';
import { optionsToQuery, parseOptions, type WidgetLocale, type WidgetOptions } from '../shared/options';
import { EMBED_CSS } from './embed-styles';

/** The launcher copy (dialogs/copy/widget.ts), put into the bundle by scripts/build-widget.ts. */
declare const __WIDGET_COPY__: Record<WidgetLocale, WidgetCopy>;

/**
 * GET /widget.js: the one-line embed. It adds a launcher button to the page and, when it is pressed, opens
 * the chat panel (an iframe on this service's origin, where Web Chat runs). Options come from the script
 * tag's data- attributes. The panel stays open across a reload if it was open; elements with
 * data-intake-widget-open open it too, and window.IntakeWidget.open()/close() are there for a page's scripts.
 */
interface IntakeWidgetApi {
  open(): void;
  close(): void;
}

const OPEN_KEY = 'intake-widget/v1/open';
const STARTED_KEY = 'intake-widget/v1/started';
/** The panel's own state, kept here only when the browser denies the panel storage (see panel-storage.ts). */
const PANEL_STATE_KEY = 'intake-widget/v1/panel-state';
const CHAT_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';

function boot(current: HTMLScriptElement | null): void {
  const w = window as Window & { IntakeWidget?: IntakeWidgetApi };
  if (w.IntakeWidget) return; // embedded twice: one launcher is enough
  const script = current ?? document.querySelector<HTMLScriptElement>('script[src*="/widget.js"]');
  if (!script?.src) return;
  const origin = new URL(script.src, location.href).origin;
  const options = parseOptions((name) => script.dataset[name], document.documentElement.lang);
  const widget = new Launcher(origin, options, __WIDGET_COPY__[options.locale]);
  w.IntakeWidget = { open: () => widget.open(true), close: () => widget.close(false) };
  document.addEventListener('click', (event) => {
    const target = (event.target as Element | null)?.closest?.('[data-intake-widget-open]');
    if (!target) return;
    event.preventDefault();
    widget.open(true);
  });
}

class Launcher {
  private readonly root = document.createElement('div');
  private readonly launcher = document.createElement('button');
  private readonly label = document.createElement('span');
  private readonly badge = document.createElement('span');
  /** A polite live region: a reply that arrives while the panel is closed is announced, not only drawn. */
  private readonly announce = document.createElement('span');
  private unread = 0;
  private readonly panel = document.createElement('div');
  private readonly shadow: ShadowRoot;
  private frame: HTMLIFrameElement | undefined;
  private frameReady = false;
  private isOpen = false;
  private focusWhenReady = false;

  constructor(
    private readonly origin: string,
    private readonly options: WidgetOptions,
    private readonly copy: WidgetCopy,
  ) {
    const host = document.createElement('div');
    host.id = 'intake-widget';
    host.style.setProperty('--widget-color', options.color);
    host.style.setProperty('--widget-text-color', options.textColor);
    const shadow = host.attachShadow({ mode: 'open' });
    this.shadow = shadow;
    applyStyles(shadow);

    this.root.className = `root${options.position === 'left' ? ' root--left' : ''}`;
    this.panel.id = 'intake-widget-panel';
    this.panel.className = 'panel panel--closed';
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-label', options.title || copy.defaultTitle);

    this.launcher.type = 'button';
    this.launcher.className = 'launcher';
    this.launcher.setAttribute('aria-expanded', 'false');
    this.launcher.setAttribute('aria-controls', this.panel.id);
    this.launcher.innerHTML = CHAT_ICON; // a constant: no page or visitor text goes through innerHTML
    this.label.textContent = copy.launcher;
    this.badge.className = 'badge';
    this.badge.hidden = true;
    this.badge.setAttribute('aria-hidden', 'true');
    this.launcher.append(this.label, this.badge);
    this.announce.className = 'announce';
    this.announce.setAttribute('aria-live', 'polite');
    this.launcher.addEventListener('click', () => (this.isOpen ? this.close(true) : this.open(true)));
    // Intent to chat (the pointer over the launcher, a finger on it, focus on it): load the panel now, so Web
    // Chat's bundle is ready by the click. Nothing starts a conversation before the panel is opened.
    for (const event of ['pointerenter', 'touchstart', 'focus'] as const) this.launcher.addEventListener(event, () => this.ensureFrame(), { passive: true, once: true });

    this.root.append(this.panel, this.launcher, this.announce);
    this.root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.isOpen) {
        event.stopPropagation();
        this.close(true);
      }
    });
    shadow.append(this.root);
    document.body.append(host);

    window.addEventListener('message', (event) => this.onMessage(event));

    // A reload keeps an open chat open (without taking the focus from the page) and a started one connected,
    // so replies that arrive meanwhile are counted on the launcher.
    if (read(OPEN_KEY) === '1') this.open(false);
    else if (read(STARTED_KEY) === '1') this.ensureFrame();
  }

  open(moveFocus: boolean): void {
    this.ensureFrame();
    this.isOpen = true;
    write(OPEN_KEY, '1');
    write(STARTED_KEY, '1');
    this.panel.classList.remove('panel--closed');
    this.root.classList.add('root--open');
    this.launcher.setAttribute('aria-expanded', 'true');
    this.label.textContent = this.copy.launcherClose;
    this.setUnread(0);
    this.post({ type: 'intake-widget:visibility', open: true });
    if (moveFocus) {
      this.focusWhenReady = true;
      this.focusPanel();
    }
  }

  close(returnFocus: boolean): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    write(OPEN_KEY, '0');
    this.panel.classList.add('panel--closed');
    this.root.classList.remove('root--open');
    this.launcher.setAttribute('aria-expanded', 'false');
    this.label.textContent = this.copy.launcher;
    this.focusWhenReady = false;
    this.post({ type: 'intake-widget:visibility', open: false });
    if (returnFocus) this.launcher.focus();
  }

  private ensureFrame(): void {
    if (this.frame) return;
    const frame = document.createElement('iframe');
    frame.className = 'frame';
    frame.title = this.options.title || this.copy.defaultTitle;
    const state = read(PANEL_STATE_KEY);
    // The page's origin (the panel posts to it only) and any kept state, in the fragment: it is not sent to the
    // server, and the panel removes it from its address at once.
    frame.src = `${this.origin}/widget/panel?${optionsToQuery(this.options)}#${buildFrameFragment(location.origin, state)}`;
    frame.setAttribute('referrerpolicy', 'no-referrer');
    this.panel.append(frame);
    this.frame = frame;
  }

  private focusPanel(): void {
    if (!this.frame || !this.focusWhenReady) return;
    this.frame.focus();
    // Once more after the panel has been drawn visible: a frame that was hidden a moment ago cannot take focus.
    requestAnimationFrame(() => this.focusWhenReady && this.frame?.focus());
    if (this.frameReady) this.post({ type: 'intake-widget:focus' });
  }

  /** The panel focused its message box; if the page's focus is not in the frame yet, it goes there now. */
  private frameFocused(): void {
    if (!this.isOpen || !this.focusWhenReady || !this.frame) return;
    this.focusWhenReady = false;
    if (this.shadow.activeElement !== this.frame) this.frame.focus();
  }

  private onMessage(event: MessageEvent): void {
    if (!this.frame || event.source !== this.frame.contentWindow || event.origin !== this.origin || !isPanelToHost(event.data)) return;
    switch (event.data.type) {
      case 'intake-widget:ready':
        this.frameReady = true;
        this.post({ type: 'intake-widget:visibility', open: this.isOpen });
        this.focusPanel();
        break;
      case 'intake-widget:focused':
        this.frameFocused();
        break;
      case 'intake-widget:close':
        this.close(true);
        break;
      case 'intake-widget:unread':
        this.setUnread(this.isOpen ? 0 : event.data.count);
        break;
      case 'intake-widget:persist':
        if (event.data.value === null) remove(PANEL_STATE_KEY);
        else write(PANEL_STATE_KEY, event.data.value);
        break;
    }
  }

  private setUnread(count: number): void {
    const changed = count !== this.unread;
    this.unread = count;
    this.badge.textContent = String(count);
    this.badge.hidden = count === 0;
    const words = `${count} ${count === 1 ? this.copy.unread : this.copy.unreadMany}`;
    if (count > 0) this.launcher.setAttribute('aria-label', `${this.label.textContent ?? ''} (${words})`);
    else this.launcher.removeAttribute('aria-label');
    // Announced once per change; cleared at 0 so the same count later is announced again.
    if (changed) this.announce.textContent = count > 0 ? words : '';
  }

  private post(message: HostToPanel): void {
    if (this.frameReady) this.frame?.contentWindow?.postMessage(message, this.origin);
  }
}

function applyStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(EMBED_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Browsers without constructed stylesheets (Safari before 16.4).
    const style = document.createElement('style');
    style.textContent = EMBED_CSS;
    shadow.append(style);
  }
}

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function remove(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // see write
  }
}

function write(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // blocked storage: the widget works, it only forgets across reloads
  }
}

// currentScript is only set while this runs for the first time: keep it for a boot that waits for <body>.
const current = document.currentScript as HTMLScriptElement | null;
if (document.body) boot(current);
else document.addEventListener('DOMContentLoaded', () => boot(current), { once: true });
