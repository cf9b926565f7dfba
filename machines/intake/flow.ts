import { QUESTION_ORDER, SECTIONS, question, type AnswerValue, type QuestionId, type Section } from '../../dialogs/questions';
import { cssrsNext, type CssrsAnswers, type CssrsItemId } from '../../dialogs/instruments/cssrs';
import type { IntakeOptions } from './types';

type Answers = Partial<Record<QuestionId, AnswerValue>>;

/**
 * Whether a question applies, given the answers so far. This is the questionnaire's skip logic in one
 * place; the machine asks the first applicable question that has no answer yet, so BACK (which removes
 * the last answer) and resume both fall out of the same rule.
 */
export function isApplicable(id: QuestionId, answers: Answers, options: IntakeOptions): boolean {
  const section = question(id).section;
  if (section === 'phq9') return options.includePhq9;
  if (section === 'gad7') return options.includeGad7;
  if (section === 'safety') return cssrsApplicable(id as CssrsItemId, answers);
  if (id === 'tx_therapy_helped') return answers.tx_therapy === 'yes';
  if (id === 'tx_medication_helped') return answers.tx_medication === 'yes';
  return true;
}

/** The C-SSRS answers among all answers, as the instrument's functions take them. */
export function screenerAnswers(answers: Answers): CssrsAnswers {
  const screener: CssrsAnswers = {};
  for (const [id, value] of Object.entries(answers)) {
    if (question(id).section === 'safety' && typeof value === 'boolean') screener[id as CssrsItemId] = value;
  }
  return screener;
}

/** The C-SSRS screener's skip logic, replayed from its first item (the instrument owns the rule). */
function cssrsApplicable(id: CssrsItemId, answers: Answers): boolean {
  const screener: CssrsAnswers = {};
  for (let next = cssrsNext(screener); next !== undefined; next = cssrsNext(screener)) {
    if (next === id) return true;
    const answer = answers[next];
    if (typeof answer !== 'boolean') return false;
    screener[next] = answer;
  }
  return false;
}

/** The next question to ask, or undefined when every applicable question has an answer. */
export function nextQuestion(answers: Answers, options: IntakeOptions): QuestionId | undefined {
  return QUESTION_ORDER.find((id) => answers[id] === undefined && isApplicable(id, answers, options));
}

export function sectionOf(id: QuestionId | undefined): Section | 'done' {
  return id === undefined ? 'done' : question(id).section;
}

/** Drops answers to questions that no longer apply (after BACK changed a branching answer). */
export function pruneAnswers(answers: Answers, options: IntakeOptions): Answers {
  const kept: Answers = {};
  for (const id of QUESTION_ORDER) {
    const value = answers[id];
    if (value !== undefined && isApplicable(id, kept, options)) kept[id] = value;
  }
  return kept;
}

/** The sections this conversation goes through (optional instruments only when switched on), for "Part 3 of 6". */
export function sectionsFor(options: IntakeOptions): Section[] {
  return SECTIONS.filter((s) => s !== 'welcome' && (s !== 'phq9' || options.includePhq9) && (s !== 'gad7' || options.includeGad7));
}

/** The first question of a section shows its choices in full; later ones can be shorter on SMS. */
export function isFirstOfSection(id: QuestionId): boolean {
  const section = question(id).section;
  return QUESTION_ORDER.find((q) => question(q).section === section) === id;
}

/** The C-SSRS item still to ask after the answers so far, or undefined when the screener is complete. */
export function nextScreenerItem(context: { answers: Answers }): CssrsItemId | undefined {
  return cssrsNext(screenerAnswers(context.answers));
}
