import type { Locale, Localized } from './locale';
import { PCL5_STEM } from './instruments/pcl5';
import { PHQ9_STEM } from './instruments/phq9';
import { GAD7_STEM } from './instruments/gad7';
import { MESSAGES } from './copy/messages';
import { crisisFollowUp, crisisReply } from './copy/crisis';
import { fill } from './copy/template';
import type { ProgramFacts } from './copy/program';
import { question, sectionQuestions, type Section } from './questions';
import { US_STATES } from './parse/us-state';
import type { IntakeContext, Reply } from '../machines/intake/types';
import { sectionsFor } from '../machines/intake/flow';
import type { IntakeOutcome } from '../machines/intake/outcome';

/**
 * Turns what the machine wants said into words for one locale and one channel.
 * - `sms`: plain text, short; a rating scale is listed in full on its first question and on a re-ask only.
 * - `web`: choices become buttons (Web Chat suggested actions); crisis copy carries tap-to-call links.
 * - `terminal`: the developer chat; choices are listed as numbered lines.
 */
export type ChannelStyle = 'sms' | 'web' | 'terminal';

export interface RenderedReply {
  text: string;
  /** Button labels for channels that show them; the label typed back is understood as the answer. */
  choices?: string[];
  /** Set on crisis replies so a channel can show a 988 banner. */
  crisisTier?: string;
}

const SECTION_INTRO: Record<Exclude<Section, 'welcome'>, keyof typeof MESSAGES> = {
  eligibility: 'sectionEligibility',
  safety: 'sectionSafety',
  pcl5: 'sectionPcl5',
  treatment: 'sectionTreatment',
  medical: 'sectionMedical',
  phq9: 'sectionPhq9',
  gad7: 'sectionGad7',
  contact: 'sectionContact',
};

/** Sections long enough that "question 7 of 20" helps. */
const COUNTED_SECTIONS: ReadonlySet<Section> = new Set(['pcl5', 'phq9', 'gad7']);

const OF: Record<Locale, string> = { en: 'of', es: 'de' };
const REPLY_WITH: Record<Locale, string> = { en: 'Reply', es: 'Responda' };
const REPLY_YES_NO: Record<Locale, string> = { en: 'Reply YES or NO.', es: 'Responda SÍ o NO.' };

/** Rating items are the end of a sentence that starts with the instrument's stem; it is shown with each. */
const STEMS: Partial<Record<Section, Localized>> = { pcl5: PCL5_STEM, phq9: PHQ9_STEM, gad7: GAD7_STEM };

export function render(reply: Reply, context: IntakeContext, style: ChannelStyle, program: ProgramFacts): RenderedReply {
  const locale = context.locale;
  switch (reply.kind) {
    case 'message':
      return { text: fill(MESSAGES[reply.key][locale], vars(context, program)) };
    case 'section': {
      if (reply.section === 'welcome') return { text: '' };
      const parts = sectionsFor(context.options);
      const part = locale === 'en' ? 'Part' : 'Parte';
      return { text: `${part} ${parts.indexOf(reply.section) + 1} ${OF[locale]} ${parts.length}: ${MESSAGES[SECTION_INTRO[reply.section]][locale]}` };
    }
    case 'question':
      return renderQuestion(reply.id, locale, style, reply.showChoices, reply.afterMiss ?? false);
    case 'crisis':
      return { text: crisisReply(reply.tier, locale, style === 'sms' ? 'sms' : 'web'), crisisTier: reply.tier };
    case 'crisisFollowUp':
      return { text: crisisFollowUp(locale) };
    case 'outcome': {
      const key = OUTCOME_MESSAGE[reply.outcome](context);
      return key ? { text: fill(MESSAGES[key][locale], vars(context, program)) } : { text: '' };
    }
  }
}

const OUTCOME_MESSAGE: Record<IntakeOutcome['kind'], (c: IntakeContext) => keyof typeof MESSAGES | undefined> = {
  'likely-fit': () => 'outcomeLikelyFit',
  'needs-review': () => 'outcomeNeedsReview',
  'not-eligible': (c) => (c.outcome?.kind === 'not-eligible' && c.outcome.reason === 'age' ? 'notEligibleAge' : 'notEligibleState'),
  // The crisis copy itself is the reply; nothing more to say here.
  crisis: () => undefined,
};

function renderQuestion(id: string, locale: Locale, style: ChannelStyle, showChoices: boolean, afterMiss: boolean): RenderedReply {
  const q = question(id);
  const progress = COUNTED_SECTIONS.has(q.section)
    ? `(${sectionQuestions(q.section).findIndex((s) => s.id === id) + 1} ${OF[locale]} ${sectionQuestions(q.section).length}) `
    : '';
  const stem = STEMS[q.section];
  const prompt = `${progress}${stem ? `${stem[locale]} ` : ''}${q.prompt[locale]}`;
  if (!q.choices) return { text: afterMiss && q.hint ? `${prompt} ${q.hint[locale]}` : prompt };

  const first = q.numbering ?? 1;
  const labels = q.choices.map((c) => c[locale]);
  const numbered = labels.map((label, i) => `${i + first} ${label}`);
  switch (style) {
    case 'web':
      return { text: prompt, choices: labels };
    case 'terminal':
      return { text: `${prompt}\n${numbered.map((line) => `  ${line}`).join('\n')}` };
    case 'sms':
      if (q.answerKind === 'yes-no') return { text: afterMiss ? `${prompt} ${REPLY_YES_NO[locale]}` : prompt };
      return {
        // Short lists are always labelled ("3" alone would mean nothing); scales are listed in full when it helps.
        text: showChoices || labels.length <= 3
          ? `${prompt} ${REPLY_WITH[locale]}: ${numbered.join(', ')}`
          : `${prompt} (${REPLY_WITH[locale]} ${first}-${labels.length - 1 + first})`,
      };
  }
}

function vars(context: IntakeContext, program: ProgramFacts): Record<string, string> {
  const name = context.answers.first_name;
  const email = context.answers.email;
  return {
    programName: program.programName,
    supportContact: program.supportContact,
    firstName: typeof name === 'string' ? name : '',
    email: typeof email === 'string' ? email : '',
    servedStates: servedStateNames(context.options.servedStates, context.locale),
  };
}

function servedStateNames(codes: readonly string[], locale: Locale): string {
  const names = US_STATES.filter((s) => codes.includes(s.code)).map((s) => (locale === 'es' && s.nameEs) || s.name);
  if (names.length <= 1) return names.join('');
  const and = locale === 'es' ? 'y' : 'and';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
