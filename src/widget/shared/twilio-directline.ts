import { ConnectionStatus, type Activity, type DirectLineLike, type ObservableLike, type Subscription } from './directline-types';
import { toObserver, type Observer } from './observer';

/**
 * Web Chat over Twilio Conversations: a DirectLineJS-shaped object on top of a `@twilio/conversations` client
 * and one conversation, so the same Web Chat panel can run on Twilio for clinics that chat through it
 * (data-transport="twilio"). The bot reaches it through the Conversations webhook like any participant; its
 * messages carry the answer choices and the crisis tier as attributes, which become suggested actions and
 * `channelData.crisis` here. No DOM: unit-tested in Node with the SDK's client on a stubbed transport.
 */

/** The part of @twilio/conversations' Client this adapter uses. */
export interface ConversationsClientLike {
  on(event: 'connectionStateChanged', listener: (state: string) => void): unknown;
  on(event: 'tokenAboutToExpire' | 'tokenExpired', listener: () => void): unknown;
  updateToken(token: string): Promise<unknown>;
  shutdown(): Promise<void>;
}

export interface MessageLike {
  sid: string;
  index: number;
  author: string | null;
  body: string | null;
  dateCreated: Date | null;
  attributes: unknown;
}

export interface ConversationLike {
  sid: string;
  sendMessage(body: string, attributes?: Record<string, string | boolean>): Promise<number>;
  getMessages(pageSize?: number): Promise<{ items: MessageLike[] }>;
  on(event: 'messageAdded', listener: (message: MessageLike) => void): unknown;
  removeListener?(event: 'messageAdded', listener: (message: MessageLike) => void): unknown;
}

/** Marks every message the widget sends, so the webhook gives it the web style (src/channels/twilio/conversations-route.ts). */
export const WIDGET_SOURCE = 'intake-widget';

interface WidgetAttributes {
  source?: string;
  hidden?: boolean;
  clientActivityID?: string;
  choices?: unknown;
  crisis?: { tier?: unknown };
  /** "en" or "es" (or a tag starting with one): the language of the bot's reply. */
  locale?: string;
}

function attributesOf(message: MessageLike): WidgetAttributes {
  const value = typeof message.attributes === 'string' ? safeParse(message.attributes) : message.attributes;
  return value && typeof value === 'object' ? (value as WidgetAttributes) : {};
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A BCP 47 tag for the two languages the bot speaks ("es", "es-US" → "es-US"), as the Direct Line bot sets it. */
const LOCALE_TAG: Record<string, string> = { en: 'en-US', es: 'es-US' };

function localeOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return LOCALE_TAG[value.slice(0, 2).toLowerCase()];
}

/**
 * One Conversations message as the activity Web Chat shows (undefined for the widget's hidden start message).
 * The language rides in the attributes (the bot's reply says which language it is in; the visitor's own
 * messages say the page's): the 988 banner follows a switch of language in the chat, as on Direct Line.
 */
export function toActivity(message: MessageLike, visitorIdentity: string): Activity | undefined {
  const attributes = attributesOf(message);
  const locale = localeOf(attributes.locale);
  if (attributes.hidden) return undefined;
  const mine = message.author === visitorIdentity;
  const choices = Array.isArray(attributes.choices) ? attributes.choices.filter((c): c is string => typeof c === 'string') : [];
  const channelData: Record<string, unknown> = {};
  if (mine && typeof attributes.clientActivityID === 'string') channelData.clientActivityID = attributes.clientActivityID;
  if (!mine && attributes.crisis && typeof attributes.crisis.tier === 'string') channelData.crisis = { tier: attributes.crisis.tier };
  return {
    type: 'message',
    id: message.sid,
    timestamp: (message.dateCreated ?? new Date()).toISOString(),
    from: { id: message.author ?? '', role: mine ? 'user' : 'bot' },
    text: message.body ?? '',
    ...(locale ? { locale } : {}),
    channelData,
    ...(!mine && choices.length > 0 ? { suggestedActions: { actions: choices.map((c) => ({ type: 'imBack', title: c, value: c })) } } : {}),
  };
}

/** A tiny hot stream that remembers its last value for late subscribers (enough for Web Chat). */
class Behavior<T> implements ObservableLike<T> {
  private readonly observers = new Set<Observer<T>>();
  constructor(private value: T) {}
  next(value: T): void {
    this.value = value;
    for (const o of [...this.observers]) o.next?.(value);
  }
  subscribe(observerOrNext: Observer<T> | ((value: T) => void)): Subscription {
    const observer = toObserver(observerOrNext);
    this.observers.add(observer);
    observer.next?.(this.value);
    return { unsubscribe: () => void this.observers.delete(observer) };
  }
}

const STATUS_OF_CONNECTION: Record<string, number> = {
  connecting: ConnectionStatus.Connecting,
  connected: ConnectionStatus.Online,
  disconnecting: ConnectionStatus.Connecting,
  disconnected: ConnectionStatus.Connecting,
  denied: ConnectionStatus.ExpiredToken,
  error: ConnectionStatus.FailedToConnect,
};

export class TwilioDirectLine implements DirectLineLike {
  readonly connectionStatus$ = new Behavior<number>(ConnectionStatus.Online);
  readonly activity$: ObservableLike<Activity>;
  private readonly observers = new Set<Observer<Activity>>();
  private readonly delivered = new Set<string>();
  private started = false;
  private readonly onMessage = (message: MessageLike) => this.deliver(message);

  constructor(
    private readonly client: ConversationsClientLike,
    private readonly conversation: ConversationLike,
    private readonly identity: string,
  ) {
    client.on('connectionStateChanged', (state) => {
      const status = STATUS_OF_CONNECTION[state];
      if (status !== undefined) this.connectionStatus$.next(status);
    });
    this.activity$ = {
      subscribe: (observerOrNext) => {
        const observer = toObserver(observerOrNext);
        this.observers.add(observer);
        if (!this.started) void this.start();
        return { unsubscribe: () => void this.observers.delete(observer) };
      },
    };
  }

  /** History first (so a reload shows the conversation so far), then every new message as it is added. */
  private async start(): Promise<void> {
    this.started = true;
    this.conversation.on('messageAdded', this.onMessage);
    try {
      const page = await this.conversation.getMessages(100);
      for (const message of page.items) this.deliver(message);
    } catch (error) {
      for (const o of [...this.observers]) o.error?.(error);
    }
  }

  private deliver(message: MessageLike): void {
    if (this.delivered.has(message.sid)) return;
    this.delivered.add(message.sid);
    const activity = toActivity(message, this.identity);
    if (activity) for (const o of [...this.observers]) o.next?.(activity);
  }

  postActivity(activity: Activity): ObservableLike<string> {
    return {
      subscribe: (observerOrNext) => {
        const observer: Observer<string> = toObserver(observerOrNext);
        if (activity.type !== 'message' || !activity.text) {
          // Typing indicators and events have no Conversations counterpart here; they are accepted and dropped.
          observer.next?.('');
          observer.complete?.();
          return { unsubscribe: () => undefined };
        }
        const clientActivityID = (activity.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
        this.conversation
          .sendMessage(activity.text, { source: WIDGET_SOURCE, ...(typeof clientActivityID === 'string' ? { clientActivityID } : {}) })
          .then(
            (index) => {
              observer.next?.(String(index));
              observer.complete?.();
            },
            (error: unknown) => observer.error?.(error),
          );
        return { unsubscribe: () => undefined };
      },
    };
  }

  end(): void {
    this.conversation.removeListener?.('messageAdded', this.onMessage);
    void this.client.shutdown().catch(() => undefined);
  }
}
