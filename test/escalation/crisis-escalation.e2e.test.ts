import { BACKUP, FALLBACK, PRIMARY, startStack, type Stack } from './support';

const CANDIDATE = '+15555550150';

function codeIn(page: string): string {
  return /ACK (\d{4})/.exec(page)![1];
}

describe('crisis escalation end to end (HTTP, local Twilio stand-in, injected clock)', () => {
  let s: Stack;
  beforeEach(async () => {
    s = await startStack();
  });
  afterEach(async () => s.close());

  it('when nobody answers the primary, then the backup is paged; their ACK stops paging; their reply reaches the candidate', async () => {
    await s.text(CANDIDATE, 'START');
    const reply = await s.text(CANDIDATE, "i'm going to kill myself tonight");
    expect(reply).toContain('call 911 now');
    expect(reply).toMatch(/call or text 988/i);

    await s.drain();
    const primaryPages = s.pagesTo(PRIMARY);
    expect(primaryPages).toHaveLength(1);
    expect(primaryPages[0]).toMatch(/imminent/i);
    expect(primaryPages[0]).not.toContain(CANDIDATE.slice(2));
    expect(primaryPages[0]).not.toMatch(/kill myself/);
    expect(s.pagesTo(BACKUP)).toHaveLength(0);

    // The imminent acknowledgement timeout is 2 minutes.
    s.clock.advance(119_000);
    await s.drain();
    expect(s.pagesTo(BACKUP)).toHaveLength(0);
    s.clock.advance(2_000);
    await s.drain();
    expect(s.pagesTo(BACKUP)).toHaveLength(1);
    const code = codeIn(s.pagesTo(BACKUP)[0]);

    const ack = await s.text(BACKUP, `ACK ${code}`);
    expect(ack).toContain(`Case ${code} is yours, Dr. Chen`);

    // No further pages while the case is held.
    s.clock.advance(30 * 60_000);
    await s.drain();
    expect(s.pagesTo(PRIMARY)).toHaveLength(1);
    expect(s.pagesTo(BACKUP)).toHaveLength(1);
    expect(s.pagesTo(FALLBACK)).toHaveLength(0);

    // The clinician opens the signed link from the page and replies through the bot.
    const link = /(http:\/\/127\.0\.0\.1:\d+\/cases\/\S+)/.exec(s.pagesTo(BACKUP)[0])![1];
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`Case ${code}`);
    expect(html).toContain('kill myself tonight'); // the transcript is on the case page, never in the page SMS
    const url = new URL(link);
    const action = await fetch(`${url.origin}${url.pathname}/actions${url.search}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'reply', by: 'Dr. Chen', text: 'I am here. Can I call you now?' }),
      redirect: 'manual',
    });
    expect(action.status).toBe(303);
    await s.twilio.settle();
    expect(s.sentTo(CANDIDATE).join('\n')).toContain('From Dr. Chen, a clinician on our team: I am here. Can I call you now?');

    const record = await s.app.store.findOpenCase((await s.app.store.findConversation('sms', CANDIDATE))!.id);
    const kinds = (await s.app.store.listCaseEvents(record!.id)).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['opened', 'paged', 'acknowledge', 'acknowledged', 'viewed', 'replied']));
  });

  it('when every level and the repeat go unanswered, then the fallback is paged once and an alarm raised', async () => {
    await s.text(CANDIDATE, 'START');
    await s.text(CANDIDATE, 'i want to kill myself tonight');
    await s.drain();
    for (let i = 0; i < 6; i++) {
      s.clock.advance(121_000);
      await s.drain();
    }
    // Two levels, walked twice (repeat 1): each contact paged twice, then the fallback once.
    expect(s.pagesTo(PRIMARY)).toHaveLength(2);
    expect(s.pagesTo(BACKUP)).toHaveLength(2);
    expect(s.pagesTo(FALLBACK)).toHaveLength(1);
    expect((await s.app.store.listAlarms()).map((a) => a.kind)).toContain('case.exhausted');
  });

  it('when a case link is tampered with or has expired, then the case page refuses it', async () => {
    await s.text(CANDIDATE, 'START');
    await s.text(CANDIDATE, 'thinking about suicide every day');
    await s.drain();
    const link = /(http:\/\/127\.0\.0\.1:\d+\/cases\/\S+)/.exec(s.pagesTo(PRIMARY)[0])![1];
    const tampered = link.replace(/sig=([0-9a-f])/, (_, c: string) => `sig=${c === '0' ? '1' : '0'}`);
    expect((await fetch(tampered)).status).toBe(403);
    const otherCase = link.replace(/\/cases\/[^?]+/, '/cases/someone-else');
    expect((await fetch(otherCase)).status).toBe(403);
    s.clock.advance(73 * 3_600_000);
    expect((await fetch(link)).status).toBe(410);
  });

  it('when the clinician resolves and releases the case, then the candidate is told and can finish the intake', async () => {
    await s.text(CANDIDATE, 'START');
    await s.text(CANDIDATE, 'yes');
    await s.text(CANDIDATE, 'sometimes I wish I was dead');
    await s.drain();
    const link = /(http:\/\/127\.0\.0\.1:\d+\/cases\/\S+)/.exec(s.pagesTo(PRIMARY)[0])![1];
    const url = new URL(link);
    const post = (form: Record<string, string>) =>
      fetch(`${url.origin}${url.pathname}/actions${url.search}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form), redirect: 'manual' });
    expect((await post({ action: 'ack', by: 'Dr. Rivera' })).status).toBe(303);
    expect((await post({ action: 'release', by: 'Dr. Rivera' })).status).toBe(303);
    await s.twilio.settle();
    expect(s.sentTo(CANDIDATE).join('\n')).toContain('says you can continue the pre-screen');
    expect(await s.text(CANDIDATE, '41')).toContain('Which US state');
    const conversation = await s.app.store.findConversation('sms', CANDIDATE);
    expect(conversation!.risk).toBe('passive'); // the tier never goes down by itself
  });
});
