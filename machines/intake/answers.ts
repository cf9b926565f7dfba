import { question, type AnswerValue, type QuestionId } from '../../dialogs/questions';
import { cssrsTier, type CssrsItemId } from '../../dialogs/instruments/cssrs';
import { nextQuestion, pruneAnswers, sectionOf } from './flow';
import type { IntakeContext } from './types';
import type { RiskTier } from '../../src/triage';

/** Pure helpers the machine's guards and actions share, so a guard and its action never disagree. */

export function parseCurrent(context: IntakeContext, text: string): AnswerValue | undefined {
  return question(context.current).parse(text);
}

/** The answers as they would be after accepting `value` for the current question (pruned of stale branches). */
export function answersWith(context: IntakeContext, value: AnswerValue): IntakeContext['answers'] {
  return pruneAnswers({ ...context.answers, [context.current]: value }, context.options);
}

export function sectionAfter(context: IntakeContext, value: AnswerValue) {
  return sectionOf(nextQuestion(answersWith(context, value), context.options));
}

/**
 * The crisis tier a structured answer implies, or 'none'. C-SSRS screener: Q1 passive, Q2/Q3 active,
 * Q4/Q5 or behaviour in the past 3 months imminent, lifetime behaviour only history. PHQ-9 item 9
 * ("better off dead or hurting yourself"): any answer above 0 routes, 1 as passive, more often as active.
 */
export function structuredTier(id: QuestionId, value: AnswerValue, answers: IntakeContext['answers']): RiskTier {
  const q = question(id);
  if (q.section === 'safety' && value === true) {
    const screener: Partial<Record<CssrsItemId, boolean>> = {};
    for (const [key, answer] of Object.entries({ ...answers, [id]: value })) {
      if (question(key).section === 'safety' && typeof answer === 'boolean') screener[key as CssrsItemId] = answer;
    }
    return cssrsTier(screener);
  }
  if (id === 'phq9_9' && typeof value === 'number' && value > 0) return value === 1 ? 'passive' : 'active';
  return 'none';
}
