import { SIGNATURE_HEADER, verifyIntakeSignature } from '../escalation/notifiers/webhook-signature';
import { handoffRecordSchema, type HandoffRecord } from './record/schema';

/**
 * For the systems that receive hand-offs: checks one delivery the way it should be checked, in this order.
 * 1. X-Intake-Signature over the raw body, in constant time, with a timestamp no more than `toleranceSeconds`
 *    from now: a captured request replayed later is refused (401). Dedupe by Idempotency-Key as well, so a
 *    replay inside the window, or our own retry, is stored once.
 * 2. Idempotency-Key present and equal to the record's handoffId (400 otherwise).
 * 3. The body against `intake.completed` v1, including its FHIR bundle (400 with the fields at fault).
 *
 *   const checked = verifyHandoffDelivery({ headers: req.headers, rawBody, secret: process.env.HANDOFF_WEBHOOK_SECRET });
 *   if (!checked.ok) return res.status(checked.status).send(checked.reason);
 *   if (await alreadyStored(checked.idempotencyKey)) return res.status(200).end();
 */
export type VerifiedDelivery =
  | { ok: true; record: HandoffRecord; idempotencyKey: string }
  | { ok: false; status: 400 | 401; reason: string };

export function verifyHandoffDelivery(args: {
  headers: Readonly<Record<string, string | string[] | undefined>>;
  rawBody: string | Buffer;
  secret: string;
  /** Milliseconds since the epoch. Default Date.now(). */
  now?: number;
  toleranceSeconds?: number;
}): VerifiedDelivery {
  const header = headerValue(args.headers, SIGNATURE_HEADER);
  const now = args.now ?? Date.now();
  const tolerance = args.toleranceSeconds ?? 300;
  if (!verifyIntakeSignature(header, args.rawBody, args.secret, tolerance, now)) {
    const timestamp = /(?:^|,)\s*t=(\d{1,12})(?:,|$)/.exec(header ?? '')?.[1];
    const stale = timestamp !== undefined && Math.abs(now / 1000 - Number(timestamp)) > tolerance;
    return { ok: false, status: 401, reason: stale ? 'signature timestamp outside the tolerance window (replayed or delayed)' : 'missing or invalid X-Intake-Signature' };
  }
  const idempotencyKey = headerValue(args.headers, 'Idempotency-Key');
  if (!idempotencyKey) return { ok: false, status: 400, reason: 'missing Idempotency-Key' };
  let body: unknown;
  try {
    body = JSON.parse(typeof args.rawBody === 'string' ? args.rawBody : args.rawBody.toString('utf8'));
  } catch {
    return { ok: false, status: 400, reason: 'body is not JSON' };
  }
  const parsed = handoffRecordSchema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, reason: `not an intake.completed v1 record: ${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}` };
  if (parsed.data.handoffId !== idempotencyKey) return { ok: false, status: 400, reason: 'Idempotency-Key does not match handoffId' };
  return { ok: true, record: parsed.data, idempotencyKey };
}

/** Node lower-cases incoming header names; other frameworks may not. */
function headerValue(headers: Readonly<Record<string, string | string[] | undefined>>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}
