import { startWebStack, type WebStack } from './support';
import { PRIMARY } from '../escalation/support';
import { webParticipant } from '../../src/channels/web/bot/intake-bot';
import type { DirectLineClient } from './direct-line-client';

/**
 * The crisis path on the web: the 988 reply (with the flag the widget's banner reads) to the very message that
 * carried the signal, the on-call page, and the clinician's words reaching the visitor proactively
 * (continueConversationAsync through the stored conversation reference).
 */
describe('web chat: crisis and the clinician relay', () => {
  let s: WebStack;
  beforeEach(async () => {
    s = await startWebStack();
  });
  afterEach(async () => s.close());

  async function midQuestionnaire(locale: 'en' | 'es' = 'en'): Promise<DirectLineClient> {
    const visitor = await s.visitor(locale);
    await visitor.drain();
    await visitor.say(locale === 'en' ? 'Yes' : 'Sí');
    await visitor.say('34');
    return visitor;
  }

  /** The page link in the on-call SMS, and a poster for the case page's actions. */
  async function casePage() {
    await s.drain();
    const pages = s.pagesTo(PRIMARY);
    expect(pages).toHaveLength(1);
    const url = new URL(/(http:\/\/127\.0\.0\.1:\d+\/cases\/\S+)/.exec(pages[0])![1]);
    return (form: Record<string, string>) =>
      fetch(`${url.origin}${url.pathname}/actions${url.search}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form), redirect: 'manual' });
  }

  it('when a visitor types a crisis sentence mid-questionnaire, then that reply gives 988 with channelData.crisis, and on-call is paged', async () => {
    const visitor = await midQuestionnaire();
    const { id } = await visitor.send('honestly I just want to kill myself');
    const replies = (await visitor.drain()).filter((a) => a.replyToId === id);
    const crisis = replies.find((a) => a.channelData?.crisis);
    expect(crisis).toBeDefined();
    expect(crisis!.channelData!.crisis!.tier).toMatch(/^(active|imminent)$/);
    expect(crisis!.text).toContain('[Call 988](tel:988)');
    expect(crisis!.text).toContain('text 988 from your phone');
    expect(crisis!.text).not.toContain('sms:'); // Web Chat would show it as a dead button
    expect(crisis!.locale).toBe('en-US');
    // Written in the same transaction as the reply, then delivered by the outbox.
    const conversation = await s.app.store.findConversation('web', webParticipant('directline', visitor.conversationId));
    expect(conversation!.state).toMatch(/^crisis/);
    const pageJobs = (await s.app.store.listJobs()).filter((j) => j.kind === 'escalation.page');
    expect(pageJobs.map((j) => (j.payload as { conversationId: string }).conversationId)).toEqual([conversation!.id]);
    await s.drain();
    expect(s.pagesTo(PRIMARY)).toHaveLength(1);
    expect(s.pagesTo(PRIMARY)[0]).not.toContain('kill myself');
    // Every later message gets 988 again while the case is open.
    expect(await visitor.say('hello?')).toContain('988');
  });

  it('when a Spanish-speaking visitor writes a crisis sentence, then the 988 reply is in Spanish', async () => {
    const visitor = await midQuestionnaire('es');
    const { id } = await visitor.send('ya no quiero vivir, quiero morirme', 'es-US');
    const crisis = (await visitor.drain()).find((a) => a.replyToId === id && a.channelData?.crisis);
    expect(crisis).toMatchObject({ locale: 'es-US' });
    expect(crisis!.text).toContain('[Llamar al 988](tel:988)');
  });

  it("when the clinician replies from the case page and then releases the case, then the visitor's next poll shows both, and the intake goes on", async () => {
    const visitor = await midQuestionnaire();
    await visitor.say('I have been thinking about ending my life');
    const act = await casePage();
    expect((await act({ action: 'ack', by: 'Dr. Rivera' })).status).toBe(303);
    expect((await act({ action: 'reply', by: 'Dr. Rivera', text: 'I am here. Can you call me at the clinic?' })).status).toBe(303);

    const [relayed] = await visitor.poll();
    expect(relayed).toMatchObject({ type: 'message', textFormat: 'plain', from: { role: 'bot' } });
    expect(relayed.text).toBe('From Dr. Rivera, a clinician on our team: I am here. Can you call me at the clinic?');
    expect(relayed.replyToId).toBeUndefined();
    const record = await s.app.store.findOpenCase((await s.app.store.findConversation('web', webParticipant('directline', visitor.conversationId)))!.id);
    expect((await s.app.store.listCaseEvents(record!.id)).find((e) => e.kind === 'replied')?.detail).toEqual({ delivery: 'sent' });
    // The development outbox lists what was relayed.
    expect(await (await fetch(`${s.base}/dev/outbox`)).text()).toContain('Can you call me at the clinic?');

    expect((await act({ action: 'release', by: 'Dr. Rivera' })).status).toBe(303);
    const released = (await visitor.poll()).map((a) => a.text).join('\n');
    expect(released).toContain('says you can continue the pre-screen');
    // The transcript the clinician reads holds the release message once.
    const messages = await s.app.store.listMessages((await s.app.store.findConversation('web', webParticipant('directline', visitor.conversationId)))!.id);
    expect(messages.filter((m) => m.body.includes('says you can continue the pre-screen'))).toHaveLength(1);
    expect(await visitor.say('34')).toContain('Which US state');
  });

  it('when a case is released at a question with answer choices, then the visitor sees the buttons again', async () => {
    const visitor = await midQuestionnaire();
    await visitor.say('Colorado');
    const { id } = await visitor.send('I want to die');
    await visitor.drain();
    const act = await casePage();
    expect((await act({ action: 'ack', by: 'Dr. Rivera' })).status).toBe(303);
    expect((await act({ action: 'release', by: 'Dr. Rivera' })).status).toBe(303);
    const [released] = (await visitor.poll()).filter((a) => a.replyToId !== id);
    expect(released.text).toContain('says you can continue the pre-screen');
    expect(released.suggestedActions?.actions.map((a) => a.value)).toEqual(expect.arrayContaining([expect.stringMatching(/^yes$/i), expect.stringMatching(/^no$/i)]));
  });

  it('when a relay has already been delivered, then sending it again shows nothing new', async () => {
    const visitor = await midQuestionnaire();
    await visitor.say('I want to die');
    await visitor.drain();
    const conversation = (await s.app.store.findConversation('web', webParticipant('directline', visitor.conversationId)))!;
    expect(await s.app.deliver(conversation, 'Checking in.', 'relay-1', {})).toBe('sent');
    expect(await s.app.deliver(conversation, 'Checking in.', 'relay-1', {})).toBe('stored-only');
    expect((await visitor.drain()).filter((a) => a.text === 'Checking in.')).toHaveLength(1);
  });
});
