/**
 * The messages the launcher (on the clinic's page) and the panel (in its iframe, on the service's origin)
 * exchange with postMessage. The panel never tells the host page what was said: only that it wants to close,
 * that it is ready, how many messages arrived while it was closed and, when the browser blocks storage in
 * third-party frames (private windows, strict privacy settings), its session state for the host to keep.
 * Each side checks the sender (the iframe's window and the service's origin; the parent window) before acting.
 */
export const PREFIX = 'intake-widget:';

export type PanelToHost =
  | { type: 'intake-widget:ready' }
  /** The panel put the focus on its message box: the host makes sure the frame itself has the page's focus. */
  | { type: 'intake-widget:focused' }
  | { type: 'intake-widget:close' }
  | { type: 'intake-widget:unread'; count: number }
  /** Only when the browser denies the panel its own storage: the host keeps the panel's state for it. */
  | { type: 'intake-widget:persist'; value: string | null };

/** Largest panel state the host keeps (a token, an id and a few numbers fit many times over). */
export const MAX_PERSISTED = 16 * 1024;

export type HostToPanel =
  | { type: 'intake-widget:focus' }
  | { type: 'intake-widget:visibility'; open: boolean };

export function isPanelToHost(data: unknown): data is PanelToHost {
  const d = data as { type?: unknown; count?: unknown; value?: unknown } | null;
  if (!d || typeof d.type !== 'string') return false;
  if (d.type === 'intake-widget:persist') return d.value === null || (typeof d.value === 'string' && d.value.length <= MAX_PERSISTED);
  if (d.type === 'intake-widget:unread') return typeof d.count === 'number' && Number.isInteger(d.count) && d.count >= 0 && d.count < 1000;
  return d.type === 'intake-widget:ready' || d.type === 'intake-widget:focused' || d.type === 'intake-widget:close';
}

export function isHostToPanel(data: unknown): data is HostToPanel {
  const d = data as { type?: unknown; open?: unknown } | null;
  if (!d || typeof d.type !== 'string') return false;
  if (d.type === 'intake-widget:visibility') return typeof d.open === 'boolean';
  return d.type === 'intake-widget:focus';
}
