import { riskOf, type Row } from './helpers';

/** Every Spanish rule family: Mexico, Central America, the Caribbean and Spain, SMS spelling included. */
const FAMILIES: Record<string, readonly Row[]> = {
  'direct statements': [
    ['active', 'me quiero matar'],
    ['active', 'quiero suicidarme'],
    ['active', 'tengo pensamientos suicidas'],
    ['active', 'pienso en quitarme la vida'],
    ['active', 'a veces quiero acabar con todo'],
    ['active', 'ya me quiero morir'],
  ],
  'slang and regional': [
    ['active', 'me quiero petatear'],
    ['active', 'ya quiero colgar los tenis, neta'],
    ['active', 'tengo ganas de aventarme a las vías del metro'],
    ['active', 'kiero matarme'],
  ],
  'passive wishes': [
    ['passive', 'ojalá no despertara mañana'],
    ['passive', 'quisiera estar muerta'],
    ['passive', 'ya no quiero vivir'],
    ['passive', 'no le encuentro sentido a la vida'],
    ['passive', 'estoy cansado de vivir'],
    ['passive', 'que Dios me lleve'],
  ],
  burden: [
    ['passive', 'mi familia estaría mejor sin mí'],
    ['passive', 'soy una carga para todos'],
    ['passive', 'nadie me extrañaría'],
  ],
  'means, time and acts': [
    ['imminent', 'esta noche me mato'],
    ['imminent', 'me voy a matar esta noche'],
    ['imminent', 'ya me tomé todas las pastillas'],
    ['imminent', 'me tomé un frasco de pastillas'],
    ['imminent', 'tengo la pistola cargada en la mano'],
    ['imminent', 'estoy en el puente y voy a saltar'],
    ['imminent', 'me corté muy profundo y no para de sangrar'],
  ],
  farewells: [
    ['imminent', 'adiós a todos, perdónenme por todo'],
    ['imminent', 'escribí cartas de despedida para mis hijos'],
    ['imminent', 'mañana ya no voy a estar'],
  ],
  'self-harm': [
    ['active', 'me corto los brazos cuando me siento mal'],
    ['active', 'quiero hacerme daño'],
    ['active', 'me he estado cortando otra vez'],
  ],
  history: [
    ['history', 'intenté suicidarme hace cinco años'],
    ['history', 'me cortaba de adolescente'],
    ['history', 'tuve un intento de suicidio en 2019'],
    ['history', 'ya no me corto'],
  ],
  preparation: [
    ['imminent', 'no te puedo prometer que mañana siga vivo, ya tengo con qué'],
    ['imminent', 'si lees esto ya me fui'],
  ],
};

describe('Spanish rule families', () => {
  for (const [family, rows] of Object.entries(FAMILIES)) {
    describe(family, () => {
      it.each(rows)('%s: %s', (tier, text) => {
        expect(`${riskOf(text)} ${text}`).toBe(`${tier} ${text}`);
      });
    });
  }
});
