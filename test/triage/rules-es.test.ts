import { triageRules } from '../../src/triage/detect';
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
  // acts in progress or just done: injected, swallowed with the noun left out, one by one, the garage, a farewell with a time
  'acts in progress or just done': [
    ['imminent', 'acabo de inyectarme toda la insulina que me quedaba'],
    ['imminent', 'me inyecté toda la insulina de la semana, ya me estoy sintiendo rara'],
    ['imminent', 'me meti todas las pastillas del botiquin'],
    ['imminent', 'ya me trague todas las de la presion, como 40'],
    ['imminent', 'me tomé como 30 de las de dormir que me recetaron'],
    ['imminent', 'ahorita me estoy tragando las pastillas de una en una'],
    ['imminent', 'me las estoy tomando todas mientras te escribo'],
    ['imminent', 'ando tomandome todo el frasco de pastillas, ya van la mitad'],
    ['imminent', 'estoy metido en la troca con el motor prendido y la cochera cerrada'],
    ['imminent', 'cerré el garaje y dejé el carro encendido, ya me estoy mareando'],
    ['imminent', 'conecté una manguera al escape del carro'],
    ['imminent', 'prendí el carbón en el cuarto con todo cerrado'],
    ['imminent', 'hoy me despido de este mundo'],
    ['imminent', 'esta noche me voy de este mundo, perdonen'],
    ['imminent', 'ya me voy pal otro barrio, cuiden a mi jefa'],
    ['imminent', 'regalé mi perro a la vecina y dejé las cartas en la mesa, mañana ya no voy a estar'],
    ['imminent', 'ando parada en el puente de la autopista, nomas agarrando valor'],
    ['imminent', 'ya estoy en el techo del edificio, son 8 pisos'],
    ['imminent', 'estoy en la orilla del rio y me voy a dejar llevar'],
    ['imminent', 'ya estoy en el cuarto con la soga, esta vez si lo hago'],
    ['imminent', 'me encerré en el baño con las navajas, ya no aguanto'],
    ['imminent', 'voy manejando directo al precipicio'],
    ['imminent', 'ya junté como 60 pastillas, el domingo me las tomo todas'],
    ['imminent', 'compré dos cajas de tylenol y el sábado me las voy a tomar todas'],
    ['imminent', 'ahorita me acabo de tomar 20 pastillas de la presión'],
  ],
  'active wishes': [
    ['active', 'me quiero ir de este mundo ya'],
    ['active', 'ya me quiero ir al otro barrio'],
    ['active', 'a veces me dan ganas de irme de este mundo'],
    ['active', 'ya me quiero ir con diosito'],
    ['active', 'pienso en tomarmelas todas de un jalon'],
    ['active', 'cada vez que paso el puente pienso en dejarme caer del puente'],
    ['active', 'le conté a mi amiga que quiero matarme'],
    ['active', 'neta, es normal querer morirse diario? porque asi ando yo'],
    ['passive', 'quiero desaparecer para siempre'],
  ],
  'plans in answers': [
    ['imminent', 'plan: si. la pistola de mi papa. este viernes'],
    ['imminent', 'cuantas pastillas de clonazepam hay que tomar para no despertar? tengo el frasco aqui'],
    ['imminent', 'ya tengo todo listo para el viernes, ya sé cómo'],
    ['imminent', 'tengo guardadas las pastillas desde hace meses y ya tengo fecha'],
    ['imminent', 'pregunta: si uno se toma todas las de la presion de golpe se muere? tengo tres cajas y ya no aguanto'],
  ],
  'passive wishes, second pass': [
    ['passive', 'siento que estoy de más en este mundo'],
    ['passive', 'sobro en esta vida'],
    ['passive', 'mi familia va a estar mejor cuando me muera, van a cobrar el seguro'],
    ['passive', 'mis hijas estarían mejor con otra mamá'],
    ['passive', 'ojalá el cáncer me hubiera llevado a mí y no a mi hermana'],
    ['passive', 'ojalá la bala me hubiera matado'],
    ['passive', 'ojalá los mareros me hubieran matado'],
    ['passive', 'mejor me hubiera quedado en el río'],
    ['passive', 'me da igual si mañana no amanezco'],
    ['passive', 'ya ni me importa si despierto o no'],
    ['passive', 'sería una bendición no despertar'],
    ['passive', 'sigo aquí nomás por mis hijos'],
    ['passive', 'para qué sigo viviendo'],
    ['passive', 'nomas estoy esperando que me llegue mi hora'],
    ['passive', 'ojala me diera un infarto y me muriera'],
    ['passive', 'ojalá me durmiera y no despertara nunca'],
    ['passive', 'honestly ya no le veo el punto a seguir viviendo'],
    ['passive', 'ojala diosito me recoja ya'],
  ],
  'history answers': [
    ['history', 'sí, dos veces, en 2010 y 2012, con pastillas'],
    ['history', 'si, una vez, hace 5 años, me encontraron a tiempo'],
    ['history', 'si, una vez, a los 17, con pastillas. me lavaron el estomago'],
    ['history', 'intentos: si, uno en 2019'],
    ['history', 'puse que sí en lo de intentos, fue hace mucho'],
    ['history', 'una vez lo intenté, y ya'],
    ['history', 'tuve intentos en el pasado pero ya estoy bien'],
    ['history', 'hace años que ya no me corto'],
    ['history', 'llevo dos años sin cortarme'],
    ['history', 'de chava intenté tomarme unas pastillas'],
    ['history', 'la última vez que me corté fue hace 3 años'],
  ],
  // laughter alone does not make "me mato" an idiom: dark humour about killing oneself routes
  'dark humour': [
    ['active', 'si repruebo el examen me mato jaja'],
    ['active', 'neta me mato jajaja ya no aguanto'],
    ['active', 'si me corren del trabajo me mato'],
  ],
  'self-harm, second pass': [
    ['active', 'sigo cortándome en las piernas'],
    ['active', 'sigo autolesionándome a escondidas'],
    ['active', 'me hago cortaditas en los brazos cuando me estreso'],
    ['active', 'me pego la cabeza contra la pared cuando me enojo'],
    ['active', 'me estoy rasguñando hasta sangrar'],
  ],
  'decisions with a date': [
    ['imminent', 'pasado mañana se cumplen dos años de lo de mi hijo y ya lo decidí, no paso de ese día'],
    ['imminent', 'ya decidi q no amanezco el lunes'],
    ['imminent', 'el sábado es el día, ya tengo todo listo, perdón a todos'],
    ['imminent', 'mañana es el día. ya está decidido'],
    ['imminent', 'ya pa qué sigo, esto se acaba hoy'],
  ],
  'acabar conmigo': [
    ['active', 'tengo ganas de acabar conmigo misma'],
    ['active', 'a veces pienso en acabar conmigo'],
    ['active', 'ya pa que le sigo, solo pienso en acabar conmigo mismo'],
  ],
  'means got hold of, with intent or a moment': [
    ['imminent', 'conseguí matarratas, me lo voy a tomar cuando se duerman'],
    ['imminent', 'compré una soga y la voy a amarrar en el ventilador'],
    ['imminent', 'me compré cloro pa tomármelo apenas se vaya mi mamá'],
  ],
  'containers swallowed (Caribbean, Central America)': [
    ['imminent', 'me empiné el frasco entero de clonazepam'],
    ['imminent', 'ya me jarté el tarro completo de las pastillas de la presión'],
    ['imminent', 'me tomé el bote de las pastillas de mi abuela'],
    ['imminent', 'diablo, me bajé el potecito completo de las pastis pa dormir'],
  ],
  'acts just done and on the way': [
    ['imminent', 'me rajé las muñecas hace un ratito, no para de salirme sangre'],
    ['imminent', 'me abri las venas'],
    ['imminent', 'ya me subí a la azotea, no voy a bajar, adiós'],
    ['imminent', 'voy camino al puente pa tirarme'],
    ['imminent', 'ya tengo todo ready, tonight me ahorco'],
  ],
};

/** Hard negatives for the families above: idioms, accidents, routine, other people, questionnaire answers. */
const HARD_NEGATIVES: readonly string[] = [
  // "me mató" without the accent: an inanimate subject
  'jaja ya me mato el cuestionario',
  'el calor me mato hoy jaja',
  'ese chiste me mato jajaja',
  'me mato el trafico, llegue tarde',
  'me mato este formulario, cuantas preguntas faltan',
  'cuando truena me tiro al piso',
  'me tire al piso de la risa',
  // accidents and routine
  'me corte el dedo con la sierra en la chamba',
  'me corto seguido picando cebolla',
  'a veces me corto los dedos de tan cansada, trabajo en la cocina',
  'me hago cortes de pelo en casa para ahorrar',
  'ya me tomé mis pastillas de la noche, buenas noches',
  'me las tomo todas las noches como me dijo el doctor',
  'tengo guardadas mis pastillas en el cajón de la cocina',
  'tengo separadas las pastillas de la semana en el pastillero',
  'estoy tomando mis pastillas y ya me siento mejor',
  'estoy tomando las pastillas que me recetaron y ya me siento mejor',
  'ya me voy a dormir, mañana sigo con el formulario',
  'bueno ya me despido, gracias por todo',
  'me doy de topes contra la pared por no haber estudiado',
  'el doctor dijo que si me tomo todas las pastillas juntas me puedo hacer daño, por eso las tomo separadas',
  // other people as the subject
  'mi padrastro era un hombre que me golpeaba',
  'el tipo que me pegaba ya esta preso',
  'me pusieron una navaja en el cuello para asaltarme',
  'me robaron con una pistola en la cabeza',
  'mi prima me mando me quiero morir porque reprobo',
  'mi abuelita se fue de este mundo el año pasado',
  'ojalá mi papá me hubiera llevado con él a Texas',
  // not about dying
  'quisiera desaparecer del grupo de whatsapp un rato',
  'quiero desaparecer de las redes unos dias',
  'estoy harta de vivir con mi suegra',
  'me voy para siempre de esta ciudad',
  'me quiero ir de este trabajo',
  'me voy de este mundo virtual, bye facebook',
  'cuando me vaya de este mundo quiero que me entierren en mi pueblo',
  'no puedo respirar cuando me da el panico',
  'siento que me voy a morir cuando me dan los ataques',
  'si no fuera por mis hijos ya me hubiera ido de aquí',
  'sigo aquí por mi trabajo, si no me regresaba a Honduras',
  'mejor me hubiera quedado en casa hoy',
  'no me importa si no despierto temprano mañana, es mi día libre',
  'me da igual si muero de hambre, no voy a comer eso',
  'ya tengo fecha para la audiencia con el juez',
  'no voy a estar aqui el lunes, tengo viaje',
  'tengo todo listo para la cita del lunes',
  'ya compre lo que necesito para la fiesta',
  'estoy parado en el puente esperando el camión',
  'estoy en el carro con el motor prendido esperando a mi hija',
  // questionnaire answers and denials
  'en lo de pensamientos de muerte puse que no',
  'cuando pregunta si me he hecho daño, puse que no',
  'la pregunta dice si he pensado en matarme: no, nunca',
  'no tengo thoughts de hacerme daño',
  'no estoy pensando en matarme, mi esposa se preocupa de más',
  'el doctor dijo que no era sobredosis',
  'en el formulario puse plan: sí, el de medicaid',
  'intentos de suicidio: cero',
  'sí, una vez, en 2019, me dio covid y estuve en el hospital',
  'sí, dos veces, en 2015 y 2018 fui a México',
  // dates, "acabar conmigo", means and acts that are not about the writer's death
  'el sábado es el día de la boda, ya tengo todo planeado',
  'mañana es el día del examen, ya tengo todo listo',
  'mi ex quiso acabar conmigo a golpes',
  'este trabajo va a acabar conmigo jaja',
  'mi novia dice que quiere terminar conmigo',
  'compré veneno para las cucarachas, me lo van a poner en la cocina',
  'compré una pistola para la caza, la voy a usar en el rancho',
  'ya pa qué te cuento, si igual no me van a cubrir el seguro',
  'ya pa qué, el partido se acabó',
  'voy subiendo a la azotea a tender la ropa',
  'no llego a fin de mes con este sueldo',
  'mañana no llego a la cita, se me cruzó el trabajo',
  // overdoses seen at work or of someone else
  'soy enfermera y atendemos muchas sobredosis en urgencias',
  'trabajo en una farmacia y vemos pacientes con sobredosis de opioides todos los días',
  'la sobredosis de mi tío fue hace un mes y todavía me duele',
];

// The rules alone: the statistical stage may still raise a few of these (it reads words, not grammar).
describe('Spanish hard negatives (rules)', () => {
  it.each(HARD_NEGATIVES)('none: %s', (text) => {
    expect(`${triageRules(text).risk} ${text}`).toBe(`none ${text}`);
  });
});

describe('Spanish rule families', () => {
  for (const [family, rows] of Object.entries(FAMILIES)) {
    describe(family, () => {
      it.each(rows)('%s: %s', (tier, text) => {
        expect(`${riskOf(text)} ${text}`).toBe(`${tier} ${text}`);
      });
    });
  }
});
