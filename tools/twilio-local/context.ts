import type { ResolvedOptions } from './options';
import type { Outbox } from './outbox';
import type { Store } from './store';
import type { WebhookClient } from './webhook-client';

/** What every route and simulation shares: one stand-in's configuration, memory and senders. */
export interface Context {
  options: ResolvedOptions;
  /** Mutable so a test can start the stand-in first and point it at a bot that got its port later. */
  webhookUrls: { sms: string; conversations: string };
  store: Store;
  outbox: Outbox;
  webhooks: WebhookClient;
}
