import { describeAtLeast, describeFamilies, describeRulesNone, type Row } from './helpers';

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

/**
 * A reviewer's attempt to break these families (2026-11-28): look-alikes written to trip each pattern,
 * and the same meanings in other words. The look-alikes the rules leave at none stay none; the meanings
 * the detector reaches stay at least at their tier. (The look-alikes that still trip older rules or the
 * statistical stage are in the closing note, not here.)
 */
const REVIEWER_LOOK_ALIKES: readonly string[] = [
  "you're the last person I'm talking to before I board, then my phone is off till Lisbon",
  "you guys are the last people im telling about the pregnancy, so keep it quiet",
  "youre the last one I talk to until Monday, the office closes for the holiday",
  "you are the last person I'm writing to about the billing error, the VA already fixed it",
  "parked behind the barn so my wife wont see me wrapping her anniversary gift",
  "cleaning gutters on the roof, im leaning out over the edge so hold the ladder tight",
  "on the subway platform my toddler kept leaning toward the tracks, had to hold his hood the whole time",
  "I have a plan and a date: moving out on the first of June",
  "finally i got a plan and a date, the roof gets replaced on the 14th",
  "ive got a plan and a date tonight, dinner then the movies",
  "please cancel my intake. my insurance switched and I'll reapply in March, she'll understand why.",
  "don't schedule me. I've got it all planned for the 19th, my daughter's graduation in Tucson",
  "I won't finish this form. my lawyer told me to wait for the VA rating, he'll know why.",
  "im safe with my own thoughts these days, journaling really helped",
  "im safe with myself, just nervous about the intake call tomorrow",
  "I don't feel safe in my neighborhood since the break-ins, thinking of moving",
  "hanging on by a thread at work and thinking about letting go of the side contracts",
  "hanging on by a thread with the budget, we might have to let go two drivers",
  "drove three hours to the casino hoping something happens for once lol",
  "speeding to the hospital for my wife's delivery, hoping it ends quick for her",
  "riding my new bike to work every day and hoping something happens with my cholesterol",
  "god forgot me at the raffle again, zero for five this year",
  "death missed me by inches in that 2009 rollover and I'm grateful every single day",
  "wish I'd gone with them to the lake, looked like a great weekend",
  "the recipe failed twice, why keep going if the oven is broken",
  "we're down 30 at halftime, why keep going? coach should rest the starters",
  "woke up at 4 to watch the launch, kind of disappointed I did because it got scrubbed",
  "the neurologist did the pin thing on my legs to check the numbness",
  "doing the razor thing on my legs before the beach, shaving is such a chore",
  "stood on the bridge for the fireworks and a cop talked to me about my parking",
  "ando en el mirador ahorita con mis primos, al rato te marco",
  "estoy en la azotea ahorita tendiendo la ropa, ahorita bajo",
  "ya estoy en la presa ahorita mismo, traje las cañas de pescar",
  "estoy sentada en el techo, quería ver el eclipse primero antes de bajar",
  "ya tengo suficientes pastillas para el viaje, la farmacia me surtió dos meses",
  "el doctor me dio receta, ya junté lo suficiente de medicamento para la gira",
  "el sábado en la tienda se acaba todo, llega temprano",
  "mañana con la venta de garaje se acaba todo.",
  "el domingo termina la liga y se acaba todo.",
  "ustedes son los últimos a los que les escribo antes del viaje, luego no tengo señal",
  "son las últimas con las que hablo del presupuesto, ya casi lo cerramos",
  "me escondí en el clóset para que mis hijos no me encuentren, estamos jugando a las escondidas",
  "me fui por atrás para que mi esposa no me vea con el pastel de cumpleaños",
  "ya tengo un plan y una fecha: me caso en mayo",
  "la fecha que escogí para la mudanza es el 12. no hace falta que me busquen en la oficina vieja.",
  "estuve a punto de hacer una tontería y vender el rifle de mi abuelo para pagar la deuda",
  "ando a punto de hacer una locura: comprar una pistola de agua gigante para la fiesta",
  "perdón, ¿estorbo aquí? me muevo para que pases",
  "nadie me echaría de menos en la junta si falto el lunes",
  "a ver si me muero de frío en el estadio, está helando",
  "a ver si me matan a preguntas en la entrevista de mañana",
  "a ver si me choco a Juan en la fiesta, hace años que no lo veo",
  "me siento inseguro en mi colonia desde los asaltos, ya no salgo de noche",
];

const REVIEWER_MEANINGS: readonly Row[] = [
  ["imminent", "ur the last 1 im talkin to. take care of urselves"],
  ["imminent", "this chat is the last conversation im going to have with anyone, be good to each other"],
  ["imminent", "got a motel room across the state so my family wont be the ones who find me"],
  ["imminent", "drove out to a spot where nobody is ever going to find me. this is it"],
  ["imminent", "at the bridge right now and i keep creeping nearer the edge"],
  ["imminent", "standing at the edge of the parking garage roof rn, cant do this anymore"],
  ["imminent", "i know how and i know when. sunday night"],
  ["imminent", "picked the day already and everything is ready"],
  ["imminent", "got a plan n a date, dont worry about me after that"],
  ["imminent", "no point scheduling me for anything after friday, i wont be around"],
  ["imminent", "leaving the questionnaire unfinished, none of it matters after tonight"],
  ["active", "my thoughts arent safe to be alone with rn"],
  ["active", "i dont trust myself to be alone tonight"],
  ["active", "holding on by a thread and my grip is slipping, i want to stop holding on"],
  ["active", "i go 120 on the interstate with no seatbelt wishing something would just end it"],
  ["active", "been driving home wasted on purpose, if i wrap the car around a tree so be it"],
  ["active", "went back to hurting my skin with the safety pin this week"],
  ["passive", "the lord should have taken me with my squad instead of leaving me here"],
  ["passive", "whats the point of going on like this"],
  ["passive", "every morning i wake up kinda bummed that im still here"],
  ["passive", "tell me one reason to keep going bc i dont have any"],
  ["passive", "wish id come home in a box with the rest of them"],
  ["history", "a few years back a state trooper spent two hours talking me off the bridge"],
  ["history", "in 2019 my brother found me up on the roof of the parking garage and got me to come down"],
  ["imminent", "ya estoy arriba del puente, perdón a todos"],
  ["imminent", "aquí en la azotea, ya me despedí de mis hijos"],
  ["imminent", "ya junté las pastillas que necesito, este finde"],
  ["imminent", "el sábado termino con todo"],
  ["imminent", "son las últimas personas con las que voy a hablar, cuídense"],
  ["imminent", "me voy a un hotel lejos pa q mis hijos no me hallen"],
  ["imminent", "ya escogí el día y cómo, no me agenden nada"],
  ["active", "ya no me siento seguro conmigo mismo"],
  ["active", "me aviento a la carretera en la moto sin casco esperando que me pase algo"],
  ["active", "sigo lastimándome los brazos cuando nadie me ve"],
  ["passive", "nomás les estorbo a todos en esta casa"],
  ["passive", "dios se olvidó de llevarme con mis compañeros"],
  ["passive", "para qué seguir si nada vale la pena"],
  ["history", "hace unos años un policía me convenció de bajarme del puente"],
  ["history", "una vez estuve a nada de hacer una tontería con la pistola de mi papá"],
];

describeRulesNone('round-16 reviewer look-alikes (rules)', REVIEWER_LOOK_ALIKES);
describeAtLeast('round-16 reviewer meanings reach at least their tier', REVIEWER_MEANINGS);
