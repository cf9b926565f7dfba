import type { Step, Transcript } from './transcript';

/** Up to the first C-SSRS question, in English. */
const toScreener: Step[] = [
  ['START', 'Would you like to start?'],
  ['yes', 'How old are you?'],
  ['33', 'Which US state'],
  ['Oregon', 'PTSD'],
  ['no', 'thoughts of suicide'],
];

export const screenerQ1: Transcript = {
  name: 'C-SSRS Q1 yes routes as passive at once, with 988 in that reply; the screener is finished in crisis mode',
  steps: [
    ...toScreener,
    ['yes', ['Thank you for sharing that with me', /call or text 988/i, '988lifeline.org', 'press 1', 'HOME to 741741']],
    ['no', /./],
    ['no', ['sharing your messages with our clinical team', '988']],
    ['ok thanks', ['sharing your messages with our clinical team', '988']],
  ],
  ends: { state: 'crisis.open', risk: 'passive', outcome: 'crisis' },
};

export const screenerQ2ThenQ4: Transcript = {
  name: 'C-SSRS Q2 yes routes as active; a later Q4 yes raises it to imminent with the 911 line',
  steps: [
    ...toScreener,
    ['no', /./],
    ['yes', ["I'm letting our clinical team know", /call or text 988/i]],
    ['no', /./],
    ['yes', ['call 911 now', /call or text 988/i]],
    ['no', /./],
    ['no', /./],
  ],
  ends: { state: 'crisis.open', risk: 'imminent', outcome: 'crisis' },
};

export const screenerQ6Lifetime: Transcript = {
  name: 'C-SSRS Q6 lifetime yes routes as history; "not in the past 3 months" keeps it history',
  steps: [
    ...toScreener,
    ['no', /./],
    ['no', /./],
    ['yes', ['Thank you for sharing that with me', /call or text 988/i]],
    ['no', ['sharing your messages with our clinical team']],
  ],
  ends: { state: 'crisis.open', risk: 'history', outcome: 'crisis' },
};

export const screenerQ6Recent: Transcript = {
  name: 'C-SSRS Q6 within the past 3 months routes as imminent',
  steps: [
    ...toScreener,
    ['no', /./],
    ['no', /./],
    ['yes', /call or text 988/i],
    ['yes', ['call 911 now', /call or text 988/i]],
    ['can I still do the program?', 'sharing your messages with our clinical team'],
  ],
  ends: { state: 'crisis.open', risk: 'imminent', outcome: 'crisis' },
};

export const screenerSpanish: Transcript = {
  name: 'Spanish: C-SSRS Q2 yes routes as active with the Spanish 988 copy',
  steps: [
    ['hola', '¿Quiere comenzar?'],
    ['sí', '¿Cuántos años tiene?'],
    ['52', '¿En qué estado'],
    ['Florida', 'TEPT'],
    ['sí', 'pensamientos de suicidio'],
    ['no', /./],
    ['sí', ['Gracias por decírmelo', 'Llame o envíe un texto al 988', 'oprima 2']],
  ],
  ends: { state: 'crisis.screening', risk: 'active', outcome: 'crisis' },
};
