import type { Step, Transcript } from './transcript';

/** Up to the first C-SSRS question, in English. */
const toScreener: Step[] = [
  ['START', 'Would you like to start?'],
  ['ok', 'How old are you?'],
  ['33', 'Which US state'],
  ['Oregon', 'PTSD'],
  ['no', 'thoughts of suicide'],
];

export const hedgedScreenerAnswer: Transcript = {
  name: 'A hedged answer to a suicide question ("sometimes") routes, with 988 in that reply: when unsure, route',
  steps: [...toScreener, ['sometimes', ['Thank you for sharing that with me', /call or text 988/i]]],
  ends: { state: 'crisis.screening', risk: 'passive', outcome: 'crisis' },
};

export const refusedScreenerAnswer: Transcript = {
  name: 'Refusing to answer a suicide question is not a "no": it routes for a clinician to look',
  steps: [...toScreener, ['no', /./], ["I'd rather not say", /call or text 988/i]],
  ends: { state: 'crisis.screening', risk: 'active', outcome: 'crisis' },
};

export const countedScreenerAnswer: Transcript = {
  name: '"2 times" to the lifetime behaviour question is a yes, not option 2',
  steps: [...toScreener, ['no', /./], ['no', 'Have you ever done anything'], ['2 times', [/call or text 988/i, 'Was this within the past 3 months?']]],
  ends: { state: 'crisis.screening', risk: 'history', outcome: 'crisis' },
};

export const crisisDuringScreening: Transcript = {
  name: 'A crisis sentence typed while the screen goes on in crisis mode is answered and the open item asked again',
  steps: [
    ...toScreener,
    ['yes', 'actually had any thoughts of killing yourself'],
    ['yes I think about killing myself every day', ["I'm letting our clinical team know", 'thinking about how you might do this']],
    ['no', 'intention of acting on them'],
  ],
  ends: { state: 'crisis.screening', risk: 'active', outcome: 'crisis' },
};

export const structuredAnswerWithSignal: Transcript = {
  name: 'A screener "yes" that also carries words the detector flags is recorded and routed at the higher tier',
  steps: [...toScreener, ['no', /./], ['yes, every day', ["I'm letting our clinical team know", /call or text 988/i]]],
  ends: { state: 'crisis.screening', risk: 'active', outcome: 'crisis' },
};

export const spanishFirstMessageCrisis: Transcript = {
  name: 'A first message in Spanish that carries a crisis signal gets the Spanish 988 copy',
  steps: [['me quiero matar', ['Llame o envíe un texto al 988', 'equipo clínico']]],
  ends: { state: 'crisis.open', outcome: 'crisis' },
};

export const cryForHelp: Transcript = {
  name: '"I need help" or "is this a real person?" gets HELP (automated, 988) and the question again, not "didn\'t understand"',
  steps: [
    ['START', 'Would you like to start?'],
    ['is this a real person?', ['automated pre-screen', /call or text 988/i, 'Would you like to start?']],
    ['yes', 'How old are you?'],
    ['necesito ayuda', ['automated pre-screen', 'How old are you?']],
  ],
  ends: { state: 'active.questionnaire.eligibility', risk: 'none' },
};

export const languageAtWelcome: Transcript = {
  name: 'ESPAÑOL at the welcome repeats the whole welcome (automated, not a crisis service, 988) in Spanish',
  steps: [
    ['START', 'Would you like to start?'],
    ['ESPAÑOL', ['asistente automático', 'No soy una persona ni un servicio de crisis', '988', '¿Quiere comenzar?']],
    ['begin', '¿Cuántos años tiene?'],
  ],
  ends: { state: 'active.questionnaire.eligibility', risk: 'none' },
};

export const smsYesNoReask: Transcript = {
  name: 'By SMS a yes/no question that was not understood is asked again with its options',
  steps: [...toScreener.slice(0, 4), ['hmm', ["Sorry, I didn't understand", 'Reply: 1 Yes, 2 No, 3 Not sure']], ['3', 'thoughts of suicide'], ['banana', ['Reply YES or NO']]],
  ends: { state: 'active.questionnaire.safety', risk: 'none' },
};

export const underageCorrected: Transcript = {
  name: 'An age changed with BACK after "under 18" finishes the pre-screen but goes to a clinician to confirm',
  steps: [
    ['START', /./],
    ['yes', 'How old are you?'],
    ['16', 'only for adults 18 and over'],
    ['back', 'How old are you?'],
    ['I turn 18 next week', "Sorry, I didn't understand"],
    ['18', 'Which US state'],
  ],
  ends: { state: 'active.questionnaire.eligibility', risk: 'none' },
};
