import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { IntakeBot, webParticipant } from '../../src/channels/web/bot/intake-bot';
import { startWebStack, type WebStack } from './support';

/** One activity from a channel other than the local Direct Line, and what the bot sent back. */
async function turn(bot: IntakeBot, adapter: TestAdapter, conversationId: string, id: string, text: string, type = 'message'): Promise<Partial<Activity>[]> {
  const sent: Partial<Activity>[] = [];
  const activity = {
    type,
    id,
    text,
    channelId: 'msteams',
    serviceUrl: 'https://smba.example.invalid/',
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}`, role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    membersAdded: type === 'conversationUpdate' ? [{ id: `user-${conversationId}` }] : undefined,
    locale: 'en-US',
  } as unknown as Activity;
  const context = new TurnContext(adapter, activity);
  context.onSendActivities(async (_ctx, activities) => {
    sent.push(...activities);
    return activities.map(() => ({ id: 'x' }));
  });
  await bot.run(context);
  return sent;
}

/** Bot Framework channels other than the local Direct Line number activities per conversation ("1", "2", ...). */
describe('intake bot: message dedupe across conversations', () => {
  let s: WebStack;
  beforeAll(async () => {
    s = await startWebStack();
  });
  afterAll(async () => s.close());

  it('when two conversations on another channel both have an activity "1", then both visitors are answered', async () => {
    const bot = new IntakeBot({ engine: s.app.engine, store: s.app.store, clock: s.clock });
    const adapter = new TestAdapter();
    for (const conversation of ['conv-a', 'conv-b']) await turn(bot, adapter, conversation, 'start', '', 'conversationUpdate');
    const a = await turn(bot, adapter, 'conv-a', '1', 'yes');
    const b = await turn(bot, adapter, 'conv-b', '1', 'no');
    expect(a.map((x) => x.text).join('\n')).toContain('How old are you?');
    // B's own "no" was taken, not mistaken for A's message and answered with A's replies.
    expect(b.length).toBeGreaterThan(0);
    expect(b.map((x) => x.text).join('\n')).not.toContain('How old are you?');
    const conversationB = await s.app.store.findConversation('web', webParticipant('msteams', 'conv-b'));
    const conversationA = await s.app.store.findConversation('web', webParticipant('msteams', 'conv-a'));
    expect(conversationB!.state).not.toBe(conversationA!.state);
    // The same activity again in the same conversation is still a repeat: no second turn.
    const again = await turn(bot, adapter, 'conv-a', '1', 'yes');
    expect(again.map((x) => x.text).join('\n')).not.toContain('What state');
  });
});

describe('intake bot: an edited message', () => {
  let s: WebStack;
  beforeAll(async () => {
    s = await startWebStack();
  });
  afterAll(async () => s.close());

  it('routes a crisis signal typed into an edit, and ignores an edit without one', async () => {
    const bot = new IntakeBot({ engine: s.app.engine, store: s.app.store, clock: s.clock });
    const adapter = new TestAdapter();
    await turn(bot, adapter, 'conv-edit', 'start', '', 'conversationUpdate');
    await turn(bot, adapter, 'conv-edit', '1', 'yes');
    // a harmless edit is not a new answer: no reply, the questionnaire stays where it was
    const before = await s.app.store.findConversation('web', webParticipant('msteams', 'conv-edit'));
    expect(await turn(bot, adapter, 'conv-edit', '1', 'yes please', 'messageUpdate')).toEqual([]);
    expect((await s.app.store.findConversation('web', webParticipant('msteams', 'conv-edit')))!.state).toBe(before!.state);
    // the same message edited to say they want to die: the reply carries 988 and the conversation is in crisis
    const replies = await turn(bot, adapter, 'conv-edit', '1', 'actually i want to kill myself tonight', 'messageUpdate');
    expect(replies.map((r) => r.text).join('\n')).toContain('988');
    expect((await s.app.store.findConversation('web', webParticipant('msteams', 'conv-edit')))!.state).toMatch(/^crisis/);
  });
});
