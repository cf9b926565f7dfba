import { triageRules } from '../../src/triage/detect';
import { riskOf, type Row } from './helpers';

/**
 * Spanish families of round 4: own paraphrases (not copied from any labelled set), written for how
 * people across regions say it (Mexico, the Caribbean, Central and South America, US Spanish, Spanglish).
 */
const FAMILIES: Record<string, readonly Row[]> = {
  // a zero count next to "intento(s)" is a denial; a real count stays history
  'attempt counts': [
    ['history', 'intentos de suicidio: 2'],
    ['history', 'intentos previos: uno, en 2016'],
    ['history', 'intentos: nomás uno, de chamaca'],
    ['history', 'tuve dos intentos de suicidio cuando era joven'],
  ],
  // "después de esto me voy" is a farewell with a plan when the message is about ending things
  'farewell after this': [
    ['imminent', 'ya no quiero vivir, después de esto me voy'],
    ['imminent', 'tengo las pastillas juntas. ya después de eso me voy'],
    ['imminent', 'le dejé las claves del banco a mi hermano, luego de esto me voy'],
    ['imminent', 'no aguanto, me quiero morir. después de todo esto ya me largo'],
  ],
  // wanting to die of shame is a first-person wish (passive) unless a slip makes it the idiom
  'dying of shame': [
    ['passive', 'me quiero morir de la vergüenza'],
    ['passive', 'quisiera morirme de vergüenza por lo que pasó en la casa'],
    ['passive', 'me quiero morir de la verguenza, ya todos saben lo de mi tío'],
  ],
  // going to God or to the dead in heaven
  'going to God': [
    ['passive', 'ya quiero estar con Dios'],
    ['passive', 'estoy lista para irme con el Señor'],
    ['passive', 'ya me quiero ir a descansar con Diosito'],
    ['passive', 'quisiera reunirme con Dios de una vez'],
  ],
  // being surplus: "siento que sobro", "salgo sobrando"
  'surplus to everyone': [
    ['passive', 'siento que sobro'],
    ['passive', 'la verdad yo salgo sobrando para todos'],
    ['passive', 'creo que ya estoy de más en esta casa'],
    ['passive', 'mejor me desaparezco para siempre'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  // zero attempts, in the shapes forms and people use
  'intentos de suicidio: 0',
  'intentos previos: ninguno',
  '¿intentos? nunca',
  'Intentos de suicidio previos = 0',
  'cero intentos de suicidio',
  'he tenido 0 intentos',
  'intentos de suicidio: ninguno hasta ahora',
  'intentos de suicidio - ni uno',
  'intentos de suicidio: nunca he intentado nada',
  // ordinary leaving
  'me voy a trabajar',
  'termino la junta y después de eso me voy a casa',
  'firmo los papeles y después de esto me voy.',
  'ya me voy, nos vemos mañana',
  'después de esto me despido, gracias por todo',
  // God in ordinary faith, leaving for a while, leftovers
  'voy a estar con Dios el domingo en misa',
  'quiero estar más cerca de Dios',
  'quiero estar con Dios en mi vida diaria',
  'me quiero ir con mi mamá al mercado',
  'me sobró comida de ayer',
  'siento que sobro en la reunión, mejor me voy temprano',
  'ya estoy de más en el trabajo, me van a correr',
  'mejor me desaparezco un rato, ando de malas',
  // embarrassment idioms
  'me muero de vergüenza',
  'me muero de la risa',
  'me quiero morir de la risa con ese video',
  'me quiero morir de la vergüenza, mandé el formulario equivocado',
  'qué oso, me quería morir de vergüenza cuando me caí enfrente de todos',
  'me quiero morir de vergüenza jajaja le mandé el audio a mi jefe',
];

describe('Spanish round-4 hard negatives (rules)', () => {
  it.each(HARD_NEGATIVES)('none: %s', (text) => {
    expect(`${triageRules(text).risk} ${text}`).toBe(`none ${text}`);
  });
});

describe('Spanish round-4 families', () => {
  for (const [family, rows] of Object.entries(FAMILIES)) {
    describe(family, () => {
      it.each(rows)('%s: %s', (tier, text) => {
        expect(`${riskOf(text)} ${text}`).toBe(`${tier} ${text}`);
      });
    });
  }
});
