import { describeFamilies, describeRulesNone, type Row } from './helpers';

/**
 * Round 8: fixes written after scoring fresh-t once (2026-11-28), each as a family with its own
 * paraphrases and hard negatives, English and Spanish. Most are bugs of a kind any writer can hit: a
 * self-harm urge with a frequency ("urges to cut most nights"), a family's history of suicide read as
 * the writer's, "never ... in my life" read as "not since", a hope of dying that ends in "gets me".
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'self-harm urges told with how often': [
    ['active', 'I have urges to cut most nights'],
    ['active', 'the urge to cut comes every night and I fight it'],
    ['active', 'still want to cut all the time'],
  ],
  'a voice that says to finish the job': [
    ['active', 'there is a voice that keeps telling me to finish the job'],
    ['active', 'the voices say I should finish what the Taliban started'],
  ],
  'sleep that lasts': [
    ['passive', 'i just want to go to sleep and stay asleep'],
    ['passive', 'I wish I could sleep and stay that way'],
  ],
  'an illness or accident hoped for, ending in "gets me"': [
    ['passive', "every time I get sick I kind of hope it's the thing that finally gets me"],
    ['passive', 'hoping this flu finally takes me'],
    ['passive', "honestly hoping it's what kills me"],
  ],
  'a count-down in days beside another preparation': [
    ['imminent', 'counting down. 4 days. the cat goes to my neighbor and everything is given away'],
    ['imminent', "counting down the days until it's over. my guns are loaded"],
  ],
  'a decision beside a gas named in the same message (one list of lethal means for both readings)': [
    ['imminent', "the helium tank is in the closet. I've decided"],
    ['imminent', "the charcoal is in the trunk. I've made up my mind"],
  ],
  'Spanish: the stash taken on a day, affairs left in order': [
    ['imminent', 'ya dejé el testamento con el notario. el sábado me tomo lo que tengo guardado'],
    ['imminent', 'la gata se queda con mi vecina y el viernes me trago todo lo que he juntado'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  // a family's history is not the writer's
  'there is a history of suicide in my family',
  'family history of suicide: yes, my uncle',
  'hay antecedentes de suicidio en mi familia, mi abuelo',
  'antecedentes familiares de suicidio: sí, mi tío',
  // a denial for a whole life is not "not since"
  "never been suicidal in my life, I just can't handle crowds",
  "I've never felt suicidal in my whole life",
  // cutting as work, sleep as the insomnia complaint, "gets me" somewhere
  'i need to cut most days of my schedule',
  'I want to fall asleep and stay asleep',
  'I just want to go to sleep and stay asleep through the night for once',
  'I hope the treatment gets me back to work',
  'I hope that finally gets me off the waitlist',
  'i hope the bus gets me there on time',
  'I hope this one gets me a job',
  // a count-down to something good, a pharmacy complaint, a pet minded while away
  'counting down the days until my vacation',
  "the pharmacy gave me grief about an early refill on my muscle relaxer, I keep my meds in a locked box",
  'ya arreglé mis papeles de migración y el perro se queda con mi hermana',
  'me tomo los días que tengo guardados de vacaciones',
];

describeFamilies('round-8 families', FAMILIES);
describeRulesNone('round-8 hard negatives (rules)', HARD_NEGATIVES);
