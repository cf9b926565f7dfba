/**
 * Columbia-Suicide Severity Rating Scale, screener version (the "Columbia Protocol" screen), past month,
 * with its lifetime / past-3-months behaviour question. The Columbia Lighthouse Project makes it free
 * to use; English is the published wording, Spanish follows the published Spanish screener.
 *
 * The screener's Q6 card lists examples of preparatory acts and attempts. Most of them name a method,
 * and this bot never describes suicide methods (DESIGN.md), so the examples are left out of Q6.
 *
 * Routing (product rule): every "yes" routes to crisis at once, so the tier below is computed on
 * partial answers; a later "yes" can only raise it.
 */
import type { Localized } from '../locale';

export const CSSRS_ITEM_IDS = [
  'cssrs_1',
  'cssrs_2',
  'cssrs_3',
  'cssrs_4',
  'cssrs_5',
  'cssrs_6_lifetime',
  'cssrs_6_recent',
] as const;
export type CssrsItemId = (typeof CSSRS_ITEM_IDS)[number];

export type CssrsAnswers = Partial<Record<CssrsItemId, boolean>>;

export interface CssrsItem {
  id: CssrsItemId;
  /** What the item screens for, for clinicians and logs (never shown to the person). */
  construct: string;
  text: Localized;
}

export const CSSRS_ITEMS: readonly CssrsItem[] = [
  {
    id: 'cssrs_1',
    construct: 'wish to be dead',
    text: {
      en: 'In the past month, have you wished you were dead or wished you could go to sleep and not wake up?',
      es: 'En el último mes, ¿ha deseado estar muerto(a) o poder dormirse y no despertar?',
    },
  },
  {
    id: 'cssrs_2',
    construct: 'non-specific active suicidal thoughts',
    text: {
      en: 'In the past month, have you actually had any thoughts of killing yourself?',
      es: 'En el último mes, ¿ha tenido realmente la idea de suicidarse?',
    },
  },
  {
    id: 'cssrs_3',
    construct: 'suicidal thoughts with method (without specific plan or intent to act)',
    text: {
      en: 'Have you been thinking about how you might do this?',
      es: '¿Ha pensado en cómo llevaría esto a cabo?',
    },
  },
  {
    id: 'cssrs_4',
    construct: 'suicidal intent (without specific plan)',
    text: {
      en: 'Have you had these thoughts and had some intention of acting on them?',
      es: '¿Ha tenido estas ideas y en cierto grado la intención de llevarlas a cabo?',
    },
  },
  {
    id: 'cssrs_5',
    construct: 'suicidal intent with specific plan',
    text: {
      en: 'Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?',
      es: '¿Ha comenzado a elaborar o ha elaborado los detalles sobre cómo suicidarse? ¿Tiene intenciones de llevar a cabo este plan?',
    },
  },
  {
    id: 'cssrs_6_lifetime',
    construct: 'suicidal behavior (lifetime)',
    text: {
      en: 'Have you ever done anything, started to do anything, or prepared to do anything to end your life?',
      es: '¿Alguna vez ha hecho algo, comenzado a hacer algo o se ha preparado para hacer algo para terminar con su vida?',
    },
  },
  {
    id: 'cssrs_6_recent',
    construct: 'suicidal behavior (past 3 months)',
    text: {
      en: 'Was this within the past 3 months?',
      es: '¿Fue dentro de los últimos 3 meses?',
    },
  },
];

/**
 * The next item to ask, or undefined when the screener is complete. Q1 and Q2 are always asked;
 * Q2 "no" skips Q3-Q5; Q6 (lifetime) "yes" asks whether it was in the past 3 months.
 */
export function cssrsNext(answers: CssrsAnswers): CssrsItemId | undefined {
  if (answers.cssrs_1 === undefined) return 'cssrs_1';
  if (answers.cssrs_2 === undefined) return 'cssrs_2';
  if (answers.cssrs_2) {
    for (const id of ['cssrs_3', 'cssrs_4', 'cssrs_5'] as const) if (answers[id] === undefined) return id;
  }
  if (answers.cssrs_6_lifetime === undefined) return 'cssrs_6_lifetime';
  if (answers.cssrs_6_lifetime && answers.cssrs_6_recent === undefined) return 'cssrs_6_recent';
  return undefined;
}

/** Risk tiers, lowest first; the same names as the crisis triage uses. */
export const CSSRS_TIERS = ['none', 'history', 'passive', 'active', 'imminent'] as const;
export type CssrsTier = (typeof CSSRS_TIERS)[number];

/**
 * The tier the answers so far imply; the highest applicable wins. Works on partial answers.
 * Q4/Q5 yes or behaviour in the past 3 months: imminent. Q2/Q3 yes: active. Q1 yes: passive.
 * Lifetime behaviour only: history. A "yes" is never ignored, even on an item the skip logic would
 * not have asked (for example Q3 after Q2 "no").
 */
export function cssrsTier(answers: CssrsAnswers): CssrsTier {
  if (answers.cssrs_4 === true || answers.cssrs_5 === true || answers.cssrs_6_recent === true) return 'imminent';
  if (answers.cssrs_2 === true || answers.cssrs_3 === true) return 'active';
  if (answers.cssrs_1 === true) return 'passive';
  if (answers.cssrs_6_lifetime === true) return 'history';
  return 'none';
}
