import { triage } from '../../src/triage';
import { triageRules } from '../../src/triage/detect';
import { tierRank, type RiskTier } from '../../src/triage/tiers';

/**
 * English rules, fourth round: false alarms from benign context (a refill for a trip, an errand on a
 * roof, a surprise planned for when the spouse is out) and "it" pointing back across sentences to an
 * earlier mention of suicide. Messages are written for the test: paraphrases of each family and the
 * hard negatives that must stay none.
 */
function atLeast(text: string, tier: RiskTier): void {
  const got = triage(text).risk;
  expect({ text, ok: tierRank(got) >= tierRank(tier), got }).toEqual({ text, ok: true, got });
}
function exactly(text: string, tier: RiskTier): void {
  expect({ text, got: triage(text).risk }).toEqual({ text, got: tier });
}
/** The rules alone: the statistical stage is trained separately and may raise what the rules leave. */
function rulesNone(text: string): void {
  expect({ text, got: triageRules(text).risk }).toEqual({ text, got: 'none' });
}
function none(text: string): void {
  expect({ text, got: triage(text).risk }).toEqual({ text, got: 'none' });
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
