import type { WidgetCopy } from '../../../dialogs/copy/widget';

/** The one-line notice above the conversation (role="status"): connecting, cannot connect, restarted. */
export class StatusLine {
  private slowTimer: number | undefined;

  constructor(private readonly region: HTMLElement) {}

  /** "Connecting…" only when it takes long enough to notice, so a quick start does not flicker. */
  connecting(copy: WidgetCopy): void {
    window.clearTimeout(this.slowTimer);
    this.slowTimer = window.setTimeout(() => this.text(copy.connecting), 800);
  }

  failed(copy: WidgetCopy, retry: () => void): void {
    window.clearTimeout(this.slowTimer);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'status__retry';
    button.textContent = copy.retry;
    button.addEventListener('click', retry);
    // 988 as links a phone can act on, not just a number to remember: the chat failing must not be a dead end.
    this.region.replaceChildren(document.createTextNode(`${copy.connectFailed} `), link('tel:988', copy.crisisCall), document.createTextNode(' · '), link('sms:988', copy.crisisText), button);
  }

  text(message: string): void {
    window.clearTimeout(this.slowTimer);
    this.region.textContent = message;
  }

  clear(): void {
    window.clearTimeout(this.slowTimer);
    this.region.replaceChildren();
  }
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.className = 'status__link';
  a.href = href;
  a.textContent = text;
  return a;
}
