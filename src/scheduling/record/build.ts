import type { ConversationRecord } from '../../store/types';
import type { IntakeContext } from '../../../machines/intake/types';
import type { AnswerValue } from '../../../dialogs/questions';
import type { Locale } from '../../../dialogs/locale';
import { medicationFlags } from '../../../dialogs/instruments/medications';
import { timezoneForState } from '../../../dialogs/parse/timezone';
import { SMS_CHANNEL } from '../../channels/sms/sms-channel';
import { buildFhirBundle } from '../fhir/bundle';
import { UnbuildableHandoffError } from '../errors';
import { HANDOFF_EVENT_TYPE, HANDOFF_SCHEMA_VERSION, handoffRecordSchema, type HandoffRecord } from './schema';

/** The machine context inside a stored snapshot, or undefined when it cannot be read. */
export function intakeContextOf(conversation: ConversationRecord): IntakeContext | undefined {
  try {
    const context = (JSON.parse(conversation.snapshot) as { context?: IntakeContext }).context;
    return context && typeof context === 'object' && context.answers ? context : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `intake.completed` record from the conversation's persisted machine context: its answers, the outcome
 * the machine decided and the scores it computed. Parsed through the schema before it is returned, so a record
 * that breaks the contract (a crisis answer, a missing field) throws here and is never stored or sent.
 */
export function buildHandoffRecord(args: {
  handoffId: string;
  supersedes: string | null;
  createdAt: string;
  /** When the intake was completed: the turn that reached the outcome. */
  completedAt: string;
  conversation: ConversationRecord;
  context: IntakeContext;
  fhirBase: string;
}): HandoffRecord {
  const { context, conversation } = args;
  const outcome = context.outcome;
  if (!outcome || (outcome.kind !== 'likely-fit' && outcome.kind !== 'needs-review')) throw new UnbuildableHandoffError('the conversation has no likely-fit or needs-review outcome');
  if (!outcome.summary) throw new UnbuildableHandoffError('the outcome has no scores (answers missing): a clinician must review the conversation itself');
  const answers = context.answers;
  const text = (id: string): string => {
    const value = answers[id];
    if (typeof value !== 'string') throw new UnbuildableHandoffError(`answer ${id} is missing`);
    return value;
  };
  const optional = <T extends AnswerValue>(id: string): T | null => (answers[id] === undefined ? null : (answers[id] as T));
  const list = (id: string): string[] => {
    const value = answers[id];
    if (!Array.isArray(value)) throw new UnbuildableHandoffError(`answer ${id} is missing`);
    return [...value];
  };
  const { summary } = outcome;
  const state = text('state');
  const meds = text('med_list');
  const contact = {
    firstName: text('first_name'),
    email: text('email'),
    // A phone number only where the person gave us one by texting from it.
    phone: conversation.channel === SMS_CHANNEL ? conversation.participant : null,
    state,
    timeZone: typeof answers.timezone === 'string' ? answers.timezone : (timezoneForState(state) ?? 'America/New_York'),
  };
  const language = context.locale as Locale;

  const record = {
    type: HANDOFF_EVENT_TYPE,
    version: HANDOFF_SCHEMA_VERSION,
    handoffId: args.handoffId,
    supersedes: args.supersedes,
    conversationId: conversation.id,
    createdAt: args.createdAt,
    completedAt: args.completedAt,
    channel: conversation.channel,
    language,
    outcome: { kind: outcome.kind, reviewReasons: outcome.kind === 'needs-review' ? outcome.reasons : [] },
    contact,
    scheduling: { preferredDays: list('days'), preferredTimes: list('times') },
    eligibility: { age: answers.age, ptsdDiagnosis: answers.ptsd_diagnosis },
    consent: { firstContactAt: conversation.createdAt, assessmentConsentAt: context.consentAt },
    pcl5: { ...summary.pcl5, cutoff: context.options.pclCutoff },
    cssrsScreener: {
      cssrs_1: answers.cssrs_1,
      cssrs_2: answers.cssrs_2,
      cssrs_3: optional('cssrs_3'),
      cssrs_4: optional('cssrs_4'),
      cssrs_5: optional('cssrs_5'),
      cssrs_6_lifetime: answers.cssrs_6_lifetime,
      cssrs_6_recent: optional('cssrs_6_recent'),
    },
    phq9: summary.phq9 ? { total: summary.phq9.total, severity: summary.phq9.severity, item9: answers.phq9_9 } : null,
    gad7: summary.gad7 ? { total: summary.gad7.total, severity: summary.gad7.severity } : null,
    treatment: {
      traumaFocusedTherapy: answers.tx_therapy,
      therapyHelped: optional('tx_therapy_helped'),
      antidepressantTrial: answers.tx_medication,
      antidepressantHelped: optional('tx_medication_helped'),
      treatmentResistant: summary.treatmentResistant,
    },
    medical: {
      heartOrBloodPressure: answers.med_heart,
      psychosisOrMania: answers.med_psychosis,
      substanceUse: answers.med_substance,
      pregnancyOrBreastfeeding: answers.med_pregnancy,
      seizures: answers.med_seizures,
    },
    medications: { reported: meds, recognised: medicationFlags(meds).matches, flags: summary.medicationFlags },
    fhir: buildFhirBundle({
      base: args.fhirBase,
      handoffId: args.handoffId,
      createdAt: args.createdAt,
      completedAt: args.completedAt,
      language,
      answers,
      contact,
      pcl5: summary.pcl5,
      phq9: summary.phq9,
      gad7: summary.gad7,
    }),
  };
  const parsed = handoffRecordSchema.safeParse(record);
  if (!parsed.success) {
    // The issue paths name fields, never values: safe to keep in the job's error column and an alarm.
    throw new UnbuildableHandoffError(`the record does not match intake.completed v1 at ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  }
  return parsed.data;
}
