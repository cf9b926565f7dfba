import { scorePcl5 } from '../../dialogs/instruments/pcl5';
import { scorePhq9 } from '../../dialogs/instruments/phq9';
import { scoreGad7 } from '../../dialogs/instruments/gad7';
import { medicationFlags } from '../../dialogs/instruments/medications';
import { PCL5_ITEMS } from '../../dialogs/instruments/pcl5';
import { PHQ9_ITEMS } from '../../dialogs/instruments/phq9';
import { GAD7_ITEMS } from '../../dialogs/instruments/gad7';
import type { AnswerValue, QuestionId } from '../../dialogs/questions';
import type { IntakeOptions, CrisisSignal } from './types';

type Answers = Partial<Record<QuestionId, AnswerValue>>;

/**
 * The four ways an intake ends. The bot never tells a person which one they got beyond what happens next:
 * `likely-fit` and `needs-review` both go to the clinical team; only the urgency and the review differ.
 */
export type IntakeOutcome =
  | { kind: 'likely-fit'; summary: IntakeSummary }
  /** summary is null only when answers are missing (a bug or a damaged snapshot): a clinician reviews it. */
  | { kind: 'needs-review'; reasons: ReviewReason[]; summary: IntakeSummary | null }
  | { kind: 'not-eligible'; reason: 'age' | 'state' }
  | { kind: 'crisis'; signal: CrisisSignal };

export type ReviewReason =
  | 'incomplete-answers'
  | 'age-changed-after-underage'
  | 'pcl5-below-cutoff'
  | 'pcl5-borderline'
  | 'dsm5-criteria-not-met'
  | 'ptsd-diagnosis-not-confirmed'
  | 'treatment-history-unclear'
  | 'medical-heart'
  | 'medical-psychosis-or-mania'
  | 'medical-substance-use'
  | 'medical-pregnancy'
  | 'medical-seizures'
  | 'medication-benzodiazepine'
  | 'medication-lamotrigine'
  | 'medication-maoi'
  | 'medication-opioid';

/** The facts a clinician reads; the hand-off record (scheduling issue) is built from this. */
export interface IntakeSummary {
  pcl5: ReturnType<typeof scorePcl5>;
  phq9?: ReturnType<typeof scorePhq9>;
  gad7?: ReturnType<typeof scoreGad7>;
  /** At least two first-line treatments (trauma-focused therapy, an antidepressant) without adequate relief. */
  treatmentResistant: boolean;
  medicationFlags: { benzodiazepine: boolean; lamotrigine: boolean; maoi: boolean; opioid: boolean };
}

const MEDICAL_REASONS: ReadonlyArray<[QuestionId, ReviewReason]> = [
  ['med_heart', 'medical-heart'],
  ['med_psychosis', 'medical-psychosis-or-mania'],
  ['med_substance', 'medical-substance-use'],
  ['med_pregnancy', 'medical-pregnancy'],
  ['med_seizures', 'medical-seizures'],
];



/** The ratings of one instrument, or undefined when any is missing. */
function ratings(answers: Answers, items: readonly { id: string }[]): number[] | undefined {
  const values = items.map(({ id }) => answers[id]);
  return values.every((v) => typeof v === 'number') ? (values as number[]) : undefined;
}

/**
 * Decides likely-fit or needs-review from the answers. Pure, so it is tested on its own. Missing ratings
 * never throw (that would take the whole turn down): the intake goes to a clinician as incomplete.
 */
export function decideOutcome(answers: Answers, options: IntakeOptions, history: { underageReported: boolean } = { underageReported: false }): IntakeOutcome {
  const pclRatings = ratings(answers, PCL5_ITEMS);
  const phq9Ratings = options.includePhq9 ? ratings(answers, PHQ9_ITEMS) : [];
  const gad7Ratings = options.includeGad7 ? ratings(answers, GAD7_ITEMS) : [];
  if (!pclRatings || !phq9Ratings || !gad7Ratings) return { kind: 'needs-review', reasons: ['incomplete-answers'], summary: null };

  const pcl5 = scorePcl5(pclRatings, options.pclCutoff);
  const meds = medicationFlags(typeof answers.med_list === 'string' ? answers.med_list : '');
  const summary: IntakeSummary = {
    pcl5,
    phq9: options.includePhq9 ? scorePhq9(phq9Ratings) : undefined,
    gad7: options.includeGad7 ? scoreGad7(gad7Ratings) : undefined,
    treatmentResistant:
      answers.tx_therapy === 'yes' && answers.tx_therapy_helped === 'no' && answers.tx_medication === 'yes' && answers.tx_medication_helped === 'no',
    medicationFlags: { benzodiazepine: meds.benzodiazepine, lamotrigine: meds.lamotrigine, maoi: meds.maoi, opioid: meds.opioid },
  };

  const reasons: ReviewReason[] = [];
  // An age first given as under 18 and then changed with BACK is for a clinician to confirm.
  if (history.underageReported) reasons.push('age-changed-after-underage');
  if (!pcl5.probablePtsd) reasons.push('pcl5-below-cutoff');
  else if (pcl5.total - options.pclCutoff < options.pclBorderlineBand) reasons.push('pcl5-borderline');
  if (!pcl5.provisionalDsm5) reasons.push('dsm5-criteria-not-met');
  if (answers.ptsd_diagnosis !== 'yes') reasons.push('ptsd-diagnosis-not-confirmed');
  const treatment = [answers.tx_therapy, answers.tx_therapy_helped, answers.tx_medication, answers.tx_medication_helped];
  if (treatment.includes('unsure')) reasons.push('treatment-history-unclear');
  // "Not sure" about a medical fact is a fact for the clinician too.
  for (const [id, reason] of MEDICAL_REASONS) if (answers[id] === 'yes' || answers[id] === 'unsure') reasons.push(reason);
  if (meds.benzodiazepine) reasons.push('medication-benzodiazepine');
  if (meds.lamotrigine) reasons.push('medication-lamotrigine');
  if (meds.maoi) reasons.push('medication-maoi');
  if (meds.opioid) reasons.push('medication-opioid');

  return reasons.length === 0 ? { kind: 'likely-fit', summary } : { kind: 'needs-review', reasons, summary };
}
