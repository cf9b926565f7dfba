import { pollAfterSend, type DirectLineWithState, type GetJson } from '../../src/widget/shared/poll-after-send';
import { quietUntilOnline } from '../../src/widget/shared/observer';
import { ConnectionStatus, type Activity, type ObservableLike } from '../../src/widget/shared/directline-types';

/** A hot stream that replays its last value, like DirectLineJS's BehaviorSubjects. */
function subject<T>(initial?: T) {
  const observers = new Set<{ next?: (v: T) => void }>();
  let last = initial;
  const stream: ObservableLike<T> = {
    subscribe(o) {
      const observer = typeof o === 'function' ? { next: o } : o;
      observers.add(observer);
      if (last !== undefined) observer.next?.(last);
      return { unsubscribe: () => void observers.delete(observer) };
    },
  };
  return { stream, next: (v: T) => ((last = v), [...observers].forEach((o) => o.next?.(v))) };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

function fakeDirectLine() {
  const activities = subject<Activity>();
  const status = subject<number>(ConnectionStatus.Uninitialized);
  const posted = subject<string>();
  const raw: DirectLineWithState = {
    activity$: activities.stream,
    connectionStatus$: status.stream,
    postActivity: () => posted.stream,
    token: 'tok',
    watermark: '3',
  };
  return { raw, activities, status, posted };
}

describe('the fetch right after each send', () => {
  it('when the visitor\'s message is accepted, then the replies already waiting are fetched from the newest watermark and shown at once, and one also brought by the regular poll is shown once', async () => {
    const { raw, activities, posted } = fakeDirectLine();
    const urls: string[] = [];
    const reply: Activity = { type: 'message', id: 'c|5', text: 'How old are you?' };
    const get: GetJson = async (url, headers) => {
      urls.push(`${url} ${headers.Authorization}`);
      return { ok: true, json: async () => ({ activities: [reply], watermark: '5' }) };
    };
    const directLine = pollAfterSend(raw, { domain: 'https://svc/v3/directline', conversationId: 'c 1', get });
    const seen: Activity[] = [];
    directLine.activity$.subscribe((a) => seen.push(a));

    directLine.postActivity({ type: 'message', text: 'yes' }).subscribe(() => undefined);
    posted.next('c|4');
    await flush();
    expect(urls).toEqual(['https://svc/v3/directline/conversations/c%201/activities?watermark=3 Bearer tok']);
    expect(seen.map((a) => a.text)).toEqual(['How old are you?']);

    activities.next(reply); // DirectLineJS's own poll brings it too
    expect(seen).toHaveLength(1);
  });

  it('when the fetch fails, then nothing breaks: the regular poll still delivers', async () => {
    const { raw, activities, posted } = fakeDirectLine();
    const directLine = pollAfterSend(raw, { domain: 'https://svc', conversationId: 'c', get: async () => Promise.reject(new TypeError('offline')) });
    const seen: Activity[] = [];
    const ids: string[] = [];
    directLine.activity$.subscribe((a) => seen.push(a));
    directLine.postActivity({ type: 'message', text: 'yes' }).subscribe({ next: (id) => ids.push(id) });
    posted.next('c|4');
    await flush();
    activities.next({ type: 'message', id: 'c|5', text: 'later' });
    expect(ids).toEqual(['c|4']);
    expect(seen.map((a) => a.text)).toEqual(['later']);
  });
});

describe('the connection status Web Chat is given', () => {
  it('when the connection is still starting, then Web Chat hears nothing (no "Connecting…" under the first replies); from Online on it hears every change, reconnecting included', () => {
    const { raw, status } = fakeDirectLine();
    const heard: number[] = [];
    pollAfterSend(raw, { domain: 'd', conversationId: 'c' }).connectionStatus$.subscribe((s) => heard.push(s));
    status.next(ConnectionStatus.Connecting);
    expect(heard).toEqual([]);
    status.next(ConnectionStatus.Online);
    status.next(ConnectionStatus.Connecting);
    status.next(ConnectionStatus.Online);
    expect(heard).toEqual([ConnectionStatus.Online, ConnectionStatus.Connecting, ConnectionStatus.Online]);
  });

  it('when the first thing that happens is a failure or an expired token, then Web Chat hears it at once', () => {
    for (const failure of [ConnectionStatus.FailedToConnect, ConnectionStatus.ExpiredToken]) {
      const status = subject<number>(ConnectionStatus.Connecting);
      const heard: number[] = [];
      quietUntilOnline(status.stream).subscribe({ next: (s) => heard.push(s) });
      status.next(failure);
      expect(heard).toEqual([failure]);
    }
  });

  it('when Web Chat subscribes after the connection came online, then it is told Online straight away', () => {
    const status = subject<number>(ConnectionStatus.Online);
    const heard: number[] = [];
    quietUntilOnline(status.stream).subscribe((s) => heard.push(s));
    expect(heard).toEqual([ConnectionStatus.Online]);
  });
});
