import { Client } from '@twilio/conversations';
import { TwilioDirectLine, WIDGET_SOURCE, toActivity } from '../../src/widget/shared/twilio-directline';
import { crisisOf } from '../../src/widget/shared/crisis';
import type { Activity } from '../../src/widget/shared/directline-types';
import { ConnectionStatus } from '../../src/widget/shared/directline-types';
import { FakeConversationsBackend } from './support/fake-conversations-backend';

/**
 * The widget's Twilio Conversations transport, with the real `@twilio/conversations` client running on a
 * stubbed transport (twilsock, REST and Sync replaced in memory: support/fake-conversations-backend.ts).
 * What Web Chat gets from the adapter is checked the way Web Chat uses it.
 */
const VISITOR = 'web_AAAAAAAAAAAAAAAA';

async function startClient(backend: FakeConversationsBackend): Promise<Client> {
  const client = new Client('a-token', backend.clientOptions());
  const ready = new Promise<void>((resolve, reject) =>
    client.on('stateChanged', (state) => (state === 'initialized' ? resolve() : state === 'failed' ? reject(new Error('client failed')) : undefined)),
  );
  backend.connect();
  await ready;
  return client;
}

/** Collects what Web Chat would receive, and waits for it. */
function watch(directLine: TwilioDirectLine) {
  const activities: Activity[] = [];
  const statuses: number[] = [];
  directLine.activity$.subscribe({ next: (a) => activities.push(a) });
  directLine.connectionStatus$.subscribe((s) => statuses.push(s));
  const until = async (check: () => boolean, what: string) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setImmediate(resolve));
    if (!check()) throw new Error(`never saw ${what}; activities: ${JSON.stringify(activities.map((a) => a.text))}`);
  };
  return { activities, statuses, until };
}

describe('Web Chat over Twilio Conversations (the real client on a stubbed transport)', () => {
  let backend: FakeConversationsBackend;
  let client: Client;

  beforeEach(async () => {
    backend = new FakeConversationsBackend(VISITOR);
    client = await startClient(backend);
  });

  afterEach(async () => {
    await client.shutdown().catch(() => undefined);
  });

  async function openConversation() {
    const conversation = await client.createConversation({ friendlyName: 'Website intake', attributes: { source: WIDGET_SOURCE } });
    await conversation.join();
    await conversation.sendMessage('START', { source: WIDGET_SOURCE, hidden: true, locale: 'en' });
    return conversation;
  }

  it('when the panel opens on a conversation, then Web Chat gets its history without the hidden start message, with the bot\'s choices as buttons', async () => {
    const conversation = await openConversation();
    backend.addMessage(conversation.sid, { author: 'intake-bot', body: 'Would you like to start? (yes or no)', attributes: { choices: ['Yes', 'No'] } });

    const directLine = new TwilioDirectLine(client, conversation, VISITOR);
    const seen = watch(directLine);
    await seen.until(() => seen.activities.length === 1, 'the welcome');

    expect(seen.activities[0]).toMatchObject({
      type: 'message',
      from: { id: 'intake-bot', role: 'bot' },
      text: 'Would you like to start? (yes or no)',
      suggestedActions: { actions: [{ type: 'imBack', title: 'Yes', value: 'Yes' }, { type: 'imBack', title: 'No', value: 'No' }] },
    });
    expect(seen.statuses).toContain(ConnectionStatus.Online);
    directLine.end();
  });

  it('when Web Chat posts the visitor\'s message, then it is sent with the widget\'s attributes and comes back as their own activity with its clientActivityID (Web Chat\'s "sent")', async () => {
    const conversation = await openConversation();
    const directLine = new TwilioDirectLine(client, conversation, VISITOR);
    const seen = watch(directLine);

    const id = await new Promise<string>((resolve, reject) =>
      directLine.postActivity({ type: 'message', text: 'yes', channelData: { clientActivityID: 'c-123' } }).subscribe({ next: resolve, error: reject }),
    );
    expect(id).toBe('1');
    expect(backend.messages(conversation.sid)[1]).toEqual({ author: VISITOR, body: 'yes', attributes: { source: WIDGET_SOURCE, clientActivityID: 'c-123' } });
    await seen.until(() => seen.activities.some((a) => a.text === 'yes'), 'the echo');
    expect(seen.activities.find((a) => a.text === 'yes')).toMatchObject({ from: { id: VISITOR, role: 'user' }, channelData: { clientActivityID: 'c-123' } });
    // Typing indicators have nowhere to go; they are accepted, not sent.
    await new Promise<void>((resolve) => directLine.postActivity({ type: 'typing' }).subscribe({ complete: resolve }));
    expect(backend.messages(conversation.sid)).toHaveLength(2);
    directLine.end();
  });

  it('when the bot\'s crisis reply arrives live, then the activity carries channelData.crisis for the 988 banner, once', async () => {
    const conversation = await openConversation();
    const directLine = new TwilioDirectLine(client, conversation, VISITOR);
    const seen = watch(directLine);
    await new Promise((resolve) => setImmediate(resolve));

    backend.addMessage(conversation.sid, { author: 'intake-bot', body: 'Call or text 988…', attributes: { crisis: { tier: 'active' } } });
    await seen.until(() => seen.activities.some((a) => a.text === 'Call or text 988…'), 'the crisis reply');
    const crisis = seen.activities.filter((a) => a.text === 'Call or text 988…');
    expect(crisis).toHaveLength(1);
    expect(crisis[0].channelData).toEqual({ crisis: { tier: 'active' } });
    directLine.end();
  });

  it('when the client loses its token (connection denied), then Web Chat is told the token expired', async () => {
    const conversation = await openConversation();
    const directLine = new TwilioDirectLine(client, conversation, VISITOR);
    const seen = watch(directLine);
    backend.twilsockClient.emit('stateChanged', 'denied');
    expect(seen.statuses[seen.statuses.length - 1]).toBe(ConnectionStatus.ExpiredToken);
    directLine.end();
  });
});

describe('Conversations messages as Web Chat activities', () => {
  const message = (author: string, attributes: unknown) => ({ sid: 'IM1', index: 0, author, body: 'hi', dateCreated: new Date('2026-03-10T16:00:00Z'), attributes });

  it('when attributes are missing, malformed or not the widget\'s, then the message is shown plainly', () => {
    expect(toActivity(message('intake-bot', '{not json'), VISITOR)).toMatchObject({ text: 'hi', channelData: {}, from: { role: 'bot' } });
    expect(toActivity(message('intake-bot', { choices: 'Yes' }), VISITOR)?.suggestedActions).toBeUndefined();
    expect(toActivity(message('intake-bot', { choices: ['Yes', 3] }), VISITOR)?.suggestedActions?.actions).toHaveLength(1);
  });

  it('when the visitor\'s own message claims a crisis tier, then no banner data is passed on', () => {
    expect(toActivity(message(VISITOR, { crisis: { tier: 'imminent' } }), VISITOR)?.channelData).toEqual({});
  });

  it('when the message is the hidden start, then it is not shown', () => {
    expect(toActivity(message(VISITOR, { source: WIDGET_SOURCE, hidden: true }), VISITOR)).toBeUndefined();
  });

  it('when the visitor switched to Spanish in a chat opened on an English page, then the crisis reply says "es" and the banner is shown in Spanish', () => {
    const reply = toActivity(message('intake-bot', { crisis: { tier: 'active' }, locale: 'es' }), VISITOR);
    expect(reply?.locale).toBe('es-US');
    expect(crisisOf(reply!, 'en')).toEqual({ tier: 'active', locale: 'es' });
  });

  it('when a message names no language or one the bot does not speak, then none is set and the banner keeps the page\'s', () => {
    expect(toActivity(message('intake-bot', { crisis: { tier: 'active' } }), VISITOR)?.locale).toBeUndefined();
    expect(toActivity(message('intake-bot', { crisis: { tier: 'active' }, locale: 'fr' }), VISITOR)?.locale).toBeUndefined();
    expect(crisisOf(toActivity(message('intake-bot', { crisis: { tier: 'active' }, locale: 7 }), VISITOR)!, 'en')?.locale).toBe('en');
  });
});
