import type { KeyValueStorage } from '../shared/session';
import type { PanelToHost } from '../shared/frame-messages';
import { HostBackedStorage } from '../shared/host-backed-storage';

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
export function panelStorage(send: (message: PanelToHost) => void, embedded: boolean, keptByHost: Record<string, string>): KeyValueStorage | undefined {
  const own = ownSessionStorage();
  if (own) return own;
  if (!embedded) return undefined;
  return new HostBackedStorage(keptByHost, (value) => send({ type: 'intake-widget:persist', value }));
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
