import { describeFamilies, describeRoutes, describeRulesNone, type Row } from './helpers';

/**
 * English families of round 6 (rules/en/round6.ts and the fixes beside it), written after scoring
 * fresh-r once: own paraphrases, not copied from the labelled set, each family with its hard negatives.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'sleep wished to last': [
    ['passive', "if i went to sleep and stayed that way i'd be ok with it"],
    ['passive', 'honestly if I fell asleep and stayed asleep I would not mind'],
    ['passive', 'just want to fall asleep and stay asleep forever'],
  ],
  '"so much to live for", answered with nothing': [
    ['passive', 'my pastor keeps saying I have a lot to live for. I cannot think of one'],
    ['passive', "i can't name a single thing to live for"],
  ],
  "not being anyone's problem much longer": [
    ['active', "don't worry, I won't be your burden for much longer"],
    ['active', 'wont be my familys problem very long'],
  ],
  'looking up how lethal a height or a dose is': [
    ['active', 'spent last night googling how high a building needs to be'],
    ['active', 'I looked up what dose is fatal for my meds'],
  ],
  'wanting out of everything': [
    ['active', "I just want out of this life"],
    ['active', 'i want out. out of everything. for good'],
  ],
  'a note drafted in the head': [
    ['active', 'my head keeps drafting the note'],
    ['active', "I've composed the note in my head over and over"],
  ],
  'a room sealed around charcoal': [
    ['imminent', 'the charcoal is lit inside the tent'],
    ['imminent', "vents are taped shut and the generator's on"],
  ],
  'police and fire slang for a last shift': [
    ['active', 'thinking about going 10-7 for good'],
    ['imminent', 'my end of watch is tonight'],
  ],
  'self-harm urges with no object after "cut"': [
    ['active', 'i want to cut so badly'],
    ['active', 'need to cut deep'],
    ['active', 'slipped up and cut again'],
  ],
  'last acts, two together or beside a means': [
    ['imminent', 'my letters are written and my things are given away'],
    ['imminent', 'gave all my guns away. wrote letters to my kids'],
    ['imminent', "my meds are counted out. the note's done"],
    ['imminent', "passwords in the red folder for my brother, dog's at my sister's"],
    ['imminent', "I won't be around for the follow up. the will is signed"],
    ['imminent', 'got everything I need from the gun store. picked the 3rd'],
  ],
  "a means written with \"'s\"": [
    ['imminent', "my pistol's in my hand"],
    ['imminent', "the noose's up. tonight"],
  ],
  'a farewell with an ending said of oneself': [
    ['imminent', "it's over for me. goodbye"],
  ],
  "nobody's going to miss me": [
    ['passive', "no one's gonna miss me when I'm gone"],
  ],
  'a time cue of "after this text"': [
    ['imminent', 'ending my life after this text'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  // insomnia, the commonest complaint in PTSD
  "if I could fall asleep and stay asleep through the night that'd be a blessing",
  'I fall asleep fine, I just cannot stay asleep',
  // a job, a move, a retirement
  "I won't be your problem much longer, my insurance switched me to another clinic",
  "I won't be around for Thursday's appointment, I'm out of town for work",
  'last day at my job friday, said goodbye to everyone',
  'retiring in june, already said goodbye to everyone on my crew',
  'gave all my stuff away to goodwill before the move',
  'my cover letter is written and my application is done',
  'I counted out my pills for the week into the organizer',
  // objects of "cut", and budgets
  'I want to cut my hair short',
  'we need to cut deep in the budget this year',
  'I want to cut back on drinking',
  'relapsed and cut my hair lol',
  // research and charcoal in ordinary life
  'I looked up how high the bridge is for my truck',
  "charcoal's lit, burgers in 20",
  'the windows are sealed for winter',
  // shorthand and other people's worries
  'signing off for good from facebook',
  "my wife worries I'll hurt myself. I won't, but she asked me to mention it",
  'I did the overdose response training at work',
  "my notes are on the desk, I need them for the exam",
];

describeFamilies('English round-6 families', FAMILIES);
describeRulesNone('English round-6 hard negatives (rules)', HARD_NEGATIVES);

describeRoutes('English round-6: the same words still route when the writer says them', [
  "my wife worries I'll hurt myself and honestly she's right",
  "I worry I'll hurt myself",
  'I want to cut again tonight',
]);
