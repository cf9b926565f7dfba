import type { z } from 'zod';
import { SIGNATURE_HEADER, verifyIntakeSignature } from '../escalation/notifiers/webhook-signature';
import { handoffRecordSchema, HANDOFF_EVENT_TYPE, type HandoffRecord } from './record/schema';
import { intakeWithdrawnSchema, WITHDRAWN_EVENT_TYPE, type WithdrawnRecord } from './record/withdrawn-schema';
import { withdrawnKey } from './job-kinds';

/**
 * For the systems that receive hand-offs: checks one delivery the way it should be checked, in this order.
 * 1. X-Intake-Signature over the raw body, in constant time, with a timestamp no more than `toleranceSeconds`
 *    from now: a captured request replayed later is refused (401). Dedupe by Idempotency-Key as well, so a
 *    replay inside the window, or our own retry, is stored once.
 * 2. Idempotency-Key present and equal to the record's handoffId (`<handoffId>:withdrawn` for a withdrawal).
 * 3. The body against its schema, `intake.completed` v1 (including its FHIR bundle) or `intake.withdrawn` v1
 *    (400 with the fields at fault).
 *
 *   const checked = verifySchedulingDelivery({ headers: req.headers, rawBody, secret: process.env.HANDOFF_WEBHOOK_SECRET });
 *   if (!checked.ok) return res.status(checked.status).send(checked.reason);
 *   if (await alreadyStored(checked.idempotencyKey)) return res.status(200).end();
 *   if (checked.event === 'intake.withdrawn') await putOnHold(checked.withdrawal.handoffId); else await store(checked.record);
 */
export type DeliveryFailure = { ok: false; status: 400 | 401; reason: string };
export type VerifiedDelivery = { ok: true; record: HandoffRecord; idempotencyKey: string } | DeliveryFailure;
export type VerifiedWithdrawal = { ok: true; withdrawal: WithdrawnRecord; idempotencyKey: string } | DeliveryFailure;
export type VerifiedSchedulingEvent =
  | { ok: true; event: typeof HANDOFF_EVENT_TYPE; record: HandoffRecord; idempotencyKey: string }
  | { ok: true; event: typeof WITHDRAWN_EVENT_TYPE; withdrawal: WithdrawnRecord; idempotencyKey: string }
  | DeliveryFailure;

export interface DeliveryInput {
  headers: Readonly<Record<string, string | string[] | undefined>>;
  rawBody: string | Buffer;
  secret: string;
  /** Milliseconds since the epoch. Default Date.now(). */
  now?: number;
  toleranceSeconds?: number;
}

/** An `intake.completed` delivery. */
export function verifyHandoffDelivery(args: DeliveryInput): VerifiedDelivery {
  const checked = checkSigned(args, handoffRecordSchema, HANDOFF_EVENT_TYPE, (r) => r.handoffId, 'handoffId');
  return checked.ok ? { ok: true, record: checked.value, idempotencyKey: checked.idempotencyKey } : checked;
}

/** An `intake.withdrawn` delivery: a hand-off the receiver has is on clinical hold. */
export function verifyWithdrawalDelivery(args: DeliveryInput): VerifiedWithdrawal {
  const checked = checkSigned(args, intakeWithdrawnSchema, WITHDRAWN_EVENT_TYPE, (r) => withdrawnKey(r.handoffId), '"<handoffId>:withdrawn"');
  return checked.ok ? { ok: true, withdrawal: checked.value, idempotencyKey: checked.idempotencyKey } : checked;
}

/** Either event on one endpoint, told apart by the body's `type`. */
export function verifySchedulingDelivery(args: DeliveryInput): VerifiedSchedulingEvent {
  const type = bodyType(args.rawBody);
  if (type === WITHDRAWN_EVENT_TYPE) {
    const checked = verifyWithdrawalDelivery(args);
    return checked.ok ? { ...checked, event: WITHDRAWN_EVENT_TYPE } : checked;
  }
  const checked = verifyHandoffDelivery(args);
  return checked.ok ? { ...checked, event: HANDOFF_EVENT_TYPE } : checked;
}

function checkSigned<S extends z.ZodType>(
  args: DeliveryInput,
  schema: S,
  type: string,
  expectedKey: (record: z.infer<S>) => string,
  keyName: string,
): { ok: true; value: z.infer<S>; idempotencyKey: string } | DeliveryFailure {
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
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, reason: `not an ${type} v1 record: ${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}` };
  const value = parsed.data as z.infer<S>;
  if (expectedKey(value) !== idempotencyKey) return { ok: false, status: 400, reason: `Idempotency-Key does not match ${keyName}` };
  return { ok: true, value, idempotencyKey };
}

function bodyType(rawBody: string | Buffer): unknown {
  try {
    return (JSON.parse(typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8')) as { type?: unknown } | null)?.type;
  } catch {
    return undefined;
  }
}

/** Node lower-cases incoming header names; other frameworks may not. */
function headerValue(headers: Readonly<Record<string, string | string[] | undefined>>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}
