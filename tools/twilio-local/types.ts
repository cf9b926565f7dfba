/**
 * What the stand-in remembers. These are the stand-in's own shapes (camelCase, real Dates), used by tests and
 * the admin API; the Twilio wire shapes built from them live in twilio-json.ts.
 */

/** Twilio's direction values: 'outbound-api' for REST sends, 'outbound-reply' for TwiML replies. */
export type MessageDirection = 'inbound' | 'outbound-api' | 'outbound-reply';

/** Twilio's message statuses that the stand-in can produce. */
export type MessageStatus = 'accepted' | 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed' | 'received';

/** The delivery failures an admin call can arrange for a number. */
export type FailureStatus = 'undelivered' | 'failed';

/** One status callback the stand-in sent (or tried to send) for a message. */
export interface CallbackAttempt {
  status: MessageStatus;
  url: string;
  /** The HTTP status the receiver answered, or null when it could not be reached. */
  httpStatus: number | null;
  error: string | null;
}

/** One SMS, inbound or outbound, as a phone would see it. */
export interface RecordedMessage {
  sid: string;
  accountSid: string;
  direction: MessageDirection;
  /** Null only for a Messaging Service send before a sender is picked, like Twilio. */
  from: string | null;
  to: string;
  body: string;
  messagingServiceSid: string | null;
  status: MessageStatus;
  numSegments: number;
  encoding: 'GSM-7' | 'UCS-2';
  errorCode: number | null;
  statusCallback: string | null;
  dateCreated: Date;
  dateUpdated: Date;
  dateSent: Date | null;
  callbacks: CallbackAttempt[];
}

/** Where a Conversations message came from, as Twilio reports it in the webhook's Source parameter. */
export type ConversationSource = 'API' | 'SMS';

/** The result of one webhook the stand-in sent to the bot. */
export interface WebhookDelivery {
  url: string;
  httpStatus: number | null;
  error: string | null;
}

/** One message in a Twilio Conversation. */
export interface ConversationMessage {
  sid: string;
  accountSid: string;
  chatServiceSid: string;
  conversationSid: string;
  index: number;
  author: string;
  body: string;
  attributes: string;
  participantSid: string | null;
  source: ConversationSource;
  dateCreated: Date;
  /** Every onMessageAdded webhook sent for this message (a resend adds one). */
  webhooks: WebhookDelivery[];
}

/** Filters for messages(); all given fields must match. */
export interface MessageFilter {
  to?: string;
  from?: string;
  direction?: 'inbound' | 'outbound';
}
