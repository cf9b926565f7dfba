/**
 * How a stand-in is configured. Every field has a default that works on one machine with the bot on its
 * default port, so `startTwilioLocal()` with no arguments is a usable development setup.
 */
export interface TwilioLocalOptions {
  /** 0 (the default) picks a free port, which is what tests want. */
  port?: number;
  /** Loopback by default: the admin routes have no authentication and must not be reachable from outside. */
  host?: string;
  accountSid?: string;
  authToken?: string;
  /** Where inbound SMS webhooks go (the number's "A message comes in" URL on Twilio). */
  smsWebhookUrl?: string;
  /** Where Conversations post-event webhooks go. */
  conversationsWebhookUrl?: string;
  /** The Twilio number candidates text, used when a simulated phone does not say which number it texts. */
  phoneNumber?: string;
  /**
   * The numbers this account may send from. When given, a REST send from any other number fails with
   * 21606 as on Twilio; when omitted, any From is accepted.
   */
  senderNumbers?: string[];
  /** Pause between delivery steps, so a person watching the page sees "sent" before "delivered". */
  deliveryDelayMs?: number;
  /** How long a webhook or callback may take before the stand-in gives up (Twilio: 15 s). */
  webhookTimeoutMs?: number;
  /**
   * Simulate Twilio's default opt-out handling: STOP words are answered by Twilio itself and block later
   * messages to that phone from that number (REST error 21610), START words lift the block. Off by default
   * so the product's own keyword handling can be tested alone.
   */
  carrierOptOut?: boolean;
  /**
   * Whether a message created through the Conversations REST API fires onMessageAdded. Twilio fires it only
   * when the request carries `X-Twilio-Webhook-Enabled: true` ('when-enabled'); 'always' (the default) is the
   * stricter test that the bot ignores its own messages whatever header it sends.
   */
  conversationsApiWebhooks?: 'always' | 'when-enabled';
  /** Where unexpected internal errors go; the stand-in never logs message bodies or numbers itself. */
  onError?: (error: unknown) => void;
}

export const DEFAULT_ACCOUNT_SID = 'AC00000000000000000000000000000000';
export const DEFAULT_AUTH_TOKEN = 'feedfacefeedfacefeedfacefeedface';
export const DEFAULT_PHONE_NUMBER = '+15555550100';
export const DEFAULT_SMS_WEBHOOK_URL = 'http://127.0.0.1:3978/api/twilio/sms';
export const DEFAULT_CONVERSATIONS_WEBHOOK_URL = 'http://127.0.0.1:3978/api/twilio/conversations';

export type ResolvedOptions = Required<Omit<TwilioLocalOptions, 'senderNumbers'>> & { senderNumbers: string[] | null };

export function resolveOptions(options: TwilioLocalOptions): ResolvedOptions {
  return {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    accountSid: options.accountSid ?? DEFAULT_ACCOUNT_SID,
    authToken: options.authToken ?? DEFAULT_AUTH_TOKEN,
    smsWebhookUrl: options.smsWebhookUrl ?? DEFAULT_SMS_WEBHOOK_URL,
    conversationsWebhookUrl: options.conversationsWebhookUrl ?? DEFAULT_CONVERSATIONS_WEBHOOK_URL,
    phoneNumber: options.phoneNumber ?? DEFAULT_PHONE_NUMBER,
    senderNumbers: options.senderNumbers ?? null,
    deliveryDelayMs: options.deliveryDelayMs ?? 0,
    webhookTimeoutMs: options.webhookTimeoutMs ?? 15_000,
    carrierOptOut: options.carrierOptOut ?? false,
    conversationsApiWebhooks: options.conversationsApiWebhooks ?? 'always',
    onError: options.onError ?? ((error: unknown) => console.error('twilio-local:', error instanceof Error ? error.message : error)),
  };
}
