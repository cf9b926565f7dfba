import { pageKindFor, pageText } from '../page-content';
import type { Contact } from '../roster-schema';
import { contactIdempotencyKey, PermanentNotifyError, type Notifier, type PageRequest } from './notifier';

/** Hands a text to the SMS transport (SmsSender in production, a spy in tests); it dedupes by the key. */
export type SendSms = (to: string, body: string, idempotencyKey: string) => Promise<unknown>;

export interface SmsNotifierOptions {
  /** IANA zone the page's time is shown in. Default UTC. */
  timeZone?: string;
}

/**
 * Pages a clinician by text. Only a trigger is texted: an acknowledgement or a resolution is already known to
 * the clinician who made it, and texting everyone else at 3 a.m. to say "never mind" does more harm than good.
 */
export class SmsNotifier implements Notifier {
  readonly kind = 'sms' as const;
  private readonly timeZone: string;

  constructor(
    private readonly send: SendSms,
    options: SmsNotifierOptions = {},
  ) {
    this.timeZone = options.timeZone ?? 'UTC';
  }

  async notify(contact: Contact, page: PageRequest): Promise<void> {
    if (page.action !== 'trigger') return;
    if (!contact.sms) throw new PermanentNotifyError('sms', 'the contact has no sms number');
    const body = pageText(page, pageKindFor(page.reason), this.timeZone);
    await this.send(contact.sms, body, contactIdempotencyKey(page.idempotencyKey, 'sms', contact.sms));
  }
}
