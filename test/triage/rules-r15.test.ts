import { describeAtLeast, describeFamilies, describeRulesNone, type Row } from './helpers';

/**
 * Round 15 (fifth session): fixes written after scoring fresh-ac once (2026-11-28; 191 of 200 risky
 * messages told indirectly), and after a probe of community phrasings, each as a family with its own
 * paraphrases and hard negatives (not the set's sentences).
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'burden: taking up space, the world does not need me': [
    ['passive', "im just taking up space at this point"],
    ['passive', 'the world does not need another washed up cop'],
    ['passive', 'nobody needs one more burden like me, the world doesnt need me'],
  ],
  'survivor guilt as a wish': [
    ['passive', "She's the one who should have made it home, not me. She died in my arms."],
    ['passive', "I'd gladly trade places with my buddy, he should be here"],
    ['passive', "my husband passed in June and honestly i'd just as soon be with him"],
    ['passive', 'Mi compa murió en la emboscada. Debí quedarme allá con él, no sé qué hago aquí.'],
  ],
  'hoping someone else does it': [
    ['active', 'keep driving through the bad part of town hoping somebody takes me out'],
    ['active', 'honestly hoping one of them finishes me off next time'],
  ],
  'medicine skipped to dare it': [
    ['active', 'been skipping my heart meds on purpose, seeing what happens'],
    ['active', 'I skip my insulin deliberately some nights'],
  ],
  'the last try before giving up': [
    ['active', "this program is my final try before I give up for good"],
    ['active', "this is my last resort before I check out"],
  ],
  'an overdose or a crash that was no accident': [
    ['history', "the crash in 2015 wasn't really an accident"],
    ['history', 'El choque de 2016 no fue un accidente.'],
    ['history', 'years ago I drove out to the lake intending not to come back'],
  ],
  'old self-harm scars and the question named then answered': [
    ['history', 'my wrists have scars from when I was in high school'],
    ['active', "the question about self harm, yes, I've been doing it again"],
  ],
  'a dose asked for someone, then owned': [
    ['imminent', "how many of my sleeping pills would it take? I'm asking for myself"],
  ],
  'affairs squared away, a sign sent, a date': [
    ['imminent', 'Got all my affairs in order. Tonight is the night.'],
    ['imminent', "mailed my medals to my brother. he'll know what it means. doing it tonight"],
  ],
  'veteran and teen slang, dropped subjects': [
    ['active', "idk how much longer before i do something to myself"],
    ['active', "im afraid i might do something to myself"],
    ['history', 'nearly became one of the 22 back in 2014'],
    ['history', 'former medic, attempted twice in my 20s'],
    ['history', 'did the whole unalive attempt thing at 19'],
    ['imminent', "i'm by the train tracks waiting for the train"],
  ],
  'a farewell led by please': [
    ['imminent', 'pls tell my dad im sorry. i cant do this anymore'],
  ],
  'Spanish: inertia, the body last to know, not going on': [
    ['passive', 'si me atropella un camión, me hace un favor'],
    ['passive', 'la verdad vivo por pura inercia'],
    ['passive', 'por dentro ya me morí, solo falta que el cuerpo se dé cuenta'],
    ['active', 'me entra la tentación de no seguir'],
    ['active', 'a veces manejo pensando en no volver nunca más'],
    ['passive', 'para qué me dan medicina si ya no sirvo, nomás les doy lata a mis hijos'],
    ['active', 'pregunta 3 del cuestionario de seguridad: sí, varias veces'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  'that old couch is just taking up space in the garage',
  "the world doesn't need another true crime podcast",
  "I'd trade places with my brother in a heartbeat, he's got the corner office",
  "she's the one who should be here planning this party, not me",
  "I'd rather be with my friends this weekend than at work",
  'Debí quedarme allá con mis compañeros de trabajo, la fiesta estuvo buenísima',
  'hoping somebody finishes the paint job before it rains',
  'skipping my insulin on purpose was never an option, I take it every day',
  "I skipped my heart meds on purpose because I couldn't afford the refill",
  'my last shot before I give up on this printer is a new cable',
  'the crash was a total accident, the other driver ran the light',
  'planning not to come back to this job after the holidays',
  'scars on my arms from the burn in the kitchen fire',
  'my arms have scars from when I was in the car accident',
  'got my affairs in order before the deployment',
  "sent my dad's watch to the repair shop, he'll know what it means when he sees it fixed",
  'my teenager says shes literally going to kms over her math homework',
  'my ex used to say id be better off dead, anyway tuesday works',
  "was up on a ladder with a rope tied around the chimney to clean the gutter",
  'I called the crisis line with him last night, he is getting help now',
  'please forgive me if I fill this out wrong, I will say goodbye for now',
  'Tomo pastillas para la presión. Muchas gracias por escucharme.',
  'la idea de no seguir con el tratamiento me preocupa',
  'no sirvo para cocinar, mi esposa hace todo',
  'el partido de ayer me mató, qué golazo',
  'la fila del banco de hoy me mató',
  'pregunta 3 del cuestionario de seguridad: no',
];

describeFamilies('round-15 families', FAMILIES);
describeRulesNone('round-15 hard negatives (rules)', HARD_NEGATIVES);

/**
 * A reviewer's attempt to break these families (2026-11-28): look-alikes written to trip each pattern,
 * and the same meanings in other words. The look-alikes the rules left at none stay none; the meanings
 * the detector reached stay at least at their tier. (Five look-alikes still trip older rules or the
 * statistical stage; they are in the closing note, not here.)
 */
const REVIEWER_LOOK_ALIKES: readonly string[] = [
  "sorry im taking up space on the shared drive, ill delete my old videos tonight",
  "the world doesn't need another guy with a podcast, but here I am starting one",
  "my phone died again. she's the one who should be here running the slides, not me",
  "grandpa passed at 94 last spring, and this year I'd rather be with my family at christmas than pulling a double shift",
  "He passed the bar exam on his first try; honestly I'd switch places with him right now",
  "she's the one who deserved to come home with the trophy, our whole team was dead tired by the final",
  "hoping someone finishes the job on the deck before the first snow",
  "hope they finish what the last contractor started with the kitchen",
  "praying they put me down for the early shift so I can make my appointment",
  "hope somebody shoots me a text when the pharmacy opens",
  "my cardiologist had me skip my blood thinners on purpose for five days before the colonoscopy",
  "I skipped my insulin on purpose this morning because I had to fast for bloodwork, the nurse told me to",
  "stopped taking my heart pills deliberately last week, the dizziness was too much, I called my doctor about it",
  "been skipping my insulin on purpose some days because I can't pay rent and buy it both",
  "last thing before I check out of the hotel: find the phone charger",
  "this is my final chance before I tap out of the jiu-jitsu tournament, one more round",
  "last chance before I end it with him, if he forgets our anniversary again we're done",
  "IVF is the last thing I'm trying before I stop trying for a baby",
  "the 2008 market crash wasn't an accident, the banks knew exactly what they were doing",
  "my fall wasn't an accident, my ex pushed me down the stairs",
  "my brother's overdose in 2019 wasn't an accident, he left a note",
  "I'm planning not to wake up before noon on saturday, best part of the week",
  "we left for the cabin planning not to come home until the snow melts",
  "she moved to Lisbon intending not to come back, and honestly good for her",
  "my legs have old scars from high school soccer, cleats are brutal",
  "my stomach has scars from when I was nine and had my appendix out",
  "the nutrition form asks about cutting back on sugar, I've been doing it since January",
  "you asked about cutting carbs, yes i have been doing it for a month and lost 8 lbs",
  "how many infusions would it take before I notice a difference? asking for myself, my husband already did the program",
  "how many miles would it take to drive to the clinic from Tucson? asking for me and my wife",
  "gave my son my old hunting rifle for his 18th birthday, he'll know what it means",
  "finally got my affairs in order before starting the new job, all the paperwork is sorted",
  "question 2 on the safety screen: yes, my wife will drive me home after each session",
  "I'm by the train tracks waiting for the train, running ten minutes late for the intake call",
  "tell my mom I'm sorry I'll be late, the bus broke down",
  "im afraid i might do something to myself like cut my own bangs again",
  "si me lleva el tren al aeropuerto, mejor, así no pago estacionamiento",
  "si me cae un rayo de inspiración esta noche, qué bueno, porque el ensayo es para mañana",
  "vivo por obligación en Monterrey hasta que termine el contrato, luego me mudo a Guadalajara",
  "los lunes vivo por pura inercia y café, jaja",
  "ya cambié el reloj al horario de verano, nomás falta que el cuerpo se entere",
  "ya me inscribí al gimnasio, solo falta que mi cuerpo se entere jaja",
  "Debí quedarme allá con mis amigos, la fiesta siguió hasta las 5 y yo no sé qué hago aquí en la oficina un domingo",
  "Ella es la que debía estar aquí dando la plática, yo sólo la sustituyo porque se enfermó; sigo aquí hasta que regrese",
  "me gusta la idea de no seguir así en este trabajo, ya mandé mi currículum a otras empresas",
  "la idea de no seguir más en la carrera de derecho me quita un peso de encima",
  "estoy pensando en no volver nunca más a ese restaurante, la comida estaba fría",
  "pienso en no regresar jamás a esa empresa, me pagaban una miseria",
  "para qué me esfuerzo en la cocina si no sirvo para esto, mejor pedimos pizza",
  "nomás les doy lata a mis hijos con el celular, no sé ni mandar fotos",
  "la caída de 2008 no fue un accidente, los bancos sabían lo que hacían",
  "el choque de trenes no fue un accidente, fue negligencia de la empresa",
  "pregunta 2 del cuestionario de seguridad: si contesto que no, ¿me descalifican?",
  "pregunta 1 del formulario de seguridad: si tomo metformina, ¿cuenta como medicamento?",
  "Debí quedarme ahí con mis compas viendo el partido, sigo aquí en el tráfico y ya van dos horas",
];

const REVIEWER_MEANINGS: readonly Row[] = [
  ["passive", "the earth doesnt need another washed-up marine eating its groceries"],
  ["passive", "honestly the planet doesnt need one more busted up grunt like me"],
  ["passive", "if I could swap spots with Danny in that grave I'd do it tomorrow"],
  ["passive", "it should've been my name on that memorial wall, not his. he had kids"],
  ["passive", "ma died in march and honestly joining her doesnt sound so bad"],
  ["passive", "all my guys from that convoy are buried and im still here eating, makes no sense, should be me in the ground"],
  ["active", "keep walking home through the worst blocks at 2am half hoping somebody ends me"],
  ["active", "picking fights at the bar hoping some big guy puts me in the ground"],
  ["active", "i been skippin my insulin on purpose, lettin my sugar do whatever it wants"],
  ["active", "haven't touched my blood thinners in a week and i'm not starting again, kind of hoping for a clot"],
  ["active", "dropped my dialysis on purpose, just seeing how long it takes"],
  ["active", "u asked bout self harm... ya been doin it agn"],
  ["history", "the od in 2015 was no accident"],
  ["history", "that wreck back in 2012 was no accident, i meant it"],
  ["history", "years ago i walked into the woods with no plan of coming back out"],
  ["history", "got old cutting scars on my forearms from my teens"],
  ["active", "your questionnaire asked about self injury. yeah. still doing it, most weeks"],
  ["active", "that question about hurting myself? its been happening again since march"],
  ["imminent", "how many of my oxy would be enough to not wake up. this is for me, not a friend"],
  ["imminent", "whats the lethal amount of my sleeping pills. asking for me"],
  ["imminent", "sent my medals to my son, he'll figure out why. this weekend"],
  ["imminent", "how many of these would do it for someone my size? its for me"],
  ["passive", "si me atropella un tráiler mañana, pues ya qué, menos sufrimiento"],
  ["passive", "ojalá me pase un camión por encima, así se acaba todo"],
  ["passive", "sigo vivo nomás por costumbre, no porque quiera"],
  ["passive", "por dentro ya estoy muerto, nada más falta que el corazón se entere"],
  ["passive", "me tocaba a mí irme, no a mi hermano; él se murió y yo sigo aquí"],
  ["active", "me ronda la idea de ya no seguir viviendo"],
  ["active", "ando con ganas de no seguir, de desaparecer"],
  ["active", "manejo de noche pensando en ya no volver a casa nunca"],
  ["passive", "pa que me atienden los doctores si ya no valgo nada"],
  ["passive", "nomás les quito tiempo y dinero a mis hijos, mejor ni estar"],
  ["history", "la sobredosis que tuve en 2018 no fue por accidente"],
  ["active", "en la pregunta de seguridad número 4 contesté que sí, sí lo he pensado"],
  ["active", "dejé la insulina a propósito, a ver qué pasa"],
  ["imminent", "cuántas pastillas harían falta para no despertar? es para mí"],
];

describeRulesNone('round-15 reviewer look-alikes (rules)', REVIEWER_LOOK_ALIKES);
describeAtLeast('round-15 reviewer meanings reach at least their tier', REVIEWER_MEANINGS);
