import { ConnectionStatus, type ObservableLike } from './directline-types';

/**
 * Web Chat and DirectLineJS subscribe with either a function or an observer object (RxJS style); the widget's
 * own streams take both through this one helper.
 */
export type Observer<T> = { next?: (value: T) => void; error?: (error: unknown) => void; complete?: () => void };

export function toObserver<T>(observerOrNext: Observer<T> | ((value: T) => void)): Observer<T> {
  return typeof observerOrNext === 'function' ? { next: observerOrNext } : observerOrNext;
}

/**
 * A connection status stream that says nothing until the connection first comes online (or fails).
 *
 * Why: Web Chat shows its own "Connecting…" for Uninitialized and Connecting, and debounces its notices
 * (400 ms), so a "Connecting…" with a spinner stayed under the first replies for a moment after the first poll
 * had already succeeded. The panel has its own connecting notice (status-line.ts, only when slow), so before
 * the first Online these states are withheld from Web Chat. After it, every state passes, so a later
 * interruption still shows Web Chat's "Reconnecting…".
 */
export function quietUntilOnline(source: ObservableLike<number>): ObservableLike<number> {
  return {
    subscribe(observerOrNext) {
      const observer = toObserver(observerOrNext);
      let online = false;
      return source.subscribe({
        next: (status) => {
          if (!online && (status === ConnectionStatus.Uninitialized || status === ConnectionStatus.Connecting)) return;
          online = true;
          observer.next?.(status);
        },
        error: (error) => observer.error?.(error),
        complete: () => observer.complete?.(),
      });
    },
  };
}
