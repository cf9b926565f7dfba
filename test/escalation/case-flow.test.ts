import { startPagerDutyLocal, type PagerDutyLocal } from '../../tools/pagerduty-local';
import { writeRoster, startStack, PRIMARY, BACKUP, TEST_ROSTER, type Stack } from './support';

const CANDIDATE = '+15555550180';
const ROUTING_KEY = 'R0123456789abcdef0123456789abcde'.slice(0, 32);

describe('crisis cases beyond the first page', () => {
  let s: Stack;
  let pagerDuty: PagerDutyLocal;
  beforeEach(async () => {
    pagerDuty = await startPagerDutyLocal({ port: 0 });
    const roster = {
      ...TEST_ROSTER,
      levels: [{ name: 'primary', contacts: [{ name: 'Dr. Rivera', sms: PRIMARY, pagerduty: { routingKey: ROUTING_KEY } }] }, TEST_ROSTER.levels[1]],
    };
    s = await startStack({ ONCALL_ROSTER_FILE: writeRoster(roster), PAGERDUTY_EVENTS_URL: pagerDuty.eventsUrl });
  });
  afterEach(async () => {
    await s.close();
    await pagerDuty.close();
  });

  it('when a higher tier arrives on an open case, then it re-pages at the higher urgency', async () => {
    await s.text(CANDIDATE, 'START');
    await s.text(CANDIDATE, 'some days I wish I could just not wake up');
    await s.drain();
    expect(s.pagesTo(PRIMARY)).toHaveLength(1);
    expect(s.pagesTo(PRIMARY)[0]).toMatch(/passive/i);
    expect(await s.text(CANDIDATE, 'actually I have the pills here and I am taking them tonight')).toContain('call 911 now');
    await s.drain();
    expect(s.pagesTo(PRIMARY)).toHaveLength(2);
    expect(s.pagesTo(PRIMARY)[1]).toMatch(/imminent/i);
    // Still one case, now imminent.
    const conversation = await s.app.store.findConversation('sms', CANDIDATE);
    expect((await s.app.store.findOpenCase(conversation!.id))!.tier).toBe('imminent');
  });

  it('when the case is paged, acknowledged and resolved, then PagerDuty follows: triggered, acknowledged, resolved under one dedup key', async () => {
    await s.text(CANDIDATE, 'START');
    await s.text(CANDIDATE, 'I think about killing myself a lot');
    await s.drain();
    const conversation = await s.app.store.findConversation('sms', CANDIDATE);
    const record = (await s.app.store.findOpenCase(conversation!.id))!;
    expect(pagerDuty.incident(record.id)?.status).toBe('triggered');
    expect(await s.text(PRIMARY, `ACK ${record.code}`)).toContain('is yours');
    await s.drain();
    expect(pagerDuty.incident(record.id)?.status).toBe('acknowledged');
    expect(await s.text(PRIMARY, `RESOLVE ${record.code}`)).toContain('resolved');
    await s.drain();
    expect(pagerDuty.incident(record.id)?.status).toBe('resolved');
    // Nothing about the candidate's words or number went to PagerDuty.
    const sent = JSON.stringify(pagerDuty.events());
    expect(sent).not.toContain('killing myself');
    expect(sent).not.toContain(CANDIDATE.slice(2));
  });

  it('when the candidate writes again on a held case, then the clinician holding it is told (without the words)', async () => {
    await s.text(CANDIDATE, 'START');
    await s.text(CANDIDATE, 'I keep thinking about ending my life');
    await s.drain();
    const code = /\bACK (\d{4})/.exec(s.pagesTo(PRIMARY)[0])![1];
    await s.text(PRIMARY, `ACK ${code}`);
    const followUp = await s.text(CANDIDATE, 'are you still there?');
    expect(followUp).toContain('988');
    await s.drain();
    const toPrimary = s.sentTo(PRIMARY);
    expect(toPrimary.length).toBeGreaterThan(2);
    expect(toPrimary.join('\n')).not.toContain('are you still there');
    expect(s.pagesTo(BACKUP)).toHaveLength(0);
  });

  it('when a clinician texts something else, then they get the usage and the open cases, never the intake', async () => {
    const reply = await s.text(PRIMARY, 'hello?');
    expect(reply).toContain('Reply ACK <code>');
    expect(await s.app.store.findConversation('sms', PRIMARY)).toBeUndefined();
  });

  it('when the development outbox is opened, then it lists the pages the service sent', async () => {
    await s.text(CANDIDATE, 'START');
    await s.text(CANDIDATE, 'i want to die');
    await s.drain();
    const page = await fetch(`${s.base}/dev/outbox`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Development outbox');
    expect(html).toMatch(/ACK \d{4}/);
  });

  it('when a clinician RESOLVEs without holding the case, or names no code with several cases open, then nothing changes', async () => {
    await s.text(CANDIDATE, 'START');
    await s.text(CANDIDATE, 'I want to kill myself');
    await s.drain();
    const code = /\bACK (\d{4})/.exec(s.pagesTo(PRIMARY)[0])![1];
    expect(await s.text(BACKUP, `RESOLVE ${code}`)).toContain('not acknowledged yet');
    // Backup was never paged for it (primary's timeout has not run out), so a bare ACK from backup is refused.
    expect(await s.text(BACKUP, 'ACK')).toContain(`Reply ACK <code>. Open cases: ${code}`);
    expect(await s.text(PRIMARY, 'ACK')).toContain(`Case ${code} is yours, Dr. Rivera`);
  });

  it('when a case is resolved but the person, still in crisis mode, writes again, then a new case pages on-call', async () => {
    await s.text(CANDIDATE, 'START');
    await s.text(CANDIDATE, 'I want to kill myself');
    await s.drain();
    const code = /\bACK (\d{4})/.exec(s.pagesTo(PRIMARY)[0])![1];
    await s.text(PRIMARY, `ACK ${code}`);
    await s.text(PRIMARY, `RESOLVE ${code}`);
    expect(await s.text(CANDIDATE, 'nobody is answering me')).toContain('988');
    await s.drain();
    expect(s.pagesTo(PRIMARY)).toHaveLength(2);
    expect(s.pagesTo(PRIMARY)[1]).not.toContain(`ACK ${code} `);
  });

  it('when someone not on the roster acts from a case link, then it is refused', async () => {
    await s.text(CANDIDATE, 'START');
    await s.text(CANDIDATE, 'i want to die');
    await s.drain();
    const link = new URL(/(http:\/\/127\.0\.0\.1:\d+\/cases\/\S+)/.exec(s.pagesTo(PRIMARY)[0])![1]);
    const res = await fetch(`${link.origin}${link.pathname}/actions${link.search}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'resolve', by: 'Someone Else' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(400);
    const conversation = await s.app.store.findConversation('sms', CANDIDATE);
    expect((await s.app.store.findOpenCase(conversation!.id))!.status).toBe('open');
  });
});
