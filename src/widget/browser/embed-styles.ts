/**
 * The launcher's and panel frame's CSS, inside the widget's shadow root: the clinic's own CSS cannot reach in,
 * and this cannot leak out. Applied as a constructed stylesheet (not a <style> element), which a page's
 * Content-Security-Policy without 'unsafe-inline' still allows. Colours arrive as custom properties.
 */
export const EMBED_CSS = `
:host { all: initial; }
.root {
  --gap: 20px;
  position: fixed; z-index: 2147483000; bottom: var(--gap); right: var(--gap);
  display: flex; flex-direction: column; align-items: flex-end; gap: 12px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.root--left { right: auto; left: var(--gap); align-items: flex-start; }
.launcher {
  display: inline-flex; align-items: center; gap: 8px; min-height: 48px; padding: 0 20px 0 16px;
  border: 0; border-radius: 24px; background: var(--widget-color); color: var(--widget-text-color);
  font: 600 16px/1 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  box-shadow: 0 4px 14px rgba(0, 0, 0, .25); cursor: pointer; position: relative;
}
.launcher:hover { filter: brightness(1.08); }
.launcher:focus-visible { outline: 3px solid var(--widget-color); outline-offset: 3px; }
.launcher svg { width: 22px; height: 22px; flex: none; fill: currentColor; }
.badge {
  position: absolute; top: -4px; right: -4px; min-width: 20px; height: 20px; padding: 0 5px; border-radius: 10px;
  background: #b42318; color: #fff; font: 700 12px/20px system-ui, sans-serif; text-align: center;
}
.badge[hidden] { display: none; }
/* Read by screen readers, not shown: the unread count's live announcement. */
.announce { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.panel {
  width: 380px; height: min(640px, calc(100vh - 110px)); max-height: calc(100vh - 110px);
  border-radius: 12px; overflow: hidden; background: #fff;
  box-shadow: 0 8px 30px rgba(0, 0, 0, .3);
}
.panel--closed { visibility: hidden; position: absolute; width: 1px; height: 1px; pointer-events: none; }
.frame { display: block; width: 100%; height: 100%; border: 0; }
/* Phones: the panel takes the whole screen (it has its own close button), the launcher steps aside. */
@media (max-width: 480px) {
  .root--open { inset: 0; gap: 0; }
  .root--open .panel { width: 100vw; height: 100vh; height: 100dvh; max-height: none; border-radius: 0; }
  .root--open .launcher { display: none; }
}
@media (prefers-reduced-motion: no-preference) {
  .launcher { transition: filter .15s; }
}
`;
