import { z } from 'zod';
import type { ReviewReason } from '../../../machines/intake/outcome';
import { DAYS } from '../../../dialogs/parse/days';
import { TIMES_OF_DAY } from '../../../dialogs/parse/times';
import { BUNDLE_TYPES } from '../fhir/types';
import { validateFhirBundle } from '../fhir/validate';

/**
 * `intake.completed`, version 1: what the scheduling team's systems receive for one clean intake. This schema
 * is the contract: receivers import it (or the generated JSON Schema in schemas/) to check what arrives, and
 * the sender parses every record through it before storing or sending, so nothing off-contract leaves.
 *
 * It also encodes "clean": every C-SSRS screener answer is "no" and PHQ-9 item 9 is 0. A conversation with any
 * crisis signal never becomes a hand-off (the clinician on the case has it), and a record that says otherwise
 * does not parse. Version 1 only ever grows by optional fields; anything else is version 2.
 */
export const HANDOFF_EVENT_TYPE = 'intake.completed';
export const HANDOFF_SCHEMA_VERSION = 1;

export const REVIEW_REASONS = [
  'incomplete-answers',
  'age-changed-after-underage',
  'pcl5-below-cutoff',
  'pcl5-borderline',
  'dsm5-criteria-not-met',
  'ptsd-diagnosis-not-confirmed',
  'treatment-history-unclear',
  'medical-heart',
  'medical-psychosis-or-mania',
  'medical-substance-use',
  'medical-pregnancy',
  'medical-seizures',
  'medication-benzodiazepine',
  'medication-lamotrigine',
  'medication-maoi',
  'medication-opioid',
] as const satisfies readonly ReviewReason[];
// A review reason added to the machine without being added here fails the typecheck, not a hand-off.
type MissingReason = Exclude<ReviewReason, (typeof REVIEW_REASONS)[number]>;
const everyReasonListed: [MissingReason] extends [never] ? true : MissingReason = true;
void everyReasonListed;

const dateTime = z.iso.datetime({ offset: true });
const yesNoUnsure = z.enum(['yes', 'no', 'unsure']);
/** "No", or null when the screener's skip logic did not ask the item. */
const screenedNo = z.literal(false);

const fhirResource = z.looseObject({ resourceType: z.string(), id: z.string().optional() });
export const fhirBundleSchema = z
  .looseObject({
    resourceType: z.literal('Bundle'),
    id: z.string(),
    type: z.enum(BUNDLE_TYPES),
    timestamp: z.string(),
    identifier: z.object({ system: z.string(), value: z.string() }),
    entry: z.array(z.looseObject({ fullUrl: z.string(), resource: fhirResource })).min(1),
  })
  .describe('FHIR R4 Bundle (type collection): the Patient, the Questionnaire of each instrument asked and one QuestionnaireResponse per instrument.')
  // The JSON Schema cannot say this part; receivers in TypeScript get it from the zod schema or validateFhirBundle.
  .superRefine((bundle, ctx) => {
    for (const issue of validateFhirBundle(bundle)) ctx.addIssue({ code: 'custom', message: `FHIR: ${issue.path}: ${issue.message}` });
  });

export const handoffRecordSchema = z
  .object({
    type: z.literal(HANDOFF_EVENT_TYPE),
    version: z.literal(HANDOFF_SCHEMA_VERSION),
    handoffId: z.uuid().describe('Stable for this intake: the Idempotency-Key of every delivery. Dedupe by it.'),
    supersedes: z.uuid().nullable().describe('An earlier hand-off from the same conversation that this one replaces (the person restarted and finished again).'),
    conversationId: z.string().min(1).max(100).describe('The intake conversation, for support questions; opaque.'),
    createdAt: dateTime.describe('When the hand-off was made.'),
    completedAt: dateTime.describe('When the candidate answered the last question.'),
    channel: z.string().min(1).max(40).describe('Where the intake happened: sms, twilio-conversations, web, terminal.'),
    language: z.enum(['en', 'es']),
    outcome: z
      .object({
        kind: z.enum(['likely-fit', 'needs-review']),
        reviewReasons: z.array(z.enum(REVIEW_REASONS)).describe('Why a clinician must look first; empty for likely-fit.'),
      })
      .refine((o) => (o.kind === 'likely-fit') === (o.reviewReasons.length === 0), 'likely-fit has no review reasons; needs-review has at least one'),
    contact: z.object({
      firstName: z.string().min(1).max(80),
      email: z.string().max(254).regex(/^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/, 'an email address'),
      phone: z
        .string()
        .regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number')
        .nullable()
        .describe('Only when the intake was by SMS: the number they texted from.'),
      state: z.string().regex(/^[A-Z]{2}$/).describe('Two-letter US state, DC or PR code.'),
      timeZone: z.string().min(1).max(64).describe('IANA time zone they gave (else their state\'s).'),
    }),
    scheduling: z.object({
      preferredDays: z.array(z.enum(DAYS)).min(1),
      preferredTimes: z.array(z.enum(TIMES_OF_DAY)).min(1),
    }),
    eligibility: z.object({
      age: z.int().min(18).max(120),
      ptsdDiagnosis: yesNoUnsure.describe('Told by a clinician they have PTSD.'),
    }),
    consent: z.object({
      firstContactAt: dateTime.describe('Their first message (on SMS, texting in is their consent to replies).'),
      assessmentConsentAt: dateTime.describe('When they agreed to start the pre-screen.'),
    }),
    pcl5: z.object({
      total: z.int().min(0).max(80),
      clusters: z.object({ B: z.int().min(0).max(20), C: z.int().min(0).max(8), D: z.int().min(0).max(28), E: z.int().min(0).max(24) }),
      provisionalDsm5: z.boolean(),
      probablePtsd: z.boolean(),
      cutoff: z.int().min(0).max(80),
    }),
    cssrsScreener: z
      .object({
        cssrs_1: screenedNo,
        cssrs_2: screenedNo,
        cssrs_3: screenedNo.nullable(),
        cssrs_4: screenedNo.nullable(),
        cssrs_5: screenedNo.nullable(),
        cssrs_6_lifetime: screenedNo,
        cssrs_6_recent: screenedNo.nullable(),
      })
      .describe('C-SSRS screener, past month: all "no" (false) in a clean intake; null where the skip logic did not ask.'),
    phq9: z
      .object({
        total: z.int().min(0).max(27),
        severity: z.enum(['minimal', 'mild', 'moderate', 'moderately-severe', 'severe']),
        item9: z.literal(0).describe('Thoughts of being better off dead or of self-harm: 0 in a clean intake.'),
      })
      .nullable()
      .describe('Null when the PHQ-9 was not asked.'),
    gad7: z
      .object({ total: z.int().min(0).max(21), severity: z.enum(['minimal', 'mild', 'moderate', 'severe']) })
      .nullable()
      .describe('Null when the GAD-7 was not asked.'),
    treatment: z.object({
      traumaFocusedTherapy: yesNoUnsure,
      therapyHelped: yesNoUnsure.nullable(),
      antidepressantTrial: yesNoUnsure,
      antidepressantHelped: yesNoUnsure.nullable(),
      treatmentResistant: z.boolean().describe('Both first-line treatments tried without enough relief.'),
    }),
    medical: z.object({
      heartOrBloodPressure: yesNoUnsure,
      psychosisOrMania: yesNoUnsure,
      substanceUse: yesNoUnsure,
      pregnancyOrBreastfeeding: yesNoUnsure,
      seizures: yesNoUnsure,
    }),
    medications: z.object({
      reported: z.string().max(500).describe('As typed ("none" when none).'),
      recognised: z.array(z.string()),
      flags: z.object({ benzodiazepine: z.boolean(), lamotrigine: z.boolean(), maoi: z.boolean(), opioid: z.boolean() }),
    }),
    fhir: fhirBundleSchema,
  })
  .meta({
    title: 'intake.completed v1',
    description: 'A clean PTSD program intake handed to scheduling. Sent signed (X-Intake-Signature) with Idempotency-Key = handoffId.',
  });

export type HandoffRecord = z.infer<typeof handoffRecordSchema>;
