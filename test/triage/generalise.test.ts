import { atLeast, none } from './helpers';

/**
 * Second generalisation pass: every family in both languages, with variants (tense, word order,
 * synonyms) that are not the sentences the rules were written from, and the hard negatives each
 * family must leave alone.
 */

describe('burden said as absence', () => {
  it.each([
    'no one would even notice if i disappeared',
    'who would miss me if i wasnt around',
    'my kids would be happier if I just wasnt here',
    'things would be so much easier for everyone if i had died in that crash',
    'nadie se daría cuenta si yo desapareciera',
    'mis hijos estarían mejor si me hubiera muerto en el accidente',
    'todos vivirían más tranquilos si yo no estuviera',
  ])('%s', (t) => atLeast(t, 'passive'));
  it.each(['nobody would notice if i was gone for the weekend', 'we would be better off if we moved to texas', 'mi equipo estaría bien sin mí una semana de vacaciones'])('not: %s', none);
});

describe('hoping for death by other causes', () => {
  it.each([
    'lowkey hoping the tumor spreads',
    'i keep praying a truck hits me on the way to work',
    'if i got shot tomorrow i think id be relieved',
    'honestly wish my heart would stop',
    'ojalá me dé un infarto mientras duermo',
    'si me muero mañana, la verdad ni modo',
    'espero que vuelva el cáncer',
  ])('%s', (t) => atLeast(t, 'passive'));
  it.each(['hoping the cancer doesnt come back', 'ojalá me den el trabajo', 'espero que mi mamá se recupere del cáncer'])('not: %s', none);
});

describe('sleep forever, living only for someone, first-person absence (net)', () => {
  it.each([
    'wanna go to sleep and never wake up', 'I just want to sleep forever', 'i just want to vanish', 'i want to not be here anymore',
    'if it wasnt for my dog i wouldnt be here', 'quiero dejar de existir', 'quiero dormir para siempre', 'quisiera no estar ya',
  ])('%s', (t) => atLeast(t, 'passive'));
  it.each(['i want to disappear for a weekend to the beach', 'quiero desaparecer un rato del trabajo', 'i want to disappear into my room and read'])('not: %s', none);
});

describe('tired of existing, no will to live (es)', () => {
  it.each(['estoy cansadísimo de vivir', 'estoy harta de existir', 'se me quitaron las ganas de vivir', 'ya no me dan ganas de seguir viviendo'])('%s', (t) => atLeast(t, 'passive'));
  it.each(['estoy cansada de vivir en esta casa', 'no tengo ganas de levantarme hoy', 'me muero de hambre'])('not: %s', none);
});

describe('doing "something" to oneself', () => {
  it.each([
    'scared ill do something stupid to myself tonight',
    'not sure how long i can hold on without doing something stupid',
    'tengo miedo de hacerme algo',
    'no sé cuánto más voy a aguantar sin hacer una tontería',
  ])('%s', (t) => atLeast(t, 'active'));
  it.each(['vamos a hacer una locura y viajar a cancun', 'did something stupid at work today lol'])('not: %s', none);
});

describe('acts and plans (imminent)', () => {
  it.each([
    'bought a gun yesterday. saturday night when shes at her moms',
    'gave away my cat, wrote the notes, set the date',
    'lying down on the tracks when the 11pm train comes',
    'took a handful of my pills with vodka',
    'im driving right now and im going to crash into the wall',
    'im still bleeding and weirdly calm',
    'me tomé unas pastillas con tequila hace rato',
    'bro, me he tomado todas las pastillas con alcohol',
    'regalé mi perro, escribí las cartas y elegí la fecha',
    'me voy a aventar a las vías cuando pase el tren',
    'ya compré la soga, el sábado cuando no haya nadie',
    'voy en el carro y me voy a estrellar contra un muro',
  ])('%s', (t) => atLeast(t, 'imminent'));
  it.each([
    'i gave my dog to my sister while i travel',
    'wrote the letters of recommendation',
    'the kids were walking on the tracks',
    'me tomé las pastillas con agua como me dijeron',
    'Im bleeding from a paper cut lol',
  ])('not: %s', none);
});

describe('self-harm by the head until bleeding', () => {
  it.each([
    'I keep banging my head against the bathroom wall until it bleeds',
    'me di de cabezazos contra la pared hasta que me salió sangre',
    'me golpeo la cabeza contra el espejo del baño hasta sangrar',
  ])('%s', (t) => atLeast(t, 'active'));
});

describe('history told as a plan once, or driving to crash', () => {
  it.each(['i had a plan once years ago but my brother stopped me', 'tuve un plan una vez, hace años', 'manejaba rapidísimo esperando chocar', 'i used to ride hoping to wreck'])('%s', (t) => atLeast(t, 'history'));
  it.each(['had a plan once to open a bakery', 'tuve un plan una vez para abrir un negocio'])('not: %s', none);
});

describe('modifier guarantees still hold', () => {
  it.each(["I'm not suicidal", 'my brother killed himself', 'this traffic is killing me', 'me muero de hambre', 'tío, mi hermano se mató', 'bro, my cousin overdosed last year'])('%s', none);
});
