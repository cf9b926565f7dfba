import { PermanentNotifyError, type PageRequest } from '../../src/escalation/notifiers/notifier';
import { SmsNotifier } from '../../src/escalation/notifiers/sms-notifier';
import { pageText, UNDELIVERED_988_REASON } from '../../src/escalation/page-content';

/** SMS pages: texted on trigger only, with the page text, one idempotency key per clinician. */

const page: PageRequest = {
  caseId: 'case-01',
  caseCode: '4821',
  tier: 'active',
  channel: 'web',
  at: new Date('2026-03-09T15:05:00Z'),
  link: 'https://intake.example.org/case/c_1?sig=abc',
  reason: 'free-text',
  action: 'trigger',
  idempotencyKey: 'case-01:page:level-0:round-0',
};
const rivera = { name: 'Dr. Rivera', sms: '+15555550101' };
const chen = { name: 'Dr. Chen', sms: '+15555550102' };

function spy() {
  const sent: { to: string; body: string; key: string }[] = [];
  const send = async (to: string, body: string, key: string) => {
    sent.push({ to, body, key });
  };
  return { sent, notifier: new SmsNotifier(send, { timeZone: 'America/Denver' }) };
}

describe('SmsNotifier', () => {
  it('when a page is triggered, then the clinician gets the page text', async () => {
    const { sent, notifier } = spy();
    await notifier.notify(rivera, page);
    expect(sent).toEqual([{ to: '+15555550101', body: pageText(page, 'page', 'America/Denver'), key: expect.stringMatching(/^case-01:page:level-0:round-0:sms:[0-9a-f]{12}$/) }]);
    expect(notifier.kind).toBe('sms');
  });

  it('when the page is acknowledged or resolved, then nothing is texted', async () => {
    const { sent, notifier } = spy();
    await notifier.notify(rivera, { ...page, action: 'acknowledge' });
    await notifier.notify(rivera, { ...page, action: 'resolve' });
    expect(sent).toEqual([]);
  });

  it('gives each clinician on a level their own key, stable across retries, with no number in it', async () => {
    const { sent, notifier } = spy();
    await notifier.notify(rivera, page);
    await notifier.notify(chen, page);
    await notifier.notify(rivera, page);
    expect(sent[0].key).not.toBe(sent[1].key);
    expect(sent[2].key).toBe(sent[0].key);
    for (const { key } of sent) expect(key).not.toContain('5555550');
  });

  it('uses the undelivered-988 wording for that reason', async () => {
    const { sent, notifier } = spy();
    await notifier.notify(rivera, { ...page, reason: UNDELIVERED_988_REASON });
    expect(sent[0].body).toContain('candidate may not have received 988 information');
  });

  it('when the contact has no number, then it fails for good instead of pretending to page', async () => {
    const { notifier } = spy();
    await expect(notifier.notify({ name: 'Dr. Okafor', pagerduty: { routingKey: 'x'.repeat(32) } }, page)).rejects.toBeInstanceOf(PermanentNotifyError);
  });

  it('when the transport fails, then the error reaches the outbox for a retry', async () => {
    const notifier = new SmsNotifier(async () => {
      throw new Error('twilio down');
    });
    await expect(notifier.notify(rivera, page)).rejects.toThrow('twilio down');
  });
});
