import { describeFamilies, describeRulesNone, type Row } from './helpers';

/**
 * Round 10: fixes written after scoring fresh-w once (2026-11-28; a writer asked for imminent risk told
 * indirectly, and for its look-alikes), each as a family with its own paraphrases and hard negatives.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'past the railing, a car running in a closed garage': [
    ['imminent', "I'm standing on the outside of the bridge railing"],
    ['imminent', 'climbed over the balcony rail. 9th floor'],
    ['imminent', 'estoy del otro lado de la baranda del puente'],
    ['imminent', 'la troca está prendida y cerré el garaje'],
  ],
  'a place and a cue: no consult needed, "if I\'m still here", thanks sent through someone': [
    ['imminent', "up on the roof of my building. you won't need to book me that appointment"],
    ['imminent', "I'm at the train tracks. I'll finish the survey if I'm still here"],
  ],
  'the last time you will hear from me': [
    ['imminent', "this will be the last time anyone will hear from me"],
    ['imminent', 'these are my last words. thank you'],
    ['imminent', 'esta va a ser la última vez que sepan de mí'],
    ['imminent', 'les programé un correo. esto es un adiós'],
  ],
  'a means on the table, alone, not waiting': [
    ['imminent', "the pistol's on the kitchen table. i'm alone tonight"],
    ['imminent', "kids are at their grandma's, the house is empty and the shotgun's on the table. not waiting for the appointment"],
    ['imminent', 'estoy sola con la pistola en el cuarto'],
  ],
  'sleep or sickness hoped to be the end, the war survived unwillingly': [
    ['passive', "i keep wishing i'd catch something and never recover"],
    ['passive', "i'd be fine if i fell asleep and never woke up"],
    ['passive', "every time i close my eyes i kind of hope it's the last time"],
    ['passive', "I wish I'd never made it home from Afghanistan"],
    ['active', 'cutting is the only thing keeping me going'],
  ],
  'preparation cues that count together': [
    ['imminent', 'letters are done, one for each of my grandkids. tonight'],
    ['imminent', "timer is set for 3am. everything is ready."],
    ['imminent', "it's scheduled for friday. I've written everything out for my wife"],
    ['imminent', "cats rehomed, books given away. by monday it won't matter"],
    ['imminent', 'changed the beneficiary and left my passwords with my sister'],
    ['imminent', "signed the car over to my son and mailed my daughter her letter. that's where it ends for me"],
    ['imminent', 'el testamento ya quedó firmado y el gato se lo di a mi vecina'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  // goodbyes at a job's end, a deployment, a move
  'my last shift at the mill was friday, they threw a party and I said goodbye to everyone',
  'I ship out on the 10th, said my goodbyes to the family last night',
  // a roof or a bridge at work, a break from it
  "on the roof cleaning the gutters, can't talk long",
  'I inspect bridges, I can step off the bridge at lunch for a quick call',
  // a regimen, a form answered no, a denial
  'took all my evening meds like the doctor said',
  'Have I ever thought about killing myself? No.',
  '¿Ha pensado en quitarse la vida? No.',
  'a lo de si he pensado en hacerme daño: no, nunca',
  "no, I have not wished I was dead",
  // someone else's overdose, errands, a new number
  'my sponsor overdosed last year, it hit me hard',
  'ya tengo todo listo: INE, comprobante y la forma firmada',
  'ya acabé con todo: el cuestionario y el consentimiento',
  "this is my last week at this address, the movers come friday",
  "this is the last time you'll hear from me on this number, new phone monday",
  'entregué el arma de cargo porque me cambiaron a oficina',
  "the rifle's in the gun safe and the house is empty this weekend, good time for the consult",
];

describeFamilies('round-10 families', FAMILIES);
describeRulesNone('round-10 hard negatives (rules)', HARD_NEGATIVES);
