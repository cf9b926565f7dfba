import { describeFamilies, describeRulesNone, type Row } from './helpers';

/**
 * Round 7 (rules/en/round7.ts, rules/es/ronda7.ts and the fixes beside them), written after scoring
 * fresh-s once and re-reading the old misses of fresh-e: own paraphrases, English and Spanish, each
 * family with hard negatives.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'pills taken in the words of drinking': [
    ['imminent', 'seroquel, all of it, bottoms up'],
    ['imminent', 'poured out the whole pill bottle and chased it with whiskey'],
    ['imminent', "everything's in one cup on the nightstand. tonight"],
  ],
  'the body going under after it': [
    ['imminent', 'took the whole bottle an hour ago, starting to fade'],
  ],
  'pictures of the method that will not stop': [
    ['active', "i can't stop picturing the rope in the garage"],
    ['active', 'the thought of driving off the bridge keeps playing in my head'],
  ],
  'asking the Lord to come sooner, hoping a wreck ends it': [
    ['passive', "I keep telling God I'm ready whenever He is"],
    ['passive', 'kind of hoping a semi takes me out on the way home'],
    ['passive', 'getting on the plane and honestly hoping it crashes'],
  ],
  'not existing, not worth it, only here for someone': [
    ['passive', "if i could push a button and never have been born i'd do it"],
    ['passive', "life isn't worth it anymore"],
    ['passive', "i'm only still alive for my kids"],
  ],
  'vanishing unnoticed': [
    ['passive', 'if I disappeared nobody at work would notice'],
  ],
  'a lethal amount looked up, a plan for when nobody is around, a last sleep': [
    ['active', 'been googling how much tylenol is too much'],
    ['imminent', 'my plan is the garage friday when nobody is home'],
    ['imminent', 'going to sleep for good tonight'],
  ],
  'history told as being pulled out, sitting in the car with a hose': [
    ['history', 'in 2014 I walked into the lake and my brother pulled me out'],
    ['history', 'back in 2009 I sat in my truck in the garage with a hose'],
  ],
  'a boat taken out and not brought back': [
    ['imminent', "I'm taking my kayak out past the point and not coming back"],
  ],
  'cues that count together': [
    ['imminent', "if nobody texts me back by 10 i'm going through with it"],
    ['imminent', "my last walk to the river after dinner. the kids will find the letter"],
    ['imminent', "the note's on the fridge. I don't have 24 hours"],
  ],
  'self-harm as the only thing that helps': [
    ['active', "cutting is the only thing that gets me through"],
  ],
  'Spanish: the empty bottle, pills with alcohol, counting how many': [
    ['imminent', 'el frasco de rivotril quedó vacío, me lo tomé yo'],
    ['imminent', 'me tomé mis pastillas con tequila, todas'],
    ['active', 'veo las pastillas y cuento cuántas se necesitan'],
  ],
  'Spanish: under the train, the step at the roadside, "ya llévame", a burden, a dated plan': [
    ['active', 'tengo ganas de aventarme abajo del metro'],
    ['active', 'anoche estaba en el puente pensando en dar el paso'],
    ['passive', 'Diosito, ya llévame'],
    ['passive', 'mis hijos saldrían adelante sin mí'],
    ['imminent', 'ya tengo planeado colgarme'],
    ['history', 'hace años pensé mucho en no seguir, ya se me quitó'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  'took my nightly meds and getting sleepy, talk tomorrow',
  'shots, all of them, bottoms up! happy birthday bro',
  "i can't stop picturing the beach from our honeymoon",
  'hoping a storm takes out the power so work closes',
  "life isn't worth living without coffee lol",
  "my plan is the gym friday when nobody's there",
  'I walked into the river to cool off and my buddy pulled me out of the current',
  "I'm going through with the surgery in May",
  'if nobody calls me back by friday I will call again',
  'el frasco de vitaminas quedó vacío, hay que comprar',
  'me tomé las pastillas del dolor con la comida',
  'cuento cuántas pastillas me quedan para pedir el refill',
  'ya tengo planeado el viaje a Cancún',
  'Diosito, cuídanos en el camino',
];

describeFamilies('round-7 families', FAMILIES);
describeRulesNone('round-7 hard negatives (rules)', HARD_NEGATIVES);
