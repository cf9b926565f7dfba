import type { KeyValueStorage } from '../shared/session';
import { STATE_FRAGMENT, type PanelToHost } from '../shared/frame-messages';

/**
 * Where the panel keeps its session so that a reload continues the conversation.
 *
 * First choice: its own sessionStorage. The panel is a third-party frame on the clinic's site, so browsers
 * keep that storage apart per site, and the clinic's page (and any script on it) cannot read it.
 *
 * Some browsers deny third-party frames any storage (private windows, "block third-party cookies"). Then
 * the launcher keeps the panel's state in the page's own sessionStorage: it hands it back in the iframe's
 * address fragment (never sent to a server) when it recreates the panel after a reload, and the panel sends
 * every change with postMessage. That state (a short-lived token and ids, no message text) is then readable by
 * the page's scripts: the price of surviving a reload in such a browser.
 */
export function panelStorage(send: (message: PanelToHost) => void, embedded: boolean): KeyValueStorage | undefined {
  const own = ownSessionStorage();
  if (own) return own;
  if (!embedded) return undefined;
  return new HostBackedStorage(takeFragmentState(), (value) => send({ type: 'intake-widget:persist', value }));
}

function ownSessionStorage(): KeyValueStorage | undefined {
  try {
    const storage = window.sessionStorage;
    const probe = 'intake-widget/v1/probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/** Reads the state the launcher passed in the fragment, and removes it from the address. */
function takeFragmentState(): Record<string, string> {
  const params = new URLSearchParams(location.hash.slice(1));
  const raw = params.get(STATE_FRAGMENT);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  try {
    const parsed = raw ? (JSON.parse(raw) as unknown) : {};
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

class HostBackedStorage implements KeyValueStorage {
  constructor(
    private readonly entries: Record<string, string>,
    private readonly persist: (value: string | null) => void,
  ) {}

  getItem(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.entries, key) ? this.entries[key] : null;
  }

  setItem(key: string, value: string): void {
    if (this.entries[key] === value) return;
    this.entries[key] = value;
    this.flush();
  }

  removeItem(key: string): void {
    if (!(key in this.entries)) return;
    delete this.entries[key];
    this.flush();
  }

  private flush(): void {
    this.persist(Object.keys(this.entries).length > 0 ? JSON.stringify(this.entries) : null);
  }
}
