import restify from 'restify';
import { z } from 'zod';
import type { Logger } from '../../logging';
import { describeError } from '../../logging';
import type { IntakeEngine } from '../../engine/intake-engine';
import type { MessageRecord, Store } from '../../store/types';
import type { Clock } from '../../clock';
import type { JobHandler } from '../../jobs/job-worker';
import type { TwilioClient } from './client';
import { signedTwilioForm, twilioFormParser, type TwilioWebhookConfig } from './signed-form';

export const CONVERSATIONS_CHANNEL = 'twilio-conversations';
export const CONVERSATIONS_DELIVER_JOB = 'conversations.deliver';
/** How long the outbox leaves the webhook to post the replies itself before it posts what is left. */
export const CONVERSATIONS_DELIVERY_GRACE_MS = 30_000;

const MessageAdded = z
  .object({
    EventType: z.literal('onMessageAdded'),
    ConversationSid: z.string().regex(/^CH[0-9a-fA-F]{32}$/),
    MessageSid: z.string().regex(/^IM[0-9a-fA-F]{32}$/),
    Author: z.string().max(256).default(''),
    Body: z.string().max(20_000).default(''),
    Attributes: z.string().max(16_384).default('{}'),
  })
  .loose();

/**
 * Messages the website widget sends through Conversations (data-transport="twilio") say so in their attributes;
 * they get the web style (answer choices as buttons, 988 links), and the widget's language.
 */
function widgetMessage(attributes: string): { style: 'web'; locale?: 'en' | 'es' } | undefined {
  try {
    const parsed = JSON.parse(attributes) as { source?: unknown; locale?: unknown };
    if (parsed?.source !== 'intake-widget') return undefined;
    return { style: 'web', ...(parsed.locale === 'en' || parsed.locale === 'es' ? { locale: parsed.locale } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * POST /api/twilio/conversations: the Conversations post-event webhook (signed like every Twilio webhook).
 * Each `onMessageAdded` from a person goes through the same engine (triage first); the bot's replies are
 * posted into the conversation with the Conversations REST API at once. A delivery job is written BEFORE the
 * turn, due a little later: if the process dies between the commit and the post, or the post fails, the
 * outbox posts whatever is still undelivered (a crisis reply included). The bot's own messages come back as
 * webhooks too: they are recognised by author and ignored, so there is no echo loop.
 */
export function mountTwilioConversations(
  server: restify.Server,
  deps: { engine: IntakeEngine; store: Store; clock: Clock; client: TwilioClient; botIdentity: string; config: TwilioWebhookConfig; logger: Logger },
): void {
  const { config, logger } = deps;
  server.post(
    '/api/twilio/conversations',
    twilioFormParser(config),
    async (req: restify.Request, res: restify.Response) => {
      const params = signedTwilioForm(req, res, config, logger, 'conversations');
      if (!params) return;
      // Other events (participant added, conversation state) are acknowledged and not acted on.
      if (params.EventType !== 'onMessageAdded') {
        res.send(200, { ignored: params.EventType ?? 'no EventType' });
        return;
      }
      const parsed = MessageAdded.safeParse(params);
      if (!parsed.success) {
        res.send(400, { error: `malformed webhook: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}` });
        return;
      }
      const event = parsed.data;
      if (event.Author === deps.botIdentity) {
        res.send(200, { ignored: 'own message' });
        return;
      }
      try {
        const now = deps.clock.now();
        await deps.store.enqueueJobs(
          [
            {
              kind: CONVERSATIONS_DELIVER_JOB,
              runAt: new Date(now.getTime() + CONVERSATIONS_DELIVERY_GRACE_MS).toISOString(),
              idempotencyKey: `conversations-in:${event.MessageSid}`,
              payload: { conversationSid: event.ConversationSid, inboundSid: event.MessageSid },
            },
          ],
          now.toISOString(),
        );
        const widget = widgetMessage(event.Attributes);
        await deps.engine.handleInbound({
          channel: CONVERSATIONS_CHANNEL,
          style: widget?.style ?? 'sms',
          ...(widget?.locale ? { locale: widget.locale } : {}),
          participant: event.ConversationSid,
          externalId: event.MessageSid,
          text: event.Body,
        });
        const stored = await deps.store.findInbound(CONVERSATIONS_CHANNEL, event.MessageSid);
        await deliverAll(deps, event.ConversationSid, stored?.replies ?? []);
        res.send(200, { ok: true });
      } catch (error) {
        logger.error('conversations.failed', { error: describeError(error) });
        res.send(500, { error: 'could not process the message' });
      }
    },
  );
}

type DeliverDeps = { store: Store; clock: Clock; client: TwilioClient; botIdentity: string; logger: Logger };

/** Posts each reply not yet delivered, in order; on a failure the rest wait for the job written before the turn. */
async function deliverAll(deps: DeliverDeps, conversationSid: string, replies: readonly MessageRecord[]): Promise<void> {
  try {
    for (const reply of replies) await deliverOne(deps, conversationSid, reply);
  } catch (error) {
    deps.logger.warn('conversations.deliver-retry', { error: describeError(error) });
  }
}

async function deliverOne(deps: DeliverDeps, conversationSid: string, reply: MessageRecord): Promise<void> {
  if (await deps.store.isDelivered(reply.id)) return;
  // The reply's extras (answer choices, crisis tier) ride along as message attributes for the website widget;
  // SMS participants never see attributes.
  // With them goes the conversation's language, so the widget's 988 banner follows a switch of language.
  const extras = (reply.payload ?? {}) as { choices?: string[]; crisisTier?: string };
  const hasExtras = Boolean(extras.choices || extras.crisisTier);
  const locale = hasExtras && reply.conversationId ? (await deps.store.getConversation(reply.conversationId))?.locale : undefined;
  const attributes = JSON.stringify({
    ...(extras.choices ? { choices: extras.choices } : {}),
    ...(extras.crisisTier ? { crisis: { tier: extras.crisisTier } } : {}),
    ...(locale ? { locale } : {}),
  });
  const sent = await deps.client.conversations.v1.conversations(conversationSid).messages.create({ author: deps.botIdentity, body: reply.body, ...(attributes !== '{}' ? { attributes } : {}) });
  await deps.store.recordDelivery({ providerId: sent.sid, messageId: reply.id, status: 'sent', errorCode: null, at: deps.clock.now().toISOString() });
}

/**
 * The outbox handler: posts the replies to one inbound message that are still undelivered. A throw leaves the
 * job to the worker's backoff. When the turn never committed (the process died first) there is nothing to post,
 * and Twilio's retry of the webhook, if any, makes a new turn.
 */
export function conversationsDeliverHandler(deps: DeliverDeps): JobHandler {
  return async (job) => {
    const { conversationSid, inboundSid } = job.payload as { conversationSid: string; inboundSid: string };
    const stored = await deps.store.findInbound(CONVERSATIONS_CHANNEL, inboundSid);
    for (const reply of stored?.replies ?? []) await deliverOne(deps, conversationSid, reply);
  };
}
