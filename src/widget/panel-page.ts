import { WIDGET_COPY } from '../../dialogs/copy/widget';
import { Html, html } from '../escalation/case-view/html';
import type { WidgetManifest } from './assets';
import { parseOptions, type WidgetOptions } from './shared/options';

/**
 * GET /widget/panel: the page inside the launcher's iframe. The header is rendered here in the visitor's
 * language (so it shows before any script runs); panel.<hash>.js then starts the conversation while Web Chat's
 * bundle loads, and renders Web Chat into #webchat. A strict Content-Security-Policy: scripts and styles from
 * this origin only (no inline script, no eval). Styles allow 'unsafe-inline': Web Chat creates style elements
 * at run time, and one of its parts (react-scroll-to-bottom, which makes the transcript scroll) creates its
 * element without a nonce even when Web Chat is given one, so a nonce policy would silently break scrolling.
 */
export interface PanelPage {
  body: string;
  csp: string;
}

export function panelPage(input: {
  query: Record<string, unknown>;
  manifest: WidgetManifest;
  pollingIntervalMs: number;
  frameAncestors: string;
}): PanelPage {
  const q = (name: string) => (typeof input.query[name] === 'string' ? (input.query[name] as string) : undefined);
  const options: WidgetOptions = parseOptions(q);
  const copy = WIDGET_COPY[options.locale];
  const { assets } = input.manifest;
  const twilio = options.transport === 'twilio';
  const script = twilio ? assets.panelTwilio.file : assets.panel.file;
  // A JSON data block is never executed, so it needs no script-src exception; "<" is escaped so that no value
  // can end the element early.
  const config = JSON.stringify({ pollingIntervalMs: input.pollingIntervalMs }).replace(/</g, '\\u003c');
  const body = html`<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${options.title || copy.defaultTitle}</title>
<link rel="stylesheet" href="/widget/assets/${assets.panelCss.file}">
<script type="application/json" id="widget-config">${new Html(config)}</script>
<script src="/widget/assets/${script}" defer></script>
<script src="/widget/assets/${assets.webchat.file}" defer data-webchat></script>
</head>
<body>
<div class="panel">
  <header class="panel__header">
    <div class="panel__heading">
      <h1 class="panel__title" id="panel-title">${options.title || copy.defaultTitle}</h1>
      <p class="panel__subtitle">${copy.subtitle}</p>
    </div>
    <button type="button" class="panel__close" id="close" aria-label="${copy.close}" title="${copy.close}"><span aria-hidden="true">×</span></button>
  </header>
  <div class="crisis" id="crisis" role="alert"></div>
  <div class="status" id="status" role="status"></div>
  <main class="webchat" id="webchat" aria-labelledby="panel-title"></main>
</div>
</body>
</html>`;
  const connect = twilio ? "'self' https://*.twilio.com wss://*.twilio.com" : "'self'";
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `connect-src ${connect}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${input.frameAncestors}`,
  ].join('; ');
  return { body: body.value, csp };
}
