import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * X-Intake-Signature, in Stripe's shape: "t=<unix seconds>,v1=<hex HMAC-SHA256 of '<t>.<body>'>". The
 * timestamp is inside the signed text, so a receiver that checks its age refuses a captured page replayed
 * later, and nobody can change the time without the secret.
 */

export const SIGNATURE_HEADER = 'X-Intake-Signature';

/**
 * The signed text. A `scope` (e.g. "booked") is put in front for requests that go the other way, so that a
 * delivery we signed can never be replayed to an endpoint of ours that checks signatures with the same secret.
 */
function signedText(unixSeconds: string | number, body: string, scope: string | undefined): string {
  return `${scope === undefined ? '' : `${scope}.`}${unixSeconds}.${body}`;
}

export function signIntakeBody(body: string, secret: string, unixSeconds: number, scope?: string): string {
  return `t=${unixSeconds},v1=${hmacHex(secret, signedText(unixSeconds, body, scope))}`;
}

/**
 * For receivers: true when `header` is a valid signature of exactly `body` (the raw bytes received, before
 * any JSON parsing) made with `secret` no more than `toleranceSeconds` away from `now` (milliseconds).
 * Several v1 entries are accepted, one of which must match, so a sender can roll its secret.
 */
export function verifyIntakeSignature(
  header: string | undefined | null,
  body: string | Buffer,
  secret: string,
  toleranceSeconds = 300,
  now: number = Date.now(),
  scope?: string,
): boolean {
  if (!header) return false;
  let timestamp: string | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't') timestamp = value;
    else if (key === 'v1' && value) signatures.push(value);
  }
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || signatures.length === 0) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) return false;

  const expected = Buffer.from(hmacHex(secret, signedText(timestamp, typeof body === 'string' ? body : body.toString('utf8'), scope)), 'hex');
  return signatures.some((candidate) => {
    if (!/^[0-9a-f]{64}$/i.test(candidate)) return false;
    return timingSafeEqual(Buffer.from(candidate, 'hex'), expected);
  });
}

function hmacHex(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}
