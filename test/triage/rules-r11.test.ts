import { describeFamilies, describeRulesNone, type Row } from './helpers';

/**
 * Round 11: fixes written after scoring fresh-x once (2026-11-28; a writer asked for passive and active
 * ideation told indirectly), each as a family with its own paraphrases and hard negatives.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'not caring what happens, hit by a bus, a ghost, waiting one\'s turn': [
    ["passive", "idc what happens to me anymore"],
    ['passive', "wouldn't mind getting run over tbh"],
    ['passive', 'i kinda want to be a ghost'],
    ['passive', "I'm 81, I'm just waiting my turn and I'd be happy if it came soon"],
    ['passive', 'ready for the good Lord to bring me home'],
  ],
  'the dead called lucky, the family better off with the benefit': [
    ['passive', "at funerals I catch myself thinking he's a lucky son of a gun"],
    ['passive', 'my husband would be better off with the life insurance money than with me'],
    ['passive', 'hoping I catch covid bad and never recover'],
  ],
  'the method in mind: a plan handed over, a fan, a sharpener blade, a weapon held too long': [
    ['active', 'my mind keeps showing me the plan'],
    ["active", "looked at the closet rod wondering if it'd hold my weight"],
    ['active', 'popped the blade out of a sharpener again'],
    ['active', 'when I clean my pistol I hold it a little too long'],
    ['active', "up on the scaffold i keep thinking about just stepping off"],
  ],
  'planning my own exit, a place and a goodbye, leaving things behind': [
    ['history', 'in 2015 I was planning my own exit, peer support got me through'],
    ['imminent', 'on the overpass by exit 12. sorry everyone'],
    ['imminent', "left my wallet and my ring on the nightstand. i'm not coming back tonight"],
  ],
  'Spanish: envy of the dead, not caring, an illness or a plane hoped for': [
    ['passive', 'los que no volvieron tuvieron suerte'],
    ['passive', 'ya no me importa si vivo o me muero'],
    ['passive', 'si me pasa algo en la carretera no me importaría'],
    ['passive', 'si mañana no me despierto mejor'],
    ['passive', 'ojalá se estrelle el avión en mi próximo viaje'],
    ['passive', 'quisiera que el cáncer me llevara de una vez'],
  ],
  'Spanish: thinking how, "hacerme algo", the idea that follows, the gun at home': [
    ['active', 'no paro de pensar en cómo lo haría'],
    ['active', 'me están viniendo ideas bien feas de hacerme algo'],
    ['active', 'la idea de hacerlo me ronda todo el día'],
    ['active', 'tengo ganas de jalar el gatillo'],
    ['active', 'la pistola de mi papá está en el cajón y pienso mucho en agarrarla'],
    ['active', 'no paro de pensar en largarme de este mundo'],
  ],
  'Spanish: a while since (history)': [
    ['history', 'hace años que no me corto'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  // denials, embarrassment with its cause, a gun locked away
  'pensamientos de hacerme daño no he tenido nunca',
  'me quería morir de la vergüenza cuando me puse a llorar en la cita',
  'my rifle stays in a safe and my brother has the combination, is that ok for the program?',
  // ordinary uses of the same words
  'I want to be a ghost for halloween',
  "can't wait for it all to be over, this move has been exhausting",
  'my boss feels like a lucky guy with that bonus',
  'si me pasa algo en la obra el seguro lo cubre, ¿verdad?',
  'no paro de pensar en cómo lo haría mi abuela, esa receta',
  'ojalá no se caiga el avión, me dan miedo los vuelos',
  "I'm not coming home tonight, working a double",
  'left my keys on the table again lol',
  'pienso mucho en agarrar vacaciones',
];

describeFamilies('round-11 families', FAMILIES);
describeRulesNone('round-11 hard negatives (rules)', HARD_NEGATIVES);
