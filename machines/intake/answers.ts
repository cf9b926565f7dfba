import { question, type AnswerValue, type QuestionId } from '../../dialogs/questions';
import { cssrsTier } from '../../dialogs/instruments/cssrs';
import { nextQuestion, pruneAnswers, screenerAnswers, sectionOf } from './flow';
import type { CrisisSignal, IntakeContext, IntakeEvent } from './types';
import { maxTier, type RiskTier } from '../../src/triage';

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
  if (q.section === 'safety' && value === true) return cssrsTier(screenerAnswers({ ...answers, [id]: value }));
  if (id === 'phq9_9' && typeof value === 'number' && value > 0) return value === 1 ? 'passive' : 'active';
  return 'none';
}

/**
 * The signal a crisis event stands for. When its text also answers the open self-harm question, that answer
 * is recorded too, and the tier is the higher of the detector's and the answer's (Q2 "yes, every day" is
 * `active` whatever the detector read).
 */
export function signalFrom(
  context: IntakeContext,
  event: Extract<IntakeEvent, { type: 'crisis.detected' }>,
): { signal: CrisisSignal; answer?: { id: QuestionId; value: AnswerValue } } {
  const { type: _type, text, ...detected } = event;
  const id = context.current;
  const open = question(id).aboutSelfHarm && context.answers[id] === undefined;
  const value = text !== undefined && open ? question(id).parse(text) : undefined;
  if (value === undefined) return { signal: detected };
  const structured = structuredTier(id, value, context.answers);
  if (structured === 'none') return { signal: detected, answer: { id, value } };
  return {
    signal: {
      ...detected,
      tier: maxTier(detected.tier, structured) as CrisisSignal['tier'],
      reasons: [...detected.reasons, { rule: `${id}:${String(value)}`, match: text!, start: 0, end: text!.length }],
    },
    answer: { id, value },
  };
}
