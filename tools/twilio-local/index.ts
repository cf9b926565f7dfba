import type { AddressInfo } from 'node:net';
import type { Context } from './context';
import { resendConversationMessage, simulateConversationMessage, type ConversationWebhookResult, type InboundConversationInput } from './conversations';
import { resendInboundSms, simulateInboundSms, type InboundSmsInput, type InboundSmsResult } from './inbound-sms';
import { resolveOptions, type TwilioLocalOptions } from './options';
import { Outbox } from './outbox';
import { createStandInServer } from './server';
import { DEFAULT_ERROR_CODE, Store } from './store';
import type { ConversationMessage, FailureStatus, MessageFilter, RecordedMessage } from './types';
import { WebhookClient } from './webhook-client';

/**
 * A local stand-in for the part of Twilio this project uses, for development and tests (never production):
 * Programmable Messaging and Conversations REST calls from the real `twilio` library, signed webhooks to the
 * bot, simulated delivery with status callbacks, and a page to text the bot by hand. See README.md here.
 */

export interface TwilioLocal {
  /** The base URL, e.g. http://127.0.0.1:3979; point the `twilio` library here (rewrite-http-client.ts). */
  url: string;
  accountSid: string;
  authToken: string;
  /** The Twilio number a simulated phone texts by default. */
  phoneNumber: string;
  /** Every SMS recorded so far, oldest first: inbound texts, REST sends and TwiML replies. */
  messages(filter?: MessageFilter): RecordedMessage[];
  /** Every Conversations message, oldest first, optionally of one conversation. */
  conversationMessages(conversationSid?: string): ConversationMessage[];
  /** Resolves once every pending status callback and REST-triggered webhook has been delivered. */
  settle(): Promise<void>;
  /** A phone texts the Twilio number: a signed webhook to the bot, its TwiML answer sent back. */
  sendSms(input: InboundSmsInput): Promise<InboundSmsResult>;
  /** Sends the exact webhook of an earlier simulated text again (same MessageSid), as a Twilio retry would. */
  resendSms(messageSid: string): Promise<InboundSmsResult>;
  /** A phone texts into a conversation: a signed onMessageAdded webhook (Source 'SMS') to the bot. */
  sendConversationMessage(input: InboundConversationInput): Promise<ConversationWebhookResult>;
  /** Sends an earlier onMessageAdded webhook again, unchanged. */
  resendConversationMessage(messageSid: string): Promise<ConversationWebhookResult>;
  /** From now on, messages to `to` end 'undelivered' or 'failed' (null: delivered again). */
  failDeliveries(to: string, status: FailureStatus | null, errorCode?: number): void;
  /** Points the webhooks at a bot that started after the stand-in (typically on a port picked at random). */
  setWebhookUrls(urls: { sms?: string; conversations?: string }): void;
  /** Forgets every message, failure and opt-out, and drops callbacks not yet sent. */
  reset(): void;
  close(): Promise<void>;
}

export type { TwilioLocalOptions } from './options';
export type { InboundSmsInput, InboundSmsResult } from './inbound-sms';
export type { ConversationWebhookResult, InboundConversationInput } from './conversations';
export type * from './types';

export async function startTwilioLocal(options: TwilioLocalOptions = {}): Promise<TwilioLocal> {
  const resolved = resolveOptions(options);
  const context: Context = {
    options: resolved,
    webhookUrls: { sms: resolved.smsWebhookUrl, conversations: resolved.conversationsWebhookUrl },
    store: new Store(),
    outbox: new Outbox(resolved.onError),
    webhooks: new WebhookClient(resolved.webhookTimeoutMs),
  };
  const server = createStandInServer(context);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;

  return {
    url: `http://${host}:${port}`,
    accountSid: resolved.accountSid,
    authToken: resolved.authToken,
    phoneNumber: resolved.phoneNumber,
    messages: (filter) => context.store.messages(filter),
    conversationMessages: (conversationSid) => context.store.conversationMessages(conversationSid),
    settle: () => context.outbox.settle(),
    sendSms: (input) => simulateInboundSms(context, input),
    resendSms: async (messageSid) => found(await resendInboundSms(context, messageSid), messageSid),
    sendConversationMessage: (input) => simulateConversationMessage(context, input),
    resendConversationMessage: async (messageSid) => found(await resendConversationMessage(context, messageSid), messageSid),
    failDeliveries: (to, status, errorCode) => context.store.setFailure(to, status === null ? null : { status, errorCode: errorCode ?? DEFAULT_ERROR_CODE[status] }),
    setWebhookUrls: (urls) => {
      if (urls.sms) context.webhookUrls.sms = urls.sms;
      if (urls.conversations) context.webhookUrls.conversations = urls.conversations;
    },
    reset: () => {
      context.outbox.reset();
      context.store.reset();
    },
    close: async () => {
      context.outbox.reset();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections (the twilio library keeps its sockets open) would hold close() forever.
        server.closeAllConnections();
      });
      context.webhooks.close();
    },
  };
}

function found<T>(value: T | null, messageSid: string): T {
  if (value === null) throw new Error(`no simulated inbound message ${messageSid} to resend`);
  return value;
}
