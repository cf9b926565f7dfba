import type { Activity, DirectLineLike, ObservableLike, Subscription } from './directline-types';
import { newer } from './session';
import { quietUntilOnline, toObserver, type Observer } from './observer';

/** DirectLineJS as this wrapper reads it: its token and watermark are plain fields. */
export type DirectLineWithState = DirectLineLike & { token?: string; watermark?: string };

/**
 * Web Chat over DirectLineJS polls on a fixed interval, so a reply waits for the next poll: up to the whole
 * interval. The local Direct Line answers the bot inside the visitor's POST (docs/web-chat.md), so the
 * replies are there the moment the POST returns. This wrapper asks for them right then (one GET from the
 * newest watermark) and hands them to Web Chat; DirectLineJS's own polling carries on for messages that come by
 * themselves (a clinician's words), and anything both deliver is passed on once (by activity id).
 * Web Chat hears of the connection only once it is online (observer.ts: quietUntilOnline).
 */
/** The one GET it makes (the browser's fetch; a stand-in in unit tests). */
export type GetJson = (url: string, headers: Record<string, string>) => Promise<{ ok: boolean; json(): Promise<unknown> }>;

const browserGet: GetJson = (url, headers) => fetch(url, { headers, credentials: 'omit', cache: 'no-store' } as RequestInit);

export function pollAfterSend(raw: DirectLineWithState, options: { domain: string; conversationId: string; get?: GetJson }): DirectLineLike {
  const get = options.get ?? browserGet;
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
      const response = await get(url, { Authorization: `Bearer ${raw.token ?? ''}`, Accept: 'application/json' });
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
      const observer: Observer<Activity> = toObserver(observerOrNext);
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
    connectionStatus$: quietUntilOnline(raw.connectionStatus$),
    postActivity(activity) {
      const posted = raw.postActivity(activity);
      return {
        subscribe(observerOrNext) {
          const observer: Observer<string> = toObserver(observerOrNext);
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
