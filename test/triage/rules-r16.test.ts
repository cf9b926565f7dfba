import { describeFamilies, describeRulesNone, type Row } from './helpers';

/**
 * Round 16 (fifth session): fixes written after scoring fresh-ae once (2026-11-28; answers written in
 * the middle of the questionnaire, 170 of 200 risky ones told indirectly), each as a family with its own
 * paraphrases and hard negatives (not the set's sentences).
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'the last people spoken to, a place chosen so no one finds me': [
    ['imminent', "you guys are the last people I'm talking to. be good to each other"],
    ['imminent', 'booked a motel two towns over so my family does not have to find me'],
    ['imminent', 'Ustedes son los últimos a los que les escribo. Cuídense.'],
    ['imminent', 'me fui a otra ciudad para que mi familia no me encuentre'],
  ],
  'a high place now, edging closer': [
    ['imminent', 'on the overpass and I keep leaning out over the railing'],
    ['imminent', 'ya estoy en la orilla del puente ahorita'],
    ['imminent', 'estoy parada en la azotea, quería despedirme primero'],
  ],
  'a plan with a date; cues that count together': [
    ['imminent', 'I already have a plan and a date'],
    ['imminent', 'ya tengo un plan y una fecha'],
    ['imminent', "don't bother scheduling me. I've got it all planned for our anniversary"],
    ['imminent', 'no voy a terminar el formulario. el viernes es la fecha que elegí'],
    ['imminent', 'el domingo en la noche se acaba todo.'],
  ],
  'a stash gathered': [
    ['imminent', 'llevo semanas guardando las pastillas de dormir, ya tengo suficientes'],
  ],
  'not safe, letting go, a risk taken as a wish': [
    ['active', "I don't feel safe with my own thoughts lately"],
    ['active', "hanging on by a thread, thinking about just letting go"],
    ['active', 'been driving drunk on back roads hoping I crash'],
    ['active', 'me subo a la moto sin casco a ver si me mato'],
    ['active', 'doing the razor thing on my thighs again'],
  ],
  'passive: God forgot me, why keep going, a burden': [
    ['passive', 'feels like God forgot to take me with my unit'],
    ['passive', 'lost my two best friends and I wish I had gone with them'],
    ['passive', 'nothing matters anymore, why keep living'],
    ['passive', 'soy un estorbo para todos'],
    ['passive', 'si me pasa algo nadie me echaría de menos'],
  ],
  'history: talked down, a foolish thing nearly done': [
    ['history', 'back in 2016 I sat on the railing of the overpass until a trucker talked me down'],
    ['history', 'Hace años estuve a punto de hacer una locura con la pistola de mi papá.'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  "you're the last one I'm talking to today before my vacation",
  'so my kids dont find me smoking on the porch',
  'leaning over the railing on the ferry to take pictures of the bridge',
  'I have a plan and a date for the wedding',
  "don't bother scheduling me for mornings, I work nights",
  'ya tengo un plan de pagos y una fecha para el enganche',
  'la oferta se acaba el sábado, ¿me avisan?',
  'ya junté lo suficiente para la renta, gracias a Dios',
  'tengo un plan y una fecha para la boda',
  'estoy en la azotea arreglando el tinaco, luego les contesto',
  'I feel safe with my wife and my dog at home',
  'hanging on by a thread with this semester but finals are almost done',
  'riding without a helmet is dumb, I know, hoping something changes in my town',
  'god skipped me when he handed out patience lol',
  'why keep going to that gym if it never has the machines free',
  'mi hermano es un estorbo en la cocina cuando cocino',
  'a ver si me quedo con el trabajo nuevo',
  'estuve a punto de hacer una tontería con el dinero de la renta, pero lo pensé mejor',
  'my last day at the plant is friday after 30 years, giving my tools away to the apprentices',
];

describeFamilies('round-16 families', FAMILIES);
describeRulesNone('round-16 hard negatives (rules)', HARD_NEGATIVES);
