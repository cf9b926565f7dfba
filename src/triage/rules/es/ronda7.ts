import type { RuleSpec } from '../rule';
import { PILLS_ES } from './lexicon';

/**
 * Séptima ronda, por familias, escrita después de puntuar una vez a una escritora nueva (fresh-s): el
 * frasco vacío que vació uno mismo, las pastillas "empinadas" con alcohol, calcular cuántas harían
 * falta, tirarse abajo del metro o pensar en dar el paso junto a la carretera, pedirle a Dios "ya
 * llévame", ser un lastre para los hijos, haber pensado en no seguir (contado en pasado) y un plan con
 * fecha.
 */

const ALCOHOL = String.raw`(?:guaro|alcohol|tequila|ron|cerveza|chelas|vino|pisto|mezcal|whisky|vodka|aguardiente|trago)`;

export const ES_RONDA7: readonly RuleSpec[] = [
  {
    id: 'es.imminent.r7-frasco-vacio',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // "el pomo de clonazepam está vacío y me lo vacié yo"
      String.raw`\b(?:el|la)\s(?:pomo|frasco|bote|caja|tira|blister|tarro)\sde\s(?:(?:las|mis|los)\s)?(?:${PILLS_ES}|[a-z]+)\s(?:esta|quedo|ya\sesta)\svaci[oa]\b[^.!?\n]{0,30}?\bme\s(?:lo|la|las|los)\s(?:vacie|tome|trague|empine|acabe)\b`,
      // "me empiné las pastillas del dolor con guaro, toditas"
      String.raw`\bme\s(?:empine|zampe|tome|trague|meti|bebi)\s(?:todas\s|toditas\s)?(?:las|mis)\s(?:pastillas|pildoras|tabletas|pastis)\b[^.!?\n]{0,30}?\bcon\s(?:(?:el|la|un|una|mi)\s)?${ALCOHOL}\b`,
    ],
  },
  {
    id: 'es.active.r7-cuantas-harian-falta',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self',
    requires: String.raw`\b(?:pastillas|pildoras|tabletas|pastis|frasco|pomo|bote|medicinas?|${PILLS_ES})\b`,
    patterns: [
      // "miro las pastillas y calculo cuántas harían falta"
      String.raw`\b(?:calculo|calculando|calcule|cuento|contando|conte)\s(?:cuantas|cuantos|cuanto)\s(?:[a-z]+\s)?(?:harian\sfalta|hacen\sfalta|se\snecesitan|necesitaria|serian\ssuficientes|bastarian|me\sharian\sfalta)\b`,
    ],
  },
  {
    id: 'es.active.r7-bajo-el-tren',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self',
    patterns: [
      // "ando con ganas de tirarme abajo del subte"
      String.raw`\b(?:tirarme|aventarme|echarme|lanzarme|meterme)\s(?:abajo|debajo|enfrente|delante)\sde(?:l|\sla|\sun|\suna)?\s(?:subte|metro|tren|camion|trailer|trocas?|carro|auto|bus|colectivo|micro|tractomula|rastra)\b`,
      // "me quedé pensando en dar el paso" at the roadside, on a bridge, by the tracks
      String.raw`\b(?:pensando|pense|pensaba|pienso)\sen\sdar\sel\spaso\b(?<=\b(?:carretera|trailers?|traileres|puente|vias|tren|orilla|borde|azotea|barranco|precipicio|barandal)\b[^\n]{0,160})`,
    ],
  },
  {
    id: 'es.passive.r7-ya-llevame',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "al final le digo a Dios: ya llévame"
      String.raw`\b(?:dios(?:ito)?|senor|diosito\slindo|virgen(?:cita)?)\b[^.!?\n]{0,40}?\bya\sllevame\b|\bya\sllevame\s(?:dios(?:ito)?|senor)\b`,
    ],
  },
  {
    id: 'es.passive.r7-lastre',
    lang: 'es', tier: 'passive', kind: 'passive',
    patterns: [
      // "con su papá saldrían adelante sin este lastre"
      String.raw`\b(?:saldrian|saldria|salen|podrian\ssalir)\sadelante\ssin\s(?:mi|este\s(?:lastre|estorbo)|esta\s(?:carga|molestia))\b|\b(?:soy|me\sveo\scomo)\s(?:un\s)?(?:lastre|estorbo)\spara\s(?:mis|mi|ellos|ellas|todos)\b`,
    ],
  },
  {
    id: 'es.history.r7-no-seguir',
    lang: 'es', tier: 'passive', kind: 'passive', subject: 'self',
    patterns: [
      // "después del parto pensé mucho en no seguir" (told in the past: history)
      String.raw`\b(?:pense|pensaba|llegue\sa\spensar|estuve\spensando)\s(?:mucho\s|seguido\s|varias\sveces\s)?en\sno\s(?:seguir|despertar|seguir\saqui|seguir\sviviendo|seguir\scon\svida)\b`,
    ],
  },
  {
    id: 'es.imminent.r7-plan-con-fecha',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // "tengo planeado suicidarme el 2 de noviembre"
      String.raw`\b(?:tengo|ya\stengo)\s(?:planeado|pensado|decidido|todo\slisto\spara)\s(?:suicidarme|matarme|quitarme\sla\svida|colgarme|ahorcarme|pegarme\sun\stiro|tirarme|envenenarme)\b`,
    ],
  },
];
