import type { DirectLineLike, WebChatGlobal } from './webchat-api';
import type { WidgetLocale } from '../shared/options';

/**
 * How the panel reaches the bot. Web Chat only needs a DirectLineJS-shaped object; the Direct Line transport
 * makes one against the service's local Direct Line, the Twilio transport adapts a Twilio Conversations client.
 */
export interface PanelConfig {
  /** How often Web Chat polls for new activities (ms). */
  pollingIntervalMs: number;
  /** The CSP nonce Web Chat puts on the style elements it creates. */
  nonce: string;
}

export interface ConnectRequest {
  locale: WidgetLocale;
  config: PanelConfig;
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
  connect(request: ConnectRequest, webChat: Promise<WebChatGlobal>): Promise<Connection>;
}
