import { Client } from '@twilio/conversations';
import type { KeyValueStorage } from '../shared/session';
import { refreshMargin } from '../shared/session';
import { TwilioDirectLine, WIDGET_SOURCE, type ConversationLike } from '../shared/twilio-directline';
import type { Connection, ConnectRequest, Transport } from './transport';

/**
 * data-transport="twilio": the panel talks to the bot through Twilio Conversations instead of the local Direct
 * Line. The service issues an access token for a visitor identity (POST /api/twilio/conversations/token); the
 * visitor's client creates a conversation, joins it and sends a hidden START, and the bot answers through the
 * Conversations webhook. Needs a Twilio account (see the README); the identity, token and conversation are
 * kept like the Direct Line session, so a reload continues the same conversation.
 */
const KEY = 'intake-widget/v1/twilio';

interface TwilioSession {
  token: string;
  identity: string;
  conversationSid?: string;
  expiresAt: number;
  lifetimeMs: number;
}

interface TokenAnswer {
  token: string;
  identity: string;
  expires_in: number;
}

function read(storage: KeyValueStorage | undefined): TwilioSession | undefined {
  try {
    const raw = storage?.getItem(KEY);
    const value = raw ? (JSON.parse(raw) as Partial<TwilioSession>) : undefined;
    if (!value || typeof value.token !== 'string' || typeof value.identity !== 'string' || typeof value.expiresAt !== 'number') return undefined;
    return { token: value.token, identity: value.identity, conversationSid: value.conversationSid, expiresAt: value.expiresAt, lifetimeMs: value.lifetimeMs ?? 3_600_000 };
  } catch {
    return undefined;
  }
}

function write(storage: KeyValueStorage | undefined, session: TwilioSession | undefined): void {
  try {
    if (session) storage?.setItem(KEY, JSON.stringify(session));
    else storage?.removeItem(KEY);
  } catch {
    // blocked storage: the chat works, it only does not survive a reload
  }
}

async function requestToken(current?: string): Promise<TokenAnswer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (current) headers.Authorization = `Bearer ${current}`;
  const response = await fetch(`${location.origin}/api/twilio/conversations/token`, { method: 'POST', headers, body: '{}', credentials: 'omit', cache: 'no-store' });
  if (!response.ok) throw new Error(`token request answered ${response.status}`);
  return (await response.json()) as TokenAnswer;
}

function fromAnswer(answer: TokenAnswer, conversationSid?: string): TwilioSession {
  const lifetimeMs = answer.expires_in * 1000;
  return { token: answer.token, identity: answer.identity, conversationSid, expiresAt: Date.now() + lifetimeMs, lifetimeMs };
}

function initialised(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    client.on('stateChanged', (state) => (state === 'initialized' ? resolve() : state === 'failed' ? reject(new Error('the Twilio client could not start')) : undefined));
  });
}

/** A new conversation with the visitor in it; the bot speaks when spoken to, so a hidden START opens it. */
async function openConversation(client: Client, locale: 'en' | 'es'): Promise<ConversationLike> {
  const created = await client.createConversation({ friendlyName: 'Website intake', attributes: { source: WIDGET_SOURCE } });
  await created.join();
  await created.sendMessage(locale === 'es' ? 'INICIO' : 'START', { source: WIDGET_SOURCE, hidden: true, locale });
  return created;
}

export const twilioTransport: Transport = {
  hasSession: (storage) => read(storage) !== undefined,

  async connect(request: ConnectRequest): Promise<Connection> {
    const storage = request.storage;
    // Twilio's token route issues a token for a live identity only, so a token the service stopped accepting
    // ('lost') means a new identity and conversation, and the visitor is told.
    let restarted = request.reason !== 'load' && read(storage) !== undefined;
    if (request.reason !== 'load') write(storage, undefined);
    let session = read(storage);
    if (session && session.expiresAt - Date.now() < 5_000) {
      // Expired while the tab slept: a new identity, so a new conversation.
      session = undefined;
      restarted = true;
    }
    if (!session) session = fromAnswer(await requestToken());
    else if (session.expiresAt - Date.now() < refreshMargin(session.lifetimeMs)) session = fromAnswer(await requestToken(session.token), session.conversationSid);
    write(storage, session);

    const client = new Client(session.token);
    await initialised(client);
    const existing = session.conversationSid ? await client.getConversationBySid(session.conversationSid).catch(() => undefined) : undefined;
    // A conversation it can no longer see (closed or deleted) means a new one.
    const conversation: ConversationLike = existing ?? (await openConversation(client, request.locale));
    if (!existing) {
      restarted ||= session.conversationSid !== undefined;
      session = { ...session, conversationSid: conversation.sid };
      write(storage, session);
    }

    let current = session;
    client.on('tokenAboutToExpire', () => {
      requestToken(current.token).then(
        async (answer) => {
          current = fromAnswer(answer, current.conversationSid);
          write(storage, current);
          await client.updateToken(answer.token);
        },
        () => undefined,
      );
    });
    client.on('tokenExpired', () => request.onLost());

    const directLine = new TwilioDirectLine(client, conversation, session.identity);
    return { directLine, restarted, onActivity: () => undefined, dispose: () => directLine.end() };
  },
};
