import type { Context } from './context';
import { scheduleDelivery } from './delivery';
import { HttpError, parseForm, readBody, requireBasicAuth, responseDone, sendJson } from './http';
import { PHONE_NUMBER, recordMessage } from './outbound';
import type { Route, RouteRequest } from './router';
import { messageJson, twilioError } from './twilio-json';
import type { RecordedMessage } from './types';

/**
 * The Programmable Messaging subset the `twilio` library calls (api.twilio.com, API version 2010-04-01):
 * create a message, list messages, fetch one. Validation failures use Twilio's error codes so that the
 * library throws the same RestException the product will meet in production.
 */

const ACCOUNT = '/2010-04-01/Accounts/([^/]+)';
/** Twilio's limit on a message body (it splits into at most 10 segments). */
const MAX_BODY_CHARACTERS = 1600;

export function messagingRoutes(context: Context): Route[] {
  return [
    { method: 'POST', pattern: new RegExp(`^${ACCOUNT}/Messages\\.json$`), handler: (r) => createMessage(context, r) },
    { method: 'GET', pattern: new RegExp(`^${ACCOUNT}/Messages\\.json$`), handler: (r) => listMessages(context, r) },
    { method: 'GET', pattern: new RegExp(`^${ACCOUNT}/Messages/([^/]+)\\.json$`), handler: (r) => fetchMessage(context, r) },
  ];
}

/** Authenticates, then checks the account in the path is the one the credentials belong to. */
function authorize(context: Context, { req, params, path }: RouteRequest): void {
  requireBasicAuth(req, context.options.accountSid, context.options.authToken);
  if (params[0] !== context.options.accountSid) throw notFound(path);
}

function notFound(path: string): HttpError {
  return new HttpError(404, twilioError(404, 20404, `The requested resource ${path} was not found`));
}

function invalid(code: number, message: string): HttpError {
  return new HttpError(400, twilioError(400, code, message));
}

async function createMessage(context: Context, request: RouteRequest): Promise<void> {
  authorize(context, request);
  const form = parseForm(await readBody(request.req));
  const to = form.get('To') ?? '';
  const from = form.get('From') || null;
  const messagingServiceSid = form.get('MessagingServiceSid') || null;
  const body = form.get('Body') ?? '';
  const hasContent = body !== '' || form.has('MediaUrl') || form.has('ContentSid');
  const { options, store } = context;

  if (!to) throw invalid(21604, "A 'To' phone number is required.");
  if (!from && !messagingServiceSid) throw invalid(21603, "A 'From' phone number is required.");
  if (!hasContent) throw invalid(21602, 'Message body is required.');
  if (Array.from(body).length > MAX_BODY_CHARACTERS) throw invalid(21617, 'The concatenated message body exceeds the 1600 character limit.');
  if (!PHONE_NUMBER.test(to)) throw invalid(21211, `The 'To' number ${to} is not a valid phone number.`);
  if (from && options.senderNumbers && !options.senderNumbers.includes(from)) {
    throw invalid(21606, `The From phone number ${from} is not a valid, SMS-capable inbound phone number or short code for your account.`);
  }
  if (options.carrierOptOut && store.isOptedOut(to, from ?? options.phoneNumber)) {
    throw invalid(21610, 'Attempt to send to unsubscribed recipient');
  }

  const message = recordMessage(context, {
    direction: 'outbound-api',
    from,
    to,
    body,
    // A Messaging Service send without a From is 'accepted' until Twilio picks the sender.
    status: from ? 'queued' : 'accepted',
    messagingServiceSid,
    statusCallback: form.get('StatusCallback') || null,
  });
  scheduleDelivery(context, message, responseDone(request.res));
  sendJson(request.res, 201, messageJson(message, { hideSegments: from === null }));
}

async function fetchMessage(context: Context, request: RouteRequest): Promise<void> {
  authorize(context, request);
  const message = context.store.message(request.params[1] ?? '');
  if (!message) throw notFound(request.path);
  sendJson(request.res, 200, messageJson(message));
}

async function listMessages(context: Context, request: RouteRequest): Promise<void> {
  authorize(context, request);
  const { query, path } = request;
  const pageSize = clamp(Number(query.get('PageSize') ?? 50), 1, 1000);
  const page = Math.max(0, Math.floor(Number(query.get('Page') ?? 0)) || 0);
  const matching = context.store
    .messages({ to: query.get('To') ?? undefined, from: query.get('From') ?? undefined })
    .filter((m) => sentOn(m, query))
    .reverse(); // newest first, as Twilio lists them
  const start = page * pageSize;
  const records = matching.slice(start, start + pageSize);

  const pageUri = (n: number): string => {
    const params = new URLSearchParams(query);
    params.set('PageSize', String(pageSize));
    params.set('Page', String(n));
    params.delete('PageToken');
    return `${path}?${params.toString()}`;
  };
  sendJson(request.res, 200, {
    end: start + Math.max(records.length - 1, 0),
    first_page_uri: pageUri(0),
    next_page_uri: start + pageSize < matching.length ? pageUri(page + 1) : null,
    page,
    page_size: pageSize,
    previous_page_uri: page > 0 ? pageUri(page - 1) : null,
    messages: records.map((m) => messageJson(m)),
    start,
    uri: pageUri(page),
  });
}

/** DateSent (that UTC day), DateSent< (on or before) and DateSent> (on or after), as Twilio filters. */
function sentOn(message: RecordedMessage, query: URLSearchParams): boolean {
  const sent = message.dateSent;
  const exact = query.get('DateSent');
  const before = query.get('DateSent<');
  const after = query.get('DateSent>');
  if (exact === null && before === null && after === null) return true;
  if (!sent) return false;
  if (exact !== null && sent.toISOString().slice(0, 10) !== exact.slice(0, 10)) return false;
  if (before !== null && sent.getTime() > endOf(before)) return false;
  if (after !== null && sent.getTime() < Date.parse(after)) return false;
  return true;
}

/** A date alone means the whole day; a date-time means that instant. */
function endOf(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(value) + 86_399_999 : Date.parse(value);
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : min;
}
