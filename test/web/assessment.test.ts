import { startWebStack, type WebStack } from './support';
import { englishWebAssessment, spanishWebAssessment, type WebTranscript } from './web-transcripts';
import { webParticipant } from '../../src/channels/web/bot/intake-bot';

/**
 * A whole assessment through the local Direct Line's HTTP API, as Web Chat drives it, with botbuilder's
 * CloudAdapter in the loop (the bot's replies travel through the SDK's ConnectorClient to the connector).
 */
describe.each([englishWebAssessment, spanishWebAssessment].map((t) => [t.name, t] as const))('%s', (_name, transcript: WebTranscript) => {
  let s: WebStack;
  beforeAll(async () => {
    s = await startWebStack();
  });
  afterAll(async () => s.close());

  it('when the visitor answers every question, then each reply is as written, every message is echoed, and the outcome is recorded', async () => {
    const visitor = await s.visitor(transcript.locale);
    const welcome = (await visitor.drain()).map((a) => a.text).join('\n');
    for (const expected of transcript.welcome) expect(welcome).toContain(expected);

    for (const [index, [action, expected]] of transcript.steps.entries()) {
      let text: string;
      if (typeof action === 'string') text = action;
      else {
        // A visitor can only click what is offered.
        const offered = visitor.lastButtons();
        if (!offered.includes(action.click)) throw new Error(`step ${index + 1}: no "${action.click}" button; offered ${JSON.stringify(offered)}`);
        text = action.click;
      }
      const reply = await visitor.say(text, transcript.tag);
      for (const e of Array.isArray(expected) ? expected : [expected]) {
        if (!reply.includes(e)) throw new Error(`step ${index + 1}: after "${text}" expected the reply to contain "${e}"\nreply was:\n${reply}`);
      }
    }

    // Every message the visitor sent came back to them with its clientActivityID (Web Chat's "sent" tick).
    const mine = visitor.received.filter((a) => a.from.role === 'user');
    expect(mine).toHaveLength(transcript.steps.length);
    expect(mine.every((a) => typeof a.channelData?.clientActivityID === 'string')).toBe(true);
    // Every bot message is in the conversation's language.
    const bot = visitor.received.filter((a) => a.from.role === 'bot');
    expect(new Set(bot.map((a) => a.locale))).toEqual(new Set([transcript.tag]));

    const conversation = await s.app.store.findConversation('web', webParticipant('directline', visitor.conversationId));
    expect(conversation).toMatchObject({ state: transcript.ends.state, risk: 'none', locale: transcript.locale });
    expect((await s.app.store.listOutcomes(conversation!.id)).map((o) => o.kind)).toContain(transcript.ends.outcome);
  });
});
