import type { Transcript } from './transcript';

export const underageThenBack: Transcript = {
  name: 'English: under 18 is not eligible, kindly, with resources; BACK fixes a typo in the age',
  steps: [
    ['hi', 'Would you like to start?'],
    ['yes', 'How old are you?'],
    ['16', ['only for adults 18 and over', 'call or text 988', 'HOME to 741741', 'send BACK']],
    ['hello?', 'This pre-screen has ended'],
    ['BACK', ["OK, let's change that answer", 'How old are you?']],
    ['61', 'Which US state do you live in?'],
  ],
  ends: { state: 'active.questionnaire.eligibility', risk: 'none' },
};

export const stateNotServedSpanish: Transcript = {
  name: 'Spanish: a state the program does not serve is not eligible, naming the states it serves',
  options: { servedStates: ['CO', 'NM'] },
  steps: [
    ['hola', '¿Quiere comenzar?'],
    ['claro', '¿Cuántos años tiene?'],
    ['40', '¿En qué estado'],
    ['Texas', ['solo atiende a personas que viven en Colorado y Nuevo México', 'ptsd.va.gov', '988']],
  ],
  ends: { state: 'outcome.notEligible', risk: 'none', outcome: 'not-eligible' },
};

export const stateNotServedEnglish: Transcript = {
  name: 'English: a state the program does not serve is not eligible',
  options: { servedStates: ['CO', 'NM'] },
  steps: [
    ['START', 'Would you like to start?'],
    ['yes', 'How old are you?'],
    ['29', 'Which US state'],
    ['FL', ['only serve people who live in Colorado and New Mexico', 'ptsd.va.gov', 'call or text 988']],
  ],
  ends: { state: 'outcome.notEligible', risk: 'none', outcome: 'not-eligible' },
};
