import { describeFamilies, describeRulesNone, type Row } from './helpers';

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
