import type { Incident } from './incidents';
import type { WebhookDelivery } from './webhooks';

/**
 * GET /: the incidents the stand-in holds, with what a responder does in the PagerDuty app: Acknowledge and
 * Resolve, as a named user. Each button sends the signed v3 webhook to the configured URL, so the service's
 * side can be tried end to end. Server-rendered, no script, every value escaped. Development only.
 */
export function renderPage(model: { incidents: Incident[]; deliveries: WebhookDelivery[]; webhookUrl: string | null; defaultAgent: string }): string {
  const rows = model.incidents
    .sort((a, b) => b.number - a.number)
    .map(
      (i) => `<tr><td>#${i.number}</td><td>${escape(i.summary)}</td><td class="${i.status}">${i.status}</td><td><code>${escape(i.dedupKey)}</code></td><td>
<form method="post" action="/_local/incidents/${encodeURIComponent(i.id)}/acknowledge"><input type="hidden" name="as" value="${escape(model.defaultAgent)}"><button ${i.status === 'triggered' ? '' : 'disabled'}>Acknowledge</button></form>
<form method="post" action="/_local/incidents/${encodeURIComponent(i.id)}/resolve"><input type="hidden" name="as" value="${escape(model.defaultAgent)}"><button ${i.status === 'resolved' ? 'disabled' : ''}>Resolve</button></form>
</td></tr>`,
    )
    .join('\n');
  const deliveries = model.deliveries
    .slice(-20)
    .reverse()
    .map((d) => `<tr><td>${escape(d.eventType)}</td><td><code>${escape(d.dedupKey)}</code></td><td>${d.status === 0 ? 'unreachable' : d.status}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PagerDuty stand-in</title>
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem}
table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
form{display:inline}button{margin:.1rem}.triggered{color:#b00020;font-weight:bold}.acknowledged{color:#b60}.resolved{color:#2a7}
</style></head><body>
<h1>PagerDuty stand-in <small>local development only</small></h1>
<form method="get" action="/">Acting as <input name="as" value="${escape(model.defaultAgent)}"> <button>Use this name</button></form>
<p>Webhooks (v3, signed) go to: ${model.webhookUrl ? `<code>${escape(model.webhookUrl)}</code>` : 'nowhere (none configured)'}</p>
<h2>Incidents</h2>
<table><tr><th>No.</th><th>Title</th><th>Status</th><th>dedup_key</th><th></th></tr>
${rows || '<tr><td colspan="5">None yet.</td></tr>'}
</table>
<h2>Webhook deliveries</h2>
<table><tr><th>Event</th><th>Incident key</th><th>Answer</th></tr>
${deliveries || '<tr><td colspan="3">None yet.</td></tr>'}
</table>
</body></html>`;
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
