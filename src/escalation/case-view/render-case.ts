import type { CaseEvent, CaseRecord, ConversationRecord, MessageRecord } from '../../store/types';
import { html, type Html } from './html';

export interface CaseViewModel {
  record: CaseRecord;
  conversation: ConversationRecord;
  messages: MessageRecord[];
  events: CaseEvent[];
  signals: { tier: string; source: string; rules: string[]; at: string }[];
  screener: { question: string; answer: string }[];
  /** Roster names to choose from: the case log records who acted. */
  clinicians: readonly string[];
  /** Query string that carries the signed link on to the action forms. */
  linkQuery: string;
}

/**
 * The page a clinician opens from a page at 3 a.m.: who (no phone number on screen unless they need it to
 * call: it is shown, since they must be able to reach the person), how urgent, why, what was said, what has
 * happened so far, and the actions. Server-rendered, no script, every value escaped.
 */
export function renderCase(model: CaseViewModel): string {
  const { record, conversation } = model;
  const actionUrl = `/cases/${encodeURIComponent(record.id)}/actions?${model.linkQuery}`;
  const body: Html = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Case ${record.code}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:46rem;padding:1rem;line-height:1.4}
.tier{display:inline-block;padding:.2rem .6rem;border-radius:.3rem;color:#fff;background:#555}
.tier-imminent{background:#b00020}.tier-active{background:#c43}.tier-passive{background:#b60}.tier-history{background:#567}
.msg{padding:.4rem .6rem;margin:.3rem 0;border-radius:.4rem}.in{background:#eef}.out{background:#f4f4f4}
form{margin:.5rem 0}label{display:block;margin:.3rem 0}textarea,input[type=text]{width:100%;box-sizing:border-box}
button{font-size:1rem;padding:.5rem 1rem;margin:.2rem .2rem .2rem 0}
table{border-collapse:collapse}td,th{padding:.2rem .5rem;border-bottom:1px solid #ddd;text-align:left}
</style></head><body>
<h1>Case ${record.code} <span class="tier tier-${record.tier}">${record.tier}</span></h1>
<p>Status: <strong>${record.status}</strong>${record.heldBy ? html` · held by ${record.heldBy}` : ''} · channel ${conversation.channel} · opened ${record.createdAt}</p>
<p>Reach the candidate: ${conversation.channel === 'sms' ? html`<a href="tel:${conversation.participant}">${conversation.participant}</a>` : html`reply below (web chat)`}</p>

<h2>Actions</h2>
<form method="post" action="${actionUrl}">
<label>You are <select name="by" required>${model.clinicians.map((name) => html`<option>${name}</option>`)}</select></label>
<button name="action" value="ack">Acknowledge</button>
<button name="action" value="resolve">Resolve</button>
<button name="action" value="release">Resolve and let the candidate finish the intake</button>
<label>Message to the candidate (sent as from a clinician) <textarea name="text" rows="3" maxlength="1200"></textarea></label>
<button name="action" value="reply">Send reply</button>
</form>

<h2>Why</h2>
<table><tr><th>When</th><th>Tier</th><th>Source</th><th>Rules</th></tr>
${model.signals.map((s) => html`<tr><td>${s.at}</td><td>${s.tier}</td><td>${s.source}</td><td>${s.rules.join(', ')}</td></tr>`)}
</table>

<h2>C-SSRS screener</h2>
${model.screener.length === 0 ? html`<p>Not reached.</p>` : html`<table>${model.screener.map((a) => html`<tr><td>${a.question}</td><td>${a.answer}</td></tr>`)}</table>`}

<h2>Transcript</h2>
${model.messages.map((m) => html`<div class="msg ${m.direction}"><small>${m.direction === 'in' ? 'Candidate' : 'Bot'} · ${m.createdAt}</small><br>${m.body}</div>`)}

<h2>Timeline</h2>
<table>${model.events.map((e) => html`<tr><td>${e.createdAt}</td><td>${e.kind}</td><td>${e.actor}</td><td>${pagerDutyLink(e)}</td></tr>`)}</table>
</body></html>`;
  return body.value;
}

/** Entries that came from a PagerDuty webhook link to the incident (only an http(s) address is ever linked). */
function pagerDutyLink(event: CaseEvent): Html | string {
  const url = (event.detail as { pagerduty?: { incidentUrl?: unknown } } | null)?.pagerduty?.incidentUrl;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? html`<a href="${url}" rel="noopener noreferrer">PagerDuty incident</a>` : '';
}
