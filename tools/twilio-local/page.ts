/**
 * The page a developer opens at GET /: a candidate's phone on the left (text the bot, see its answers) and,
 * on the right, what every other number received (the on-call clinicians' phones). It polls
 * GET /_local/messages. Message text is untrusted (it comes from whoever typed it and from the bot), so the
 * script only ever sets textContent, and the Content-Security-Policy allows this page's own inline script
 * and style (by nonce) and nothing else.
 */
export function renderPage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Twilio stand-in</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header>
  <h1>Twilio stand-in <small>local development only</small></h1>
  <button type="button" id="reset">Reset</button>
</header>
<main>
  <section aria-labelledby="phone-title">
    <h2 id="phone-title">Candidate's phone</h2>
    <div class="numbers">
      <label>This phone <input id="me" inputmode="tel" autocomplete="off" value="+15555550123"></label>
      <label>Texting <input id="bot" inputmode="tel" autocomplete="off"></label>
    </div>
    <ol id="thread" class="thread" aria-live="polite"></ol>
    <p id="problem" class="problem" role="status"></p>
    <form id="compose">
      <textarea id="text" rows="2" placeholder="Type a text message" aria-label="Message" required></textarea>
      <button type="submit">Send</button>
    </form>
  </section>
  <section aria-labelledby="others-title">
    <h2 id="others-title">Other phones (on-call clinicians)</h2>
    <p class="hint">Every number the bot texted other than the candidate's. A clinician can reply from here.</p>
    <div id="others"></div>
  </section>
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.4 system-ui,sans-serif;background:#f3f4f6;color:#111}
header{display:flex;align-items:center;justify-content:space-between;gap:1rem;padding:.5rem 1rem;background:#1f2937;color:#fff}
h1{font-size:1.1rem;margin:0}h1 small{font-weight:normal;opacity:.7;font-size:.8rem}
h2{font-size:1rem;margin:0 0 .5rem}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem;padding:1rem;max-width:1200px;margin:0 auto}
@media (max-width:720px){main{grid-template-columns:minmax(0,1fr);padding:.5rem}}
section{background:#fff;border-radius:12px;padding:1rem;box-shadow:0 1px 3px rgba(0,0,0,.1);min-width:0}
.numbers{display:flex;flex-wrap:wrap;gap:.5rem;margin-bottom:.5rem}
.numbers label{display:flex;flex-direction:column;font-size:.8rem;flex:1 1 10rem}
input,textarea{font:inherit;padding:.4rem;border:1px solid #9ca3af;border-radius:6px;width:100%}
.thread{list-style:none;margin:0;padding:.5rem;display:flex;flex-direction:column;gap:.4rem;min-height:12rem;max-height:60vh;overflow-y:auto;background:#f9fafb;border-radius:8px}
.thread li{max-width:85%;padding:.4rem .6rem;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}
.thread li.in{align-self:flex-end;background:#2563eb;color:#fff}
.thread li.out{align-self:flex-start;background:#e5e7eb}
.meta{display:block;font-size:.7rem;opacity:.75;margin-top:.2rem}
.bad{color:#b91c1c;font-weight:600}
.thread li.in .bad{color:#fecaca}
.problem{color:#b91c1c;min-height:1.2em;margin:.3rem 0}
form{display:flex;gap:.5rem}
button{font:inherit;padding:.4rem .9rem;border:0;border-radius:6px;background:#2563eb;color:#fff;cursor:pointer}
header button{background:#6b7280}
.other{border:1px solid #e5e7eb;border-radius:8px;padding:.5rem;margin-bottom:.75rem}
.other h3{font-size:.9rem;margin:0 0 .3rem}
.other .thread{min-height:0;max-height:40vh}
.empty,.hint{color:#6b7280}
.hint{font-size:.8rem;margin:0 0 .5rem}
.other form input{flex:1}
`;

// Runs in the browser; kept as plain ES2017 so that it needs no build step.
const SCRIPT = `
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var me = $('me'), bot = $('bot'), thread = $('thread'), others = $('others'), problem = $('problem');
  var lastSnapshot = '';
  var offline = 'The stand-in is not answering.';
  me.value = localStorage.getItem('twilio-local.me') || me.value;
  me.addEventListener('change', function () { localStorage.setItem('twilio-local.me', me.value.trim()); lastSnapshot = ''; refresh(); });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function time(iso) { return new Date(iso).toLocaleTimeString(); }
  function bubble(m, mine) {
    var li = el('li', mine ? 'in' : 'out', m.body);
    var meta = el('span', 'meta', time(m.dateCreated) + (mine ? '' : ' \\u00b7 ' + m.status));
    if (m.status === 'undelivered' || m.status === 'failed') {
      meta.appendChild(el('span', 'bad', ' (error ' + m.errorCode + ')'));
    }
    li.appendChild(meta);
    return li;
  }
  function render(messages) {
    var phone = me.value.trim();
    thread.replaceChildren();
    messages.forEach(function (m) {
      if (m.direction === 'inbound' && m.from === phone) thread.appendChild(bubble(m, true));
      else if (m.direction !== 'inbound' && m.to === phone) thread.appendChild(bubble(m, false));
    });
    thread.scrollTop = thread.scrollHeight;

    var byNumber = new Map();
    messages.forEach(function (m) {
      var counterpart = m.direction === 'inbound' ? m.from : m.to;
      if (counterpart === phone) return;
      if (!byNumber.has(counterpart)) byNumber.set(counterpart, []);
      byNumber.get(counterpart).push(m);
    });
    cards.forEach(function (card, number) { if (!byNumber.has(number)) { card.box.remove(); cards.delete(number); } });
    empty.hidden = byNumber.size > 0;
    byNumber.forEach(function (list, number) {
      var card = cards.get(number) || addCard(number);
      card.thread.replaceChildren();
      list.forEach(function (m) { card.thread.appendChild(bubble(m, m.direction === 'inbound')); });
      card.thread.scrollTop = card.thread.scrollHeight;
    });
  }
  // A card per other phone, kept across refreshes so that a reply being typed there is not wiped out.
  var cards = new Map();
  var empty = el('p', 'empty', 'No messages to other numbers yet.');
  others.appendChild(empty);
  function addCard(number) {
    var box = el('div', 'other');
    box.appendChild(el('h3', '', number));
    var list = el('ol', 'thread');
    var note = el('p', 'problem');
    var form = el('form');
    var input = el('input');
    input.setAttribute('aria-label', 'Reply from ' + number);
    input.placeholder = 'Reply from this phone';
    form.appendChild(input);
    form.appendChild(el('button', '', 'Send'));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!input.value.trim()) return;
      var text = input.value;
      input.value = '';
      send(number, text, note);
    });
    box.appendChild(list);
    box.appendChild(note);
    box.appendChild(form);
    others.appendChild(box);
    var card = { box: box, thread: list };
    cards.set(number, card);
    return card;
  }
  function refresh() {
    return fetch('/_local/messages').then(function (r) { return r.json(); }).then(function (data) {
      if (problem.textContent === offline) problem.textContent = '';
      var snapshot = JSON.stringify(data.messages) + me.value;
      if (snapshot !== lastSnapshot) { lastSnapshot = snapshot; render(data.messages); }
    }).catch(function () { problem.textContent = offline; });
  }
  function send(from, text, note) {
    note.textContent = '';
    var payload = { from: from, body: text };
    if (bot.value.trim()) payload.to = bot.value.trim();
    return fetch('/_local/sms', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) })
      .then(function (r) { return r.json(); })
      .then(function (result) {
        if (result.error && typeof result.error === 'object') note.textContent = 'Twilio error ' + result.error.code + ': ' + result.error.message;
        else if (result.error) note.textContent = String(result.error);
        else if (result.warnings && result.warnings.length) note.textContent = result.warnings.join('; ');
      })
      .catch(function () { note.textContent = 'Could not reach the stand-in.'; })
      .then(refresh);
  }
  $('compose').addEventListener('submit', function (event) {
    event.preventDefault();
    var text = $('text').value;
    if (!text.trim()) return;
    $('text').value = '';
    send(me.value.trim(), text, problem);
  });
  $('text').addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); $('compose').requestSubmit(); }
  });
  $('reset').addEventListener('click', function () {
    if (!confirm('Forget every recorded message?')) return;
    fetch('/_local/reset', { method: 'POST' }).then(function () { lastSnapshot = ''; return refresh(); });
  });
  fetch('/_local/config').then(function (r) { return r.json(); }).then(function (config) { if (!bot.value) bot.value = config.phoneNumber; });
  refresh();
  setInterval(refresh, 1000);
})();
`;
