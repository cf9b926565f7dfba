import { triageRules } from '../../src/triage/detect';
import { tierRank, type RiskTier } from '../../src/triage/tiers';
import { atLeast, exactly } from './helpers';

/**
 * English rules, fifth round (rules/en/round5.ts): each family with paraphrases written for the test
 * (not copied from the training sets) and hard negatives that must stay none with the rules alone.
 */
function rulesNone(text: string): void {
  expect({ text, got: triageRules(text).risk }).toEqual({ text, got: 'none' });
}
function rulesAtLeast(tier: RiskTier, text: string): void {
  const got = triageRules(text).risk;
  expect({ text, ok: tierRank(got) >= tierRank(tier), got }).toEqual({ text, ok: true, got });
}

const FAMILIES: Record<string, { readonly tier: RiskTier; readonly yes: readonly string[]; readonly no: readonly string[] }> = {
  'pills already swallowed, said with "them"': {
    tier: 'imminent',
    yes: [
      'i already took them, every single one',
      'just swallowed them all. feeling sleepy',
      'just took them. dont call anyone please',
      'i did it. i swallowed them',
      'already took what i needed to. love you',
    ],
    no: [
      'I already took them to the park, all of them, the kids loved it',
      'just took my morning meds with breakfast',
      'i did it. i took the exam and passed',
      'already took them all to the vet for shots',
    ],
  },
  'at a place and not coming back': {
    tier: 'imminent',
    yes: [
      "i'm at the lake and not planning on coming back out",
      'drove to the cliffs. not driving back home',
      "out on the pier. I don't plan on walking back",
      "hiked up to the ridge, not hiking back down",
    ],
    no: [
      "we're at the lake this weekend and not driving back until monday",
      'at the beach, not walking back to the hotel, getting an uber',
      'drove up to the mountains, not coming back tonight, staying at a cabin',
    ],
  },
  // found by the false-alarm pass: the place, and not leaving it
  'on the tracks or the edge and not getting off': {
    tier: 'imminent',
    yes: [
      "I'm on the train tracks downtown and I'm not getting off",
      'sitting on the railroad tracks. not getting off them',
      "i'm up on the overpass and i'm not climbing back down",
      'estoy en las vias y no me voy a quitar de aqui',
      'ando en el puente y no me bajo de aqui',
    ],
    no: [
      "I'm on the train platform and I'm not getting off at my stop, going to the stadium",
      'on the highway, traffic is not moving at all',
      'estoy en el techo arreglando la antena, no me bajo hasta terminar',
    ],
  },
  'a gun with a purpose that is not hunting': {
    tier: 'imminent',
    yes: [
      "it's not for protection and it's not for the range. it's for me",
      "bought a pistol. it isn't for home defense, it's for me.",
      'my 1911 is loaded on the kitchen table. mind is made up',
    ],
    no: [
      "it's not for hunting, it's for the range competition next month",
      'sitting here with my rifle across my lap cleaning it before deer season',
      'going out to the field tomorrow with my rifle for elk season',
      "my rifle's cleaned and ready for hunting season",
    ],
  },
  'slang for killing oneself': {
    tier: 'active',
    yes: [
      'lately i think about punching my ticket',
      'gonna finish this form then finish myself off',
      'i want to take myself out of the picture for good',
      'my head keeps coming up with ways to end it all',
      'i picture my own funeral and honestly it feels like peace',
      'I keep picturing swerving into a semi on the interstate',
      'i know exactly how much it would take to never wake up',
    ],
    no: [
      'punched my time card and went home',
      'i finished myself a whole pizza lol',
      'my brain keeps coming up with ways to end the meeting early',
      'i picture my wedding and it feels like relief after all the planning',
      'I keep picturing drifting into the wrong lane when I\'m tired and it scares me',
      'i know exactly what it takes to not wake up groggy, no coffee after 2',
    ],
  },
  'self-punishment by food': {
    tier: 'active',
    yes: ['i skip meals on purpose because i feel like i deserve to hurt', 'starving myself again to punish myself'],
    no: ["i skip meals sometimes because i forget when i'm busy"],
  },
  'gone by a near date': {
    tier: 'imminent',
    yes: [
      "by friday i'll be gone for good",
      "after tonight when i'm gone it won't matter",
      "there's no more me after sunday",
      'i dont plan on seeing tuesday',
      'after work thursday im done with all of it for good',
    ],
    no: [
      "by friday i'll be gone for good, moving to Denver for the new job",
      "by sunday I'll be gone, visiting my sister in Ohio",
      "after tonight when i'm gone on my trip, feed the cat",
      "there's no more milk after sunday",
      "I don't plan on seeing him saturday",
    ],
  },
  'an act about to happen, told sideways': {
    tier: 'imminent',
    yes: [
      "God forgive me for what i'm about to do",
      'in the truck in the closed garage with the engine running',
      "i'll make it look like brake failure so my wife gets the insurance",
    ],
    no: [
      "forgive me for what I'm about to do to this pizza",
      'sitting in my car in the garage with it running to warm up because of the ice',
      'it\'ll look like equipment failure on the report, the mechanic said',
    ],
  },
  'a death hoped for from outside': {
    tier: 'passive',
    yes: [
      'some nights i hope a truck takes me out on the highway',
      'hoping i get in a fatal crash on the way home',
      "wouldn't mind if my flight went down",
      'praying the scan comes back malignant',
      "if my doctor said i only had a few months left i'd be relieved",
      "i'd welcome it if god took me tonight",
      'every birthday i blow out the candles hoping this one is my last',
    ],
    no: [
      'I hope the traffic takes me out of this mood',
      'hoping the biopsy comes back clear',
      'hoping the test comes back negative',
      "if my doctor told me i had six months of physical therapy i'd be relieved it wasn't surgery",
      "I'd be at peace if the Lord called me to the ministry",
      'my son made a wish that this is his last birthday at home before college',
    ],
  },
  'not existing as a wish, no reason to be around': {
    tier: 'passive',
    yes: [
      "i'd rather not exist",
      'the only thing i look forward to is being dead',
      "what's the point of me anymore",
      "i don't see any reason to be around anymore",
      'nothing left that i want to live for',
      "my kids would be better off if i just wasn't around",
      "i'd swap places with any of the guys buried in that cemetery",
      'so many of my friends died over there. wish it had been me instead',
    ],
    no: [
      "I'd rather not talk about it",
      'I look forward to not working someday',
      "what's the point of meetings",
      "there's no reason to be here early tomorrow",
      'nothing left that i want to buy for christmas',
      "I'd trade places with anyone in that office",
      'my brother got the promotion, wish it had been me instead',
    ],
  },
  'history told as an age or a count': {
    tier: 'history',
    yes: [
      'first attempt at 16',
      'after my attempt in 2012 i was inpatient for a month',
      'previous attempts: two',
      'i had a death wish in my twenties',
      'I was in the hospital for a week after a suicide attempt',
    ],
    no: [
      'the attempt at 3pm failed, the server crashed again',
      'after an attempt at the summit we turned back',
      'previous attempts: 0',
      'prior attempts: none',
      "my sister's in the psych ward after an attempt",
    ],
  },
  'preparation cues that count together': {
    tier: 'imminent',
    yes: [
      'this is where it ends for me. train comes through at 9:15',
      'picked out a spot by the river. nobody here to stop me tonight',
      'everything i need is already in the shed. my mind is made up',
      'i have the pills. i end tonight',
      "told her i was going camping. it's not camping. the stuff is ready",
      "gave my guitar and my watch to my nephew. saturday's it",
      'im parked next to the overpass right now. i know it works',
      'i already decided. on friday i will go to the bridge',
      "my sidearm's cleaned and I've picked a spot for tomorrow",
    ],
    no: [
      "this is where it ends for me, the season's over for our team",
      'next train is in 10 minutes, see you at the station',
      'picked out a spot by the lake for the picnic',
      'nobody here to stop me from eating the whole cake',
      'everything I need is already in the suitcase',
      "my mind is made up, I'm buying the truck",
      "told her i was fine. i'm not",
      'gave my old guitar to my nephew for his birthday',
      "i'm parked next to the store right now",
      "i already decided, i'm taking the job",
      "where they'll find it easily, the key is under the mat",
    ],
  },
};

describe.each(Object.entries(FAMILIES))('%s', (_name, { tier, yes, no }) => {
  it.each(yes)(`at least ${tier}: %s`, (t) => atLeast(t, tier));
  it.each(yes)(`rules alone at least ${tier}: %s`, (t) => rulesAtLeast(tier, t));
  if (no.length > 0) it.each(no)('not: %s', rulesNone);
});

describe('false alarms narrowed in older rules: an accident as a child, a hypothetical denied, letters to old friends, a date for a wedding', () => {
  it.each([
    'I nearly drowned as a kid at the pool',
    'almost drowned surfing in 2010, still scared of waves',
    "what happens if I say I'm suicidal during treatment? asking for a friend, I'm not",
    "if I told you I was suicidal would you call someone? hypothetically, I'm not",
    'Writing letters to my old army buddies to catch up',
    'wrote letters to all my old squad guys for the reunion',
    'a medic I worked with for years died by suicide in 2020',
    'the date is set for the wedding, june 7th!',
    'the day is set, graduation is friday the 14th',
    'can we skip the part where you ask me five times if I want to hurt myself?',
  ])('not: %s', rulesNone);
  it.each([
    ['history', 'I nearly drowned myself in 2015'],
    ['active', 'I want to drown'],
    ['active', "if I say I'm suicidal will you call the cops? because I am"],
    ['imminent', 'wrote letters to my kids. tonight is the night'],
    ['imminent', 'the date is set. I have the pills'],
    ['active', 'can we skip the questions, I want to hurt myself'],
  ] as const)('%s: %s', (tier, t) => atLeast(t, tier));
});

describe('modifiers: "tryna" in a denial, and a reported question answered right after it', () => {
  it.each(["i'm not tryna die, i just want to sleep", 'not tryna kill myself or anything, just tired'])('not: %s', rulesNone);
  it.each([
    ['active', "to the question about suicidal thoughts, yes, I have them most days"],
    ['active', 'the screening asked about thoughts of suicide, yeah, pretty much every night'],
    ['history', 'the form asks about prior attempts: two, the last in 2015'],
  ] as const)('%s: %s', (tier, t) => rulesAtLeast(tier, t));
  it.each(['the form asks about prior attempts: 0', 'the nurse asked about suicidal thoughts, yeah right like I would tell her'])('not: %s', rulesNone);
});

describe('dated stays history', () => {
  it.each(["back in 2009 I had a death wish for years. that's long over"])('history: %s', (t) => exactly(t, 'history'));
});
