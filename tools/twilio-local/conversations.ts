import type { Context } from './context';
import { newSid } from './sids';
import { iso8601 } from './twilio-json';
import type { ConversationMessage, ConversationSource } from './types';
import { signRequest, type SignedRequest } from './webhook-client';

/**
 * Twilio Conversations, the part the product uses: messages are added to a conversation (by a phone over
 * SMS, or by the bot through the REST API), each gets the conversation's next index, and Twilio posts a
 * signed onMessageAdded webhook for it. The webhook for the bot's own REST messages is the one a bot must
 * ignore (Source 'API'), or it would answer itself forever.
 */

export interface NewConversationMessage {
  conversationSid: string;
  author: string;
  body: string;
  attributes?: string;
  source: ConversationSource;
}

export function addConversationMessage(context: Context, fields: NewConversationMessage): ConversationMessage {
  const conversation = context.store.conversation(fields.conversationSid);
  // An SMS author is a participant (bound to its phone number); a REST author is usually just a name.
  let participantSid = conversation.participants.get(fields.author) ?? null;
  if (fields.source === 'SMS' && participantSid === null) {
    participantSid = newSid('MB');
    conversation.participants.set(fields.author, participantSid);
  }
  const message: ConversationMessage = {
    sid: newSid('IM'),
    accountSid: context.options.accountSid,
    chatServiceSid: conversation.chatServiceSid,
    conversationSid: conversation.sid,
    index: conversation.nextIndex,
    author: fields.author,
    body: fields.body,
    attributes: fields.attributes ?? '{}',
    participantSid,
    source: fields.source,
    dateCreated: new Date(),
    webhooks: [],
  };
  conversation.nextIndex += 1;
  context.store.addConversationMessage(message);
  return message;
}

/** The post-event webhook parameters Twilio sends for onMessageAdded. */
export function signOnMessageAdded(context: Context, message: ConversationMessage): SignedRequest {
  const params: Record<string, string> = {
    AccountSid: message.accountSid,
    ChatServiceSid: message.chatServiceSid,
    ConversationSid: message.conversationSid,
    MessageSid: message.sid,
    MessagingServiceSid: context.store.messagingServiceSid,
    Index: String(message.index),
    Author: message.author,
    Body: message.body,
    Attributes: message.attributes,
    DateCreated: iso8601(message.dateCreated),
    Source: message.source,
    EventType: 'onMessageAdded',
    RetryCount: '0',
    WebhookType: 'webhook',
    WebhookSid: context.store.webhookSid,
  };
  if (message.participantSid) params.ParticipantSid = message.participantSid;
  return signRequest(context.options.authToken, context.webhookUrls.conversations, params);
}

export interface ConversationWebhookResult {
  conversationSid: string;
  messageSid: string;
  index: number;
  /** The bot's HTTP status, or null when it could not be reached. */
  status: number | null;
  error: string | null;
}

/** Posts a signed webhook for a message and records how the bot answered (Twilio ignores the body). */
export async function deliverOnMessageAdded(context: Context, message: ConversationMessage, request: SignedRequest): Promise<ConversationWebhookResult> {
  let status: number | null = null;
  let error: string | null = null;
  try {
    status = (await context.webhooks.send(request)).status;
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
  }
  message.webhooks.push({ url: request.url, httpStatus: status, error });
  return { conversationSid: message.conversationSid, messageSid: message.sid, index: message.index, status, error };
}

export interface InboundConversationInput {
  /** Omitted: a new conversation, as when a new phone texts a Conversations-enabled number. */
  conversationSid?: string;
  author: string;
  body: string;
}

/** What a phone texting into a conversation causes: a new message (Source 'SMS') and its webhook. */
export async function simulateConversationMessage(context: Context, input: InboundConversationInput): Promise<ConversationWebhookResult> {
  const message = addConversationMessage(context, {
    conversationSid: input.conversationSid ?? newSid('CH'),
    author: input.author,
    body: input.body,
    source: 'SMS',
  });
  const request = signOnMessageAdded(context, message);
  context.store.rememberWebhook(message.sid, request);
  return deliverOnMessageAdded(context, message, request);
}

/** Sends the very same signed webhook again (same MessageSid, same idempotency token), as a retry would. */
export async function resendConversationMessage(context: Context, messageSid: string): Promise<ConversationWebhookResult | null> {
  const message = context.store.conversationMessage(messageSid);
  const request = context.store.sentWebhook(messageSid);
  if (!message || !request) return null;
  return deliverOnMessageAdded(context, message, request);
}
