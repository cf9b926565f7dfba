import type { Context } from './context';
import { addConversationMessage, deliverOnMessageAdded, signOnMessageAdded } from './conversations';
import { HttpError, parseForm, readBody, requireBasicAuth, responseDone, sendJson } from './http';
import type { Route, RouteRequest } from './router';
import { conversationMessageJson, twilioError } from './twilio-json';

/**
 * The Conversations REST subset (conversations.twilio.com/v1): add a message to a conversation and list a
 * conversation's messages, on the default service (/v1/Conversations/...) or a named one
 * (/v1/Services/IS.../Conversations/...). A conversation must already exist: one starts when a phone texts
 * in (POST /_local/conversations), so a bot that writes to a made-up SID gets Twilio's 404.
 */

const CONVERSATION = '/v1/(?:Services/[^/]+/)?Conversations/([^/]+)';

export function conversationsRoutes(context: Context): Route[] {
  return [
    { method: 'POST', pattern: new RegExp(`^${CONVERSATION}/Messages$`), handler: (r) => createMessage(context, r) },
    { method: 'GET', pattern: new RegExp(`^${CONVERSATION}/Messages$`), handler: (r) => listMessages(context, r) },
  ];
}

function existingConversation(context: Context, { req, params, path }: RouteRequest): string {
  requireBasicAuth(req, context.options.accountSid, context.options.authToken);
  const sid = params[0] ?? '';
  if (!context.store.hasConversation(sid)) {
    throw new HttpError(404, twilioError(404, 20404, `The requested resource ${path} was not found`));
  }
  return sid;
}

async function createMessage(context: Context, request: RouteRequest): Promise<void> {
  const conversationSid = existingConversation(context, request);
  const form = parseForm(await readBody(request.req));
  const message = addConversationMessage(context, {
    conversationSid,
    author: form.get('Author') || 'system',
    body: form.get('Body') ?? '',
    attributes: form.get('Attributes') || '{}',
    source: 'API',
  });
  // Twilio fires post-event webhooks for REST-created messages only on request (X-Twilio-Webhook-Enabled);
  // by default the stand-in always fires it, the harder case for echo-loop protection.
  const enabled = String(request.req.headers['x-twilio-webhook-enabled'] ?? '').toLowerCase() === 'true';
  if (context.options.conversationsApiWebhooks === 'always' || enabled) {
    const signed = signOnMessageAdded(context, message);
    context.store.rememberWebhook(message.sid, signed);
    context.outbox.schedule(async () => {
      await deliverOnMessageAdded(context, message, signed);
    }, responseDone(request.res));
  }
  sendJson(request.res, 201, conversationMessageJson(message));
}

async function listMessages(context: Context, request: RouteRequest): Promise<void> {
  const conversationSid = existingConversation(context, request);
  const { query } = request;
  const order = query.get('Order') === 'desc' ? 'desc' : 'asc';
  const pageSize = Math.min(Math.max(Math.floor(Number(query.get('PageSize') ?? 50)) || 50, 1), 100);
  const page = Math.max(Math.floor(Number(query.get('Page') ?? 0)) || 0, 0);
  const all = context.store.conversationMessages(conversationSid);
  const ordered = order === 'desc' ? [...all].reverse() : all;
  const records = ordered.slice(page * pageSize, (page + 1) * pageSize);
  // v1 APIs page with absolute URLs in `meta`; the library follows next_page_url until it is null.
  const pageUrl = (n: number): string =>
    `https://conversations.twilio.com/v1/Conversations/${conversationSid}/Messages?Order=${order}&PageSize=${pageSize}&Page=${n}`;
  sendJson(request.res, 200, {
    messages: records.map(conversationMessageJson),
    meta: {
      page,
      page_size: pageSize,
      first_page_url: pageUrl(0),
      previous_page_url: page > 0 ? pageUrl(page - 1) : null,
      url: pageUrl(page),
      next_page_url: (page + 1) * pageSize < ordered.length ? pageUrl(page + 1) : null,
      key: 'messages',
    },
  });
}
