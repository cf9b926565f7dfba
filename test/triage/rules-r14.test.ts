import { describeFamilies, describeRulesNone, type Row } from './helpers';

/**
 * Round 14: fixes written after scoring fresh-aa once (2026-11-28; English voices from teenagers to
 * Vietnam veterans), each as a family with its own paraphrases and hard negatives.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'passive, told sideways': [
    ['passive', 'the business is worth more without me'],
    ['passive', "if someone stabbed me in the yard I don't think I'd mind"],
    ['passive', "I don't see myself being around in ten years and I'm fine with that"],
    ['passive', "stopped caring if I make it home at night"],
    ['passive', 'I just want to stop being.'],
    ["passive", "i daydream about getting sick with something that takes me"],
    ['passive', "lowkey hoping my flight back to campus goes down"],
    ['passive', "nobody would notice I'd been gone for a week"],
    ['passive', 'I just want to go to sleep and not have to wake up'],
  ],
  'active: the thoughts winning, not braking, the razor again': [
    ['active', 'the intrusive thoughts about the bridge are winning'],
    ["active", "the thoughts are back, the what if i just didn't stop ones"],
    ['active', 'went back to the blade last night'],
  ],
  'history told in passing': [
    ['history', 'years ago I aimed my truck at a tree and pulled off at the last second'],
    ['history', 'I was in the hospital in 2012 for something I tried'],
    ['history', 'in my twenties I came real close to doing something'],
    ['history', 'did an inpatient program for self harm in college'],
    ['history', 'In 2010 I sat with my gun for hours. That is behind me.'],
  ],
  'an answer "no" the writer takes back': [
    ['active', 'do I want to die? no, but I think about it'],
    ['active', 'suicidal thoughts: no, but sometimes'],
  ],
  'a means named in slang, cues that count together': [
    ['imminent', "duty weapon's in my lap. not going home after shift"],
    ['imminent', "sitting outside the station with my off duty piece. tell my sergeant i'm sorry"],
    ['imminent', "emails are scheduled to go out tomorrow. gym's cancelled"],
    ['imminent', "writing my notes, one for my sister, one for my dad. when they're done i'm going"],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  'suicidal thoughts: no',
  'do I want to die? no.',
  "I've been killing myself getting the harvest done on time",
  'bought a rope swing for the kids today',
  'we had a suicide on base last month and everyone is shaken',
  'the intrusive thoughts about germs are winning today lol',
  'my gym is cancelled for the holidays',
  'the business is worth more with a new roof',
  'picked up the razor for my dad at the store',
];

describeFamilies('round-14 families', FAMILIES);
describeRulesNone('round-14 hard negatives (rules)', HARD_NEGATIVES);
