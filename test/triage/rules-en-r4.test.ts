import { triageRules } from '../../src/triage/detect';
import { tierRank, type RiskTier } from '../../src/triage/tiers';
import { atLeast, exactly, none } from './helpers';

/**
 * English rules, fourth round: false alarms from benign context (a refill for a trip, an errand on a
 * roof, a surprise planned for when the spouse is out) and "it" pointing back across sentences to an
 * earlier mention of suicide. Messages are written for the test: paraphrases of each family and the
 * hard negatives that must stay none.
 */
/** The rules alone: the statistical stage is trained separately and may raise what the rules leave. */
function rulesNone(text: string): void {
  expect({ text, got: triageRules(text).risk }).toEqual({ text, got: 'none' });
}

describe('"I have enough" beside an innocent reason for the pills', () => {
  it.each([
    'I have enough now, thanks for the extra pills for my trip',
    'i got enough now, the pharmacy gave me a vacation supply for the cruise',
    'ive saved enough of them for the flight, my doctor wrote it for travel',
  ])('not: %s', rulesNone);
  it.each([
    ['imminent', 'I have enough now. all the pills are in the drawer and tonight is the night'],
    ['imminent', 'i finally have enough pills saved to do it'],
    ['imminent', 'I finally have enough now. told the pharmacist it was for a trip'],
    ['imminent', 'i have enough now, i said it was for my vacation'],
  ] as const)('%s: %s', (tier, t) => atLeast(t, tier));
});

describe('a trip up a roof or to a bridge for an errand, a pastime, or with company', () => {
  it.each([
    'went up to the roof to fix the antenna',
    'heading up to the roof to clean the gutters before the storm',
    'drove out to the bridge to meet my buddy for lunch',
    'walked down to the river with my kids to go fishing',
    'going up on the roof tonight to watch the fireworks',
  ])('not: %s', rulesNone);
  it.each([
    ['imminent', 'heading to the bridge now. I cant do this anymore'],
    ['imminent', 'went up to the roof again, standing at the edge and I want to jump'],
    ['imminent', 'drove out to the overpass twice this week to look. I know exactly how and when'],
    ['imminent', "heading to the bridge to be with my son again. I can't do this anymore"],
    ['imminent', 'going up to the roof to meet my maker. goodbye'],
  ] as const)('%s: %s', (tier, t) => atLeast(t, tier));
});

describe('"do it when my wife leaves" about a surprise, a gift or a chore', () => {
  it.each([
    "I'll do it when my wife leaves, the surprise party is going to be great",
    'gonna do it when she goes to work, the cake has to be done by six',
    'im going to do it when my husband leaves, i still have to wrap his birthday present',
    "I'll do it when the kids go to bed, the laundry is piling up",
    'once everyone is asleep im doing it, decorating the tree is the surprise',
  ])('not: %s', rulesNone);
  it.each([
    ['imminent', "I'll do it when my wife leaves. I have the pills ready"],
    ['imminent', 'going to kill myself when my wife leaves for work tomorrow'],
    ['imminent', "im going to end it when she takes the kids. it's not a surprise to anyone that im done"],
    ['imminent', "I'll do it when my wife leaves for work. nobody will be surprised"],
    ['imminent', "gonna do it when he goes to bed. it won't be a surprise to anyone"],
  ] as const)('%s: %s', (tier, t) => atLeast(t, tier));
});

describe('"it" pointing back to an earlier mention of the writer\'s suicide', () => {
  it.each([
    "I tried to kill myself in 2015. I'm thinking about it now, a lot.",
    'Back in college I overdosed. Been thinking about that a lot lately',
    "I used to want to die when I was a teenager. Honestly I think about it every day now",
    "Suicide was something I considered after my divorce. I can't stop thinking about it.",
    'years ago i wanted to end it all. its on my mind again',
    "I attempted suicide at 19. I've been seriously considering it again.",
  ])('active: %s', (t) => atLeast(t, 'active'));
  it.each([
    'My dad died by suicide when I was 12. Sometimes I think about doing it too.',
    'my best friend killed himself last spring. i want to do the same thing',
    'my cousin took her own life. lately i feel like doing it too',
  ])('active: %s', (t) => atLeast(t, 'active'));
  // the earlier sentence alone stays history: nothing current follows
  it.each([
    'I tried to kill myself in 2015. I have not thought about it in years.',
    'I overdosed years ago. I am not thinking about it now.',
  ])('history: %s', (t) => exactly(t, 'history'));
  it.each([
    'My grandma died last month. I think about it every day.',
    "I tried to quit smoking last year. I'm thinking about it again now.",
    'I ended it with my boyfriend in May. I think about it a lot.',
    'My brother died by suicide in 2019. I think about it every day.',
    'The side effects worry me. I think about it a lot.',
    'my sister overdosed last year and survived. my mom thinks about it constantly',
  ])('not: %s', rulesNone);
  it.each(['We are planning a trip to Maine. I think about it constantly.'])('not (rules): %s', rulesNone);
  it.each(['I want to do the same thing my brother did and join the navy'])('not: %s', none);
});

/** Fourth-round families (rules/en/round4.ts): each with paraphrases written for the test and hard negatives. */
const FAMILIES: Record<string, { readonly tier: RiskTier; readonly yes: readonly string[]; readonly no: readonly string[] }> = {
  'absence bounded by a near date': {
    tier: 'imminent',
    yes: [
      "please make sure somebody feeds my cat, I won't be around after sunday",
      "i'm not going to be here tuesday so dont bother calling",
      "cancel the refill, I won't need it after tonight",
      'after this weekend none of it will matter',
      "I won't be around after friday. told everyone I'm going on a trip",
      "I won't need the appointment after tomorrow, I told them I'm moving",
    ],
    no: [
      "I won't be around after friday, we're going on vacation to Florida",
      "I won't be here saturday, I'm working a double shift",
      "I won't need the crutches after next week, the doctor says I'm healing fast",
      "I won't be around after friday, my company is sending me to Ohio",
      "I'm not going to be here saturday, my sister is getting married",
      "I won't need it after tomorrow, I got a new phone",
    ],
  },
  'who finds the body': {
    tier: 'imminent',
    yes: [
      'sent the kids to my moms so they wont be the ones who find me',
      "i dont want my daughter to find me, can someone do a welfare check tomorrow",
      'propped the door open so the police dont have to break it down',
      'I want my brother to check on the house saturday. I dont want it to be my wife',
    ],
    no: [
      "we play hide and seek and my son never finds me",
      "my husband doesn't find me attractive anymore",
      'my wife wont be the one who finds me a new job lol',
      'I go out to the garage to cry so my kids dont find me like that',
    ],
  },
  'the rest of a bottle swallowed': {
    tier: 'imminent',
    yes: [
      'I took what was left of my xanax about 20 minutes ago',
      "already downed a handful with a bottle of wine",
      'swallowed the rest of the bottle. it is quiet now',
    ],
    no: [
      'I took the rest of my antibiotics like the doctor said',
      'I finished the rest of the bottle of shampoo lol',
      'I took what was left of the cough syrup for my cold',
    ],
  },
  'insurance and a staged accident': {
    tier: 'imminent',
    yes: [
      'will my life insurance still pay if it was a suicide? my policy started in 2021',
      'does a policy cover it if i kill myself, asking for my family',
      "I'll make it look like an accident on the highway so my wife gets the insurance",
    ],
    no: [
      'in the movie the killer made it look like an accident',
      'my life insurance through work pays out double for accidents, which is nice',
    ],
  },
  'waiting on the tracks': {
    tier: 'imminent',
    yes: [
      "parked my truck on the railroad crossing. it's quiet",
      'sitting on the train tracks behind the mall, waiting',
      "the freight comes by at 2. I've been timing it every night",
    ],
    no: [
      "I've been timing the train for my commute so I'm never late",
      'my son loves his model trains, he has been timing them around the track',
    ],
  },
  'a gun referred to as "it"': {
    tier: 'imminent',
    yes: [
      'got my dads pistol down from the closet. sitting here with it',
      'my shotgun is loaded. just staring at it right now',
      "my husband's revolver, I took it out and its on the bed next to me right now",
    ],
    no: [
      "my son's nerf gun broke and he's sitting here with it crying",
      'after the range I oiled the pistol, it is on the table now while I type this',
      'the gun safe came today. just staring at it now trying to read the manual',
      'I got a new gun safe. it is in the garage now and the gun is locked up',
      'picking up a rifle case tomorrow for the trip',
    ],
  },
  'a screening question quoted and answered': {
    tier: 'active',
    yes: [
      '"have you had thoughts of ending your life?" um. yeah. most days',
      'q: thoughts of killing yourself? more than half the time honestly',
      "the one about harming yourself... I'd rather not answer that",
      'Yes, I have those thoughts pretty much every night',
      'yes to question 9',
    ],
    no: [
      'not suicidal. just tired all the time',
      '"any thoughts of harming yourself?" no, never',
      'the question about killing yourself? no. I just have nightmares every day',
      'Yes, I am having those thoughts about my ex again',
      'are you suicidal? no. but I feel sad every day',
    ],
  },
  'wishing to be dead, quoted and answered': {
    tier: 'passive',
    yes: [
      '"have you wished you were dead" ...honestly yes, a lot',
      'I put a 3 on the question about wanting to die',
      'the item about being better off dead was a yes for me',
    ],
    no: ['"have you wished you were dead?" no, not at all'],
  },
  'a means or a place dwelt on': {
    tier: 'active',
    yes: [
      'the overpass near my exit keeps calling to me',
      'whenever I open the medicine cabinet I think about it',
      "I can't trust myself with the pills in the house right now",
      'the only thing I can think about lately is the bridge by my work',
      'the rope in the garage looks like an answer to me now',
      'the pistol is in the drawer and I think about it every night',
      'my razors are on the sink and I keep staring at them',
    ],
    no: [
      'the mountains are calling and I must go',
      'these pills look different, did the pharmacy switch brands?',
      'the only thing I can think about is the bridge game this weekend',
      'the meds are in the kitchen and I look at them every morning to remember my dose',
    ],
  },
  'walking into the water': {
    tier: 'active',
    yes: [
      'I daydream about swimming out into the lake until I cant',
      'I keep picturing driving into traffic on the way home',
      'thinking about just walking into the sea tonight',
    ],
    no: ['dreaming about walking into the ocean on our honeymoon in Maui', 'thinking about swimming into the lake to cool off'],
  },
  'self-harm told sideways': {
    tier: 'active',
    yes: [
      'I keep scratching my old cuts until they bleed',
      'been doing the lighter thing again at night',
      'snapping the rubber band isnt enough anymore',
      'my thighs are all cut up again',
      'my husband locked up the razors because he caught me in the bathroom',
    ],
    no: [
      'my arms are a mess from the blackberry brambles',
      'my legs are all scratched up from hiking that trail',
      'the rubber band on my wrist is a reminder to breathe, it works',
      'I do the thing with the lighter where I light candles when I am sad',
      'picking at the scabs from my tattoo until they heal',
    ],
  },
  'a passive wish, said sideways': {
    tier: 'passive',
    yes: [
      'I ask God every night to take me home',
      "I'd swap places with my brother who died in a heartbeat",
      'I wake up and feel let down. every single day',
      'honestly my wife would be better off with the insurance money',
      'sick of being the one everybody has to take care of',
      "if I'm dead I'm dead, whatever",
      'wouldnt fight it if something happened to me',
      'sometimes I think about how peaceful it would be without me',
      'if a bus hit me tomorrow i would not be upset',
      "theres nothing left for me here",
      "what's the point of staying alive",
      'I go to bed hoping its the end',
      'i kinda wish the heart attack had gone the other way',
      'people keep telling me to find a reason to live. i dont have one',
      'I just want it to end, and not the nightmares, I mean everything',
    ],
    no: [
      'I woke up and was disappointed the game got cancelled',
      "I'm tired of being the problem solver at work",
      'skydiving tomorrow, if I die I die lol',
      'how quiet it would be if I was gone for the weekend, my kids would love it',
      "there's nothing left for me here in this town, moving to Denver",
      "what's the point of trying to get an appointment",
      'I was disappointed when I woke up late for work',
      "I go to bed hoping that's it for the snow this year",
      "I'd trade places with my brother, he got the good job",
      'I pray every night for God to take care of my kids',
    ],
  },
  'preparation cues that count together': {
    tier: 'imminent',
    yes: [
      "if I stop replying after tonight, now you know why. I've decided",
      'decided on the 3rd. my birthday. seems fitting',
      "I know exactly where. a spot on the ridge where no one goes",
      'wrote one for my son and one for my ex. theyre in the nightstand. I picked the date',
      "Tonight might be the night. I've got the pills",
      'changed my emergency contact to my sister. tonight I finish it',
    ],
    no: ['updating my emergency contact to my husband since we got married', 'decided on the 3rd for the party, it seems fitting', 'there is a note on the fridge for my roommate about the rent'],
  },
  'an ending told as a trip, a search or a fast': {
    tier: 'imminent',
    yes: [
      'gonna hike up to the canyon tomorrow and never come back',
      'been looking up which parking garages have no fencing',
      "I quit eating and drinking on Monday. it's the easiest way, nobody has to clean anything up",
      "told my sister I'm going out of town so she took the dog. I'm not.",
    ],
    no: [
      'going to drive to the lake this weekend and not come back until Monday',
      'we are taking a trip to the mountains and never coming back lol, vacation forever',
      'told my boss I was taking a long weekend. I need it',
    ],
  },
  'bleeding that will not stop': {
    tier: 'imminent',
    yes: ['I cut my arm and it wont stop', 'used the razor on my wrist and the blood isnt slowing down'],
    no: ['my nose has been bleeding and it wont stop, should I go to urgent care?'],
  },
};

describe.each(Object.entries(FAMILIES))('%s', (_name, { tier, yes, no }) => {
  it.each(yes)(`at least ${tier}: %s`, (t) => atLeast(t, tier));
  if (no.length > 0) it.each(no)('not: %s', rulesNone);
});

describe('dated and denied times', () => {
  it.each([
    ["back in '09 I drove to the bridge and sat there for hours. never went back", 'history'],
    ['the rifle is in the closet and I think about it when I walk by. not doing anything tonight', 'active'],
  ] as const)('%s -> %s', (t, tier) => expect({ t, got: triageRules(t).risk }).toEqual({ t, got: tier }));
});

/** Second paraphrases of the round-4 families, written after the first set passed: the families, not the sentences. */
const SECOND: ReadonlyArray<readonly [RiskTier, string]> = [
  ["imminent", "i wont be around after thursday so someone needs to take my cat"],
  ["imminent", "please tell my therapist I won't need the appointment after tomorrow"],
  ["imminent", "not gonna be here by monday. sorry"],
  ["imminent", "made sure the kids are at their grandmas tonight so they wont be the ones who find me"],
  ["imminent", "I don't want my mom finding me, can you send someone tomorrow"],
  ["imminent", "unlocked the back door so the paramedics dont have to kick it in"],
  ["imminent", "I took what's left of my husband's oxy. about 30 min ago"],
  ["imminent", "I just swallowed a whole bunch of them with vodka"],
  ["imminent", "if it's ruled an accident my kids get the payout. nobody has to know"],
  ["imminent", "stopped my car on the tracks. waiting for the 9pm"],
  ["imminent", "got his pistol out of the safe. just sitting here with it now"],
  ["active", "\"any thoughts of hurting yourself\" ...honestly yeah, every day"],
  ["active", "the ladder in the garage keeps calling to me"],
  ["active", "I cant trust myself with my insulin right now"],
  ["active", "every time I drive over the bridge I want to jump"],
  ["active", "I keep imagining walking out into the river at night"],
  ["active", "I've been scratching my wrists open again"],
  ["passive", "every single morning I wake up disappointed"],
  ["passive", "I pray every night for the Lord to call me home"],
  ["passive", "id switch places with any of my guys who didnt make it"],
  ["passive", "my family would be better off with my pension than with me"],
  ["passive", "im so tired of being a burden to everyone"],
  ["passive", "what's the point of being alive honestly"],
  ["passive", "nothing left here for me anymore"],
  ["passive", "if a drunk driver hit me tonight i wouldnt mind"],
  ["active", "My sister killed herself in May. I want to do it too."],
  ["active", "I tried to overdose last year. I've been thinking about it a lot again"],
  ["active", "I was suicidal in college. Lately it's on my mind again"],
  ["imminent", "I've made my decision. if I stop answering this weekend that's why"],
];
describe('round-4 families, second paraphrases (rules alone)', () => {
  it.each(SECOND)('at least %s: %s', (tier, t) => {
    const got = triageRules(t).risk;
    expect({ t, ok: tierRank(got) >= tierRank(tier), got }).toEqual({ t, ok: true, got });
  });
});

/** Hard negatives for the widened families: an errand, a ruling about a car, a team losing, a phone dying. */
const SECOND_NEGATIVES: readonly string[] = [
  "the kids were playing on the tracks and I yelled at them",
  "we stopped on the tracks for a second when the light turned red, scary",
  "the insurance adjuster said if it's ruled an accident they pay for the car",
  "if it's ruled an accident the other driver's insurance covers my surgery",
  "I woke up disappointed, my team lost last night",
  "wake up disappointed every time the coffee runs out lol",
  "if I stop answering this afternoon that's why, my phone is dying",
  "if I don't answer tomorrow that's why, I'll be at the hospital with my mom for her surgery",
  "the ladder in the garage is calling to me to finish the gutters",
  "I won't need the appointment after tomorrow, I found a therapist closer to home",
  "I won't need it after tomorrow, the cast comes off",
  "I took what's left of my daughter's birthday cake to work",
  "just swallowed a whole bunch of vitamins",
  "my beam at work is calling me back to the shop",
  "every time I see the overpass I think about the accident I saw there",
];
describe('round-4 families, second hard negatives (rules alone)', () => {
  it.each(SECOND_NEGATIVES)('not: %s', rulesNone);
  it('a memory with its reason stays history: "I overdosed in 2012. I\'m thinking about it now because my son is the same age"', () =>
    expect(triageRules("I overdosed in 2012. I'm thinking about it now because my son is the same age I was").risk).toBe('history'));
});

describe('a count of zero on a form, and a handful of something to eat', () => {
  it.each([
    'suicide attempts: 0',
    'prior suicide attempts: zero',
    'suicidal thoughts: 0',
    'took a handful of almonds before my run',
    'grabbed a handful of trail mix and took a handful of grapes for the drive',
  ])('not: %s', none);
  it.each([
    ['history', 'suicide attempts: 2'],
    ['history', 'previous attempts: 10, the last one in 2015'],
    ['active', 'suicide attempts: 0 but I think about killing myself every day'],
    ['imminent', 'took a handful last night and im still shaking'],
    ['imminent', 'i took a handful of my xanax'],
  ] as const)('%s: %s', (tier, t) => atLeast(t, tier));
});
