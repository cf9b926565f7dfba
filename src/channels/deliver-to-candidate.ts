import type { ConversationRecord, Store } from '../store/types';
import type { Clock } from '../clock';
import type { SmsSender } from './sms/sms-sender';
import type { TwilioClient } from './twilio/client';
import { SMS_CHANNEL } from './sms/sms-channel';
import { CONVERSATIONS_CHANNEL } from './twilio/conversations-route';
import { WEB_CHANNEL } from './web/bot/intake-bot';
import type { WebProactiveSender } from './web/bot/proactive';
import type { Locale } from '../../dialogs/locale';

export type Delivery = 'sent' | 'opted-out' | 'stored-only';

/**
 * Sends something to a candidate outside a reply (a clinician's words, the message after a case is released)
 * on the channel they use. SMS, Twilio Conversations and the web widget (Bot Framework proactive messages) are
 * sent now; the terminal keeps the message in the store for the transcript.
 */
export function candidateDelivery(deps: { store: Store; clock: Clock; sms: SmsSender; twilio: TwilioClient; author: string; web?: WebProactiveSender }) {
  return async (conversation: ConversationRecord, body: string, idempotencyKey: string, payload: unknown): Promise<Delivery> => {
    if (conversation.channel === SMS_CHANNEL) {
      const result = await deps.sms.send({ to: conversation.participant, body, conversationId: conversation.id, payload, idempotencyKey });
      return result === 'opted-out' ? 'opted-out' : 'sent';
    }
    const stored = await deps.store.recordProactive({ conversationId: conversation.id, channel: conversation.channel, body, payload, idempotencyKey, at: deps.clock.now().toISOString() });
    if (conversation.channel === CONVERSATIONS_CHANNEL && !stored.alreadySent) {
      const sent = await deps.twilio.conversations.v1.conversations(conversation.participant).messages.create({ author: deps.author, body });
      await deps.store.recordDelivery({ providerId: sent.sid, messageId: stored.id, status: 'sent', errorCode: null, at: deps.clock.now().toISOString() });
      return 'sent';
    }
    if (conversation.channel === WEB_CHANNEL && deps.web && !stored.alreadySent) {
      // The message's own id names it, so a retried relay is shown to the visitor once.
      const sent = await deps.web(conversation.participant, body, conversation.locale as Locale, `proactive:${stored.id}`);
      if (!sent) return 'stored-only';
      await deps.store.recordDelivery({ providerId: `web:${stored.id}`, messageId: stored.id, status: 'sent', errorCode: null, at: deps.clock.now().toISOString() });
      return 'sent';
    }
    return 'stored-only';
  };
}
