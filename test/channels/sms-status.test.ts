import { messageSid, startSmsHarness, type SmsHarness } from './sms-support';

describe('SMS delivery reports', () => {
  let h: SmsHarness;
  beforeEach(async () => {
    h = await startSmsHarness();
  });
  afterEach(async () => h.close());

  async function crisisReplyId(phone: string): Promise<number> {
    await h.text(phone, 'START');
    const sid = messageSid();
    await h.text(phone, 'I want to end my life', sid);
    const stored = await h.app.store.findInbound('sms', sid);
    const crisis = stored!.replies.find((r) => (r.payload as { crisisTier?: string }).crisisTier);
    return crisis!.id;
  }

  it('when a crisis reply is reported undelivered, then on-call is paged once: the candidate may not have received 988 information', async () => {
    const id = await crisisReplyId('+15555550131');
    const before = (await h.app.store.listJobs('pending')).length;
    const report = { MessageSid: messageSid(), MessageStatus: 'undelivered', ErrorCode: '30003', AccountSid: 'AC' + '0'.repeat(32) };
    expect((await h.post(`/api/twilio/status?m=${id}`, report)).status).toBe(204);
    expect((await h.post(`/api/twilio/status?m=${id}`, report)).status).toBe(204); // Twilio may report twice
    const pages = (await h.app.store.listJobs('pending')).slice(before);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ kind: 'escalation.page', payload: { reason: 'candidate may not have received 988 information' } });
  });

  it('when an ordinary reply is delivered or fails, then it is recorded and nobody is paged', async () => {
    await h.text('+15555550132', 'START');
    const sid = messageSid();
    await h.text('+15555550132', 'yes', sid);
    const id = (await h.app.store.findInbound('sms', sid))!.replies[0].id;
    const before = (await h.app.store.listJobs()).length;
    expect((await h.post(`/api/twilio/status?m=${id}`, { MessageSid: messageSid(), MessageStatus: 'failed', ErrorCode: '30006' })).status).toBe(204);
    expect(await h.app.store.listJobs()).toHaveLength(before);
  });

  it('when a delivery report is unsigned or malformed, then 403 or 400', async () => {
    expect((await h.post('/api/twilio/status?m=1', { MessageSid: messageSid(), MessageStatus: 'delivered' }, { signature: null })).status).toBe(403);
    expect((await h.post('/api/twilio/status?m=1', { MessageStatus: 'delivered' })).status).toBe(400);
  });
});
