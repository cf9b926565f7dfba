import { createHash } from 'node:crypto';
import type { Contact, PageTier } from '../roster-schema';

/**
 * The one interface every way of reaching a clinician implements. Notifiers run inside outbox jobs: they
 * return when the provider accepted the page and throw otherwise, so the job is retried; an error the
 * provider will never accept (a malformed event, a revoked key) is a PermanentNotifyError, which the
 * outbox should dead-letter at once (with an alarm) instead of retrying for hours.
 */

export type PageAction = 'trigger' | 'acknowledge' | 'resolve';
export type NotifierKind = 'sms' | 'pagerduty' | 'webhook';

export interface PageRequest {
  caseId: string;
  /** The short code the clinician types: ACK 1234. */
  caseCode: string;
  tier: PageTier;
  channel: string;
  at: Date;
  /** The signed case-view link. */
  link: string;
  /** A reason code (see pageKindFor in ../page-content); never the candidate's words. */
  reason: string;
  action: PageAction;
  /** Stable across retries of the same delivery. */
  idempotencyKey: string;
}

export interface Notifier {
  readonly kind: NotifierKind;
  notify(contact: Contact, page: PageRequest): Promise<void>;
}

/** Worth retrying: a timeout, a network error, a 429 or a 5xx. */
export class TransientNotifyError extends Error {
  override readonly name = 'TransientNotifyError';
  readonly retryable = true;
  constructor(
    readonly notifier: NotifierKind,
    message: string,
    readonly status?: number,
  ) {
    super(`${notifier}: ${message}`);
  }
}

/** Will fail the same way every time (the provider rejected the request as invalid): dead-letter and alarm. */
export class PermanentNotifyError extends Error {
  override readonly name = 'PermanentNotifyError';
  readonly retryable = false;
  constructor(
    readonly notifier: NotifierKind,
    message: string,
    readonly status?: number,
  ) {
    super(`${notifier}: ${message}`);
  }
}

export function isPermanentNotifyError(error: unknown): error is PermanentNotifyError {
  return error instanceof PermanentNotifyError;
}

/**
 * A key for one contact's copy of a page. Callers may reuse one key for everyone on a level; downstream
 * stores that dedupe by key alone (the SMS outbox does) would then text only the first clinician. The address
 * is hashed so that no phone number ends up in a key column.
 */
export function contactIdempotencyKey(key: string, kind: NotifierKind, address: string): string {
  return `${key}:${kind}:${createHash('sha256').update(address).digest('hex').slice(0, 12)}`;
}

/**
 * How an HTTP answer from a paging provider is classified. 408, 429 and 5xx are worth retrying; anything else
 * (a rejected event, a bad key, a redirect, a proxy's page) will come back the same way every time.
 */
export function httpFailure(notifier: NotifierKind, status: number, detail: string): TransientNotifyError | PermanentNotifyError {
  const message = `HTTP ${status}${detail ? `: ${detail}` : ''}`;
  if (status === 408 || status === 429 || status >= 500) return new TransientNotifyError(notifier, message, status);
  return new PermanentNotifyError(notifier, message, status);
}
