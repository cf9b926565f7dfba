import { describeFamilies, describeRoutes, describeRulesNone, type Row } from './helpers';

/**
 * Spanish families of round 5 (written after scoring fresh-n and fresh-o): own paraphrases, not copied
 * from any labelled set, across regions and registers (Mexico, the Caribbean, Central America, the
 * Andes, the River Plate, Chile, Spain, US Spanish and Spanglish, SMS spelling).
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'at the edge, past the barrier, not coming down': [
    ['imminent', 'ya toy del otro lado del barandal del puente'],
    ['imminent', 'estoy parada al otro lado de la malla del mirador'],
    ['imminent', 'subí al último piso del estacionamiento y ya me brinqué la reja'],
    ['imminent', 'estoy arriba de la azotea y no pienso bajarme'],
    ['imminent', 'ando en la orilla de la presa, no voy a regresar'],
    ['imminent', 'estoy en el techo, si mi papá sube me aviento'],
  ],
  'a time and then not being here': [
    ['imminent', 'para el lunes ya no voy a estar en este mundo'],
    ['imminent', 'mañana temprano ya no amanezco, ya lo arreglé todo'],
    ['imminent', 'después del 15 ya no voy a estar pa ver nada de eso'],
    ['imminent', 'tengo la pistola. el sábado ya no voy a estar.'],
    ['imminent', 'les dejé todo arreglado a mis hermanas. hoy ya no estoy.'],
    ['imminent', 'ya tengo las pastillas. esta noche es.'],
  ],
  'going to God with a date, forgive what I am about to do, going and not coming back': [
    ['imminent', 'esta noche me voy con Diosito'],
    ['imminent', 'el domingo me voy con el Señor, ya estoy tranquila'],
    ['imminent', 'que Dios me perdone por lo que voy a hacer'],
    ['imminent', 'Diosito me perdone lo que estoy por hacer hoy'],
    ['imminent', 'mañana me voy pal río y no regreso'],
    ['imminent', 'me voy a la presa y ya no voy a volver.'],
  ],
  'leaving arrangements (each needs a second signal)': [
    ['imminent', 'ya pagué mi entierro y dejé pagada la renta de todo el mes'],
    ['imminent', 'le di mis medallas a mi sobrino y mi reloj a mi hermano. mi última voluntad es que los cuiden'],
    ['imminent', 'ya les escribí sus cartas a mis nietos. la nota está sobre la cómoda'],
    ['imminent', 'tengo guardado lo que voy a tomar. nomás espero que se duerman'],
    ['imminent', 'ya lo tengo todo decidido pa este sábado, tengo con qué.'],
    ['imminent', 'tengo todo listo en el garaje. ya no me van a volver a ver.'],
    ['imminent', 'ya me despedí de mis gatos. el viernes ya no voy a estar.'],
    ['imminent', 'mis papás creen que me voy de viaje. en cierto modo sí. ya tengo las pastillas'],
  ],
  'a goodbye programmed, the rope hung, the thought then the date': [
    ['imminent', 'tengo programado un mensaje de despedida para la madrugada'],
    ['imminent', 'ya programé el video de despedida, sale a las 6'],
    ['imminent', 'ya colgué la cuerda del tubo del closet'],
    ['imminent', 'ya amarré el mecate en la viga'],
    ['imminent', 'tengo el lazo listo atrás de la casa'],
    ['imminent', 'lo vengo pensando hace meses y ya decidí que va a ser el viernes'],
  ],
  'take care of mine, I will not manage': [
    ['imminent', 'cuiden a mis hijos porfa, yo ya no voy a poder'],
    ['imminent', 'cuídenme a mi perra por favor, ya no voy a estar'],
  ],
  'pills swallowed, Spanglish': [
    ['imminent', 'me tomé like todas las pastillas del botiquín'],
    ['imminent', 'bro me tragué all my pills'],
    ['imminent', 'me empiné un chingo de pastis hace rato'],
  ],
  'praying not to wake, sleeping and not waking as good': [
    ['passive', 'cada noche le ruego a Diosito que ya no me deje despertar'],
    ['passive', 'le rezo a la Virgencita que me lleve mientras duermo'],
    ['passive', 'me duermo rezando no amanecer'],
    ['passive', 'sería un descanso dormirme y no despertar'],
    ['passive', 'si mañana no amanezco, mejor para todos'],
    ['passive', 'che, si no me despierto más, mejor'],
    ['passive', 'me da rabia haber amanecido otra vez'],
    ['passive', 'pa qué despertar otro día, si todo es igual'],
    ['passive', 'ya para qué sigo vivo, la verdad'],
    ['passive', 'si Dios me llevara hoy no me opondría'],
  ],
  'nobody to live for, a favour if I died, indifferent to living': [
    ['passive', 'ya no tengo x quien seguir luchando'],
    ['passive', 'desde que se fueron mis hijos no tengo por quién vivir'],
    ['passive', 'si yo me muriera les haría un favor'],
    ['passive', 'le haría un bien a mi familia si me muero'],
    ['passive', 'mi esposa estaría mejor con el seguro que conmigo'],
    ['passive', 'me da lo mismo vivir o morir'],
    ['passive', 'me da igual si me atropella un camión'],
  ],
  'the crash imagined, searching for ways, biting until it bleeds': [
    ['active', 'a veces en la carretera quisiera dar un volantazo y acabar con todo'],
    ['active', 'pienso en soltar el volante y ya.'],
    ['active', 'me la paso buscando en internet maneras de matarme'],
    ['active', 'sigo googleando formas de suicidarme'],
    ['active', 'me muerdo los brazos hasta que sangran'],
    ['active', 'ando rascándome la piel hasta q me sangra'],
  ],
  'past attempts said in passing': [
    ['history', '¿que si alguna vez lo intenté? sí, una vez en 2012'],
    ['history', 'una vez me tragué unas pastillas cuando tenía 16'],
    ['history', 'hice un attempt en la prepa, ya pasó'],
    ['history', 'tuve 2 attempts hace años'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  // heights, barriers and coming down in ordinary life
  'estoy en el techo arreglando la antena y no pienso bajar hasta terminar',
  'me brinqué la reja de la escuela cuando era chavo',
  'del otro lado de la reja estaba mi perro esperándome',
  'si alguien sube al techo me avisan, porfa',
  'si mi hermano viene me lanzo al cine con ustedes',
  // times and absences that are only schedules
  'el viernes ya no voy a estar en la oficina, salgo de vacaciones',
  'este fin de semana me voy a la playa con mis primos',
  'hoy es el día de mi cita, ¿a qué hora es?',
  'la cita es hoy?',
  // God and the saints in everyday faith
  'me voy con Dios a trabajar, que tengan buen día',
  'que Dios me perdone lo que voy a decir, pero ese tipo es un idiota',
  'me voy al río y no regreso hasta el lunes, vamos de pesca',
  // arrangements with a happy or ordinary reason
  'ya pagué mi funeral por adelantado, lo hice con mi esposo hace diez años como todos en el pueblo',
  'le di mis libros a mi sobrino y mi ropa a la iglesia porque me mudo',
  'dejé programado el post de despedida de mi compañera que se jubila',
  'ya colgué la cuerda para tender la ropa',
  'tengo el lazo listo pal jaripeo del domingo',
  'tengo apartado lo que necesito para el viaje',
  'lo he pensado mucho y ya decidí que va a ser en mayo la boda',
  'ya me despedí de todos en la oficina porque me cambio de empresa',
  // sleep, waking and tiredness
  'me da coraje haber despertado tan temprano en mi día libre',
  'si no me despierto temprano, mejor voy en la tarde',
  'pa qué despertarme temprano si no trabajo mañana',
  '¿para qué vivo en Texas si mi familia está en Jalisco?',
  'me muero de sueño, mejor me voy a dormir',
  // idioms and other people
  'me muero de risa con ese video',
  'me mata el calor en Phoenix',
  'estoy muerto después del partido',
  'el Atlas se suicidó en el segundo tiempo',
  'estoy viendo una película donde la protagonista se suicida, qué fuerte',
  'mi hermana dice que a veces quisiera estar muerta, me preocupa',
  'le di un volantazo al carro y evité el choque',
  'me da igual si gana el América o las Chivas',
  // screening questions answered no
  'la pregunta de si he intentado suicidarme: no',
  'me preguntan tanto si quiero hacerme daño? no, nunca',
  'el cuestionario pregunta si he pensado en matarme y la respuesta es no',
  'en la pregunta de si tengo ideas de muerte: ninguna',
];

describeRulesNone('Spanish round-5 hard negatives (rules)', HARD_NEGATIVES);

describeFamilies('Spanish round-5 families', FAMILIES);

/** First-person statements beside a quoted question stay flagged: the denial must be the writer's own answer. */
describeRoutes('Spanish round-5: a quoted question answered yes still routes', [
  'la pregunta de si he pensado en matarme: sí, seguido',
  'el formulario pregunta si he pensado en hacerme daño y la verdad es que sí',
  'me preguntan tanto si quiero morirme. sí quiero',
]);
