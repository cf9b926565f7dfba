import { randomBytes } from 'node:crypto';
import { html } from '../escalation/case-view/html';
import type { WidgetLocale } from './shared/options';
import { DEMO_PAGE_COPY } from '../../dialogs/copy/demo-page';

/**
 * GET / (development): a made-up clinic's home page with the widget embedded the way a clinic's web team would
 * do it, one script tag. It is the first thing a newcomer sees after `npm start`. The page runs under a strict
 * Content-Security-Policy of its own (scripts only from the widget's origin, no inline script), which shows
 * the embed needs nothing more. Its words are in dialogs/copy/demo-page.ts.
 */
export function demoPage(input: { locale: WidgetLocale; programName: string; widgetOrigin: string; transport?: 'twilio' }): { body: string; csp: string } {
  const t = DEMO_PAGE_COPY[input.locale];
  const nonce = randomBytes(16).toString('base64');
  const src = `${input.widgetOrigin}/widget.js`;
  const embed = `<script src="${src}" defer></script>`;
  const body = html`<!doctype html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.programName}</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">
  *{box-sizing:border-box} body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#1d2b36;background:#f7f5f0;line-height:1.55}
  a{color:#0b5394} .crisis{margin:0;padding:.5rem 1rem;background:#1d2b36;color:#fff;font:600 .95rem/1.4 system-ui,sans-serif;text-align:center}
  .crisis a{color:#fff} header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between;padding:1rem 1.5rem;background:#fff;border-bottom:1px solid #e3ded3}
  .brand{font-size:1.3rem;font-weight:700;color:#2d5d46;text-decoration:none} nav{display:flex;flex-wrap:wrap;gap:1rem;font-family:system-ui,sans-serif}
  main{max-width:60rem;margin:0 auto;padding:2.5rem 1.5rem 6rem} h1{font-size:clamp(1.7rem,5vw,2.6rem);line-height:1.2;margin:0 0 1rem}
  .lead{font-size:1.15rem;max-width:40rem} .start{display:inline-block;margin:1rem 0 2.5rem;padding:.85rem 1.4rem;border:0;border-radius:.5rem;background:#2d5d46;color:#fff;font:600 1.05rem system-ui,sans-serif;cursor:pointer}
  .start:focus-visible{outline:3px solid #0b5394;outline-offset:3px} ol{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:1rem;padding:0;list-style:none;counter-reset:s}
  li{background:#fff;border:1px solid #e3ded3;border-radius:.5rem;padding:1rem} li h2{font-size:1.1rem;margin:0 0 .35rem}
  .dev{margin-top:3rem;padding:1rem 1.25rem;border:2px dashed #b9b2a3;border-radius:.5rem;background:#fffdf8;font-family:system-ui,sans-serif;font-size:.95rem}
  code{display:block;overflow-x:auto;padding:.5rem;background:#1d2b36;color:#fff;border-radius:.25rem;font-size:.85rem;white-space:pre}
</style>
</head>
<body>
<p class="crisis">${t.crisis.lead} <a href="tel:988">${t.crisis.call}</a> · <a href="sms:988">${t.crisis.text}</a> · <a href="${t.crisis.chatUrl}">${t.crisis.chat}</a></p>
<header>
  <a class="brand" href="/?lang=${input.locale}">${input.programName}</a>
  <nav aria-label="Site">${t.nav.map((item) => html`<a href="#">${item}</a>`)}<a href="${t.langHref}" lang="${input.locale === 'en' ? 'es' : 'en'}">${t.lang}</a></nav>
</header>
<main>
  <h1>${t.heading}</h1>
  <p class="lead">${t.lead}</p>
  <button type="button" class="start" data-intake-widget-open>${t.start}</button>
  <ol>${t.steps.map(([title, text]) => html`<li><h2>${title}</h2><p>${text}</p></li>`)}</ol>
  <section class="dev" aria-labelledby="dev-title">
    <h2 id="dev-title">${t.devTitle}</h2>
    <p>${t.devLead}</p>
    <code>${embed}</code>
    <p>${t.devOptions}</p>
    <p>${t.devOutbox} <a href="/dev/outbox">/dev/outbox</a>.</p>
  </section>
</main>
<script src="${src}"${input.transport ? html` data-transport="${input.transport}"` : ''} defer></script>
</body>
</html>`;
  const csp = [
    "default-src 'self'",
    `script-src ${input.widgetOrigin}`,
    `style-src 'nonce-${nonce}'`,
    `frame-src ${input.widgetOrigin}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return { body: body.value, csp };
}
