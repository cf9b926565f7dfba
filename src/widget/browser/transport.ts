import type { DirectLineLike, WebChatGlobal } from './webchat-api';
import type { WidgetLocale } from '../shared/options';
import type { KeyValueStorage } from '../shared/session';
import type { ConnectReason } from '../shared/direct-line-session';

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
  /** Why the panel connects: a load, a token the service stopped accepting, or a conversation given up (see direct-line-session.ts). */
  reason: ConnectReason;
  /** Called when the service stops accepting the token (it expired, the service forgot it): the panel reconnects with reason 'lost'. */
  onLost: () => void;
}

export interface Connection {
  directLine: DirectLineLike;
  /** Set when a conversation could not be continued and a new one was started instead: the panel says so. */
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
