import { z } from 'zod';

/**
 * `intake.withdrawn`, version 1: sent to the webhook receiver when a hand-off it already has is put on
 * clinical hold (the conversation entered crisis after the hand-off was made). The receiver stops scheduling
 * that intake (cancels an offered or booked slot, sends the candidate nothing) until the clinical team says
 * otherwise. It carries ids and the reason "clinical hold", never an answer, a score or a risk tier: the
 * clinician on the case has those. Receivers import this schema (or schemas/intake.withdrawn.v1.schema.json).
 */
export const WITHDRAWN_EVENT_TYPE = 'intake.withdrawn';
export const WITHDRAWN_SCHEMA_VERSION = 1;
export const WITHDRAWN_REASON = 'clinical hold';

export const intakeWithdrawnSchema = z
  .object({
    type: z.literal(WITHDRAWN_EVENT_TYPE),
    version: z.literal(WITHDRAWN_SCHEMA_VERSION),
    handoffId: z.uuid().describe('The intake.completed hand-off this withdraws (its Idempotency-Key was this id).'),
    conversationId: z.string().min(1).max(100).describe('The intake conversation, as in the hand-off; opaque.'),
    withdrawnAt: z.iso.datetime({ offset: true }).describe('When the hold was put on the hand-off.'),
    reason: z.literal(WITHDRAWN_REASON).describe('Always "clinical hold": a clinician is in contact with the candidate; do not book or contact them.'),
  })
  .meta({
    title: 'intake.withdrawn v1',
    description: 'A hand-off the receiver already has is on clinical hold. Sent signed (X-Intake-Signature) with Idempotency-Key = "<handoffId>:withdrawn".',
  });

export type WithdrawnRecord = z.infer<typeof intakeWithdrawnSchema>;
