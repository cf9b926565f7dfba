import { freePort } from '../support/free-port';
import type { TwilioLocal } from '../../tools/twilio-local';
import type { App } from '../../src/compose';
import { ManualClock } from '../../src/clock';
import { createTwilioClient } from '../../src/channels/twilio/client';
import { CONVERSATIONS_DELIVERY_GRACE_MS } from '../../src/channels/twilio/conversations-route';
import { startTwilioLocalApp } from './twilio-local-app';

/**
 * Twilio Conversations replies are posted by the webhook itself and, when that post never happens (the
 * process died after the commit, or Twilio's API was unreachable), by the outbox job written before the turn.
 */
describe('Twilio Conversations: replies that cannot be lost', () => {
  let twilioLocal: TwilioLocal;
  let app: App;
  let clock: ManualClock;
  let close: () => Promise<void>;

  /** `inlinePostsFail`: the webhook's own posts go to an address where nothing listens. */
  async function start(inlinePostsFail: boolean): Promise<void> {
    clock = new ManualClock(new Date('2026-03-10T16:00:00Z'));
    const unreachable = async (twilio: TwilioLocal) =>
      createTwilioClient({ accountSid: twilio.accountSid, authToken: twilio.authToken, apiBaseUrl: `http://127.0.0.1:${await freePort()}` });
    // Only the webhook's client is broken; the outbox worker keeps the real one.
    ({ twilioLocal, app, close } = await startTwilioLocalApp(clock, inlinePostsFail ? { webhookClient: unreachable } : {}));
  }
  afterEach(async () => close());

  const fromBot = (sid: string) => twilioLocal.conversationMessages(sid).filter((m) => m.author === 'intake-bot').map((m) => m.body);

  it('when the webhook could not post a crisis reply, then the outbox posts it, with 988, once, after the grace period', async () => {
    await start(true);
    const result = await twilioLocal.sendConversationMessage({ author: '+15555550171', body: 'I want to kill myself' });
    expect(result.status).toBe(200);
    await twilioLocal.settle();
    expect(fromBot(result.conversationSid)).toEqual([]);
    // The job was written before the turn, so a process killed right after the commit leaves it behind too.
    const [job] = (await app.store.listJobs('pending')).filter((j) => j.kind === 'conversations.deliver');
    expect(job.runAt).toBe(new Date(Date.parse('2026-03-10T16:00:00Z') + CONVERSATIONS_DELIVERY_GRACE_MS).toISOString());

    clock.advance(CONVERSATIONS_DELIVERY_GRACE_MS - 1_000);
    await app.worker.runDue();
    expect(fromBot(result.conversationSid)).toEqual([]);

    clock.advance(2_000);
    await app.worker.runDue();
    await twilioLocal.settle();
    const posted = fromBot(result.conversationSid);
    expect(posted.join('\n')).toContain('988');

    clock.advance(3_600_000);
    await app.worker.runDue();
    await twilioLocal.settle();
    expect(fromBot(result.conversationSid)).toEqual(posted);
  });

  it('when the webhook posted its replies, then the outbox job finds nothing left and posts nothing twice', async () => {
    await start(false);
    const result = await twilioLocal.sendConversationMessage({ author: '+15555550172', body: 'START' });
    await twilioLocal.settle();
    const posted = fromBot(result.conversationSid);
    expect(posted.join(' ')).toContain('Would you like to start?');

    clock.advance(CONVERSATIONS_DELIVERY_GRACE_MS + 1_000);
    await app.worker.runDue();
    await twilioLocal.settle();
    expect(fromBot(result.conversationSid)).toEqual(posted);
    expect((await app.store.listJobs('done')).filter((j) => j.kind === 'conversations.deliver')).toHaveLength(1);
  });
});
