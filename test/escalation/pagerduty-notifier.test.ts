import { PermanentNotifyError, TransientNotifyError, type PageRequest } from '../../src/escalation/notifiers/notifier';
import { PagerDutyNotifier, pagerDutyEvent } from '../../src/escalation/notifiers/pagerduty-notifier';
import { startPagerDutyLocal, type PagerDutyLocal } from '../../tools/pagerduty-local';

/** PagerDuty Events API v2 against the local stand-in: one incident per case, retries on 5xx/429, not on 400. */

const routingKey = 'R0123456789abcdef0123456789ABCDE';
const okafor = { name: 'Dr. Okafor', pagerduty: { routingKey } };

function pageFor(caseId: string, action: PageRequest['action'] = 'trigger', tier: PageRequest['tier'] = 'imminent'): PageRequest {
  return {
    caseId,
    caseCode: '4821',
    tier,
    channel: 'sms',
    at: new Date('2026-03-09T15:05:00Z'),
    link: 'https://intake.example.org/case/c_1?sig=abc',
    reason: 'free-text',
    action,
    idempotencyKey: `${caseId}:${action}`,
  };
}

let local: PagerDutyLocal;
let notifier: PagerDutyNotifier;

beforeAll(async () => {
  local = await startPagerDutyLocal({ port: 0 });
  notifier = new PagerDutyNotifier({ eventsUrl: local.eventsUrl, timeZone: 'America/Denver' });
});
afterEach(() => local.reset());
afterAll(() => local.close());

describe('PagerDutyNotifier', () => {
  it('when a case is triggered, acknowledged and resolved, then one incident keyed by the case follows it', async () => {
    await notifier.notify(okafor, pageFor('case-01'));
    expect(local.incident('case-01')).toMatchObject({ status: 'triggered', severity: 'critical', routingKey, triggers: 1 });

    await notifier.notify(okafor, pageFor('case-01', 'acknowledge'));
    expect(local.incident('case-01')?.status).toBe('acknowledged');

    await notifier.notify(okafor, pageFor('case-01', 'resolve'));
    expect(local.incident('case-01')?.status).toBe('resolved');
    expect(local.events().map((e) => [e.action, e.dedupKey])).toEqual([
      ['trigger', 'case-01'],
      ['acknowledge', 'case-01'],
      ['resolve', 'case-01'],
    ]);
  });

  it('when a case is paged again (next level, repeat), then PagerDuty keeps one incident for it', async () => {
    await notifier.notify(okafor, pageFor('case-02'));
    await notifier.notify(okafor, pageFor('case-02'));
    await notifier.notify(okafor, pageFor('case-03', 'trigger', 'passive'));
    expect(local.incidents()).toHaveLength(2);
    expect(local.incident('case-02')?.triggers).toBe(2);
    expect(local.incident('case-03')?.severity).toBe('warning');
  });

  it('sends the payload and link with a trigger only, and nothing from the conversation', async () => {
    await notifier.notify(okafor, pageFor('case-04'));
    await notifier.notify(okafor, pageFor('case-04', 'acknowledge'));
    const [trigger, ack] = local.events();
    expect(trigger.payload).toEqual({
      summary: 'URGENT intake crisis page. Case 4821, tier IMMINENT, via sms at 09:05 MDT.',
      source: 'intake-bot',
      severity: 'critical',
      timestamp: '2026-03-09T15:05:00.000Z',
      customDetails: { case: '4821', tier: 'imminent', channel: 'sms', link: 'https://intake.example.org/case/c_1?sig=abc' },
    });
    expect(trigger.links).toEqual([{ href: 'https://intake.example.org/case/c_1?sig=abc', text: 'Open case' }]);
    expect(ack.payload).toBeUndefined();
    expect(ack.links).toEqual([]);
  });

  it.each([
    ['imminent', 'critical'],
    ['active', 'error'],
    ['passive', 'warning'],
    ['history', 'info'],
  ] as const)('maps tier %s to severity %s', (tier, severity) => {
    expect(pagerDutyEvent(routingKey, pageFor('c', 'trigger', tier)).payload?.severity).toBe(severity);
  });

  it('when PagerDuty answers 500, then the notifier throws a retryable error and the retry goes through', async () => {
    local.failNext(1, 500);
    const failed = notifier.notify(okafor, pageFor('case-05'));
    await expect(failed).rejects.toBeInstanceOf(TransientNotifyError);
    await expect(failed).rejects.toMatchObject({ retryable: true, status: 500 });
    expect(local.incident('case-05')).toBeUndefined();

    await notifier.notify(okafor, pageFor('case-05'));
    expect(local.incident('case-05')?.status).toBe('triggered');
  });

  it('when PagerDuty throttles (429), then the error is retryable', async () => {
    local.failNext(1, 429);
    await expect(notifier.notify(okafor, pageFor('case-06'))).rejects.toMatchObject({ retryable: true, status: 429 });
  });

  it('when PagerDuty rejects the event (400), then the error is permanent and quotes its reason', async () => {
    const badKey = { name: 'Dr. Okafor', pagerduty: { routingKey: 'too-short' } };
    const failed = notifier.notify(badKey, pageFor('case-07'));
    await expect(failed).rejects.toBeInstanceOf(PermanentNotifyError);
    await expect(failed).rejects.toThrow("Length of 'routing_key' is incorrect (should be 32 characters)");
    expect(local.events()).toEqual([]);
  });

  it('when PagerDuty cannot be reached, then the error is retryable', async () => {
    const closed = await startPagerDutyLocal({ port: 0 });
    await closed.close();
    const unreachable = new PagerDutyNotifier({ eventsUrl: closed.eventsUrl, timeoutMs: 2_000 });
    await expect(unreachable.notify(okafor, pageFor('case-08'))).rejects.toBeInstanceOf(TransientNotifyError);
  });

  it('when the answer is not 202, then the page is not taken as delivered', async () => {
    const fake: typeof fetch = async () => new Response('<html>portal</html>', { status: 200 });
    await expect(new PagerDutyNotifier({ fetch: fake }).notify(okafor, pageFor('case-09'))).rejects.toBeInstanceOf(PermanentNotifyError);
  });

  it('when the contact has no routing key, then it fails for good', async () => {
    await expect(notifier.notify({ name: 'Dr. Rivera', sms: '+15555550101' }, pageFor('case-10'))).rejects.toBeInstanceOf(PermanentNotifyError);
  });
});

describe('the local stand-in', () => {
  async function post(body: unknown): Promise<{ status: number; json: unknown }> {
    const response = await fetch(local.eventsUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: response.status, json: await response.json() };
  }

  it('answers 202 with the dedup_key, and makes one up for a trigger without it', async () => {
    const trigger = { routing_key: routingKey, event_action: 'trigger', payload: { summary: 's', source: 'x', severity: 'info' } };
    expect(await post({ ...trigger, dedup_key: 'k1' })).toEqual({ status: 202, json: { status: 'success', message: 'Event processed', dedup_key: 'k1' } });
    const made = await post(trigger);
    expect(made.status).toBe(202);
    expect((made.json as { dedup_key: string }).dedup_key).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    [{ routing_key: routingKey, event_action: 'page' }, "'event_action' is invalid"],
    [{ routing_key: routingKey, event_action: 'acknowledge' }, "'dedup_key' is required to acknowledge an alert"],
    [{ routing_key: routingKey, event_action: 'trigger', payload: { summary: 's', source: 'x', severity: 'fatal' } }, "'payload.severity' is invalid"],
    [{ routing_key: routingKey, event_action: 'trigger' }, "'payload' is missing"],
    ['{not json', 'Request body is not valid JSON'],
  ])('rejects %j with 400', async (body, error) => {
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ status: 'invalid event', errors: [expect.stringContaining(error)] });
  });

  it('ignores an acknowledge for a case it never saw, and reopens a resolved one on a new trigger', async () => {
    expect((await post({ routing_key: routingKey, event_action: 'acknowledge', dedup_key: 'ghost' })).status).toBe(202);
    expect(local.incident('ghost')).toBeUndefined();
    await notifier.notify(okafor, pageFor('case-11'));
    await notifier.notify(okafor, pageFor('case-11', 'resolve'));
    await notifier.notify(okafor, pageFor('case-11', 'acknowledge'));
    expect(local.incident('case-11')?.status).toBe('resolved');
    await notifier.notify(okafor, pageFor('case-11'));
    expect(local.incident('case-11')).toMatchObject({ status: 'triggered', triggers: 1 });
  });
});
