import { PCL5_ITEMS, PCL5_OPTIONS, PCL5_STEM, type Pcl5Cluster } from '../../../dialogs/instruments/pcl5';
import { CSSRS_ITEMS } from '../../../dialogs/instruments/cssrs';
import { PHQ9_ITEMS, PHQ9_STEM } from '../../../dialogs/instruments/phq9';
import { GAD7_ITEMS, GAD7_STEM } from '../../../dialogs/instruments/gad7';
import {
  CSSRS_ITEM_CODES, CSSRS_PANEL, FREQUENCY_ANSWERS, GAD7_ITEM_CODES, GAD7_PANEL, GAD7_TOTAL, NO, ORDINAL_VALUE,
  PHQ9_ITEM_CODES, PHQ9_PANEL, PHQ9_TOTAL, YES, loinc, pcl5System,
} from './codes';
import type { AnswerOption, Coding, Questionnaire, QuestionnaireItem } from './types';

/**
 * The instruments as FHIR R4 Questionnaires, built from the same item lists the bot asks (dialogs/instruments),
 * so a response's linkIds always match a question the candidate was actually asked. English wording; the
 * response says which language the candidate answered in. Published under the deployment's canonical base with
 * a version, so a receiver can tell which form an answer belongs to.
 */
export const QUESTIONNAIRE_VERSION = '1.0.0';

export type InstrumentId = 'pcl5' | 'cssrs-screener' | 'phq9' | 'gad7';

export const PCL5_CLUSTERS: readonly Pcl5Cluster[] = ['B', 'C', 'D', 'E'];

export function canonicalOf(questionnaire: Questionnaire): string {
  return `${questionnaire.url}|${questionnaire.version}`;
}

function scored(coding: Coding, value: number): AnswerOption {
  return { valueCoding: coding, extension: [{ url: ORDINAL_VALUE, valueDecimal: value }] };
}

function questionnaire(base: string, id: InstrumentId, fields: Omit<Questionnaire, 'resourceType' | 'id' | 'url' | 'version' | 'status' | 'subjectType'>): Questionnaire {
  return { resourceType: 'Questionnaire', id, url: `${base}/Questionnaire/${id}`, version: QUESTIONNAIRE_VERSION, status: 'active', subjectType: ['Patient'], ...fields };
}

function calculated(linkId: string, code: Coding, type: 'integer' | 'boolean'): QuestionnaireItem {
  return { linkId, code: [code], text: code.display, type, required: true, readOnly: true };
}

export function pcl5Questionnaire(base: string): Questionnaire {
  const system = pcl5System(base);
  const ratings = PCL5_OPTIONS.map((option, i) => scored({ system, code: String(i), display: option.en }, i));
  return questionnaire(base, 'pcl5', {
    name: 'PCL5',
    title: 'PTSD Checklist for DSM-5 (PCL-5), past month',
    description: 'The 20 PCL-5 items rated 0-4, with the total (0-80), the DSM-5 cluster severity sums and the DSM-5 provisional diagnosis rule.',
    copyright: 'PCL-5: Weathers, Litz, Keane, Palmieri, Marx & Schnurr, National Center for PTSD (2013); public domain.',
    code: [{ system, code: 'pcl5', display: 'PTSD Checklist for DSM-5 (PCL-5)' }],
    item: [
      { linkId: 'pcl5_stem', type: 'display', text: PCL5_STEM.en },
      ...PCL5_ITEMS.map((item, i): QuestionnaireItem => ({
        linkId: item.id,
        code: [{ system, code: `item-${i + 1}`, display: `PCL-5 item ${i + 1} (DSM-5 cluster ${item.cluster})` }],
        prefix: String(i + 1),
        text: item.text.en,
        type: 'choice',
        required: true,
        answerOption: ratings,
      })),
      calculated('pcl5_total', { system, code: 'total', display: 'PCL-5 total symptom severity (0-80)' }, 'integer'),
      ...PCL5_CLUSTERS.map((cluster) => calculated(`pcl5_cluster_${cluster}`, { system, code: `cluster-${cluster}`, display: `PCL-5 cluster ${cluster} severity` }, 'integer')),
      calculated('pcl5_dsm5_provisional', { system, code: 'dsm5-provisional', display: 'DSM-5 provisional PTSD diagnosis rule met' }, 'boolean'),
    ],
  });
}

export function cssrsQuestionnaire(base: string): Questionnaire {
  const yesNo = [YES, NO].map((coding): AnswerOption => ({ valueCoding: coding }));
  const whenYes = (question: string) => ({ enableWhen: [{ question, operator: '=' as const, answerCoding: YES }] });
  const skip: Partial<Record<string, ReturnType<typeof whenYes>>> = {
    cssrs_3: whenYes('cssrs_2'),
    cssrs_4: whenYes('cssrs_2'),
    cssrs_5: whenYes('cssrs_2'),
    cssrs_6_recent: whenYes('cssrs_6_lifetime'),
  };
  return questionnaire(base, 'cssrs-screener', {
    name: 'CSSRSScreener',
    title: 'Columbia-Suicide Severity Rating Scale, screener, past month',
    description: 'The C-SSRS screener (Columbia Protocol screen) with its skip logic: Q3-Q5 only after a yes to Q2, the past-3-months question only after a yes to Q6.',
    copyright: 'C-SSRS: The Columbia Lighthouse Project (Posner et al.); free to use.',
    code: [CSSRS_PANEL],
    item: CSSRS_ITEMS.map((item): QuestionnaireItem => ({
      linkId: item.id,
      code: [loinc(CSSRS_ITEM_CODES[item.id])],
      text: item.text.en,
      type: 'choice',
      required: true,
      answerOption: yesNo,
      ...skip[item.id],
    })),
  });
}

export function phq9Questionnaire(base: string): Questionnaire {
  const frequency = FREQUENCY_ANSWERS.map((coding, i) => scored(coding, i));
  return questionnaire(base, 'phq9', {
    name: 'PHQ9',
    title: 'Patient Health Questionnaire-9 (PHQ-9)',
    description: 'Nine items rated 0-3 over the last 2 weeks, with the total (0-27).',
    copyright: 'PHQ-9: Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues; no permission required to reproduce.',
    code: [PHQ9_PANEL],
    item: [
      { linkId: 'phq9_stem', type: 'display', text: PHQ9_STEM.en },
      ...PHQ9_ITEMS.map((item, i): QuestionnaireItem => ({
        linkId: item.id,
        code: [loinc(PHQ9_ITEM_CODES[i])],
        prefix: String(i + 1),
        text: item.text.en,
        type: 'choice',
        required: true,
        answerOption: frequency,
      })),
      calculated('phq9_total', PHQ9_TOTAL, 'integer'),
    ],
  });
}

export function gad7Questionnaire(base: string): Questionnaire {
  const frequency = FREQUENCY_ANSWERS.map((coding, i) => scored(coding, i));
  return questionnaire(base, 'gad7', {
    name: 'GAD7',
    title: 'Generalized Anxiety Disorder-7 (GAD-7)',
    description: 'Seven items rated 0-3 over the last 2 weeks, with the total (0-21).',
    copyright: 'GAD-7: Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues; no permission required to reproduce.',
    code: [GAD7_PANEL],
    item: [
      { linkId: 'gad7_stem', type: 'display', text: GAD7_STEM.en },
      ...GAD7_ITEMS.map((item, i): QuestionnaireItem => ({
        linkId: item.id,
        code: [loinc(GAD7_ITEM_CODES[i])],
        prefix: String(i + 1),
        text: item.text.en,
        type: 'choice',
        required: true,
        answerOption: frequency,
      })),
      calculated('gad7_total', GAD7_TOTAL, 'integer'),
    ],
  });
}

/** Every instrument's Questionnaire, for a receiver that wants to load them before any response arrives. */
export function allQuestionnaires(base: string): Questionnaire[] {
  return [pcl5Questionnaire(base), cssrsQuestionnaire(base), phq9Questionnaire(base), gad7Questionnaire(base)];
}
