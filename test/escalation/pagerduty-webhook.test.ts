import { createHmac, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { startPagerDutyLocal, type PagerDutyLocal } from '../../tools/pagerduty-local';
import type { CaseRecord } from '../../src/store/types';
import { BACKUP, FALLBACK, PRIMARY, startStack, TEST_ROSTER, writeRoster, type Stack } from './support';

/**
 * PagerDuty two ways: the crisis page goes out by SMS and through the Events API (the local PagerDuty
 * stand-in), and what a responder does in PagerDuty comes back as a signed v3 webhook. Acknowledging there
 * must stop the bot's own SMS levels; resolving there counts as an answer but never closes the crisis case.
 * The clock is injected: "past the timeout" is a clock move, never a wait.
 */

const CANDIDATE = '+15555550150';
const CRISIS_TEXT = "i'm going to kill myself tonight";
const SECRET = 'test-pagerduty-webhook-secret-0123';
const ROUTING_KEY = 'R0123456789abcdef0123456789ABCDE';
const ROSTER = {
  ...TEST_ROSTER,
  levels: [
    { name: 'primary', contacts: [{ name: 'Dr. Rivera', sms: PRIMARY, pagerduty: { routingKey: ROUTING_KEY } }] },
    { name: 'backup', contacts: [{ name: 'Dr. Chen', sms: BACKUP }] },
  ],
};
/** The imminent tier's acknowledgement timeout in the test roster is 120 s. */
const PAST_ACK_TIMEOUT_MS = 121_000;

let pd: PagerDutyLocal;
let s: Stack;

beforeEach(async () => {
  pd = await startPagerDutyLocal({ port: 0, webhookSecrets: [SECRET] });
  s = await startStack({ ONCALL_ROSTER_FILE: writeRoster(ROSTER), PAGERDUTY_EVENTS_URL: pd.eventsUrl, PAGERDUTY_WEBHOOK_SECRET: SECRET });
  pd.setWebhook(`${s.base}/api/pagerduty/webhook`);
});
afterEach(async () => {
  await pd.settle();
  await s.close();
  await pd.close();
});

/** Runs the outbox and waits for both stand-ins until nothing moves: a page leads to a webhook leads to a job. */
async function settle(): Promise<void> {
  for (let round = 0; round < 10; round++) {
    let ran = 0;
    for (let pass = 0; pass < 20; pass++) {
      const n = await s.app.worker.runDue();
      ran += n;
      if (n === 0) break;
    }
    await pd.settle();
    await s.twilio.settle();
    if (ran === 0 && (await s.app.worker.runDue()) === 0) return;
  }
}

async function crisisCase(): Promise<CaseRecord> {
  await s.text(CANDIDATE, 'START');
  await s.text(CANDIDATE, CRISIS_TEXT);
  await settle();
  const conversation = await s.app.store.findConversation('sms', CANDIDATE);
  const record = await s.app.store.findOpenCase(conversation!.id);
  expect(record).toBeDefined();
  return record!;
}

async function caseNow(id: string): Promise<CaseRecord> {
  return (await s.app.store.getCase(id))!;
}

async function caseLog(id: string) {
  return s.app.store.listCaseEvents(id);
}

function sign(body: string, secret = SECRET): string {
  return `v1=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

async function postWebhook(body: string, headers: Record<string, string> = { 'X-PagerDuty-Signature': sign(body) }): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${s.base}/api/pagerduty/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // a non-JSON answer stays {}
  }
  return { status: response.status, json };
}

/** A v3 incident event as PagerDuty documents it, for the tests that post by hand. */
function incidentEvent(eventType: string, incidentKey: string | null, agent: string | null = 'Dr. Rivera'): string {
  return JSON.stringify({
    event: {
      id: randomUUID(),
      event_type: eventType,
      resource_type: 'incident',
      occurred_at: '2026-03-10T16:00:30.000Z',
      agent: agent ? { id: 'PLH1HKV', type: 'user_reference', summary: agent, html_url: 'https://acme.pagerduty.com/users/PLH1HKV', self: 'https://api.pagerduty.com/users/PLH1HKV' } : null,
      client: { name: 'PagerDuty' },
      data: { id: 'PGR0VU2', type: 'incident', html_url: 'https://acme.pagerduty.com/incidents/PGR0VU2', number: 2, status: 'acknowledged', incident_key: incidentKey, title: 't' },
    },
  });
}

describe('PagerDuty v3 webhooks (acknowledge and resolve in PagerDuty)', () => {
  it('when nobody answers anywhere, then the backup is paged by SMS after the timeout (the control for the next test)', async () => {
    const record = await crisisCase();
    expect(pd.incident(record.id)?.status).toBe('triggered');
    s.clock.advance(PAST_ACK_TIMEOUT_MS);
    await settle();
    expect(s.pagesTo(BACKUP)).toHaveLength(1);
  });

  it('when the clinician acknowledges in PagerDuty, then the case is theirs and no further SMS level is paged', async () => {
    const record = await crisisCase();
    expect(s.pagesTo(PRIMARY)).toHaveLength(1);
    expect(pd.incident(record.id)).toMatchObject({ status: 'triggered', dedupKey: record.id });

    const action = await pd.acknowledge(record.id, { as: 'Dr. Rivera' });
    expect(action.webhook?.status).toBe(202);
    await settle();

    const after = await caseNow(record.id);
    expect(after.status).toBe('acknowledged');
    expect(after.heldBy).toBe('Dr. Rivera');
    const log = await caseLog(record.id);
    const acknowledgements = log.filter((e) => e.kind === 'acknowledge');
    expect(acknowledgements).toHaveLength(1);
    expect(acknowledgements[0]).toMatchObject({ actor: 'Dr. Rivera', detail: { via: 'pagerduty', pagerduty: { eventType: 'incident.acknowledged', incidentId: pd.incident(record.id)!.id } } });
    expect(log.map((e) => e.kind)).toEqual(expect.arrayContaining(['pagerduty:incident.triggered', 'pagerduty:incident.acknowledged', 'acknowledged']));
    // The case page shows who holds it and links the PagerDuty incident.
    const link = /(http:\/\/127\.0\.0\.1:\d+\/cases\/\S+)/.exec(s.pagesTo(PRIMARY)[0])![1];
    const casePage = await (await fetch(link)).text();
    expect(casePage).toContain('held by Dr. Rivera');
    expect(casePage).toContain(`<a href="${pd.url}/incidents/${pd.incident(record.id)!.id}" rel="noopener noreferrer">PagerDuty incident</a>`);

    // Past the acknowledgement timeout, and well beyond: nobody else is paged.
    s.clock.advance(PAST_ACK_TIMEOUT_MS);
    await settle();
    s.clock.advance(30 * 60_000);
    await settle();
    expect(s.pagesTo(BACKUP)).toHaveLength(0);
    expect(s.pagesTo(FALLBACK)).toHaveLength(0);
    expect(s.pagesTo(PRIMARY)).toHaveLength(1);
  });

  it('when the incident is resolved in PagerDuty before anyone acknowledged, then that counts as the acknowledgement and the case stays open', async () => {
    const record = await crisisCase();
    const action = await pd.resolve(record.id, { as: 'dr. rivera' });
    expect(action.webhook?.status).toBe(202);
    await settle();

    const after = await caseNow(record.id);
    expect(after.status).toBe('acknowledged');
    expect(after.heldBy).toBe('Dr. Rivera'); // the roster's spelling, so an SMS RESOLVE from that number works
    const resolved = (await caseLog(record.id)).find((e) => e.kind === 'pagerduty:incident.resolved');
    expect(resolved).toMatchObject({ actor: 'Dr. Rivera', detail: { acknowledgesCase: true, caseStatus: 'open' } });
    const conversation = await s.app.store.findConversation('sms', CANDIDATE);
    expect(conversation!.state.startsWith('crisis')).toBe(true);

    s.clock.advance(PAST_ACK_TIMEOUT_MS);
    await settle();
    expect(s.pagesTo(BACKUP)).toHaveLength(0);
    // Only a clinician closes the case: it is still there to close from the case page or by SMS.
    expect((await s.app.store.listOpenCases()).map((c) => c.id)).toContain(record.id);
    expect(await s.text(PRIMARY, `RESOLVE ${record.code}`)).toContain(`Case ${record.code} resolved by Dr. Rivera`);
  });

  it('when the case was acknowledged by SMS, then PagerDuty echoing it back and a later resolve there are logged only', async () => {
    const record = await crisisCase();
    expect(await s.text(PRIMARY, `ACK ${record.code}`)).toContain('is yours, Dr. Rivera');
    await settle();
    // The bot told PagerDuty (Events API acknowledge); PagerDuty's webhook about it comes back from the service, not a user.
    expect(pd.incident(record.id)?.status).toBe('acknowledged');
    expect(pd.webhookDeliveries().map((d) => [d.eventType, d.status])).toEqual([
      ['incident.triggered', 202],
      ['incident.acknowledged', 202],
    ]);

    await pd.resolve(record.id, { as: 'Dr. Chen' });
    await settle();
    const after = await caseNow(record.id);
    expect(after).toMatchObject({ status: 'acknowledged', heldBy: 'Dr. Rivera' });
    const log = await caseLog(record.id);
    expect(log.filter((e) => e.kind === 'acknowledge').map((e) => e.actor)).toEqual(['Dr. Rivera']);
    expect(log.find((e) => e.kind === 'pagerduty:incident.acknowledged')).toMatchObject({ actor: 'PagerDuty', detail: { acknowledgesCase: false } });
    expect(log.find((e) => e.kind === 'pagerduty:incident.resolved')).toMatchObject({ actor: 'Dr. Chen', detail: { acknowledgesCase: false, caseStatus: 'acknowledged' } });
  });

  it('when every SMS level went unanswered (exhausted), then acknowledging in PagerDuty still takes the case', async () => {
    const record = await crisisCase();
    for (let i = 0; i < 4; i++) {
      s.clock.advance(PAST_ACK_TIMEOUT_MS);
      await settle();
    }
    expect((await caseNow(record.id)).status).toBe('exhausted');
    expect(s.pagesTo(FALLBACK)).toHaveLength(1);
    await pd.acknowledge(record.id, { as: 'Dr. Rivera' });
    await settle();
    expect(await caseNow(record.id)).toMatchObject({ status: 'acknowledged', heldBy: 'Dr. Rivera' });
  });

  it('when PagerDuty resolves on its own (no user: an auto-resolve), then paging goes on', async () => {
    const record = await crisisCase();
    const answer = await postWebhook(incidentEvent('incident.resolved', record.id, null));
    expect(answer.status).toBe(202);
    await settle();
    expect((await caseNow(record.id)).status).toBe('open');
    expect((await caseLog(record.id)).find((e) => e.kind === 'pagerduty:incident.resolved')).toMatchObject({ actor: 'PagerDuty', detail: { acknowledgesCase: false } });
    s.clock.advance(PAST_ACK_TIMEOUT_MS);
    await settle();
    expect(s.pagesTo(BACKUP)).toHaveLength(1);
  });

  it('when PagerDuty delivers the same event again, then nothing changes', async () => {
    const record = await crisisCase();
    const ack = await pd.acknowledge(record.id, { as: 'Dr. Rivera' });
    await settle();
    const resolve = await pd.resolve(record.id, { as: 'Dr. Rivera' });
    await settle();
    const logBefore = await caseLog(record.id);
    const caseBefore = await caseNow(record.id);
    const jobsBefore = (await s.app.store.listJobs()).length;

    for (const delivery of [ack.webhook!, resolve.webhook!, ack.webhook!]) {
      const again = await pd.redeliver(delivery.eventId);
      expect(again.status).toBe(202);
      expect(again.body).toBe(delivery.body);
    }
    await settle();

    expect(await caseLog(record.id)).toEqual(logBefore);
    expect(await caseNow(record.id)).toEqual(caseBefore);
    expect((await s.app.store.listJobs()).length).toBe(jobsBefore);
  });

  it('when the signature is missing, wrong, for another body or malformed, then 401/403 and nothing changes', async () => {
    const record = await crisisCase();
    const body = incidentEvent('incident.acknowledged', record.id);
    const logBefore = await caseLog(record.id);

    expect((await postWebhook(body, {})).status).toBe(401);
    expect((await postWebhook(body, { 'X-PagerDuty-Signature': '' })).status).toBe(401);
    expect((await postWebhook(body, { 'X-PagerDuty-Signature': sign(body, 'another-secret-entirely') })).status).toBe(403);
    expect((await postWebhook(body, { 'X-PagerDuty-Signature': sign(body.replace('Dr. Rivera', 'Dr. Riviera')) })).status).toBe(403);
    expect((await postWebhook(body, { 'X-PagerDuty-Signature': sign(body).replace('v1=', 'v2=') })).status).toBe(403);
    expect((await postWebhook(body, { 'X-PagerDuty-Signature': 'v1=zz' })).status).toBe(403);
    expect((await postWebhook(body, { 'X-PagerDuty-Signature': sign(body).slice(0, -2) })).status).toBe(403);
    const refused = await postWebhook(body, { 'X-PagerDuty-Signature': sign(body, 'another-secret-entirely') });
    expect(refused.json.error).toMatch(/X-PagerDuty-Signature/);

    await settle();
    expect(await caseLog(record.id)).toEqual(logBefore);
    expect((await caseNow(record.id)).status).toBe('open');
  });

  it('when the header carries two signatures (a secret being rotated), then either one matching is enough', async () => {
    const record = await crisisCase();
    const body = incidentEvent('incident.acknowledged', record.id);
    const answer = await postWebhook(body, { 'X-PagerDuty-Signature': `${sign(body, 'the-old-secret-being-rotated')},${sign(body)}` });
    expect(answer.status).toBe(202);
    await settle();
    expect((await caseNow(record.id)).status).toBe('acknowledged');
  });

  it('when the incident is not one of ours, or the event is not one we act on, then 200 and nothing changes', async () => {
    const record = await crisisCase();
    const logBefore = await caseLog(record.id);
    const jobsBefore = (await s.app.store.listJobs()).length;

    for (const key of ['9f1c2b7e-0000-4000-8000-000000000000', 'a-key-from-another-tool', null]) {
      const answer = await postWebhook(incidentEvent('incident.acknowledged', key));
      expect(answer).toEqual({ status: 200, json: { status: 'ignored', reason: 'no case matches this incident' } });
    }
    const ping = JSON.stringify({ event: { id: randomUUID(), event_type: 'pagey.ping', resource_type: 'pagey', occurred_at: null, agent: null, client: null, data: { message: 'Hello from your friend Pagey!', type: 'ping' } } });
    expect(await postWebhook(ping)).toMatchObject({ status: 200, json: { status: 'ignored' } });
    const note = JSON.stringify({ event: { id: randomUUID(), event_type: 'incident.annotated', resource_type: 'incident', agent: null, data: { incident: { id: 'PGR0VU2' }, content: 'x', type: 'incident_note' } } });
    expect(await postWebhook(note)).toMatchObject({ status: 200, json: { status: 'ignored' } });

    await settle();
    expect(await caseLog(record.id)).toEqual(logBefore);
    expect((await s.app.store.listJobs()).length).toBe(jobsBefore);
    expect((await caseNow(record.id)).status).toBe('open');
  });

  it.each([
    ['not JSON', 'ack!', /not JSON/],
    ['not an object', '[1,2,3]', /not a PagerDuty v3 webhook/],
    ['no event id', JSON.stringify({ event: { event_type: 'incident.acknowledged', data: {} } }), /event\.id/],
    ['an incident event without its incident', JSON.stringify({ event: { id: 'e1', event_type: 'incident.acknowledged', data: null } }), /event\.data/],
    ['an incident without an id', JSON.stringify({ event: { id: 'e2', event_type: 'incident.resolved', data: { incident_key: 'k' } } }), /event\.data\.id/],
  ])('when a signed body is %s, then 400 with the reason', async (_what, body, reason) => {
    const answer = await postWebhook(body);
    expect(answer.status).toBe(400);
    expect(String(answer.json.error)).toMatch(reason);
  });

  it('when the body is over the size limit, then 413', async () => {
    const body = JSON.stringify({ event: { id: 'big', event_type: 'incident.acknowledged', data: { id: 'P', padding: 'x'.repeat(70_000) } } });
    expect((await postWebhook(body)).status).toBe(413);
  });

  it('when bodies and headers are fuzzed, signed or not, then never a 5xx and the service keeps serving', async () => {
    const record = await crisisCase();
    const keys = fc.constantFrom(record.id, 'other', '', null as unknown as string);
    const eventTypes = fc.constantFrom('incident.acknowledged', 'incident.resolved', 'incident.unacknowledged', 'incident.triggered', 'incident.reopened', 'pagey.ping', '', 'x'.repeat(200));
    const shaped = fc.record(
      {
        event: fc.record(
          {
            id: fc.oneof(fc.string({ maxLength: 200 }), fc.integer(), fc.constant(null)),
            event_type: fc.oneof(eventTypes, fc.string(), fc.integer()),
            occurred_at: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
            agent: fc.oneof(fc.constant(null), fc.record({ type: fc.oneof(fc.constant('user_reference'), fc.string()), summary: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer()) }), fc.anything()),
            data: fc.oneof(
              fc.record({ id: fc.oneof(fc.string({ maxLength: 80 }), fc.integer()), incident_key: fc.oneof(keys, fc.string()), html_url: fc.oneof(fc.webUrl(), fc.string(), fc.constant('javascript:alert(1)')), number: fc.oneof(fc.integer(), fc.double(), fc.string()) }, { requiredKeys: [] }),
              fc.anything(),
            ),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    const bodies = fc.oneof(
      shaped.map((v) => JSON.stringify(v)),
      fc.json(),
      fc.string({ maxLength: 2000 }),
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
    );
    const signatureHeaders = (body: string) =>
      fc.oneof(
        fc.constant({ 'X-PagerDuty-Signature': sign(body) }),
        fc.constant({}),
        fc.string({ maxLength: 300 }).map((v) => ({ 'X-PagerDuty-Signature': v })),
        fc.constant({ 'X-PagerDuty-Signature': `v1=${'0'.repeat(64)},${sign(body)}` }),
      );

    await fc.assert(
      fc.asyncProperty(
        bodies.chain((body) => signatureHeaders(body).map((headers) => ({ body, headers }))),
        async ({ body, headers }) => {
          const answer = await postWebhook(body, headers);
          expect(answer.status).toBeLessThan(500);
        },
      ),
      { numRuns: 250 },
    );
    await settle();
    expect((await s.app.store.listJobs('dead')).filter((j) => j.kind === 'pagerduty.incident-event')).toEqual([]);
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
  });

  it('logs nothing the candidate wrote, no phone number and no clinician name', async () => {
    const record = await crisisCase();
    await pd.acknowledge(record.id, { as: 'Dr. Rivera' });
    await settle();
    await postWebhook(incidentEvent('incident.acknowledged', record.id), {});
    await postWebhook('not json at all');
    await postWebhook(incidentEvent('incident.resolved', 'unknown-key'));

    const lines = s.logLines.join('\n');
    expect(lines).toContain('pagerduty.webhook-accepted');
    expect(lines).toContain('pagerduty.webhook-bad-signature');
    expect(lines).not.toMatch(/kill myself/i);
    expect(lines).not.toMatch(/\+?1?555555\d{4}/);
    expect(lines).not.toContain(CANDIDATE.slice(2));
    expect(lines).not.toContain('Rivera');
    expect(lines).not.toContain(record.id);
  });
});
