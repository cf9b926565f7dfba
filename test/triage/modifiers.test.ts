import { triage } from '../../src/triage';
import { triageRules } from '../../src/triage/detect';
import { riskOf, type Row } from './helpers';

/**
 * Modifiers change a tier; none of them may silence a first-person statement of wanting to die or to
 * hurt oneself. Each modifier is tested in both languages.
 */
function table(rows: readonly Row[]): void {
  it.each(rows)('%s: %s', (tier, text) => {
    expect(`${riskOf(text)} ${text}`).toBe(`${tier} ${text}`);
  });
}

describe('negation', () => {
  describe('a denial is none', () => {
    table([
      ['none', "I'm not suicidal, I just can't sleep"],
      ['none', 'No, I have never thought about suicide'],
      ['none', 'I would never kill myself, I have my kids'],
      ['none', 'no thoughts of suicide or self harm'],
      ['none', 'Suicidal thoughts? No.'],
      ['none', 'Thoughts of self-harm: none'],
      ['none', 'no me quiero morir'],
      ['none', 'nunca he pensado en suicidarme'],
      ['none', 'no tengo pensamientos suicidas'],
      ['none', 'Nunca he querido quitarme la vida, solo quiero sentirme normal'],
    ]);
  });
  describe('but a negated wish to live is itself a wish to die', () => {
    table([
      ['passive', "I don't want to live anymore"],
      ['passive', "I don't want to be alive anymore"],
      ['passive', "I don't care if I live or die"],
      ['passive', 'ya no quiero seguir viviendo'],
      ['passive', 'me da igual vivir o morir'],
    ]);
  });
  describe('and a negator that does not govern the statement is not a denial', () => {
    table([
      ['active', 'not gonna lie I want to die'],
      ['active', 'i cant stop thinking about killing myself'],
      ['active', 'no i want to die'],
      ['active', "I would be lying if I said I didn't want to die"],
      ['active', "I don't want to die but I think about killing myself all the time"],
      ['active', 'I cut so I don\'t kill myself'],
      ['active', 'no sé, me quiero morir'],
      ['active', 'no, la neta me quiero morir'],
    ]);
  });
  describe('"no longer" is history', () => {
    table([
      ['history', "I don't feel suicidal anymore"],
      ['history', 'I stopped cutting two years ago'],
      ['history', 'ya no me corto'],
      ['history', 'dejé de cortarme hace dos años'],
    ]);
  });
});

describe('third person', () => {
  table([
    ['none', 'my brother killed himself in 2016'],
    ['none', 'My unit lost two guys to suicide after we got back'],
    ['none', "I'm worried about my friend who talks about suicide"],
    ['none', 'my son cuts himself and I don\'t know how to help'],
    ['none', 'my mom overdosed on her pills last year'],
    ['none', 'mi hermana se quitó la vida'],
    ['none', 'mi hermano se suicidó hace dos años'],
    ['none', 'mi esposo me lastimó mucho'],
    ['none', 'mi ex me quería matar'],
    ['active', "my wife doesn't know I'm suicidal"],
    ['active', 'si me quitan a mis hijos me mato'],
  ]);
});

describe('idiom', () => {
  table([
    ['none', 'this traffic is killing me'],
    ['none', "I'm dying to know if I qualify"],
    ['none', "I'd kill for a nap"],
    ['none', "I'm killing it at work"],
    ['none', 'overdosed on Netflix this weekend'],
    ['none', 'me muero de hambre'],
    ['none', 'me mato trabajando todos los días'],
    ['none', 'me quiero morir de risa jaja'],
    ['none', 'mi mamá dice que me voy a matar con tanto refresco'],
    ['none', 'I cut myself shaving this morning'],
    ['none', 'me corté el dedo cocinando'],
  ]);
  it('lowers a wish to die with an idiomatic tail of shame to passive, never to none', () => {
    expect(riskOf('I want to die of shame')).toBe('passive');
    expect(riskOf('me quiero morir de pena')).toBe('passive');
  });
});

describe('history and time', () => {
  table([
    ['history', 'I tried to end my life in 2018'],
    ['history', 'I overdosed on purpose in 2014'],
    ['history', 'I wanted to die when I was a teenager'],
    ['history', 'intenté quitarme la vida hace años'],
    ['history', 'hace años pensaba en matarme'],
    ['imminent', 'I tried to kill myself last night'],
    ['imminent', 'I overdosed an hour ago'],
    ['imminent', 'me acabo de cortar las venas'],
    ['active', "I've been thinking about killing myself for weeks"],
    ['imminent', 'going to hang myself tonight after the kids are asleep'],
    ['imminent', 'esta noche me mato'],
  ]);
});

describe('hypothetical and reported speech', () => {
  table([
    ['none', 'What happens if I feel suicidal during treatment?'],
    ['none', '¿qué pasa si me siento suicida durante el tratamiento?'],
    ['none', 'My therapist asked if I was suicidal'],
    ['none', 'my ex used to tell me to go kill myself'],
    ['none', 'la gente dice que me debería matar'],
    ['none', 'my doctor said I might overdose if I mix benzos and alcohol'],
    ['active', 'my therapist asked if I ever wanted to die and I told her yes, all the time lately'],
    ['active', 'people say I should just kill myself and honestly I\'m starting to agree'],
    ['active', 'the voice in my head says kill yourself and I\'m starting to listen'],
    ['active', 'la gente dice que mejor me mate y creo que tienen razón'],
    ['imminent', "if I lose custody I'm going to kill myself"],
  ]);
});

describe('a modifier never silences a first-person wish', () => {
  it.each([
    'I want to die, lol',
    'i wanna die 😂',
    'I want to kill myself tbh',
    'me quiero morir jaja',
    'me quiero morir de la tristeza',
  ])('%s stays above none', (text) => {
    expect(triage(text).risk).not.toBe('none');
  });
});

describe('second pass (English modifiers)', () => {
  describe('negators "zero" and "wasnt" govern the statement', () => {
    table([
      ['none', 'zero desire to hurt myself, I just want the nightmares gone'],
      ['none', "I wasn't trying to kill myself, I was pulling my buddy out of the truck"],
      ['imminent', "I wasn't sure I wanted to be here, and now I want to kill myself"],
    ]);
  });
  describe('a word mentioned, not used', () => {
    table([
      ['none', 'what does ctb stand for? saw it on a forum'],
      ['none', 'my stepdaughter says kms whenever she has a test'],
      ['active', 'what does it mean if i want to kill myself every day'],
      ['active', 'is it normal if i want to die sometimes'],
    ]);
  });
  describe('whose statement: possessives, media, and demonstratives before a comma', () => {
    table([
      ['none', 'my moms overdose was ruled accidental'],
      ['none', 'the documentary was about suicide in farmers, hard to watch'],
      ['active', "i'm not going to lie about this: yes, suicidal thoughts most days"],
      ['imminent', 'the one about hurting yourself, i did that, burned my wrist with a lighter on purpose yesterday'],
      ['imminent', 'tried once in 2019. this time i have a gun and its tonight'],
    ]);
  });
  describe('a reported question answered yes is a disclosure', () => {
    table([
      ['passive', 'the intake form asked if i wished i was dead: yes'],
      ['active', 'my counselor asked if i think about suicide and i said no. that was a lie'],
      ['history', 'they asked about prior attempts: yes, 2012, pills'],
      ['none', 'my counselor asked if i think about suicide. no.'],
    ]);
  });
  describe('tense: counterfactuals and "before i started this"', () => {
    table([
      ['passive', 'if a drunk driver hit me tonight id be relieved'],
      ['imminent', 'i swallowed all my lithium before i opened this chat'],
      ['history', 'i swallowed all my lithium years ago, before my son was born'],
    ]);
  });
});

/** Spanish-specific modifier changes: each with a hard negative and the statement it must not silence. */
describe('Spanish modifiers, second pass', () => {
  const rules = (rows: readonly Row[]): void => {
    it.each(rows)('%s: %s', (tier, text) => {
      expect(`${triageRules(text).risk} ${text}`).toBe(`${tier} ${text}`);
    });
  };
  describe('time: "antes de seguir" is not the past; English time words in Spanish are near', () => {
    rules([
      ['none', 'una pregunta antes de seguir: trabajo en una clínica y el mes pasado vimos gente con sobredosis'],
      ['none', 'antes de empezar, en mi trabajo atendemos casos de sobredosis cada semana'],
      ['history', 'antes intenté matarme, ya lo superé'],
      ['imminent', 'tonight me mato'],
      ['imminent', 'hoy mismo me quito la vida'],
      ['history', 'me corté las venas cuando tenía 16, ya lo superé'],
    ]);
  });
  describe('subject: a relative clause names someone else; "le dije a X que" is still the writer', () => {
    rules([
      ['none', 'me casé con un hombre que me golpeaba'],
      ['none', 'el vato que me pegaba ya no vive aquí'],
      ['active', 'soy una mujer que me corto cuando estoy sola'],
      ['active', 'le dije a mi esposo que me quiero matar y no me creyó'],
      ['passive', 'le conté a mi hermana que ya no quiero vivir'],
      ['active', 'he pensado en matarme'],
    ]);
  });
  describe('subject: "me pusieron", "me asaltaron con" is done to the writer', () => {
    rules([
      ['none', 'me pusieron una pistola en la cabeza en el asalto'],
      ['none', 'me asaltaron con una pistola en la cabeza'],
      ['active', 'me dieron ganas de matarme'],
    ]);
  });
  describe('subject: a death clause before the statement does not take it from the writer', () => {
    rules([
      ['history', 'cuando murió mi papá quise morirme, pero eso fue hace años'],
      ['active', 'desde que se murió mi hermano pienso en matarme'],
    ]);
  });
  describe('accident: tools and food in the sentence', () => {
    rules([
      ['none', 'me corté la mano con la pulidora en la obra'],
      ['none', 'me corto bien seguido pelando papas'],
      ['active', 'me corto los brazos cuando me siento sola'],
    ]);
  });
  describe('reported speech and form items answered no', () => {
    rules([
      ['none', 'en la parte de ideas suicidas marqué que no'],
      ['none', 'donde pregunta si me quiero matar puse que no'],
      ['active', 'donde pregunta si me quiero matar puse que sí'],
      ['active', 'me preguntan si pienso en matarme y les miento, pero es mentira que no'],
      ['active', 'si me preguntan si me quiero morir, sí, todos los días'],
      ['none', 'mi amiga me mandó "me quiero morir" porque perdió su equipo jaja'],
      ['none', 'la farmacéutica me dijo que si mezclo las pastillas con alcohol me puedo hacer daño'],
    ]);
  });
  describe('a Spanish question word without a question mark is a conjunction', () => {
    rules([
      ['history', 'cuando vivía en Tijuana pensaba en morirme, ya no'],
    ]);
  });
  describe('the unaccented "me mató" idiom never silences a wish', () => {
    rules([
      ['none', 'esa pregunta me mato jaja'],
      ['none', 'el trabajo me mato hoy'],
      ['imminent', 'me mato esta semana, ya lo decidi'],
      ['active', 'me quiero matar jaja'],
    ]);
  });
});

describe('Spanish tense: a distant date makes an unaccented past told as history', () => {
  it.each([
    ['history', 'hace años lo intenté, ahora estoy mejor'],
    ['history', 'me tiré del segundo piso cuando tenía 17'],
    ['history', 'hace años me corté, ahora ya no'],
    ['imminent', 'anoche me corté las venas'],
    ['imminent', 'me quiero matar, ya lo decidí'],
  ] as const)('%s: %s', (tier, text) => {
    expect(`${triage(text).risk} ${text}`).toBe(`${tier} ${text}`);
  });
});

