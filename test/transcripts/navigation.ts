import { pcl5Steps, type Step, type Transcript } from './transcript';

const toPcl5: Step[] = [
  ['START', 'Would you like to start?'],
  ['yes', 'How old are you?'],
  ['45', 'Which US state'],
  ['TX', 'PTSD'],
  ['yes', 'thoughts of suicide'],
  ['no', /./],
  ['no', /./],
  ['no', '(1 of 20)'],
];

export const backAcrossSections: Transcript = {
  name: 'BACK at the first PCL-5 item goes back into the safety screen, then forward again',
  steps: [
    ...toPcl5,
    ['back', ["OK, let's change that answer", 'Have you ever done anything']],
    ['no', '(1 of 20)'],
    ['2', '(2 of 20)'],
    ['back', '(1 of 20)'],
    ['1', '(2 of 20)'],
  ],
  ends: { state: 'active.questionnaire.pcl5', risk: 'none' },
};

export const threeMisses: Transcript = {
  name: 'An answer that cannot be understood is asked again with the options; after three misses the bot offers HELP',
  steps: [
    ...toPcl5,
    ['banana', ["Sorry, I didn't understand", '0 Not at all', '4 Extremely']],
    ['7', ["Sorry, I didn't understand", '0 Not at all']],
    ['🙂🙂🙂', ["Sorry, I didn't understand", 'Having trouble? Send HELP']],
    ['HELP', ['automated pre-screen', 'BACK', /call or text 988/i, '(1 of 20)']],
    ['2', '(2 of 20)'],
  ],
  ends: { state: 'active.questionnaire.pcl5', risk: 'none' },
};

export const badInputIsAskedAgain: Transcript = {
  name: 'Empty, very long, emoji-only, out-of-range and made-up answers get a clear re-ask and lose nothing',
  steps: [
    ['START', 'Would you like to start?'],
    ['', ["Sorry, I didn't understand", 'Would you like to start?']],
    ['yes', 'How old are you?'],
    ['x'.repeat(2000), ["Sorry, I didn't understand", 'your age in years']],
    ['250', ["Sorry, I didn't understand", 'your age in years']],
    ['38', 'Which US state'],
    ['Narnia', ["Sorry, I didn't understand", 'name of the state']],
    ['🏔️', ["Sorry, I didn't understand", 'name of the state']],
    ['Montana', 'PTSD'],
  ],
  ends: { state: 'active.questionnaire.eligibility', risk: 'none' },
};

export const languageSwitchAndPause: Transcript = {
  name: 'ESPAÑOL switches language mid-way; STOP pauses and any message resumes at the same question',
  steps: [
    ['START', 'Would you like to start?'],
    ['yes', 'How old are you?'],
    ['ESPAÑOL', ['De acuerdo, seguimos en español', '¿Cuántos años tiene?']],
    ['ENGLISH', ["OK, we'll continue in English", 'How old are you?']],
    ['STOP', ['Paused', 'answers so far are saved', /call or text 988/i]],
    ['hi again', ['Welcome back', 'How old are you?']],
    ['REPEAT', 'How old are you?'],
    ['restart', ['Starting over', 'Would you like to start?']],
  ],
  ends: { state: 'active.welcome', risk: 'none' },
};

export const crisisMidPcl5English: Transcript = {
  name: 'A crisis sentence typed in the middle of the PCL-5 leaves the questionnaire for crisis, with 988 in that reply',
  steps: [
    ...toPcl5,
    ['2', '(2 of 20)'],
    ['honestly some nights I just want to kill myself', [/call or text 988/i, '988lifeline.org']],
    ['3', 'sharing your messages with our clinical team'],
    ['RESTART', 'sharing your messages with our clinical team'],
  ],
  ends: { state: 'crisis.open', outcome: 'crisis' },
};

export const pcl5ItemNineByNumber: Transcript = {
  name: '"Number 9 is a 3" at PCL-5 item 9 answers that item: not read as the PHQ-9 self-harm question, no crisis',
  steps: [
    ...toPcl5,
    ...pcl5Steps(['1', '1', '1', '1', '1', '1', '1', '1']),
    ['number 9 is a 3', /\((?:9|10) of 20\)/],
  ],
  ends: { state: 'active.questionnaire.pcl5', risk: 'none' },
};

export const crisisMidPcl5Spanish: Transcript = {
  name: 'Spanish: a crisis sentence in the middle of the PCL-5 leaves for crisis with the Spanish 988 copy',
  steps: [
    ['hola', '¿Quiere comenzar?'],
    ['sí', '¿Cuántos años tiene?'],
    ['39', '¿En qué estado'],
    ['California', 'TEPT'],
    ['no', 'suicidio'],
    ['no', /./],
    ['no', /./],
    ['no', '(1 de 20)'],
    ['ya no aguanto, me quiero matar', ['988', '988lifeline.org']],
  ],
  ends: { state: 'crisis.open', outcome: 'crisis' },
};
