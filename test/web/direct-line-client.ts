import { randomUUID } from 'node:crypto';

/** An activity as the local Direct Line returns it. */
export interface Activity {
  type: string;
  id: string;
  timestamp: string;
  text?: string;
  locale?: string;
  from: { id: string; role?: string; name?: string };
  replyToId?: string;
  serviceUrl?: string;
  suggestedActions?: { actions: { type: string; title: string; value: string }[] };
  channelData?: { clientActivityID?: string; crisis?: { tier: string } };
}

/**
 * A visitor's browser, speaking the Direct Line 3.0 calls Web Chat makes with `webSocket: false` (the same
 * requests DirectLineJS sends): token from the page's route, reconnect with the conversation id, post
 * activities with a clientActivityID, poll from the watermark.
 */
export class DirectLineClient {
  watermark = '';
  /** Everything received so far, in order. */
  readonly received: Activity[] = [];

  constructor(
    public base: string,
    public token: string,
    readonly conversationId: string,
  ) {}

  static async open(base: string, body: unknown = {}): Promise<DirectLineClient> {
    const res = await fetch(`${base}/api/web/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`token route answered ${res.status}: ${await res.text()}`);
    const session = (await res.json()) as { token: string; conversationId: string; expires_in: number };
    return new DirectLineClient(base, session.token, session.conversationId);
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Authorization: `Bearer ${this.token}`, Accept: 'application/json', ...extra };
  }

  /** What Web Chat does first when it is given a conversationId: GET the conversation (reconnect). */
  async connect(): Promise<Response> {
    const res = await fetch(`${this.base}/v3/directline/conversations/${this.conversationId}?watermark=${this.watermark}`, { headers: this.headers() });
    if (res.status === 200) this.token = ((await res.clone().json()) as { token: string }).token;
    return res;
  }

  async post(activity: Record<string, unknown>, conversationId = this.conversationId): Promise<Response> {
    return fetch(`${this.base}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: this.headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify(activity),
    });
  }

  /** Posts a message the way Web Chat does (its clientActivityID, a `from` it made up), returns the id. */
  async send(text: string, locale = 'en-US'): Promise<{ id: string; clientActivityID: string }> {
    const clientActivityID = randomUUID();
    const res = await this.post({
      type: 'message',
      text,
      textFormat: 'plain',
      locale,
      from: { id: 'someone-else', name: 'Mallory', role: 'bot' },
      channelData: { clientActivityID, clientTimestamp: new Date().toISOString() },
      entities: [{ type: 'ClientCapabilities', requiresBotState: true }],
    });
    if (res.status !== 200) throw new Error(`post answered ${res.status}: ${await res.text()}`);
    return { id: ((await res.json()) as { id: string }).id, clientActivityID };
  }

  /** One poll from the current watermark. */
  async poll(): Promise<Activity[]> {
    const res = await fetch(`${this.base}/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, { headers: this.headers() });
    if (res.status !== 200) throw new Error(`poll answered ${res.status}: ${await res.text()}`);
    const group = (await res.json()) as { activities: Activity[]; watermark: string };
    if (group.watermark) this.watermark = group.watermark;
    this.received.push(...group.activities);
    return group.activities;
  }

  /** Polls until nothing new comes (the bot answers within the POST, so one or two polls). */
  async drain(): Promise<Activity[]> {
    const all: Activity[] = [];
    for (let i = 0; i < 20; i++) {
      const batch = await this.poll();
      if (batch.length === 0) break;
      all.push(...batch);
    }
    return all;
  }

  /** Sends a message and returns the bot's replies to it, joined. */
  async say(text: string, locale?: string): Promise<string> {
    const { id } = await this.send(text, locale);
    const replies = (await this.drain()).filter((a) => a.from.role === 'bot' && a.replyToId === id);
    return replies.map((a) => a.text ?? '').join('\n');
  }

  /** The last bot message's buttons. */
  lastButtons(): string[] {
    const last = [...this.received].reverse().find((a) => a.from.role === 'bot');
    return last?.suggestedActions?.actions.map((a) => a.title) ?? [];
  }
}
