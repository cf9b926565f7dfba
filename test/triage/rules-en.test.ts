import { riskOf, type Row } from './helpers';

/**
 * Every English rule family, with messages written for the test. Each row is the tier the detector
 * must give. Families follow the issue: direct statements, passive wishes, burden, means + intent,
 * time, farewells, acts in progress, self-harm, slang, history, preparation.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'direct statements': [
    ['active', 'I want to kill myself'],
    ['active', 'I keep thinking about ending my life'],
    ['active', "I've been having suicidal thoughts again"],
    ['active', "I'm seriously considering suicide"],
    ['active', 'i wanna die'],
    ['active', 'I feel like dying every single day'],
  ],
  slang: [
    ['active', 'kinda want to kms ngl'],
    ['active', 'thinking about unaliving'],
    ['active', 'sewer slide is on my mind a lot'],
    ['active', 'ctb vibes honestly'],
    ['active', 'honestly I might just off myself'],
    ['active', 'been having SI again'],
  ],
  methods: [
    ['active', 'I think about shooting myself a lot'],
    ['active', 'every night I think about eating my gun'],
    ['active', 'sometimes I think about driving off the road'],
    ['active', 'My mind keeps telling me to jump in front of a train'],
    ['active', "I'm thinking of overdosing on my sleeping pills"],
  ],
  'passive wishes': [
    ['passive', 'I wish I was dead'],
    ['passive', "sometimes I hope I don't wake up"],
    ['passive', "I don't want to live anymore"],
    ['passive', 'I want to go to sleep and never wake up'],
    ['passive', "I wish I'd never been born"],
    ['passive', 'life isn\'t worth living'],
    ['passive', 'I should have died over there with my guys'],
  ],
  burden: [
    ['passive', 'everyone would be better off without me'],
    ['passive', "I'm such a burden to my family"],
    ['passive', 'nobody would miss me'],
    ['passive', "my kids would be better off if I wasn't around"],
  ],
  'means + intent': [
    ['imminent', 'i have the pills counted out in front of me right now'],
    ['imminent', 'sitting here with the gun loaded'],
    ['imminent', 'i bought a gun today and i keep thinking about using it on myself'],
    ['imminent', 'i have a plan to kill myself'],
    ['imminent', 'googled how many ambien it takes to die'],
  ],
  time: [
    ['imminent', 'im gonna kill myself tonight'],
    ['imminent', 'I want to die tonight'],
    ['imminent', 'i will hang myself when everyone is asleep'],
    ['imminent', "I've decided. Friday is the day I end my life"],
  ],
  farewells: [
    ['imminent', 'this is my last text. tell my kids i love them. goodbye'],
    ['imminent', 'I wrote goodbye letters to my wife and kids'],
    ['imminent', "By the time you read this I'll be gone"],
    ['imminent', 'GOODBYE. I LOVE YOU ALL. IM SORRY'],
  ],
  'acts in progress or just done': [
    ['imminent', 'I just swallowed a whole bottle of tylenol'],
    ['imminent', 'took like 40 of my seroquel about an hour ago'],
    ['imminent', 'the rope is tied and im standing on the chair'],
    ['imminent', 'i cut too deep and it wont stop bleeding'],
    ['imminent', "I'm on the bridge and I'm going to jump"],
  ],
  'self-harm': [
    ['active', "I've been cutting again"],
    ['active', 'i burn myself with cigarettes when the flashbacks get bad'],
    ['active', 'I cut my thighs when it gets bad'],
    ['active', 'i have urges to cut'],
    ['active', 'I want to hurt myself'],
    ['active', 'I hit my head against the wall until I see stars'],
  ],
  history: [
    ['history', 'I attempted suicide when I was 19'],
    ['history', 'I tried to kill myself after my divorce'],
    ['history', 'I used to cut in high school'],
    ['history', "i haven't self harmed in 3 years"],
    ['history', 'I survived an attempt in 2012'],
    ['history', 'I got baker acted when I was 16'],
  ],
  preparation: [
    ['imminent', "ive decided. sunday. i already know how"],
    ['imminent', 'the plan is done, the date is set'],
    ['imminent', "I can't promise I won't hurt myself tonight"],
    ['imminent', "if you're reading this i'm already gone"],
  ],
};

describe('English rule families', () => {
  for (const [family, rows] of Object.entries(FAMILIES)) {
    describe(family, () => {
      it.each(rows)('%s: %s', (tier, text) => {
        expect(`${riskOf(text)} ${text}`).toBe(`${tier} ${text}`);
      });
    });
  }
});
