/**
 * The shape of a Direct Line connection as Web Chat uses it (DirectLineJS's interface), shared by the panel's
 * transports: the local Direct Line (DirectLineJS itself) and the Twilio Conversations adapter.
 * See https://github.com/microsoft/BotFramework-DirectLineJS.
 */
export interface Subscription {
  unsubscribe(): void;
}

export interface ObservableLike<T> {
  subscribe(observer: { next?: (value: T) => void; error?: (error: unknown) => void; complete?: () => void } | ((value: T) => void)): Subscription;
}

export interface Activity {
  type: string;
  id?: string;
  from?: { id?: string; role?: string; name?: string };
  text?: string;
  locale?: string;
  channelData?: Record<string, unknown>;
  suggestedActions?: { actions: { type: string; title?: string; value?: unknown }[] };
  timestamp?: string;
}

/** DirectLineJS's connection states (ConnectionStatus enum). */
export const ConnectionStatus = { Uninitialized: 0, Connecting: 1, Online: 2, ExpiredToken: 3, FailedToConnect: 4, Ended: 5 } as const;

/** What Web Chat needs from a connection: DirectLineJS, or the Twilio Conversations adapter. */
export interface DirectLineLike {
  activity$: ObservableLike<Activity>;
  connectionStatus$: ObservableLike<number>;
  postActivity(activity: Activity): ObservableLike<string>;
  end?(): void;
}

