import type { ConversationMessage, RecordedMessage } from './types';

/**
 * Twilio's wire shapes (snake_case JSON), built from the stand-in's records. The `twilio` library maps these
 * field by field (see MessageInstance in node_modules/twilio/lib/rest/api/v2010/account/message.js), so the
 * names, the string-typed counters and the date formats must match what Twilio sends.
 */

export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
  detail?: string;
}

export function twilioError(status: number, code: number, message: string, detail?: string): TwilioErrorBody {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status, ...(detail ? { detail } : {}) };
}

/** RFC 2822 with a numeric zone, e.g. "Thu, 30 Jul 2015 20:12:31 +0000", which the library parses. */
export function rfc2822(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/** ISO 8601 without milliseconds, e.g. "2015-12-16T22:18:37Z", as the v1 APIs send it. */
export function iso8601(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function messageUri(accountSid: string, sid: string): string {
  return `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`;
}

export function messageJson(message: RecordedMessage, options: { hideSegments?: boolean } = {}): Record<string, unknown> {
  const uri = messageUri(message.accountSid, message.sid);
  return {
    account_sid: message.accountSid,
    api_version: '2010-04-01',
    body: message.body,
    date_created: rfc2822(message.dateCreated),
    date_sent: message.dateSent ? rfc2822(message.dateSent) : null,
    date_updated: rfc2822(message.dateUpdated),
    direction: message.direction,
    error_code: message.errorCode,
    error_message: null,
    from: message.from,
    messaging_service_sid: message.messagingServiceSid,
    num_media: '0',
    // Twilio answers a Messaging Service send with num_segments "0": the sender (and so the encoding) is
    // not chosen yet. A fetch later shows the real count.
    num_segments: options.hideSegments ? '0' : String(message.numSegments),
    price: null,
    price_unit: 'USD',
    sid: message.sid,
    status: message.status,
    subresource_uris: {
      media: uri.replace(/\.json$/, '/Media.json'),
      feedback: uri.replace(/\.json$/, '/Feedback.json'),
    },
    to: message.to,
    uri,
  };
}

export function conversationMessageJson(message: ConversationMessage): Record<string, unknown> {
  const url = `https://conversations.twilio.com/v1/Conversations/${message.conversationSid}/Messages/${message.sid}`;
  return {
    account_sid: message.accountSid,
    conversation_sid: message.conversationSid,
    sid: message.sid,
    index: message.index,
    author: message.author,
    body: message.body,
    media: null,
    attributes: message.attributes,
    participant_sid: message.participantSid,
    date_created: iso8601(message.dateCreated),
    date_updated: iso8601(message.dateCreated),
    delivery: null,
    content_sid: null,
    url,
    links: { delivery_receipts: `${url}/Receipts`, channel_metadata: `${url}/ChannelMetadata` },
  };
}
