import type { DirectLineLike, WebChatGlobal } from './webchat-api';
import type { WidgetLocale } from '../shared/options';
import type { KeyValueStorage } from '../shared/session';

/**
 * How the panel reaches the bot. Web Chat only needs a DirectLineJS-shaped object; the Direct Line transport
 * makes one against the service's local Direct Line, the Twilio transport adapts a Twilio Conversations client.
 */
export interface PanelConfig {
  /** How often Web Chat polls for new activities (ms). */
  pollingIntervalMs: number;
}

export interface ConnectRequest {
  locale: WidgetLocale;
  config: PanelConfig;
  /** Where the session is kept across reloads (see panel-storage.ts); none when the browser allows nothing. */
  storage: KeyValueStorage | undefined;
  /** Forget any stored conversation and start a new one. */
  fresh: boolean;
  /** Called when the conversation cannot go on (its token expired, the service forgot it): the panel restarts. */
  onLost: () => void;
}

export interface Connection {
  directLine: DirectLineLike;
  /** Set when a stored conversation could not be resumed and a new one was started instead. */
  restarted: boolean;
  /** Called with every incoming activity (after Web Chat has it): keeps the stored session current. */
  onActivity(): void;
  dispose(): void;
}

export interface Transport {
  /** Whether a conversation is kept in this storage to be resumed. */
  hasSession(storage: KeyValueStorage | undefined): boolean;
  connect(request: ConnectRequest, webChat: Promise<WebChatGlobal>): Promise<Connection>;
}
