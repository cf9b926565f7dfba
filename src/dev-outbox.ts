import type restify from 'restify';
import type { Store } from './store/types';
import { html } from './escalation/case-view/html';

/**
 * GET /dev/outbox (development only): what the service sent on its own initiative (pages to clinicians,
 * reminders, relayed replies), newest first, with delivery state, so the whole crisis path can be followed on
 * one machine. Not mounted in production: it shows message text.
 */
export function mountDevOutbox(server: restify.Server, deps: { store: Store }): void {
  server.get('/dev/outbox', async (_req, res) => {
    const messages = await deps.store.listProactive(200);
    const jobs = await deps.store.listJobs();
    const page = html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Development outbox</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}td,th{padding:.25rem .5rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}</style></head><body>
<h1>Development outbox</h1><p>Messages the service sent by itself (pages, reminders, relayed replies). Replies to candidates are in the Twilio stand-in's page.</p>
<table><tr><th>When</th><th>Channel</th><th>Text</th></tr>${messages.map((m) => html`<tr><td>${m.createdAt}</td><td>${m.channel}</td><td>${m.body}</td></tr>`)}</table>
<h2>Jobs</h2><table><tr><th>Kind</th><th>Status</th><th>Attempts</th><th>Run at</th><th>Last error</th></tr>${jobs.slice(-200).reverse().map((j) => html`<tr><td>${j.kind}</td><td>${j.status}</td><td>${j.attempts}</td><td>${j.runAt}</td><td>${j.lastError ?? ''}</td></tr>`)}</table>
</body></html>`;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.sendRaw(200, page.value);
  });
}
