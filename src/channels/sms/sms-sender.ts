import type { Store } from '../../store/types';
import type { Clock } from '../../clock';
import type { TwilioClient } from '../twilio/client';
import { splitForSms } from './split';
import { SMS_CHANNEL } from './sms-channel';

export type SendResult = 'sent' | 'opted-out' | 'already-sent';

/**
 * Texts someone on the service's own initiative (reminders; pages use the same path) through Twilio's
 * Messages API. The opt-out list is checked first, every time. The message is stored under its idempotency
 * key before sending and its delivery recorded after, so a retried job does not text twice.
 */
export class SmsSender {
  constructor(
    private readonly deps: {
      client: TwilioClient;
      store: Store;
      clock: Clock;
      sender: { from?: string; messagingServiceSid?: string };
      statusCallbackUrl: string;
    },
  ) {}

  async send(args: { to: string; body: string; conversationId: string | null; payload: unknown; idempotencyKey: string }): Promise<SendResult> {
    const { store, clock, client, sender } = this.deps;
    if (await store.isOptedOut(SMS_CHANNEL, args.to)) return 'opted-out';
    const at = clock.now().toISOString();
    const stored = await store.recordProactive({ conversationId: args.conversationId, channel: SMS_CHANNEL, body: args.body, payload: args.payload, idempotencyKey: args.idempotencyKey, at });
    if (stored.alreadySent) return 'already-sent';
    for (const body of splitForSms(args.body)) {
      const sent = await client.messages.create({
        to: args.to,
        body,
        ...(sender.messagingServiceSid ? { messagingServiceSid: sender.messagingServiceSid } : { from: sender.from }),
        statusCallback: `${this.deps.statusCallbackUrl}?m=${stored.id}`,
      });
      await store.recordDelivery({ providerId: sent.sid, messageId: stored.id, status: sent.status, errorCode: null, at: clock.now().toISOString() });
    }
    return 'sent';
  }
}
