import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * X-PagerDuty-Signature on Generic Webhooks v3: one or more comma-separated `v1=<hex HMAC-SHA256 of the raw
 * body>`, one per signing secret (PagerDuty sends two while a secret is being rotated). The body is hashed
 * exactly as received: parsing and re-serialising the JSON would change the bytes and break the check.
 * Source: PagerDuty developer docs, "Verifying Signatures" (docs/webhooks/04-Signatures.md).
 */

export const PAGERDUTY_SIGNATURE_HEADER = 'X-PagerDuty-Signature';

export type SignatureCheck = 'ok' | 'missing' | 'mismatch';

export function checkPagerDutySignature(header: string | undefined | null, rawBody: Buffer | string, secret: string): SignatureCheck {
  if (!header || header.trim() === '') return 'missing';
  const candidates = header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .map((part) => part.slice(3))
    // Anything that is not 64 hex digits cannot match; skipping it keeps timingSafeEqual's lengths equal.
    .filter((hex) => /^[0-9a-f]{64}$/i.test(hex));
  if (candidates.length === 0) return 'mismatch';
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  // Every candidate is compared (no early exit), so the time taken does not say which one was close.
  let matched = false;
  for (const hex of candidates) matched = timingSafeEqual(Buffer.from(hex, 'hex'), expected) || matched;
  return matched ? 'ok' : 'mismatch';
}
