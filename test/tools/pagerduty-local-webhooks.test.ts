import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startPagerDutyLocal, type PagerDutyLocal } from '../../tools/pagerduty-local';
import { checkPagerDutySignature } from '../../src/escalation/pagerduty/webhook-signature';
import { parsePagerDutyWebhook } from '../../src/escalation/pagerduty/webhook-payload';

/**
 * The PagerDuty stand-in's responder side: acknowledging or resolving an incident (by call, JSON or the page's
 * form) sends one v3 webhook in PagerDuty's documented shape, signed as PagerDuty signs, to the configured URL;
 * changes made through the Events API are reported too, by the service rather than a user.
 */

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

const SECRET = 'stand-in-test-secret-0123456789';
const ROUTING_KEY = 'R0123456789abcdef0123456789ABCDE';

let receiver: http.Server;
let receiverUrl: string;
let received: Received[];
let answerStatus: number;
let pd: PagerDutyLocal;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answerStatus, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
beforeEach(async () => {
  received = [];
  answerStatus = 202;
  pd = await startPagerDutyLocal({ port: 0, webhookUrl: receiverUrl, webhookSecrets: [SECRET] });
});
afterEach(async () => pd.close());
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

async function trigger(dedupKey: string, summary = 'URGENT intake crisis page. Case 4821, tier IMMINENT.'): Promise<void> {
  const response = await fetch(pd.eventsUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ routing_key: ROUTING_KEY, event_action: 'trigger', dedup_key: dedupKey, payload: { summary, source: 'intake-bot', severity: 'critical' } }),
  });
  expect(response.status).toBe(202);
  await pd.settle();
}

describe('pagerduty-local as PagerDuty\'s side', () => {
  it('when an incident opens, then a signed incident.triggered webhook carries the incident with its incident_key', async () => {
    await trigger('case-1');
    expect(received).toHaveLength(1);
    const [hook] = received;
    expect(hook.headers['content-type']).toBe('application/json');
    expect(hook.headers['x-pagerduty-signature']).toBe(`v1=${createHmac('sha256', SECRET).update(hook.body).digest('hex')}`);
    expect(checkPagerDutySignature(String(hook.headers['x-pagerduty-signature']), hook.body, SECRET)).toBe('ok');
    const { event } = JSON.parse(hook.body) as { event: Record<string, unknown> };
    expect(event).toMatchObject({
      event_type: 'incident.triggered',
      resource_type: 'incident',
      agent: { type: 'service_reference' },
      data: { type: 'incident', status: 'triggered', incident_key: 'case-1', number: 1, urgency: 'high', title: 'URGENT intake crisis page. Case 4821, tier IMMINENT.' },
    });
    expect(hook.headers['x-webhook-id']).toBe(event.id);
    expect(String((event.data as { id: string }).id)).toMatch(/^Q[A-Z0-9]{13}$/);
  });

  it('when a responder acknowledges, then the incident moves and the webhook names them as a user; the service reads it', async () => {
    await trigger('case-2');
    const action = await pd.acknowledge('case-2', { as: 'Dr. Okafor' });
    expect(action).toMatchObject({ changed: true, incident: { status: 'acknowledged' }, webhook: { eventType: 'incident.acknowledged', status: 202 } });
    const parsed = parsePagerDutyWebhook(Buffer.from(received[1].body));
    expect(parsed).toMatchObject({
      ok: true,
      kind: 'incident',
      event: { eventType: 'incident.acknowledged', agentName: 'Dr. Okafor', incident: { key: 'case-2', id: pd.incident('case-2')!.id, number: 1 } },
    });
  });

  it('when the bot acknowledges or resolves through the Events API, then the webhook comes from the service, not a user', async () => {
    await trigger('case-3');
    for (const action of ['acknowledge', 'resolve']) {
      await fetch(pd.eventsUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ routing_key: ROUTING_KEY, event_action: action, dedup_key: 'case-3' }) });
    }
    await pd.settle();
    expect(received.map((r) => (JSON.parse(r.body) as { event: { event_type: string } }).event.event_type)).toEqual(['incident.triggered', 'incident.acknowledged', 'incident.resolved']);
    expect(received.map((r) => parsePagerDutyWebhook(Buffer.from(r.body))).map((p) => p.ok && p.kind === 'incident' && p.event.agentName)).toEqual([null, null, null]);
  });

  it('when the action does not apply (already resolved, unknown incident), then no webhook and a 409 or 404 over HTTP', async () => {
    await trigger('case-4');
    await pd.resolve('case-4', { as: 'Dr. Okafor' });
    const post = (key: string, action: string) => fetch(`${pd.url}/_local/incidents/${key}/${action}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"as":"Dr. Okafor"}' });
    expect((await post('case-4', 'acknowledge')).status).toBe(409);
    expect((await post('case-4', 'resolve')).status).toBe(409);
    expect((await post('nothing-here', 'acknowledge')).status).toBe(404);
    expect(received.map((r) => (JSON.parse(r.body) as { event: { event_type: string } }).event.event_type)).toEqual(['incident.triggered', 'incident.resolved']);
  });

  it('when the page\'s Acknowledge button is pressed, then the webhook goes out and the browser is sent back to the page', async () => {
    await trigger('case-5', 'Case <b>5</b> & "quotes"');
    const page = await (await fetch(`${pd.url}/`)).text();
    expect(page).toContain('Case &#60;b&#62;5&#60;/b&#62; &#38; &#34;quotes&#34;');
    expect(page).not.toContain('<b>5</b>');
    const incidentId = pd.incident('case-5')!.id;
    expect(page).toContain(`action="/_local/incidents/${incidentId}/acknowledge"`);

    const pressed = await fetch(`${pd.url}/_local/incidents/${incidentId}/acknowledge`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ as: 'Dr. Chen' }),
      redirect: 'manual',
    });
    expect(pressed.status).toBe(303);
    expect(pd.incident('case-5')?.status).toBe('acknowledged');
    const last = JSON.parse(received.at(-1)!.body) as { event: { event_type: string; agent: { summary: string; type: string } } };
    expect(last.event).toMatchObject({ event_type: 'incident.acknowledged', agent: { summary: 'Dr. Chen', type: 'user_reference' } });
    expect(await (await fetch(`${pd.url}/`)).text()).toContain('incident.acknowledged');
  });

  it('when two secrets are set (a rotation), then the header carries a v1 signature for each', async () => {
    pd.setWebhook(receiverUrl, ['the-old-secret-0123456789', SECRET]);
    await trigger('case-6');
    const header = String(received[0].headers['x-pagerduty-signature']);
    expect(header.split(',')).toHaveLength(2);
    expect(checkPagerDutySignature(header, received[0].body, SECRET)).toBe('ok');
    expect(checkPagerDutySignature(header, received[0].body, 'the-old-secret-0123456789')).toBe('ok');
    expect(checkPagerDutySignature(header, received[0].body, 'a-third-secret-0123456789')).toBe('mismatch');
  });

  it('when a delivery is repeated, then the same bytes and signature go out again, and the receiver\'s answer is recorded', async () => {
    await trigger('case-7');
    answerStatus = 500;
    const first = pd.webhookDeliveries()[0];
    const again = await pd.redeliver(first.eventId);
    expect(again).toMatchObject({ status: 500, body: first.body, signature: first.signature });
    expect(received[1].body).toBe(received[0].body);
    expect(received[1].headers['x-pagerduty-signature']).toBe(received[0].headers['x-pagerduty-signature']);
  });
});
