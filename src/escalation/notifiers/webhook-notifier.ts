import { describeError } from '../../logging';
import type { Contact, PageTier } from '../roster-schema';
import { httpFailure, PermanentNotifyError, TransientNotifyError, type Notifier, type PageAction, type PageRequest } from './notifier';
import { SIGNATURE_HEADER, signIntakeBody } from './webhook-signature';

export interface WebhookNotifierOptions {
  /** Default globalThis.fetch. */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds since the epoch, for the signature's timestamp. Default Date.now. */
  now?: () => number;
  /** A hung receiver must not hold the job worker. Default 10 s. */
  timeoutMs?: number;
}

export interface WebhookPage {
  type: `page.${PageAction}`;
  caseId: string;
  caseCode: string;
  tier: PageTier;
  channel: string;
  /** ISO 8601. */
  at: string;
  link: string;
  reason: string;
}

/**
 * Pages any system a clinic already runs (its own pager, a chat bridge) with a signed JSON POST. The
 * receiver checks X-Intake-Signature with verifyIntakeSignature and dedupes retries by Idempotency-Key,
 * which stays the same for every retry of one delivery. Any 2xx is success.
 */
export class WebhookNotifier implements Notifier {
  readonly kind = 'webhook' as const;
  private readonly fetch: typeof globalThis.fetch;
  private readonly now: () => number;
  private readonly timeoutMs: number;

  constructor(options: WebhookNotifierOptions = {}) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  async notify(contact: Contact, page: PageRequest): Promise<void> {
    if (!contact.webhook) throw new PermanentNotifyError('webhook', 'the contact has no webhook');
    const body = JSON.stringify(webhookPage(page));
    // Signed at each attempt, so a retry an hour later is not refused as a replay.
    const signature = signIntakeBody(body, contact.webhook.secret, Math.floor(this.now() / 1000));
    let response: Response;
    try {
      response = await this.fetch(contact.webhook.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': page.idempotencyKey, [SIGNATURE_HEADER]: signature },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
        // A redirect would re-send the page somewhere the roster never named.
        redirect: 'manual',
      });
    } catch (error) {
      throw new TransientNotifyError('webhook', `request failed (${describeError(error)})`);
    }
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return;
    // The receiver's body is not quoted: it is not ours and may say anything.
    throw httpFailure('webhook', response.status, '');
  }
}

export function webhookPage(page: PageRequest): WebhookPage {
  return {
    type: `page.${page.action}`,
    caseId: page.caseId,
    caseCode: page.caseCode,
    tier: page.tier,
    channel: page.channel,
    at: page.at.toISOString(),
    link: page.link,
    reason: page.reason,
  };
}
