import type { Activity, DirectLineJs, DirectLineLike, ObservableLike, Subscription } from './webchat-api';
import { newer } from '../shared/session';

/**
 * Web Chat over DirectLineJS polls on a fixed interval, so a reply waits for the next poll: up to the whole
 * interval. The local Direct Line answers the bot inside the visitor's POST (docs/web-chat.md), so the
 * replies are there the moment the POST returns. This wrapper asks for them right then (one GET from the
 * newest watermark) and hands them to Web Chat; DirectLineJS's own polling carries on for messages that come by
 * themselves (a clinician's words), and anything both deliver is passed on once (by activity id).
 */
type Observer<T> = { next?: (value: T) => void; error?: (error: unknown) => void; complete?: () => void };

export function pollAfterSend(raw: DirectLineJs, options: { domain: string; conversationId: string }): DirectLineLike {
  const observers = new Set<Observer<Activity>>();
  const delivered = new Set<string>();
  let upstream: Subscription | undefined;
  let ownWatermark = '';
  let inFlight = false;
  let again = false;

  const deliver = (activity: Activity) => {
    if (activity.id) {
      if (delivered.has(activity.id)) return;
      delivered.add(activity.id);
    }
    for (const observer of [...observers]) observer.next?.(activity);
  };

  const fetchNow = async (): Promise<void> => {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    try {
      const watermark = newer(raw.watermark ?? '', ownWatermark);
      const url = `${options.domain}/conversations/${encodeURIComponent(options.conversationId)}/activities?watermark=${encodeURIComponent(watermark)}`;
      const response = await fetch(url, { headers: { Authorization: `Bearer ${raw.token ?? ''}`, Accept: 'application/json' }, credentials: 'omit', cache: 'no-store' });
      if (response.ok) {
        const body = (await response.json()) as { activities?: Activity[]; watermark?: string };
        for (const activity of body.activities ?? []) deliver(activity);
        if (typeof body.watermark === 'string') ownWatermark = newer(ownWatermark, body.watermark);
      }
    } catch {
      // Nothing lost: DirectLineJS's next regular poll brings the same activities.
    } finally {
      inFlight = false;
      if (again) {
        again = false;
        void fetchNow();
      }
    }
  };

  const activity$: ObservableLike<Activity> = {
    subscribe(observerOrNext) {
      const observer: Observer<Activity> = typeof observerOrNext === 'function' ? { next: observerOrNext } : observerOrNext;
      observers.add(observer);
      upstream ??= raw.activity$.subscribe({
        next: deliver,
        error: (error) => [...observers].forEach((o) => o.error?.(error)),
        complete: () => [...observers].forEach((o) => o.complete?.()),
      });
      return {
        unsubscribe() {
          observers.delete(observer);
          if (observers.size === 0) {
            upstream?.unsubscribe();
            upstream = undefined;
          }
        },
      };
    },
  };

  return {
    activity$,
    connectionStatus$: raw.connectionStatus$,
    postActivity(activity) {
      const posted = raw.postActivity(activity);
      return {
        subscribe(observerOrNext) {
          const observer: Observer<string> = typeof observerOrNext === 'function' ? { next: observerOrNext } : observerOrNext;
          return posted.subscribe({
            next: (id) => {
              observer.next?.(id);
              void fetchNow();
            },
            error: (error) => observer.error?.(error),
            complete: () => observer.complete?.(),
          });
        },
      };
    },
    end: () => raw.end?.(),
  };
}
