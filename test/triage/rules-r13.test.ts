import { describeFamilies, describeRulesNone, type Row } from './helpers';

/**
 * Round 13: fixes written after scoring fresh-z once (2026-11-28; complete one- and two-sentence
 * messages), each as a family with its own paraphrases and hard negatives.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'told plainly in other words': [
    ['active', 'I want to sleep and make sure I never wake up'],
    ['imminent', "Lord forgive me, I'm going home to Jesus tonight"],
    ['imminent', "I know exactly what to take from the med room and I'm doing it tonight"],
    ['active', 'I have thoughts to end my life every day'],
    ['active', 'i want to finish my life'],
    ['imminent', 'the pills are gone and so is the vodka'],
  ],
  'passive, told sideways': [
    ['passive', "I don't have anything left to live for"],
    ['passive', 'I envy the people who get to slip away'],
    ['passive', "i'm praying for the last whistle"],
    ['passive', "honestly I'm just here out of spite"],
    ['passive', 'hoping the biopsy comes back terminal'],
    ['passive', "my wife would be better off collecting my pension than dealing with me"],
    ['passive', 'waiting for my number to come up, the sooner the better'],
    ['passive', 'envidio a los que ya descansan'],
  ],
  'the mind offering the exit; Spanish: the children who hold one back, the gun turned on oneself': [
    ['active', 'my head keeps offering me the way out'],
    ['active', 'lo único que me frena son mis hijos'],
    ['active', 'pienso en usar el arma de mi esposo contra mí misma'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  'i stopped cutting carbs before the session, is that ok?',
  'punched my ticket for the concert on friday',
  'I wrote a letter to my kids explaining my PTSD, my therapist suggested it',
  "I'm a burden on the VA system apparently, my claim is still pending",
  'I want to finish my degree before the program starts',
  'going home to my mom tonight for the holidays',
  'I know what to grab from the truck for the job site',
  'the pills are gone, can I get a refill before the session?',
  'lo único que me detiene de mudarme son mis hijos',
];

describeFamilies('round-13 families', FAMILIES);
describeRulesNone('round-13 hard negatives (rules)', HARD_NEGATIVES);
