import { triage } from '../../src/triage';
import { normalise } from '../../src/triage/normalise';
import { safetyNet } from '../../src/triage/net/score';
import { atLeast, exactly, none } from './helpers';

/**
 * The lexicon safety net (src/triage/net): each concept combination in both languages, written for
 * these tests (variants the rule families were not written from), and the guarantees the net must
 * keep: denials, third person, idioms, reported speech, questions about the program and accidents
 * stay `none`.
 */

describe('net: means with a place, a time, an act or readiness is imminent', () => {
  it.each([
    'the noose is already tied in the basement',
    'my glock is loaded and sitting next to me',
    'truck is running in the garage with the door closed',
    'el motor está encendido en el garaje, ya está',
    'la soga ya está colgada',
    'i already started cutting, there is blood everywhere',
    'been stockpiling my seroquel for weeks. taking them all tonight',
    'llevo meses guardando pastillas y esta noche me las tomo',
    'cuchillo en la mano, ya empecé, no aguanto más',
  ])('%s', (t) => atLeast(t, 'imminent'));
});

describe('net: an overdose taken is imminent', () => {
  it.each([
    'i swallowed the entire bottle of ambien',
    'just took every pill in the medicine cabinet',
    'popped a handful of klonopin and some vodka',
    'me tragué todas mis pastillas de la presión',
    'acabo de tomarme... no, ya me tomé el bote entero de clonazepam',
    'me he tomado 30 pastillas',
  ])('%s', (t) => atLeast(t, 'imminent'));
  it.each([
    'I took all of my meds this morning as prescribed',
    'my mom took the whole bottle in 2015 and survived',
    'me tomé todo el día libre para la cita',
    'how many pills come in a bottle of prazosin?',
  ])('not: %s', none);
});

describe('net: dangerous places with an edge, a farewell or a decision are imminent', () => {
  it.each([
    'standing on the overpass. tell my kids i love them',
    "i'm up on the ledge of my building, about to jump",
    'at the train platform, gonna step off when the next train comes',
    'estoy en la azotea, perdónenme',
    'estoy en las vías del tren, esta vez sí lo hago',
    'on the cliff edge. just wanted one person to know',
  ])('%s', (t) => atLeast(t, 'imminent'));
  it.each([
    "I'm on the roof fixing the gutters, call you later",
    'my buddy jumped off a bridge in 2010 and I found out by text',
    'estoy en el puente esperando el camión, llego tarde',
    'we lost two guys on a rooftop in Ramadi',
  ])('not: %s', none);
});

describe('net: ending euphemisms in the first person', () => {
  it.each([
    'I keep thinking about checking out',
    'I want to make the pain stop permanently',
    'thinking of joining my brothers who did not come home',
    'i want to end it all',
    'solo quiero acabar con todo',
  ])('%s', (t) => atLeast(t, 'active'));
  it.each([
    "I'm checking out tonight, it's decided",
    'me voy a ir para siempre este viernes',
    'ready to meet my maker tonight',
  ])('%s', (t) => atLeast(t, 'imminent'));
  it.each([
    'I want to check out your program before signing up',
    'checking out of the hotel early tomorrow',
    'we should end it with the old insurance and switch',
  ])('not: %s', none);
});

describe('net: passive wishes said with absence words', () => {
  it.each([
    'some nights I pray I never wake up',
    'i would not mind if a bus hit me tomorrow',
    'dying in my sleep would be a relief honestly',
    'they would get over it fast if i was gone',
    'ojalá un camión me atropellara',
    'tengo ganas de dormir para siempre',
    'le pido a Dios que me recoja',
  ])('%s', (t) => atLeast(t, 'passive'));
  it.each([
    "I can't wake up before 9 without an alarm",
    'my grandfather died in his sleep at 92, peacefully',
    'nobody would notice if I was gone for the weekend',
  ])('not: %s', none);
});

describe('net: self-harm in the first person', () => {
  it.each([
    'I have been cutting my thighs again',
    'I burned myself with a lighter on purpose',
    'punching the wall till my knuckles bled, on purpose',
    'me corto los brazos cuando me acuerdo',
    'me golpeo contra la pared a propósito',
  ])('%s', (t) => atLeast(t, 'active'));
  it.each([
    'cut my hand chopping onions',
    'hit my head on the car door getting in',
    'me quemé con el aceite caliente cocinando',
    'my daughter has been cutting herself, what do we do?',
    'mi exesposo me golpeaba',
  ])('not: %s', none);
});

describe('net: history from attempt words with past markers', () => {
  it.each([
    'I made an attempt when I was 19',
    'suicide attempts? yes, two, back in 2012',
    'hx of SA x2',
    'years ago I used to cut my arms',
    'hace años me cortaba, ya lo superé',
  ])('%s', (t) => atLeast(t, 'history'));
  it.each(['my cousin made an attempt in 2016', 'what were the attempt numbers in 2019 for the study?'])('not: %s', none);
});

describe('net: clinical shorthand and questionnaire answers', () => {
  it.each(['pt endorses SI, no plan', 'current SI w/ plan', 'item 9: more than half the days', 'pregunta 9: varios días', 'Q9 yes, most days'])(
    '%s',
    (t) => atLeast(t, 'active'),
  );
  it.each(['denies SI', 'negative for SI and HI', 'no SI today', 'does item 9 get sent to my doctor?', 'pregunta 9: para nada', 'si, mañana puedo a las 9'])('not: %s', none);
});

describe('net: the guarantees', () => {
  it.each([
    "I'm not suicidal, I just can't sleep",
    'my brother killed himself in 2016',
    'this traffic is killing me',
    'me muero de hambre',
    "I'm dying to know when the program starts",
    'my therapist asked if I ever thought about ending it, and I said no',
    'I had to identify the body after the crash',
  ])('%s', none);
});

describe('net: every hit is explained', () => {
  it('gives a net rule id and the span that raised the tier', () => {
    const text = 'on the cliff edge. just wanted one person to know';
    const r = triage(text);
    expect(r.risk).toBe('imminent');
    const net = r.reasons.find((x) => x.rule.startsWith('net.'));
    expect(net).toBeDefined();
    expect(text.slice(net!.start, net!.end)).toBe(net!.match);
  });
  // Speed is printed by bench:triage; here long repetitive input must finish (a backtracking regex would hang
  // past the timeout), keep its meaning, and give a bounded list of reasons a clinician can still read.
  it.each([
    ['roof '.repeat(400), 'none'],
    ['i want to check out '.repeat(100), 'active'],
    ['me tome todo '.repeat(150), 'imminent'],
  ])('long repetitive input keeps its meaning: %#', (text, tier) => {
    const hits = safetyNet(normalise(text), text);
    expect(hits.length).toBeLessThanOrEqual(50);
    expect([...new Set(hits.map((h) => h.tier))]).toEqual(tier === 'none' ? [] : [tier]);
  }, 10_000);
});

describe('net: preparations, vehicles and readiness beside a time or a goodbye', () => {
  it.each([
    'my affairs are in order and tonight is the night',
    'dejé cartas para mis hijos, perdónenme',
    'gonna step in front of a bus after work',
    'me voy a aventar al metro esta noche',
    'truck is running in the garage, goodbye',
    'the pills are counted out on my nightstand',
    'my revolver is loaded',
  ])('%s', (t) => atLeast(t, 'imminent'));
  it.each([
    'I wrote a letter to my therapist about the nightmares',
    'gave away my old couch when we moved',
    'my wife wants me to stop keeping my pistol next to me in bed',
    'I am at the platform waiting for the train, running late',
    'I took everything the VA offered and nothing worked',
    'ya me tomé la pastilla de la presión, gracias',
    'me tomé la caja de té entera jaja',
    'ya me tomé todo el café',
    'I keep thinking how I would do it differently if I could go back to that day',
    'the big sleep is my favorite noir film',
    'I took the whole box of donuts to work',
  ])('not: %s', none);
});

describe('net: a partner concept never comes from inside the anchor', () => {
  it('"eating my gun" with a thought is ideation, not a means beside an ending', () => exactly('every night I think about eating my gun', 'active'));
});

describe('net: a course of medicine finished, and a clinical term asked about, are not signals', () => {
  it.each([
    ['none', 'me tomé todo el frasco de antibióticos como dijo el doctor'],
    ['none', 'qué significa ideación suicida? lo vi en mi expediente'],
    ['imminent', 'ya me tomé todo el frasco'],
    ['active', 'tengo ideación suicida desde hace meses'],
  ] as const)('%s: %s', (tier, text) => {
    expect(`${triage(text).risk} ${text}`).toBe(`${tier} ${text}`);
  });
});

