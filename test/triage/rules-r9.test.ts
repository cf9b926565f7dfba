import { describeFamilies, describeRulesNone, type Row } from './helpers';

/**
 * Round 9: fixes written after scoring fresh-u once (2026-11-28; a writer asked for English indirect
 * wording), each as a family with its own paraphrases and hard negatives, English and Spanish.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  // the question is named, then answered: the answer is the writer's statement, not part of the question
  'an answer given after the question it answers': [
    ['passive', "For the question about thoughts, the honest answer is I go to bed hoping I won't wake up"],
    ['active', "Answering the question about harming yourself, I'd say yes, I think about it"],
    ['imminent', 'since you asked about anything else the team should know: the pills are on the table and I am doing it tonight'],
    ['active', "she asked me if I was ok, I said I want to die"],
  ],
  'SMS shorthand and a contraction without its apostrophe': [
    ['passive', "nobody'd miss me, that's just facts"],
    ['active', 'relapsed w the razor last night'],
    ['passive', "i'd swap places w any of the guys we lost"],
  ],
  'self-harm relapse told by its tool or its marks': [
    ['active', 'relapsed with the blade again, 90 days gone'],
    ['active', 'the cuts on my thighs are back'],
  ],
  'the survivor, done with everything, "but for what", wanting out': [
    ['passive', 'honestly the lucky ones are the guys who never came home'],
    ['passive', "I'm done. not with the program, with all of it"],
    ['passive', 'my sister keeps telling me to stay strong but for what'],
    ['active', 'i want out. not out of therapy. out out'],
    ['passive', "my husband would be better off if i was out of the picture"],
  ],
  'hoping the flight goes down': [
    ['passive', 'every time the plane hits turbulence I hope it just keeps going down'],
    ['passive', "if the plane went down on my trip i wouldn't really mind"],
  ],
  'thoughts of taking myself out, ways read up on, what I would take': [
    ['active', "I've had thoughts of taking myself out lately"],
    ['active', "been researching methods. figured you should know"],
    ['active', "i keep going over what i'd grab from the pyxis at work if i ever decided to"],
    ['active', 'estoy buscando en internet maneras de hacerlo'],
    ['active', 'thinking about riding my motorcycle into a pole'],
  ],
  'life insurance when it is self-inflicted (a means being staged: imminent)': [
    ['imminent', 'does my life insurance pay out if it is self-inflicted? not for a friend'],
    ['imminent', 'the self-inflicted exclusion on my policy is over now right?'],
    ['imminent', "what happens with my survivor benefits if it's me that does it"],
  ],
  'the C-SSRS answered by item, the "ever" question, being found in time': [
    ['active', 'columbia question 2: yes'],
    ['imminent', 'C-SSRS q5 yes'],
    ['history', 'C-SSRS Q6 yes, once in 2010'],
    ['history', "yes to the lifetime question, once in my twenties"],
    ['history', 'my roommate found me in time in 2016'],
  ],
  'a means out of the safe, a 12 gauge, not coming back down': [
    ['imminent', 'the 9mm is out of the safe and on the bed. wife is gone all weekend'],
    ['imminent', 'got the 12 gauge out. kids are at their moms till tuesday so the house is empty'],
    ['imminent', "on top of the parking garage. not taking the elevator back down"],
  ],
  'cues that count together': [
    ['imminent', "no need to book anything after the 20th. it's handled"],
    ['imminent', 'please tell my therapist thanks for trying. someone needs to check on my cat, the back door is unlocked'],
    ['imminent', 'sitting on the bridge, water is high. figured i would text somebody first'],
    ['imminent', 'no me agenden nada después del lunes. ya lo tengo decidido'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  // the question itself, still not the writer's statement
  'my therapist asked me if I ever wanted to kill myself',
  'the form has questions about whether I have thought of suicide',
  "they asked me if I'd ever thought about killing myself, I told them no",
  // shorthand in ordinary messages
  'w/ my wife on weekends, r u open saturdays?',
  'intentos previos: n/a',
  // a screening question quoted and answered no; a pill count that is a daily regimen
  'Q: in the past month have you wished you could go to sleep and not wake up? A: no',
  'my pill organizer says i take 12 pills a day. bp, thyroid, vitamins',
  // ordinary marks, flights, insurance, appointments, guns stored
  'tan lines on my arms are back, summer is here',
  'if the flight goes down to Denver on time I can make the appointment',
  "I'm done with everything on my list today",
  'taking myself out to dinner after the appointment',
  'I took myself out of the game after the injury',
  'no he buscado formas de hacerlo',
  "my brother's insurance didn't pay because it was self-inflicted",
  "I won't make the 3pm, can we reschedule for next week?",
  'my rifle is in the gun safe, locked',
  'if i was out of the picture for a week, who would run the shop?',
  'someone needs to check on my mom while I am at the appointment',
];

describeFamilies('round-9 families', FAMILIES);
describeRulesNone('round-9 hard negatives (rules)', HARD_NEGATIVES);
