import restify from 'restify';
import { z } from 'zod';
import type { Logger } from '../../logging';
import type { Store } from '../../store/types';
import type { Clock } from '../../clock';
import { hasCrisisTier } from './sms-route';
import { signedTwilioForm, twilioFormParser, type TwilioWebhookConfig } from './signed-form';

const StatusParams = z
  .object({
    MessageSid: z.string().regex(/^(SM|MM)[0-9a-zA-Z]{32}$/),
    MessageStatus: z.string().min(1).max(32),
    ErrorCode: z.string().max(16).optional(),
  })
  .loose();

const NOT_DELIVERED = new Set(['undelivered', 'failed']);

/**
 * POST /api/twilio/status?m=<our message id>: Twilio's delivery reports (signed). Each is recorded; a crisis
 * reply that was not delivered pages on-call ("candidate may not have received 988 information"), once per
 * provider message, through the job outbox.
 */
export function mountTwilioStatus(
  server: restify.Server,
  deps: { store: Store; clock: Clock; config: TwilioWebhookConfig; logger: Logger; onJobsWritten?: () => void },
): void {
  const { config, store, logger } = deps;
  server.post(
    '/api/twilio/status',
    twilioFormParser(config),
    async (req: restify.Request, res: restify.Response) => {
      const params = signedTwilioForm(req, res, config, logger, 'status');
      if (!params) return;
      const parsed = StatusParams.safeParse(params);
      const messageId = Number((req.query as Record<string, unknown> | undefined)?.m);
      if (!parsed.success) {
        res.send(400, { error: 'malformed status callback' });
        return;
      }

      const at = deps.clock.now().toISOString();
      const message = Number.isInteger(messageId) && messageId > 0 ? await store.getMessage(messageId) : undefined;
      await store.recordDelivery({ providerId: parsed.data.MessageSid, messageId: message?.id ?? null, status: parsed.data.MessageStatus, errorCode: parsed.data.ErrorCode ?? null, at });
      if (NOT_DELIVERED.has(parsed.data.MessageStatus) && message && (message.payload as { page?: boolean } | null)?.page) {
        // A page that never reached the clinician's phone: someone must know (the policy still escalates on its timeout).
        await store.raiseAlarm('page.undelivered', { messageId: message.id, status: parsed.data.MessageStatus, errorCode: parsed.data.ErrorCode ?? null }, at);
        logger.error('page.undelivered', {});
      }
      if (NOT_DELIVERED.has(parsed.data.MessageStatus) && message && hasCrisisTier(message.payload) && message.conversationId) {
        const tier = (message.payload as { crisisTier: string }).crisisTier;
        logger.error('sms.crisis-reply-undelivered', { conversation: logger.hashId(message.conversationId), tier });
        await store.enqueueJobs(
          [
            {
              kind: 'escalation.page',
              runAt: at,
              idempotencyKey: `${parsed.data.MessageSid}:undelivered`,
              payload: { conversationId: message.conversationId, tier, source: 'delivery', reason: 'candidate may not have received 988 information' },
            },
          ],
          at,
        );
        deps.onJobsWritten?.();
      }
      res.send(204);
    },
  );
}
