import { EventEmitter } from 'node:events';
import type { ClientOptions } from '@twilio/conversations';

/**
 * A stand-in for the Twilio services behind the `@twilio/conversations` client, for unit tests that run the
 * real client: it is handed to `new Client(token, { twilsockClient, transport, notificationsClient, syncClient })`
 * (ClientOptions in the SDK's lib.d.ts; with an injected twilsock the client does not connect by itself and
 * waits for its "connected" event). The transport answers the SDK's REST calls (configuration, my
 * conversations, create, join, send); Sync objects (the conversation document, its messages list and
 * participants map, my conversations map) are in memory and fire the events the SDK listens to. A bot's reply
 * is added with `addMessage`, as the Conversations REST API would add it.
 */
const AIM = 'https://aim.us1.twilio.com/Client/v2';

interface Response {
  status: { code: number; status: string };
  headers: Record<string, string>;
  body: unknown;
}

const ok = (body: unknown, code = 200): Response => ({ status: { code, status: code === 201 ? 'Created' : 'OK' }, headers: {}, body });

class FakeSyncDocument extends EventEmitter {
  constructor(
    readonly uniqueName: string,
    public data: Record<string, unknown>,
  ) {
    super();
  }
  get sid(): string {
    return this.uniqueName;
  }
  close(): void {}
}

interface ListItem {
  index: number;
  data: Record<string, unknown>;
  dateUpdated: Date;
  lastEventId: number;
}

class Paginator<T> {
  constructor(readonly items: T[]) {}
  readonly hasNextPage = false;
  readonly hasPrevPage = false;
  nextPage(): Promise<Paginator<T>> {
    return Promise.reject(new Error('no next page'));
  }
  prevPage(): Promise<Paginator<T>> {
    return Promise.reject(new Error('no previous page'));
  }
}

class FakeSyncList extends EventEmitter {
  readonly items: ListItem[] = [];
  constructor(readonly uniqueName: string) {
    super();
  }
  get sid(): string {
    return this.uniqueName;
  }
  push(data: Record<string, unknown>): ListItem {
    const item = { index: this.items.length, data, dateUpdated: new Date(), lastEventId: this.items.length };
    this.items.push(item);
    this.emit('itemAdded', { item, isLocal: false });
    return item;
  }
  async getItems(args: { from?: number; pageSize?: number; order?: 'asc' | 'desc' } = {}): Promise<Paginator<ListItem>> {
    let items = [...this.items];
    if (args.order === 'desc') items.reverse();
    if (args.from !== undefined) items = items.filter((i) => (args.order === 'desc' ? i.index <= args.from! : i.index >= args.from!));
    return new Paginator(items.slice(0, args.pageSize ?? 50));
  }
  async get(index: number): Promise<ListItem> {
    return this.items[index];
  }
  close(): void {}
}

class FakeSyncMap extends EventEmitter {
  readonly items = new Map<string, { key: string; data: Record<string, unknown>; dateUpdated: Date; lastEventId: number }>();
  constructor(readonly uniqueName: string) {
    super();
  }
  get sid(): string {
    return this.uniqueName;
  }
  set(key: string, data: Record<string, unknown>): void {
    const existed = this.items.has(key);
    const item = { key, data, dateUpdated: new Date(), lastEventId: this.items.size };
    this.items.set(key, item);
    this.emit(existed ? 'itemUpdated' : 'itemAdded', { item, isLocal: false });
  }
  async get(key: string) {
    const item = this.items.get(key);
    if (!item) throw Object.assign(new Error(`no item ${key}`), { name: 'SyncError', status: 404, code: 54201 });
    return item;
  }
  async getItems() {
    return new Paginator([...this.items.values()]);
  }
  close(): void {}
}

class FakeSync {
  readonly connectionState = 'connected';
  private readonly documents = new Map<string, FakeSyncDocument>();
  private readonly lists = new Map<string, FakeSyncList>();
  private readonly maps = new Map<string, FakeSyncMap>();

  documentNamed(name: string, data: Record<string, unknown>): FakeSyncDocument {
    const doc = new FakeSyncDocument(name, data);
    this.documents.set(name, doc);
    return doc;
  }
  listNamed(name: string): FakeSyncList {
    let list = this.lists.get(name);
    if (!list) this.lists.set(name, (list = new FakeSyncList(name)));
    return list;
  }
  mapNamed(name: string): FakeSyncMap {
    let map = this.maps.get(name);
    if (!map) this.maps.set(name, (map = new FakeSyncMap(name)));
    return map;
  }

  async document(args: { id: string }) {
    const doc = this.documents.get(args.id);
    if (!doc) throw Object.assign(new Error(`no document ${args.id}`), { name: 'SyncError', status: 404, code: 54100 });
    return doc;
  }
  async list(args: { id: string }) {
    return this.listNamed(args.id);
  }
  async map(args: { id: string }) {
    return this.mapNamed(args.id);
  }
  on(): void {}
  once(): void {}
  removeListener(): void {}
  async updateToken(): Promise<void> {}
  async shutdown(): Promise<void> {}
}

class FakeTwilsock extends EventEmitter {
  readonly state = 'connected';
  readonly isConnected = true;
  connect(): void {}
  async disconnect(): Promise<void> {
    this.emit('disconnected');
  }
  async updateToken(): Promise<void> {}
  addPartialTelemetryEvent(): void {}
  addTelemetryEvent(): void {}
}

class FakeNotifications extends EventEmitter {
  readonly connectionState = 'connected';
  async setPushRegistrationId(): Promise<void> {}
  async removeRegistrations(): Promise<void> {}
  async commitChanges(): Promise<void> {}
  async updateToken(): Promise<void> {}
  subscribe(): void {}
  unsubscribe(): void {}
}

interface StoredConversation {
  sid: string;
  messages: FakeSyncList;
  participants: FakeSyncMap;
  document: FakeSyncDocument;
}

export class FakeConversationsBackend {
  readonly twilsockClient = new FakeTwilsock();
  readonly notificationsClient = new FakeNotifications();
  readonly syncClient = new FakeSync();
  /** Every REST call the client made: method and path (no hostname). */
  readonly calls: string[] = [];
  private readonly conversations = new Map<string, StoredConversation>();
  private readonly myConversations: FakeSyncMap;
  private nextSid = 1;

  constructor(readonly identity: string) {
    this.myConversations = this.syncClient.mapNamed('my_conversations');
    const user = this.syncClient.mapNamed('my_user_info');
    user.set('friendlyName', { value: identity });
    user.set('attributes', { value: '{}' });
  }

  /**
   * The options the SDK's Client takes to run on this stand-in. The SDK types these as its full Twilsock, Sync
   * and Notifications clients; the stand-in has what the Conversations client calls, hence the cast.
   */
  clientOptions(): ClientOptions {
    const options = {
      twilsockClient: this.twilsockClient,
      transport: this.transport,
      notificationsClient: this.notificationsClient,
      syncClient: this.syncClient,
      // Otherwise the client deep-copies its options, and the copies of these objects lose their methods.
      disableDeepClone: true,
      logLevel: 'silent' as const,
    };
    return options as unknown as ClientOptions;
  }

  /** Twilsock says it is connected: the client initialises (configuration, my conversations, my user). */
  connect(): void {
    this.twilsockClient.emit('connected');
    this.twilsockClient.emit('stateChanged', 'connected');
  }

  /** A message added to a conversation by someone else (the bot posting through the REST API). */
  addMessage(conversationSid: string, message: { author: string; body: string; attributes?: Record<string, unknown> }): void {
    const conversation = this.conversations.get(conversationSid);
    if (!conversation) throw new Error(`no conversation ${conversationSid}`);
    this.append(conversation, message.author, message.body, message.attributes ?? {});
  }

  /** What was said in a conversation, oldest first. */
  messages(conversationSid: string): { author: string; body: string; attributes: Record<string, unknown> }[] {
    return (this.conversations.get(conversationSid)?.messages.items ?? []).map((i) => ({
      author: String(i.data.author),
      body: String(i.data.text),
      attributes: JSON.parse(String(i.data.attributes ?? '{}')) as Record<string, unknown>,
    }));
  }

  conversationSids(): string[] {
    return [...this.conversations.keys()];
  }

  private append(conversation: StoredConversation, author: string, body: string, attributes: Record<string, unknown>) {
    const index = conversation.messages.items.length;
    const sid = `IM${String(this.nextSid++).padStart(32, '0')}`;
    conversation.messages.push({ sid, author, text: body, attributes: JSON.stringify(attributes), timestamp: new Date().toISOString(), type: 'text', participantSid: null });
    return { sid, index };
  }

  private createConversation(attributes: unknown): StoredConversation {
    const sid = `CH${String(this.nextSid++).padStart(32, '0')}`;
    const conversation: StoredConversation = {
      sid,
      messages: this.syncClient.listNamed(`${sid}.messages`),
      participants: this.syncClient.mapNamed(`${sid}.roster`),
      document: this.syncClient.documentNamed(`${sid}.channel`, {
        friendlyName: 'Website intake',
        attributes: attributes ?? {},
        status: 'notParticipating',
        messages: `${sid}.messages`,
        roster: `${sid}.roster`,
        dateCreated: new Date().toISOString(),
        dateUpdated: new Date().toISOString(),
        createdBy: this.identity,
        uniqueName: null,
        type: 'private',
      }),
    };
    this.conversations.set(sid, conversation);
    return conversation;
  }

  private descriptor(conversation: StoredConversation, status: string) {
    return { channel_sid: conversation.sid, channel: `${conversation.sid}.channel`, messages: `${conversation.sid}.messages`, roster: `${conversation.sid}.roster`, status };
  }

  /** The SDK's HTTP transport: get/post/delete over twilsock. */
  readonly transport = {
    get: async (url: string) => this.route('GET', url),
    post: async (url: string, _headers: unknown, body: unknown) => this.route('POST', url, body),
    delete: async (url: string) => this.route('DELETE', url),
    put: async (url: string, _headers: unknown, body: unknown) => this.route('PUT', url, body),
  };

  private async route(method: string, url: string, body?: unknown): Promise<Response> {
    const path = url.replace(/^https:\/\/[^/]+/, '');
    this.calls.push(`${method} ${path}`);
    const parsed = (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown> | undefined;
    if (method === 'GET' && path === '/Client/v2/Configuration') return ok(this.configuration());
    if (method === 'GET' && path.startsWith('/Client/v2/Users/me/Conversations')) {
      return ok({ conversations: [], meta: { next_token: null } });
    }
    if (method === 'POST' && path === '/Client/v2/Conversations') {
      const conversation = this.createConversation(parsed?.attributes);
      const url = `${AIM}/Conversations/${conversation.sid}`;
      return ok(
        {
          sid: conversation.sid,
          url,
          links: { participants: `${url}/Participants`, messages: `${url}/Messages` },
          sync_objects: { conversation: `${conversation.sid}.channel`, messages: `${conversation.sid}.messages`, participants: `${conversation.sid}.roster` },
        },
        201,
      );
    }
    const participants = /^\/Client\/v2\/Conversations\/(CH\w+)\/Participants$/.exec(path);
    if (method === 'POST' && participants) {
      const conversation = this.conversations.get(participants[1]);
      if (!conversation) return ok({ message: 'not found' }, 404);
      conversation.participants.set('MB1', { identity: this.identity, type: 'chat', roleSid: 'RL1', attributes: '{}', sid: 'MB1', lastConsumedMessageIndex: null, lastConsumptionTimestamp: null });
      conversation.document.data = { ...conversation.document.data, status: 'joined' };
      this.myConversations.set(conversation.sid, this.descriptor(conversation, 'joined'));
      return ok({ sid: 'MB1' }, 201);
    }
    const messages = /^\/Client\/v2\/Conversations\/(CH\w+)\/Messages$/.exec(path);
    if (method === 'POST' && messages) {
      const conversation = this.conversations.get(messages[1]);
      if (!conversation) return ok({ message: 'not found' }, 404);
      const attributes = typeof parsed?.attributes === 'string' ? (JSON.parse(parsed.attributes) as Record<string, unknown>) : ((parsed?.attributes as Record<string, unknown>) ?? {});
      const added = this.append(conversation, this.identity, String(parsed?.body ?? ''), attributes);
      return ok({ sid: added.sid, index: added.index, messages_count: added.index + 1 }, 201);
    }
    return ok({ message: `the stand-in has no ${method} ${path}` }, 404);
  }

  private configuration() {
    return {
      identity: this.identity,
      links: {
        my_conversations: `${AIM}/Users/me/Conversations`,
        conversations: `${AIM}/Conversations`,
        users: `${AIM}/Users`,
        current_user: `${AIM}/Users/me`,
        typing: `${AIM}/Typing`,
        media_service: 'https://mcs.us1.twilio.com/v1/Services/MS00000000000000000000000000000000',
        media_set_service: 'https://mcs.us1.twilio.com/v1/Services/MS00000000000000000000000000000000/MediaSet',
        messages_receipts: `${AIM}/Conversations/%s/Messages/%s/Receipts`,
      },
      options: {
        consumption_report_interval: 'PT5S',
        user_infos_to_subscribe: 100,
        reachability_enabled: false,
        http_cache_interval: 'PT5S',
        media_attachments_count_limit: 5,
        media_attachment_size_limit_in_mb: 5,
        media_attachments_total_size_limit_in_mb: 5,
        email_histories_allowed_mime_types: [],
        email_bodies_allowed_mime_types: [],
      },
      sync_objects: { my_user_info: 'my_user_info', my_conversations: 'my_conversations' },
    };
  }
}
