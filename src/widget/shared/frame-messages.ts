/**
 * The messages the launcher (on the clinic's page) and the panel (in its iframe, on the service's origin)
 * exchange with postMessage. Nothing in them is personal: the panel never tells the host page what was said,
 * only that it wants to close, that it is ready, or how many messages arrived while it was closed.
 * Each side checks the sender (the iframe's window and the service's origin; the parent window) before acting.
 */
export const PREFIX = 'intake-widget:';

export type PanelToHost =
  | { type: 'intake-widget:ready' }
  | { type: 'intake-widget:close' }
  | { type: 'intake-widget:unread'; count: number };

export type HostToPanel =
  | { type: 'intake-widget:focus' }
  | { type: 'intake-widget:visibility'; open: boolean };

export function isPanelToHost(data: unknown): data is PanelToHost {
  const d = data as { type?: unknown; count?: unknown } | null;
  if (!d || typeof d.type !== 'string') return false;
  if (d.type === 'intake-widget:unread') return typeof d.count === 'number' && Number.isInteger(d.count) && d.count >= 0 && d.count < 1000;
  return d.type === 'intake-widget:ready' || d.type === 'intake-widget:close';
}

export function isHostToPanel(data: unknown): data is HostToPanel {
  const d = data as { type?: unknown; open?: unknown } | null;
  if (!d || typeof d.type !== 'string') return false;
  if (d.type === 'intake-widget:visibility') return typeof d.open === 'boolean';
  return d.type === 'intake-widget:focus';
}
