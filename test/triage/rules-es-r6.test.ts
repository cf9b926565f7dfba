import { describeFamilies, describeRulesNone, riskOf, type Row } from './helpers';

/**
 * Spanish families of round 6 (rules/es/ronda6.ts and the fixes beside it), written after scoring
 * fresh-r once: own paraphrases across regions and registers, each family with its hard negatives.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'wishing to have died, said with "desearía"': [
    ['passive', 'desearía haber muerto en esa emboscada'],
    ['passive', 'a veces desearía no haber sobrevivido al choque'],
  ],
  'sad to wake up, tired of breathing': [
    ['passive', 'me duele despertar cada día'],
    ['passive', 'estoy cansado de todo, de respirar'],
    ['passive', 'odio amanecer'],
  ],
  'no future, no sense, nothing waiting': [
    ['passive', 'ya no le veo sentido a seguir'],
    ['passive', 'no veo ningún futuro en mi vida'],
  ],
  'going somewhere "pa no volver"': [
    ['imminent', 'ahorita me voy pal monte pa no volver'],
    ['history', 'hace años me fui caminando a la vía del tren para no regresar'],
  ],
  'looking up how high, how many pills': [
    ['active', 'busqué en google cuántos pisos se necesitan'],
    ['active', 'investigué qué altura tiene que ser un puente'],
  ],
  'papers in order, beside a second cue': [
    ['imminent', 'ya arreglé mis papeles. el domingo es el día'],
    ['imminent', 'puse el seguro de vida a nombre de mis hijos y ya tengo la soga'],
    ['imminent', 'ya escogí el lugar. voy en camino al puente'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  'me da flojera despertarme temprano para ir al trabajo',
  'estoy cansado de todo el papeleo del seguro',
  'no le veo sentido a nada de esto del seguro, me cobran mucho',
  'me voy a la playa pa no volver a la ciudad en todo el verano',
  'busqué qué tan alto es el puente para pasar con el camión',
  'ya puse en orden los papeles para la mudanza',
  'el seguro de vida está a nombre de mi esposa desde que nos casamos',
  'soy promotora de salud y doy talleres de prevención de sobredosis',
  'ni se me pasa por la cabeza hacerme daño, nunca lo he pensado',
  'nunca se me ha ocurrido matarme',
];

describeFamilies('Spanish round-6 families', FAMILIES);
describeRulesNone('Spanish round-6 hard negatives (rules)', HARD_NEGATIVES);

describe('Spanish round-6: a single cue alone does not route, a statement does', () => {
  it('papers in order alone are none', () => {
    expect(riskOf('ya puse en orden mis papeles')).toBe('none');
  });
  it('a wish said with the new negation words around it still routes', () => {
    expect(riskOf('se me pasa por la cabeza matarme')).not.toBe('none');
  });
});
