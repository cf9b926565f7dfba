import { describeFalseAlarmFamilies, type FalseAlarmFamily } from './false-alarm-families';

/**
 * Known false alarms after round 5, each narrowed by an exclusion written for its benign family, with
 * the risky near-neighbours that must still route. Own paraphrases, not copied from any labelled set.
 *
 * `benign` rows must come out none end to end. `benignRulesOnly` rows are no longer flagged by any rule,
 * but the statistical stage (not retrained here) still raises them on its own: they are checked with the
 * rules alone so that the rule exclusion is pinned, and they stay false alarms of the model.
 */
const FAMILIES: Record<string, FalseAlarmFamily> = {
  'es.imminent.despedida: a work shift or schedule after "mañana ya no estoy"': {
    benign: [
      'mañana ya no estoy en el turno de la tarde',
      'para mañana ya no estoy de turno, me cambiaron al de noche',
      'mañana ya no voy a estar en la oficina, tengo cita con el doctor',
      'mañana ya no estoy en el horario de la mañana',
    ],
    exact: [['imminent', 'mañana ya no estoy, ya lo decidí']],
    risky: [
      ['imminent', 'mañana ya no estoy en este mundo'],
      ['imminent', 'mañana ya no voy a estar aquí'],
      ['imminent', 'mañana ya no estoy'],
    ],
  },
  'es.passive.dios-me-lleve / ya-no-estar-indirecto / net.gone: God asked for a safe trip': {
    benign: ['le ruego a Dios que me lleve con bien a casa', 'que Dios me lleve con bien, voy manejando de noche'],
    benignRulesOnly: ['le pido a Dios que me lleve con bien a mi casa', 'le pido a Diosito que me lleve sano y salvo al trabajo'],
    risky: [
      ['passive', 'le pido a Dios que me lleve ya, no aguanto'],
      ['passive', 'le pido a Dios que me lleve'],
      ['passive', 'que Dios me lleve con él, ya no puedo más'],
    ],
  },
  'es.passive.quisiera-no-estar / ojala / net.gone: someone else not to be woken': {
    benign: [
      'deseo no despertar a mi bebé',
      'quisiera no despertar a los niños cuando llego tarde',
      'prefiero no despertar a mi esposo con la alarma',
      'ojalá no despierte a mi bebé',
    ],
    risky: [
      ['passive', 'deseo no despertar'],
      ['passive', 'deseo no despertar mañana'],
      ['passive', 'quisiera no despertar a la mañana siguiente'],
      ['passive', 'ojalá no despierte mañana'],
    ],
  },
  'es.selfharm.hasta-sangrar / me-corto: nails, cuticles and hangnails bitten': {
    benign: [
      'me muerdo las uñas hasta que sangran',
      'me muerdo las cutículas hasta que me sangran cuando estoy nerviosa',
      'me muerdo los padrastros hasta que sangran',
      'me arranco los padrastros hasta sangrar',
    ],
    risky: [
      ['active', 'me muerdo los brazos hasta que sangran'],
      ['active', 'me muerdo hasta sacarme sangre'],
      ['active', 'me rasco la piel hasta que me sale sangre'],
    ],
  },
  'es.history.intentos-contados: a business attempt, a crime suffered': {
    benign: [
      'tuve un intento de negocio',
      'tuve un intento fallido de negocio con mi compadre',
      'he tenido varios intentos de emprendimiento y ninguno jaló',
      'tuve un intento de asalto en el camión',
    ],
    risky: [
      ['history', 'tuve un intento de suicidio'],
      ['history', 'tuve dos intentos'],
      ['history', 'tuve un intento de sobredosis'],
    ],
  },
  'net ending "take myself out": to dinner, to the movies': {
    benign: [
      "I'm going to take myself out to dinner tonight",
      'gonna take myself out for a nice steak dinner this weekend',
      "I'll take myself out to the movies tomorrow, treat yourself right",
    ],
    risky: [
      ['active', 'I want to take myself out tonight'],
      ['active', "I'm going to take myself out"],
      ['imminent', "I'm going to take myself out tonight, nobody will miss me"],
    ],
  },
  'en.passive.better-off-without-me / easier-without-me: around too much (at work, at home)': {
    benign: [],
    benignRulesOnly: [
      "honestly everyone would be better off if I wasn't around so much at work, I'm a micromanager",
      "my team would be happier if I wasn't around so much, I hover",
      "the kids would be better off if I wasn't around all the time nagging them",
    ],
    risky: [
      ['passive', "everyone would be better off if I wasn't around"],
      ['passive', "they'd all be better off if I wasn't around anymore"],
      ['passive', "they'd be better off if I wasn't around. so much pain I cause"],
    ],
  },
  'en.passive.passive-si / en.history.r5-told-as-count: a "death wish" of thrill-seeking told as past': {
    benign: ['I must have had a death wish back when I raced motorcycles', 'I had a real death wish in college, bungee jumping off everything'],
    benignRulesOnly: ['I had a death wish when I skydived in my twenties, lol'],
    risky: [
      ['passive', "I've had a death wish for months"],
      ['passive', 'I had a death wish when I skydived and honestly I still do'],
      ['passive', 'I have a death wish'],
      ['history', 'I had a death wish in my twenties'],
    ],
  },
  'no rule fires today: photos and shoots on tracks and bridges': {
    benign: [
      'we did our engagement photos on the train tracks downtown',
      'our photographer shot the senior pictures on the railroad tracks',
      'got our wedding photos done on the old railroad bridge',
    ],
    risky: [['imminent', 'standing on the train tracks, the train comes in six minutes']],
  },
  'en.imminent.means-in-hand-with-cue: a gun cleaned with only a time beside it': {
    benign: [
      "I'm cleaning my rifle, it's on the table right now",
      "cleaned my dads old rifle today, it's on the bench now",
      'cleaning my pistol right now, just got back from the range',
    ],
    risky: [
      ['imminent', "the rifle is on the table and I'm done"],
      ['imminent', "I'm cleaning my rifle one last time, goodbye"],
      ['imminent', 'cleaning my pistol right now, tell my kids I love them'],
      ['imminent', "cleaning my gun tonight, I'm drunk"],
      ['imminent', "I'm holding my rifle right now"],
    ],
  },
  'en.selfharm.noun: a form field answered with zero': {
    benign: [
      'history of suicide attempts: 0, self harm: 0',
      'suicide attempts: 0, self-harm: 0.',
      'history of suicide attempts: none, self harm: none',
      'past suicide attempts: 0, self-injury: 0',
    ],
    exact: [['history', 'suicide attempts: 2']],
    risky: [
      ['active', 'suicide attempts: 0, self harm: 3'],
      ['active', 'history of self harm: yes'],
      ['active', 'self harm: 0 days clean, I cut last night'],
    ],
  },
  'negation: a label answered no, after other answered items of the same list': {
    benign: [
      'prior attempts: 0, self harm: none, suicidal thoughts: no',
      'sleep: bad, mood: low, thoughts of wanting to die: no',
      'intentos previos: 0, autolesiones: ninguna, pensamientos suicidas: no',
    ],
    exact: [['history', 'prior attempts: 2, self harm: none, suicidal thoughts: no']],
    risky: [
      ['active', 'prior attempts: 0, self harm: none, suicidal thoughts: yes'],
      ['active', 'sleep: bad, mood: low, want to die: yes every day'],
      ['active', 'i said no, i want to kill myself: no joke'],
    ],
  },
  // missed before (none): an overdose told by its treatment, and a past wish not to be; food poisoning stays none
  'a stomach pumped, and a past wish not to be, are history': {
    benign: [
      'I had my stomach pumped after food poisoning from bad oysters',
      'my son had his stomach pumped when he was two',
      'me lavaron el estómago por una intoxicación con mariscos',
      'a mi hijo le lavaron el estómago',
    ],
    exact: [
      ['history', 'had my stomach pumped in 2015'],
      ['history', 'got my stomach pumped twice in my twenties'],
      ['history', 'me lavaron el estómago hace dos años'],
      ['history', 'me hicieron un lavado de estómago el año pasado'],
      ['history', 'pensaba que era mejor no estar'],
      ['history', 'de joven sentía que sería mejor desaparecer'],
    ],
    risky: [
      ['imminent', "had my stomach pumped last night, I'm still thinking about doing it again"],
      ['passive', 'pienso que sería mejor no estar'],
    ],
  },
  // found by the fresh-q pass: an act passed off as an accident had come out none
  'an act passed off as an accident is history': {
    benign: ['I told them it was an accident and it was, I slipped on the ice', 'les dije que fue un accidente y sí fue'],
    exact: [
      ['history', "cops said overdose, I told them it was an accident but it wasn't"],
      ['history', "I told the doctors it was an accident. it wasn't."],
      ['history', 'le dije a mi mamá que fue un accidente, pero no fue así'],
    ],
    risky: [['active', "told my wife it was an accident but it wasn't, and I still want to die"]],
  },
  // found by the fresh-q pass: a statement by the writer followed by "no" had been read as a form's label answered no
  'a first-person statement then "no" is not a denied form item': {
    benign: ['suicidal thoughts: no', 'do I want to die? no', 'pensamientos suicidas: no'],
    risky: [
      ['passive', 'I wish I was dead. No, really.'],
      ['active', 'I want to die. No.'],
      ['active', 'me quiero morir. no, en serio'],
    ],
  },
};

describeFalseAlarmFamilies('false alarms after round 5', FAMILIES);
