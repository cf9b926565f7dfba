import { describeFamilies, describeRulesNone, type Row } from './helpers';

/**
 * Round 12: fixes written after scoring fresh-y once (2026-11-28; short SMS, mostly English), each as a
 * family with its own paraphrases and hard negatives. Short texts drop the subject and the object.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'dropped g and dropped subject': [
    ['active', 'the pills in the cabinet keep callin me'],
    ['active', 'voices keep sayin just end it'],
    ['active', 'cut again last night'],
    ['imminent', 'cut again this morning'],
    ['imminent', 'in the tub with a blade'],
  ],
  'the thoughts louder, the only way out, making it official': [
    ['active', 'thoughts of ending it are gettin louder'],
    ['active', 'the only way out is out'],
    ['active', "i'm invisible already, might as well make it official"],
  ],
  'short passive wishes': [
    ['passive', "dunno why i'm still around"],
    ['passive', "what's left to live for"],
    ['passive', 'my kids would have a better life without me'],
    ['passive', "can't see a future for myself at all"],
    ['passive', "the world doesn't need me"],
    ['passive', 'ready to be with my dad on the other side'],
    ['passive', 'god please call me home'],
  ],
  'short history': [
    ['history', 'went off a bridge in 2003 and survived'],
    ['history', 'scars on my arms from back then'],
  ],
  'cues that count together': [
    ['imminent', "affairs in order. it's decided"],
    ['imminent', 'made my peace. tonight at the bridge'],
    ['imminent', 'loaded it. sitting in my car.'],
    ["imminent", "it's gonna be my rifle. not gonna be here for the consult"],
  ],
  'a question quoted, answered yes': [
    ['active', 'the question about thoughts of hurting urself.. yes'],
  ],
  'Spanish: thinking all day of how': [
    ['active', 'pienso todo el día en cómo acabar conmigo'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  'cut again on the grass this morning',
  'in the tub shaving my legs with a razor',
  "can't see a future for me at this company",
  'the plan for my birthday is dinner',
  'on the bridge right now, traffic is awful',
  'finished writing my note to the landlord',
  'quiero dejar de vivir con miedo',
];

describeFamilies('round-12 families', FAMILIES);
describeRulesNone('round-12 hard negatives (rules)', HARD_NEGATIVES);
