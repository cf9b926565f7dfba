import type { Localized } from './locale';
import { PCL5_ITEMS, PCL5_OPTIONS } from './instruments/pcl5';
import { CSSRS_ITEMS } from './instruments/cssrs';
import { PHQ9_ITEMS, PHQ9_OPTIONS } from './instruments/phq9';
import { GAD7_ITEMS, GAD7_OPTIONS } from './instruments/gad7';
import { parseYesNo } from './parse/yes-no';
import { parseChoice } from './parse/choice';
import { parseAge } from './parse/age';
import { parseUsState } from './parse/us-state';
import { parseEmail } from './parse/email';
import { parseTimezone } from './parse/timezone';
import { parseDays } from './parse/days';
import { parseTimesOfDay } from './parse/times';
import { parseFirstName } from './parse/text';
import { parseMedicationList } from './parse/medication-list';

/**
 * Every question of the candidate assessment: its words, its choices and how its answer is understood.
 * The order and skip logic live in machines/intake/flow.ts; this file only knows what each question is.
 */
export const SECTIONS = ['welcome', 'eligibility', 'safety', 'pcl5', 'treatment', 'medical', 'phq9', 'gad7', 'contact'] as const;
export type Section = (typeof SECTIONS)[number];

export type AnswerValue = boolean | number | string | readonly string[];
export type YesNoUnsure = 'yes' | 'no' | 'unsure';

export interface Question {
  id: string;
  section: Section;
  prompt: Localized;
  /** Choices shown as buttons on the web and as a numbered list in text. */
  choices?: readonly Localized[];
  /** 0 for rating scales (0 = "Not at all"), 1 for plain lists. */
  numbering?: 0 | 1;
  /** Shown when an answer is not understood and there are no choices to list. */
  hint?: Localized;
  /** Tells free-text triage how to read a bare "yes" or "no" (see src/triage). */
  answerKind: 'yes-no' | 'choice' | 'free-text';
  aboutSelfHarm?: boolean;
  /** Asks for a day or a time of day: crisis triage then reads "Saturday" as an answer (see src/triage). */
  asksForTime?: boolean;
  /** Returns the understood answer, or undefined to ask again. Never guesses. */
  parse(text: string): AnswerValue | undefined;
}

const YES_NO: readonly Localized[] = [
  { en: 'Yes', es: 'Sí' },
  { en: 'No', es: 'No' },
];
const YES_NO_UNSURE: readonly Localized[] = [...YES_NO, { en: 'Not sure', es: 'No estoy seguro/a' }];
const UNSURE_WORDS = /^(not sure|unsure|i don'?t know|dont know|idk|maybe|no se|no estoy segur[oa]|quiza|tal vez|ns)$/;

/** Folded for the small word lists below: lower case, no accents, no end punctuation. */
function plain(text: string): string {
  return text.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[.!?¿¡]+/g, '').replace(/\s+/g, ' ');
}

/** On a yes/no question a digit counts only as the whole answer ("2"), never inside words ("2 times"). */
function yesNoAnswer(text: string): boolean | undefined {
  const digit = /^\s*\(?([12])\)?\s*$/.exec(text);
  if (digit) return digit[1] === '1';
  return parseYesNo(text);
}

function yesNoUnsure(text: string): YesNoUnsure | undefined {
  if (UNSURE_WORDS.test(plain(text))) return 'unsure';
  const digit = /^\s*\(?([123])\)?\s*$/.exec(text);
  if (digit) return (['yes', 'no', 'unsure'] as const)[Number(digit[1]) - 1];
  // A number inside words ("I tried 2 of them") is not a choice of option 2.
  const picked = /\d/.test(text) ? undefined : parseChoice(text, YES_NO_UNSURE, { numbering: 1 });
  if (picked !== undefined) return (['yes', 'no', 'unsure'] as const)[picked];
  const yn = parseYesNo(text);
  return yn === undefined ? undefined : yn ? 'yes' : 'no';
}

/**
 * Answers to questions about suicide and self-harm. "When unsure, route": hedges ("sometimes", "maybe",
 * "a veces"), counts ("2 times") and refusals ("I'd rather not say") count as yes, so a clinician looks.
 * Only a clear "no" is a no; anything else unreadable is asked again.
 */
const SAFETY_REFUSAL = /\b(rather not|prefer not|dont want to (answer|say|talk)|not going to (answer|say)|wont (answer|say)|no quiero (contestar|responder|decir|hablar)|prefiero no)\b/;
const SAFETY_HEDGE =
  /\b(sometimes|some times|kind of|kinda|sort of|a little|a bit|maybe|i guess|i think so|probably|occasionally|not sure|unsure|idk|i dont know|dont know|every ?day|a lot|often|a veces|tal vez|quizas?|creo que si|un poco|no se|no estoy segur[oa]|a menudo|seguido|todos los dias|mucho|casi)\b/;
const SAFETY_COUNT = /\b(\d+|once|twice|one|two|three|several|many) (times?|veces)\b|\b(once|twice|una vez|dos veces|varias veces)\b/;

export function parseSafetyAnswer(text: string): boolean | undefined {
  const folded = plain(text).replace(/'/g, '');
  if (SAFETY_REFUSAL.test(folded)) return true;
  const answer = yesNoAnswer(text);
  if (answer !== undefined) return answer;
  if (SAFETY_HEDGE.test(folded) || SAFETY_COUNT.test(folded)) return true;
  return undefined;
}

/** Consent also takes the ways people say "go ahead". */
const CONSENT_WORDS = /^(ok|okay|k|kk|sure|ready|lets go|lets do it|go|go ahead|start|begin|dale|vamos|va|listo|lista|de acuerdo|empezar|comenzar|claro que si|👍)$/u;

function parseConsent(text: string): boolean | undefined {
  if (CONSENT_WORDS.test(plain(text).replace(/'/g, ''))) return true;
  return yesNoAnswer(text);
}

/** Ages: "I turn 18 next week" is not an age yet, and under 10 is a typo, not a candidate. */
const FUTURE_AGE = /\b(turn|turning|will be|gonna be|next|cumplo|voy a cumplir|proxim[oa])\b/;
function parseCandidateAge(text: string): number | undefined {
  if (FUTURE_AGE.test(plain(text))) return undefined;
  const age = parseAge(text);
  return age !== undefined && age >= 10 ? age : undefined;
}

/** State codes that are also everyday words count only when typed as a code (upper case): "OK" yes, "ok" no. */
const WORDLIKE_CODES = new Set(['ok', 'oh', 'me', 'in', 'or', 'de', 'hi']);
function parseStateAnswer(text: string): string | undefined {
  if (WORDLIKE_CODES.has(text.trim())) return undefined;
  return parseUsState(text);
}

function yesNoQuestion(
  id: string,
  section: Section,
  prompt: Localized,
  parse: (text: string) => boolean | undefined = yesNoAnswer,
): Question {
  return { id, section, prompt, choices: YES_NO, numbering: 1, answerKind: 'yes-no', aboutSelfHarm: parse === parseSafetyAnswer, parse };
}

function yesNoUnsureQuestion(id: string, section: Section, prompt: Localized): Question {
  return { id, section, prompt, choices: YES_NO_UNSURE, numbering: 1, answerKind: 'choice', parse: yesNoUnsure };
}

function scaleQuestion(id: string, section: Section, prompt: Localized, options: readonly Localized[], aboutSelfHarm = false): Question {
  return {
    id,
    section,
    prompt,
    choices: options,
    numbering: 0,
    answerKind: 'choice',
    aboutSelfHarm,
    parse: (text) => parseChoice(text, options, { numbering: 0 }),
  };
}

const QUESTION_LIST: readonly Question[] = [
  yesNoQuestion(
    'consent',
    'welcome',
    { en: 'Would you like to start? (yes or no)', es: '¿Quiere comenzar? (sí o no)' },
    parseConsent,
  ),

  {
    id: 'age',
    section: 'eligibility',
    prompt: { en: 'How old are you?', es: '¿Cuántos años tiene?' },
    hint: { en: 'Please answer with your age in years, for example 42.', es: 'Responda con su edad en años, por ejemplo 42.' },
    answerKind: 'free-text',
    parse: parseCandidateAge,
  },
  {
    id: 'state',
    section: 'eligibility',
    prompt: { en: 'Which US state do you live in?', es: '¿En qué estado de EE. UU. vive?' },
    hint: {
      en: 'Please answer with the name of the state, for example Colorado or CO.',
      es: 'Responda con el nombre del estado, por ejemplo Colorado o CO.',
    },
    answerKind: 'free-text',
    parse: parseStateAnswer,
  },
  yesNoUnsureQuestion('ptsd_diagnosis', 'eligibility', {
    en: 'Has a doctor, psychologist or other clinician ever diagnosed you with PTSD?',
    es: '¿Algún médico, psicólogo u otro profesional clínico le ha diagnosticado TEPT (trastorno de estrés postraumático)?',
  }),

  ...CSSRS_ITEMS.map((item) => yesNoQuestion(item.id, 'safety', item.text, parseSafetyAnswer)),

  ...PCL5_ITEMS.map((item) => scaleQuestion(item.id, 'pcl5', item.text, PCL5_OPTIONS)),

  yesNoUnsureQuestion('tx_therapy', 'treatment', {
    en: 'Have you had a trauma-focused talk therapy for PTSD, such as CPT, PE or EMDR?',
    es: '¿Ha recibido una terapia psicológica centrada en el trauma para el TEPT, como TPC (CPT), EP (PE) o EMDR?',
  }),
  yesNoUnsureQuestion('tx_therapy_helped', 'treatment', {
    en: 'Did that therapy help your PTSD symptoms enough?',
    es: '¿Esa terapia le ayudó lo suficiente con los síntomas del TEPT?',
  }),
  yesNoUnsureQuestion('tx_medication', 'treatment', {
    en: 'Have you taken an antidepressant prescribed for PTSD for at least 8 weeks?',
    es: '¿Ha tomado un antidepresivo recetado para el TEPT durante al menos 8 semanas?',
  }),
  yesNoUnsureQuestion('tx_medication_helped', 'treatment', {
    en: 'Did that medication help your PTSD symptoms enough?',
    es: '¿Ese medicamento le ayudó lo suficiente con los síntomas del TEPT?',
  }),

  yesNoUnsureQuestion('med_heart', 'medical', {
    en: 'Do you have high blood pressure that is not under control, or any heart disease?',
    es: '¿Tiene presión arterial alta que no está controlada, o alguna enfermedad del corazón?',
  }),
  yesNoUnsureQuestion('med_psychosis', 'medical', {
    en: 'Have you ever been told you had psychosis, schizophrenia, mania or bipolar disorder?',
    es: '¿Alguna vez le dijeron que tenía psicosis, esquizofrenia, manía o trastorno bipolar?',
  }),
  yesNoUnsureQuestion('med_substance', 'medical', {
    en: 'In the past 3 months, have you been drinking heavily or using drugs that were not prescribed to you?',
    es: 'En los últimos 3 meses, ¿ha bebido alcohol en exceso o ha usado drogas que no le recetaron?',
  }),
  yesNoUnsureQuestion('med_pregnancy', 'medical', {
    en: 'Are you pregnant, trying to become pregnant, or breastfeeding? (Answer no if this does not apply to you.)',
    es: '¿Está embarazada, buscando un embarazo o amamantando? (Responda no si no aplica en su caso.)',
  }),
  yesNoUnsureQuestion('med_seizures', 'medical', {
    en: 'Have you ever had a seizure?',
    es: '¿Alguna vez ha tenido una convulsión?',
  }),
  {
    id: 'med_list',
    section: 'medical',
    prompt: {
      en: 'Which medications do you take now, including any for sleep, anxiety or pain? List them, or send NONE.',
      es: '¿Qué medicamentos toma ahora, incluidos los que toma para dormir, la ansiedad o el dolor? Escríbalos, o envíe NINGUNO.',
    },
    hint: {
      en: 'Please type the names of your medications, or NONE.',
      es: 'Escriba los nombres de sus medicamentos, o NINGUNO.',
    },
    answerKind: 'free-text',
    parse: parseMedicationList,
  },

  ...PHQ9_ITEMS.map((item, i) => scaleQuestion(item.id, 'phq9', item.text, PHQ9_OPTIONS, i === 8)),
  ...GAD7_ITEMS.map((item) => scaleQuestion(item.id, 'gad7', item.text, GAD7_OPTIONS)),

  {
    id: 'first_name',
    section: 'contact',
    prompt: { en: 'What is your first name?', es: '¿Cuál es su nombre?' },
    hint: { en: 'Please type your first name.', es: 'Escriba su nombre.' },
    answerKind: 'free-text',
    parse: parseFirstName,
  },
  {
    id: 'email',
    section: 'contact',
    prompt: { en: 'What email address should our team use?', es: '¿Qué correo electrónico debe usar nuestro equipo?' },
    hint: { en: 'Please type an email address, for example name@example.com.', es: 'Escriba un correo electrónico, por ejemplo nombre@ejemplo.com.' },
    answerKind: 'free-text',
    parse: parseEmail,
  },
  {
    id: 'timezone',
    section: 'contact',
    prompt: {
      en: 'What time zone are you in? For example Eastern, Central, Mountain, Arizona or Pacific.',
      es: '¿En qué zona horaria está? Por ejemplo: del Este, Central, de la Montaña, Arizona o del Pacífico.',
    },
    hint: { en: 'Please answer Eastern, Central, Mountain, Arizona, Pacific, Alaska or Hawaii.', es: 'Responda: del Este, Central, de la Montaña, Arizona, del Pacífico, Alaska o Hawái.' },
    answerKind: 'free-text',
    parse: parseTimezone,
  },
  {
    id: 'days',
    section: 'contact',
    prompt: {
      en: 'Which days work best for a call? For example: weekdays, Mon Wed Fri, or any day.',
      es: '¿Qué días le funcionan mejor para una llamada? Por ejemplo: entre semana, lunes miércoles viernes, o cualquier día.',
    },
    hint: { en: 'Please name the days, for example: Tuesday and Thursday, or weekdays.', es: 'Escriba los días, por ejemplo: martes y jueves, o entre semana.' },
    answerKind: 'free-text',
    asksForTime: true,
    parse: parseDays,
  },
  {
    id: 'times',
    section: 'contact',
    prompt: {
      en: 'What time of day works best? Morning, afternoon, evening, or more than one.',
      es: '¿A qué hora del día le funciona mejor? Mañana, tarde, noche, o más de una.',
    },
    hint: { en: 'Please answer morning, afternoon or evening.', es: 'Responda mañana, tarde o noche.' },
    answerKind: 'free-text',
    asksForTime: true,
    parse: parseTimesOfDay,
  },
];

export type QuestionId = string;

export const QUESTIONS: ReadonlyMap<QuestionId, Question> = new Map(QUESTION_LIST.map((q) => [q.id, q]));

/** Question ids in the order they are asked, before skip logic. */
export const QUESTION_ORDER: readonly QuestionId[] = QUESTION_LIST.map((q) => q.id);

export function question(id: QuestionId): Question {
  const q = QUESTIONS.get(id);
  if (!q) throw new Error(`unknown question id ${id}`);
  return q;
}

/** Questions of one section in order, for "question 7 of 20". */
export function sectionQuestions(section: Section): readonly Question[] {
  return QUESTION_LIST.filter((q) => q.section === section);
}
