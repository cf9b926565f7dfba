import { pcl5Steps, type Transcript } from './transcript';

export const likelyFitEnglish: Transcript = {
  name: 'English: a clean intake ends likely-fit, answers typed the way people type them',
  steps: [
    ['START', ['automated intake assistant', 'not a person', 'call or text 988', 'Would you like to start?']],
    ['yeah', ['First, a few basic questions.', 'How old are you?']],
    ["I'm 41", 'Which US state do you live in?'],
    ['colarado', 'diagnosed you with PTSD'],
    ['y', ['thoughts of suicide', 'call or text 988']],
    ['no', /./],
    ['nope', /./],
    ['no', ['20 questions', '(1 of 20)', '0 Not at all', '4 Extremely']],
    ...pcl5Steps(['3', 'quite a bit', '3', '4', 'extremely', 'three', '3', '2', 'moderately', '3', 'd', '3', '4', '3', '3', '2', '3', '3', '3', '4']),
    // The last PCL-5 answer moves to treatment history.
    ['yes', 'help your PTSD symptoms enough'],
    ['no', 'antidepressant'],
    ['yes', 'medication help'],
    ['not really', ['health questions', 'blood pressure']],
    ['no', 'psychosis'],
    ['no', 'drinking heavily'],
    ['no', 'pregnant'],
    ['no', 'seizure'],
    ['no', 'Which medications'],
    ['none', ['Almost done', 'first name']],
    ['my name is Ana', 'email'],
    ['ana.r@example.com', 'time zone'],
    ['mountain', 'Which days'],
    ['weekdays', 'time of day'],
    ['mornings', ['Thank you, Ana', 'ana.r@example.com', 'book a consultation', 'call or text 988']],
  ],
  ends: { state: 'outcome.likelyFit', risk: 'none', outcome: 'likely-fit' },
};
