import type { Clock } from '../clock';
import { describeError } from '../logging';
import { SIGNATURE_HEADER, signIntakeBody } from '../escalation/notifiers/webhook-signature';
import { HandoffDeliveryError } from './errors';

/** 408, 409 (the receiver is still processing this key), 425 and 429 are worth another attempt; so is any 5xx. */
const RETRYABLE_STATUSES = new Set([408, 409, 425, 429]);

export interface SignedPostTarget {
  url: string;
  secret: string;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

/**
 * POSTs one JSON event to the scheduling team's webhook: `Idempotency-Key` (the same on every retry, so the
 * receiver keeps one) and `X-Intake-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, signed at
 * each attempt so that a retry an hour later is not refused as a replay. Returns the 2xx status; throws
 * HandoffDeliveryError otherwise, retryable or not. Redirects are not followed: one would send health
 * information somewhere the configuration never named.
 */
export async function postSignedJson(target: SignedPostTarget, clock: Clock, body: string, idempotencyKey: string): Promise<number> {
  const send = target.fetch ?? globalThis.fetch;
  const signature = signIntakeBody(body, target.secret, Math.floor(clock.now().getTime() / 1000));
  let response: Response;
  try {
    response = await send(target.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey, [SIGNATURE_HEADER]: signature },
      body,
      signal: AbortSignal.timeout(target.timeoutMs ?? 10_000),
      redirect: 'manual',
    });
  } catch (error) {
    throw new HandoffDeliveryError(`webhook unreachable (${describeError(error)})`, true);
  }
  await response.body?.cancel().catch(() => undefined);
  if (response.status >= 200 && response.status < 300) return response.status;
  // The receiver's body is not quoted: it is not ours and may echo what we sent.
  throw new HandoffDeliveryError(`webhook answered HTTP ${response.status}`, RETRYABLE_STATUSES.has(response.status) || response.status >= 500);
}
