import { z } from 'zod';
import type { Context } from './context';
import { DEFAULT_ERROR_CODE } from './store';
import { resendConversationMessage, simulateConversationMessage } from './conversations';
import { HttpError, readJson, sendJson } from './http';
import { InboundSmsInputError, resendInboundSms, simulateInboundSms } from './inbound-sms';
import type { Route, RouteRequest } from './router';

/**
 * The stand-in's own JSON API under /_local: what a phone does (text the bot), what a test or the page needs
 * to see (recorded messages) and to arrange (failures, reset). Plain JSON, no Twilio shapes, no auth: it
 * listens on loopback only.
 */

const phone = z.string().min(1).max(64);
const smsInput = z.object({ from: phone, to: phone.optional(), body: z.string().max(10_000) });
const resendInput = z.object({ messageSid: z.string().min(1).max(64) });
const conversationInput = z.object({ conversationSid: z.string().min(1).max(64).optional(), author: z.string().min(1).max(256), body: z.string().max(10_000) });
const failInput = z.object({
  to: phone,
  /** 'delivered' lifts the failure arranged for the number. */
  status: z.enum(['undelivered', 'failed', 'delivered']),
  errorCode: z.number().int().min(10000).max(99999).optional(),
});
const webhooksInput = z.object({ sms: z.url().optional(), conversations: z.url().optional() });

export function adminRoutes(context: Context): Route[] {
  const { store, outbox } = context;
  return [
    {
      method: 'GET',
      pattern: /^\/_local\/messages$/,
      handler: async ({ res, query }) => {
        const direction = query.get('direction');
        const messages = store.messages({
          to: query.get('to') ?? undefined,
          from: query.get('from') ?? undefined,
          direction: direction === 'inbound' || direction === 'outbound' ? direction : undefined,
        });
        sendJson(res, 200, { messages });
      },
    },
    {
      method: 'GET',
      pattern: /^\/_local\/conversations\/messages$/,
      handler: async ({ res, query }) => sendJson(res, 200, { messages: store.conversationMessages(query.get('conversationSid') ?? undefined) }),
    },
    {
      method: 'GET',
      pattern: /^\/_local\/config$/,
      // Everything the page and an out-of-process test need; never the auth token.
      handler: async ({ res }) =>
        sendJson(res, 200, {
          accountSid: context.options.accountSid,
          phoneNumber: context.options.phoneNumber,
          smsWebhookUrl: context.webhookUrls.sms,
          conversationsWebhookUrl: context.webhookUrls.conversations,
        }),
    },
    {
      method: 'POST',
      pattern: /^\/_local\/sms$/,
      handler: async (r) => {
        const input = await body(r, smsInput);
        try {
          sendJson(r.res, 200, await simulateInboundSms(context, input));
        } catch (error) {
          if (error instanceof InboundSmsInputError) throw new HttpError(400, { error: error.message });
          throw error;
        }
      },
    },
    {
      method: 'POST',
      pattern: /^\/_local\/sms\/resend$/,
      handler: async (r) => {
        const { messageSid } = await body(r, resendInput);
        sendJson(r.res, 200, orNotFound(await resendInboundSms(context, messageSid), messageSid));
      },
    },
    {
      method: 'POST',
      pattern: /^\/_local\/conversations$/,
      handler: async (r) => sendJson(r.res, 200, await simulateConversationMessage(context, await body(r, conversationInput))),
    },
    {
      method: 'POST',
      pattern: /^\/_local\/conversations\/resend$/,
      handler: async (r) => {
        const { messageSid } = await body(r, resendInput);
        sendJson(r.res, 200, orNotFound(await resendConversationMessage(context, messageSid), messageSid));
      },
    },
    {
      method: 'POST',
      pattern: /^\/_local\/fail$/,
      handler: async (r) => {
        const input = await body(r, failInput);
        const rule = input.status === 'delivered' ? null : { status: input.status, errorCode: input.errorCode ?? DEFAULT_ERROR_CODE[input.status] };
        store.setFailure(input.to, rule);
        sendJson(r.res, 200, { to: input.to, failure: rule });
      },
    },
    {
      method: 'POST',
      pattern: /^\/_local\/webhooks$/,
      handler: async (r) => {
        const input = await body(r, webhooksInput);
        if (input.sms) context.webhookUrls.sms = input.sms;
        if (input.conversations) context.webhookUrls.conversations = input.conversations;
        sendJson(r.res, 200, context.webhookUrls);
      },
    },
    {
      method: 'POST',
      pattern: /^\/_local\/settle$/,
      handler: async ({ res }) => {
        await outbox.settle();
        sendJson(res, 200, { settled: true });
      },
    },
    {
      method: 'POST',
      pattern: /^\/_local\/reset$/,
      handler: async ({ res }) => {
        outbox.reset();
        store.reset();
        sendJson(res, 200, { reset: true });
      },
    },
  ];
}

async function body<T>(request: RouteRequest, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJson(request.req));
  if (!parsed.success) throw new HttpError(400, { error: z.prettifyError(parsed.error) });
  return parsed.data;
}

function orNotFound<T>(value: T | null, messageSid: string): T {
  if (value === null) throw new HttpError(404, { error: `no simulated inbound message ${messageSid}` });
  return value;
}
