import type { Context } from './context';
import { countSegments } from './segments';
import { newSid } from './sids';
import type { MessageDirection, MessageStatus, RecordedMessage } from './types';

/** Creates and records one message; REST sends, TwiML replies and inbound texts all go through here. */
export interface NewMessage {
  direction: MessageDirection;
  from: string | null;
  to: string;
  body: string;
  status: MessageStatus;
  messagingServiceSid?: string | null;
  statusCallback?: string | null;
  errorCode?: number | null;
}

export function recordMessage(context: Context, fields: NewMessage): RecordedMessage {
  const now = new Date();
  const { encoding, segments } = countSegments(fields.body);
  const message: RecordedMessage = {
    sid: newSid('SM'),
    accountSid: context.options.accountSid,
    direction: fields.direction,
    from: fields.from,
    to: fields.to,
    body: fields.body,
    messagingServiceSid: fields.messagingServiceSid ?? null,
    status: fields.status,
    numSegments: segments,
    encoding,
    errorCode: fields.errorCode ?? null,
    statusCallback: fields.statusCallback ?? null,
    dateCreated: now,
    dateUpdated: now,
    dateSent: fields.direction === 'inbound' ? now : null,
    callbacks: [],
  };
  context.store.addMessage(message);
  return message;
}

/** E.164, optionally behind a channel prefix such as "whatsapp:". Twilio would also accept national formats. */
export const PHONE_NUMBER = /^(?:[a-z]+:)?\+[1-9]\d{6,14}$/;
