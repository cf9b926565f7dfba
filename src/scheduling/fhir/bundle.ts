import type { AnswerValue, QuestionId } from '../../../dialogs/questions';
import type { Locale } from '../../../dialogs/locale';
import type { Pcl5Score } from '../../../dialogs/instruments/pcl5';
import type { Phq9Score } from '../../../dialogs/instruments/phq9';
import type { Gad7Score } from '../../../dialogs/instruments/gad7';
import { derivedUuid } from '../ids';
import { UnbuildableHandoffError } from '../errors';
import { NO, YES } from './codes';
import { PCL5_CLUSTERS, canonicalOf, cssrsQuestionnaire, gad7Questionnaire, pcl5Questionnaire, phq9Questionnaire } from './questionnaires';
import type {
  Bundle, BundleEntry, Patient, Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseAnswer, QuestionnaireResponseItem,
} from './types';

export interface FhirInput {
  /** FHIR_CANONICAL_BASE: where our Questionnaires and the PCL-5 CodeSystem are published. */
  base: string;
  handoffId: string;
  createdAt: string;
  completedAt: string;
  language: Locale;
  answers: Partial<Record<QuestionId, AnswerValue>>;
  contact: { firstName: string; email: string; phone: string | null; state: string };
  pcl5: Pcl5Score;
  phq9?: Phq9Score;
  gad7?: Gad7Score;
}

/**
 * The answers as FHIR R4: a `collection` Bundle identified by the hand-off id, holding the Patient, the
 * Questionnaire of each instrument asked, and one completed QuestionnaireResponse per instrument. Ids are
 * derived from the hand-off id, so building the same hand-off again gives the same bundle.
 */
export function buildFhirBundle(input: FhirInput): Bundle {
  const patientId = derivedUuid(input.handoffId, 'Patient');
  const patientUrl = `urn:uuid:${patientId}`;
  const calculated: Record<string, QuestionnaireResponseAnswer> = {
    pcl5_total: { valueInteger: input.pcl5.total },
    pcl5_dsm5_provisional: { valueBoolean: input.pcl5.provisionalDsm5 },
    ...Object.fromEntries(PCL5_CLUSTERS.map((c) => [`pcl5_cluster_${c}`, { valueInteger: input.pcl5.clusters[c] }])),
    ...(input.phq9 ? { phq9_total: { valueInteger: input.phq9.total } } : {}),
    ...(input.gad7 ? { gad7_total: { valueInteger: input.gad7.total } } : {}),
  };
  const questionnaires = [
    pcl5Questionnaire(input.base),
    cssrsQuestionnaire(input.base),
    ...(input.phq9 ? [phq9Questionnaire(input.base)] : []),
    ...(input.gad7 ? [gad7Questionnaire(input.base)] : []),
  ];
  const responses = questionnaires.map((q) => responseTo(q, input, patientUrl, (item) => calculated[item.linkId] ?? answerTo(item, input.answers[item.linkId])));
  const entries: BundleEntry[] = [
    { fullUrl: patientUrl, resource: patient(patientId, input) },
    ...questionnaires.map((q) => ({ fullUrl: q.url, resource: q })),
    ...responses.map((r) => ({ fullUrl: `urn:uuid:${r.id}`, resource: r })),
  ];
  return {
    resourceType: 'Bundle',
    id: derivedUuid(input.handoffId, 'Bundle'),
    identifier: { system: `${input.base}/handoff-id`, value: input.handoffId },
    type: 'collection',
    timestamp: input.createdAt,
    entry: entries,
  };
}

function responseTo(
  questionnaire: Questionnaire,
  input: FhirInput,
  subject: string,
  answerOf: (item: QuestionnaireItem) => QuestionnaireResponseAnswer | undefined,
): QuestionnaireResponse {
  const item: QuestionnaireResponseItem[] = [];
  for (const q of questionnaire.item) {
    if (q.type === 'display') continue;
    // A question the skip logic did not ask has no item at all (R4: no answers for disabled items).
    const answer = answerOf(q);
    if (answer) item.push({ linkId: q.linkId, text: q.text, answer: [answer] });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    id: derivedUuid(input.handoffId, 'QuestionnaireResponse', questionnaire.id),
    language: input.language,
    questionnaire: canonicalOf(questionnaire),
    status: 'completed',
    subject: { reference: subject },
    authored: input.completedAt,
    item,
  };
}

/**
 * A rating is the index of its option; a yes/no screener answer is LOINC Yes or No. An answer that fits
 * neither can never be built (a permanent error, not a retry), and the message names the item, never the
 * value: it ends up in the job's last error and the dead-letter alarm.
 */
function answerTo(item: QuestionnaireItem, value: AnswerValue | undefined): QuestionnaireResponseAnswer | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return { valueCoding: value ? YES : NO };
  if (typeof value === 'number') {
    const option = item.answerOption?.[value];
    if (!option) throw new UnbuildableHandoffError(`the answer to ${item.linkId} is not one of its options`);
    return { valueCoding: option.valueCoding };
  }
  throw new UnbuildableHandoffError(`the answer to ${item.linkId} is of an unexpected kind`);
}

function patient(id: string, input: FhirInput): Patient {
  return {
    resourceType: 'Patient',
    id,
    name: [{ given: [input.contact.firstName] }],
    telecom: [{ system: 'email', value: input.contact.email }, ...(input.contact.phone ? [{ system: 'sms' as const, value: input.contact.phone }] : [])],
    address: [{ state: input.contact.state, country: 'US' }],
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: input.language }] }, preferred: true }],
  };
}
