import { CARRIER_REPLIES, carrierKeyword } from './carrier-opt-out';
import type { Context } from './context';
import { scheduleDelivery } from './delivery';
import { PHONE_NUMBER, recordMessage } from './outbound';
import { parseMessagingTwiml, TwimlError, type TwimlReply } from './twiml';
import type { RecordedMessage } from './types';
import { signRequest, type SignedRequest } from './webhook-client';

/**
 * What a phone texting the Twilio number causes: Twilio records the inbound message, posts a signed webhook
 * to the number's URL, reads the TwiML the bot answers with and sends each <Message> in it. The result tells
 * a test (or the page) what the bot answered and what went wrong, in Twilio's terms.
 */

export interface InboundSmsInput {
  from: string;
  /** The Twilio number texted; the stand-in's number when omitted. */
  to?: string;
  body: string;
}

export interface InboundSmsResult {
  messageSid: string;
  /** The bot's HTTP status, or null when it could not be reached. */
  status: number | null;
  /** Bodies of the messages sent back to the texting phone, in order. */
  replies: string[];
  /** Every message the response caused (replies and messages to other numbers via <Message to>). */
  messages: RecordedMessage[];
  /** Twilio's error for this webhook (11200 HTTP retrieval failure, 12100 parse failure, ...), or null. */
  error: { code: number; message: string } | null;
  warnings: string[];
}

export class InboundSmsInputError extends Error {}

export async function simulateInboundSms(context: Context, input: InboundSmsInput): Promise<InboundSmsResult> {
  const to = input.to ?? context.options.phoneNumber;
  if (!PHONE_NUMBER.test(input.from)) throw new InboundSmsInputError(`'from' must be an E.164 number, not ${JSON.stringify(input.from)}`);
  if (!PHONE_NUMBER.test(to)) throw new InboundSmsInputError(`'to' must be an E.164 number, not ${JSON.stringify(to)}`);

  const inbound = recordMessage(context, { direction: 'inbound', from: input.from, to, body: input.body, status: 'received' });
  const keyword = context.options.carrierOptOut ? carrierKeyword(input.body) : null;
  if (keyword) applyCarrierKeyword(context, inbound, keyword);

  const params: Record<string, string> = {
    ToCountry: geography(to).country,
    ToState: geography(to).state,
    SmsMessageSid: inbound.sid,
    NumMedia: '0',
    ToCity: geography(to).city,
    FromZip: geography(input.from).zip,
    SmsSid: inbound.sid,
    FromState: geography(input.from).state,
    SmsStatus: 'received',
    FromCity: geography(input.from).city,
    Body: input.body,
    FromCountry: geography(input.from).country,
    To: to,
    ToZip: geography(to).zip,
    NumSegments: String(inbound.numSegments),
    MessageSid: inbound.sid,
    AccountSid: context.options.accountSid,
    From: input.from,
    ApiVersion: '2010-04-01',
  };
  if (keyword) params.OptOutType = keyword;
  const request = signRequest(context.options.authToken, context.webhookUrls.sms, params);
  context.store.rememberWebhook(inbound.sid, request);
  return deliverInboundWebhook(context, inbound, request);
}

/** Sends the very same signed webhook again (same MessageSid, same idempotency token), as a retry would. */
export async function resendInboundSms(context: Context, messageSid: string): Promise<InboundSmsResult | null> {
  const inbound = context.store.message(messageSid);
  const request = context.store.sentWebhook(messageSid);
  if (!inbound || !request) return null;
  return deliverInboundWebhook(context, inbound, request);
}

async function deliverInboundWebhook(context: Context, inbound: RecordedMessage, request: SignedRequest): Promise<InboundSmsResult> {
  const result: InboundSmsResult = { messageSid: inbound.sid, status: null, replies: [], messages: [], error: null, warnings: [] };
  let response;
  try {
    response = await context.webhooks.send(request);
  } catch (error) {
    result.error = { code: 11200, message: `HTTP retrieval failure: ${error instanceof Error ? error.message : String(error)}` };
    return result;
  }
  result.status = response.status;
  if (response.status < 200 || response.status >= 300) {
    result.error = { code: 11200, message: `HTTP retrieval failure: the webhook answered ${response.status}` };
    return result;
  }
  const body = response.body.trim();
  if (!body) return result; // an empty 2xx answer sends nothing, like an empty <Response/>
  const isXml = /xml/i.test(response.contentType ?? '') || body.startsWith('<');
  if (!isXml) {
    result.warnings.push(`12300 Invalid Content-Type: ${response.contentType ?? 'none'}; nothing was sent`);
    return result;
  }
  let replies: TwimlReply[];
  try {
    const twiml = parseMessagingTwiml(body);
    replies = twiml.replies;
    result.warnings.push(...twiml.warnings);
  } catch (error) {
    if (!(error instanceof TwimlError)) throw error;
    result.error = { code: error.code, message: error.message };
    return result;
  }
  for (const reply of replies) {
    const message = sendReply(context, inbound, reply, request.url);
    result.messages.push(message);
    if (message.to === inbound.from && message.status !== 'failed') result.replies.push(message.body);
  }
  return result;
}

/** One <Message>: from the number that was texted, to the phone that texted, unless the verb says otherwise. */
function sendReply(context: Context, inbound: RecordedMessage, reply: TwimlReply, webhookUrl: string): RecordedMessage {
  const from = reply.from ?? inbound.to;
  const to = reply.to ?? inbound.from ?? '';
  // A relative statusCallback is resolved against the webhook URL, as Twilio resolves TwiML URLs.
  const statusCallback = reply.statusCallback ? new URL(reply.statusCallback, webhookUrl).toString() : null;
  if (context.options.carrierOptOut && context.store.isOptedOut(to, from)) {
    return recordMessage(context, { direction: 'outbound-reply', from, to, body: reply.body, status: 'failed', errorCode: 21610, statusCallback });
  }
  const message = recordMessage(context, { direction: 'outbound-reply', from, to, body: reply.body, status: 'queued', statusCallback });
  scheduleDelivery(context, message, Promise.resolve());
  return message;
}

function applyCarrierKeyword(context: Context, inbound: RecordedMessage, keyword: 'STOP' | 'START' | 'HELP'): void {
  const phone = inbound.from ?? '';
  if (keyword === 'START') context.store.setOptedOut(phone, inbound.to, false);
  // Twilio sends its confirmation before blocking, so the STOP confirmation itself is delivered.
  const reply = recordMessage(context, { direction: 'outbound-reply', from: inbound.to, to: phone, body: CARRIER_REPLIES[keyword], status: 'queued' });
  scheduleDelivery(context, reply, Promise.resolve());
  if (keyword === 'STOP') context.store.setOptedOut(phone, inbound.to, true);
}

interface Geography {
  city: string;
  state: string;
  zip: string;
  country: string;
}

/**
 * Twilio adds the caller's geography when it knows it (empty strings otherwise). Fixed, plausible values by
 * country code are enough: the product must not rely on them.
 */
function geography(phone: string): Geography {
  const number = phone.replace(/^[a-z]+:/, '');
  if (number.startsWith('+1')) return { city: 'SAN FRANCISCO', state: 'CA', zip: '94105', country: 'US' };
  if (number.startsWith('+34')) return { city: '', state: '', zip: '', country: 'ES' };
  if (number.startsWith('+52')) return { city: '', state: '', zip: '', country: 'MX' };
  return { city: '', state: '', zip: '', country: '' };
}
