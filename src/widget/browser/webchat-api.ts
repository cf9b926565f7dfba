/**
 * The part of Bot Framework Web Chat's global (`window.WebChat`, from the bundle served at
 * /widget/assets/webchat.<hash>.js) that the panel uses. Web Chat ships no types for its UMD global, so the
 * few calls are described here by hand; see https://github.com/microsoft/BotFramework-WebChat (4.18).
 */
import type { Activity, DirectLineLike } from '../shared/directline-types';

export type { Activity, DirectLineLike, ObservableLike, Subscription } from '../shared/directline-types';
export { ConnectionStatus } from '../shared/directline-types';

/** DirectLineJS keeps these as plain fields; the panel reads them to keep sessionStorage current. */
export interface DirectLineJs extends DirectLineLike {
  token?: string;
  watermark?: string;
  conversationId?: string;
}

export interface ReduxAction {
  type: string;
  payload?: { activity?: Activity; [key: string]: unknown };
  meta?: unknown;
}

export interface WebChatStore {
  dispatch(action: ReduxAction): unknown;
}

type Middleware = (api: { dispatch: (a: ReduxAction) => unknown }) => (next: (a: ReduxAction) => unknown) => (action: ReduxAction) => unknown;

export interface WebChatGlobal {
  createDirectLine(options: {
    token: string;
    conversationId?: string;
    domain: string;
    webSocket: boolean;
    pollingInterval: number;
    watermark?: string;
  }): DirectLineJs;
  createStore(initialState: object, ...middleware: Middleware[]): WebChatStore;
  renderWebChat(
    props: {
      directLine: DirectLineLike;
      store: WebChatStore;
      locale: string;
      styleOptions: Record<string, unknown>;
      userID?: string;
      sendTypingIndicator?: boolean;
    },
    element: HTMLElement,
  ): void;
}

declare global {
  interface Window {
    WebChat?: WebChatGlobal;
  }
}
