import { describeFamilies, describeRulesNone, type Row } from './helpers';

/**
 * Spanish families of round 4: own paraphrases (not copied from any labelled set), written for how
 * people across regions say it (Mexico, the Caribbean, Central and South America, US Spanish, Spanglish).
 */
const FAMILIES: Record<string, readonly Row[]> = {
  // a zero count next to "intento(s)" is a denial; a real count stays history
  'attempt counts': [
    ['history', 'intentos de suicidio: 2'],
    ['history', 'intentos previos: uno, en 2016'],
    ['history', 'intentos: nomás uno, de chamaca'],
    ['history', 'tuve dos intentos de suicidio cuando era joven'],
  ],
  // "después de esto me voy" is a farewell with a plan when the message is about ending things
  'farewell after this': [
    ['imminent', 'ya no quiero vivir, después de esto me voy'],
    ['imminent', 'tengo las pastillas juntas. ya después de eso me voy'],
    ['imminent', 'le dejé las claves del banco a mi hermano, luego de esto me voy'],
    ['imminent', 'no aguanto, me quiero morir. después de todo esto ya me largo'],
  ],
  // wanting to die of shame is a first-person wish (passive) unless a slip makes it the idiom
  'dying of shame': [
    ['passive', 'me quiero morir de la vergüenza'],
    ['passive', 'quisiera morirme de vergüenza por lo que pasó en la casa'],
    ['passive', 'me quiero morir de la verguenza, ya todos saben lo de mi tío'],
  ],
  // going to God or to the dead in heaven
  'going to God': [
    ['passive', 'ya quiero estar con Dios'],
    ['passive', 'estoy lista para irme con el Señor'],
    ['passive', 'ya me quiero ir a descansar con Diosito'],
    ['passive', 'quisiera reunirme con Dios de una vez'],
  ],
  // being surplus: "siento que sobro", "salgo sobrando"
  'surplus to everyone': [
    ['passive', 'siento que sobro'],
    ['passive', 'la verdad yo salgo sobrando para todos'],
    ['passive', 'creo que ya estoy de más en esta casa'],
    ['passive', 'mejor me desaparezco para siempre'],
  ],
};

const HARD_NEGATIVES: readonly string[] = [
  // zero attempts, in the shapes forms and people use
  'intentos de suicidio: 0',
  'intentos previos: ninguno',
  '¿intentos? nunca',
  'Intentos de suicidio previos = 0',
  'cero intentos de suicidio',
  'he tenido 0 intentos',
  'intentos de suicidio: ninguno hasta ahora',
  'intentos de suicidio - ni uno',
  'intentos de suicidio: nunca he intentado nada',
  // ordinary leaving
  'me voy a trabajar',
  'termino la junta y después de eso me voy a casa',
  'firmo los papeles y después de esto me voy.',
  'ya me voy, nos vemos mañana',
  'después de esto me despido, gracias por todo',
  // God in ordinary faith, leaving for a while, leftovers
  'voy a estar con Dios el domingo en misa',
  'quiero estar más cerca de Dios',
  'quiero estar con Dios en mi vida diaria',
  'me quiero ir con mi mamá al mercado',
  'me sobró comida de ayer',
  'siento que sobro en la reunión, mejor me voy temprano',
  'ya estoy de más en el trabajo, me van a correr',
  'mejor me desaparezco un rato, ando de malas',
  // embarrassment idioms
  'me muero de vergüenza',
  'me muero de la risa',
  'me quiero morir de la risa con ese video',
  'me quiero morir de la vergüenza, mandé el formulario equivocado',
  'qué oso, me quería morir de vergüenza cuando me caí enfrente de todos',
  'me quiero morir de vergüenza jajaja le mandé el audio a mi jefe',
];

describeRulesNone('Spanish round-4 hard negatives (rules)', HARD_NEGATIVES);

describeFamilies('Spanish round-4 families', FAMILIES);

/** Families written after scoring fresh-m (own paraphrases; the tier is what the family must give). */
const FAMILIES_M: Record<string, readonly Row[]> = {
  'do not call, do not let them find me (anchored)': [
    ['imminent', 'tengo la pistola aquí. no le hablen a mi papá'],
    ['imminent', 'ya tengo las pastillas juntas. que no me encuentre mi hija'],
    ['imminent', 'ya dejé todo arreglado, ya no me busquen'],
  ],
  'arrangements and the day said (anchored)': [
    ['imminent', 'mi prima se queda con los gatos, ya le expliqué. el sábado es el día'],
    ['imminent', 'hice mi testamento ayer y le dejé a Rosa la clave del banco'],
    ['imminent', 'escribí la carta pa mi hijo. esta noche en el puente'],
    ['imminent', 'ya no le doy más vueltas. hoy es la noche'],
  ],
  'weapon or pills ready at hand': [
    ['imminent', 'la tengo cargada aquí en las piernas'],
    ['imminent', 'ya las tengo en la mano, todas las pastillas de dormir'],
    ['imminent', 'lo bajé del clóset y ya está aquí en la mesa, el revólver'],
  ],
  'the rest of the bottle taken': [
    ['imminent', 'me acabo de tragar lo que quedaba del bote de pastillas'],
    ['imminent', 'me tomé las pastillas que tenía juntadas'],
    ['imminent', 'me he bebido la botella y las pastillas, ya está'],
  ],
  'insurance and staged accidents': [
    ['imminent', 'quiero que parezca un accidente para que no sufran'],
    ['imminent', '¿el seguro paga si es suicidio?'],
    ['imminent', 'el seguro de vida no cubre si fue por propia mano, ¿verdad?'],
  ],
  'tracks and scouting': [
    ['imminent', 'estoy estacionado sobre las vías, esperando'],
    ['imminent', 'llevo días cronometrando el tren de las 6 atrás de la casa'],
    ['imminent', 'anduve viendo qué edificios no tienen cámaras'],
  ],
  'not safe with myself': [
    ['active', 'no confío en mí con las pastillas'],
    ['active', 'no me siento a salvo conmigo misma'],
    ['active', 'no estoy a salvo. y no sé si quiero estarlo'],
  ],
  'methods: crash, water, fall, gun turned': [
    ['active', 'pienso en estrellar la troca contra un poste'],
    ['active', 'quisiera meterme al mar y no salir'],
    ['active', 'cuando estoy en el andamio pienso en dejarme caer'],
    ['active', 'tengo ganas de voltear la pistola hacia mí'],
    ['active', 'la idea de acabar conmigo me persigue'],
    ['active', 'el puente me llama cada vez que paso'],
    ['active', 'cada vez que limpio la pistola pienso en usarla'],
  ],
  'someone hid the means': [
    ['active', 'mi mamá me escondió las pastillas desde que me encontró tirada'],
    ['active', 'mi esposo me quitó las armas por seguridad'],
    ['active', 'me guardaron los cuchillos porque me vieron muy mal'],
  ],
  'screening question quoted and answered': [
    ['active', '¿ha pensado en quitarse la vida? sí'],
    ['active', '¿te haces daño? a veces'],
    ['active', '¿se hace daño actualmente? pues sí'],
    ['passive', '¿siente que su familia estaría mejor sin usted? pues sí'],
  ],
  'not needed, nothing left': [
    ['passive', 'ya no hago falta aquí'],
    ['passive', 'a nadie le hago falta'],
    ['passive', 'ya no me queda nada en este mundo'],
    ['passive', 'estoy cansada de ser una carga'],
  ],
  'death welcomed': [
    ['passive', 'si me llega la muerte, la recibo con los brazos abiertos'],
    ['passive', 'si Diosito me recoge hoy me voy feliz'],
    ['passive', 'le ruego a Dios no despertar'],
  ],
  'not having survived': [
    ['passive', 'ojalá no hubiera sobrevivido al choque'],
    ['passive', 'ojalá el infarto hubiera sido de verdad'],
    ['passive', 'cambiaría lugares con mis compañeros que no regresaron'],
    ['passive', 'hubiera sido más fácil no sobrevivir'],
  ],
  'let it end, death by other causes': [
    ['passive', 'ojalá ya se terminara del todo'],
    ['passive', 'si mañana no amanezco, pues ni modo'],
    ['passive', 'si un camión me atropella no me molestaría'],
    ['passive', 'quisiera que el avión se estrellara'],
    ['passive', 'ojalá que me atropellen'],
    ['passive', 'no me importa seguir vivo'],
  ],
  'broken-off and past attempts, wanting to die over time': [
    ['history', 'en 2015 fui hasta el puente y me quedé ahí parado'],
    ['history', 'hace años manejé hasta la presa y no me atreví'],
    ['history', 'me colgué del ventilador en 2012 pero no aguantó'],
    ['history', 'pasé meses queriendo matarme después de la guerra'],
    ['active', 'llevo semanas queriendo morirme'],
    ['active', 'ando queriendo matarme'],
  ],
  'voices, on the way, when they leave': [
    ['active', 'la voz me dice mátate todo el día'],
    ['active', 'las voces me gritan hazlo'],
    ['imminent', 'voy a manejar hasta el puente y ya no voy a volver'],
    ['imminent', 'ya voy rumbo al mirador, les dejé una carta'],
    ['imminent', 'en cuanto se duerman me voy a matar'],
  ],
};

const HARD_NEGATIVES_M: readonly string[] = [
  'no le digan a nadie que vine a terapia',
  'mi hermano se queda con los perros mientras viajo a México',
  'hice mi testamento porque me lo recomendó el abogado',
  'el lunes es el día de mi cita',
  'hoy es el día de mi cumpleaños',
  'la tengo cargada aquí, la batería del celular',
  'me tomé lo que quedaba del café',
  '¿cuánto tarda en hacer efecto la ketamina?',
  '¿el seguro de mi carro cubre si es accidente?',
  'se me paró el carro en las vías y estoy esperando la grúa',
  'estoy buscando qué edificios tienen departamentos en renta',
  'no estoy a salvo en mi casa, mi ex me busca',
  'pienso en dejarme caer en la cama y dormir todo el día',
  'quiero meterme al mar en las vacaciones',
  'mi jefe quiere acabar conmigo con tanto trabajo',
  'me quitaron la pistola en el asalto',
  '¿se hace daño? no',
  '¿ha pensado en quitarse la vida? nunca',
  'ya no hago falta en la oficina hoy',
  'nadie me necesita hoy en el trabajo',
  'le pido a Dios no llegar tarde a la cita',
  'ojalá no hubiera regresado a ese trabajo',
  'ojalá se acabe la semana',
  'si mañana no amanezco temprano, ni modo, llego tarde',
  'voy al último piso del centro comercial por unos zapatos',
  'ideas suicidas no tengo',
  'nada de hacerme daño, eso no',
  '¿que si me he cortado? ni de chiste',
  'soy paramédica y lo que más me pesa son las sobredosis de jóvenes',
  'me quiero desaparecer en una isla una semana jaja',
];

describeRulesNone('Spanish round-4 hard negatives after fresh-m (rules)', HARD_NEGATIVES_M);

describeFamilies('Spanish round-4 families after fresh-m', FAMILIES_M);

const FAMILIES_M2: Record<string, readonly Row[]> = {
  'place chosen, cover story (anchored)': [
    ['imminent', 'ya sé dónde. el puente viejo, donde nadie pasa de noche'],
    ['imminent', 'mi mamá cree que me voy a trabajar a otra ciudad, pero no me voy. ya tengo las pastillas'],
    ['imminent', 'ya escogí el lugar: donde nadie me va a encontrar'],
  ],
  'thought beside the means (anchored)': [
    ['active', 'el rifle está en el garaje y lo pienso cada vez que paso'],
    ['imminent', 'tengo las pastillas en el buró y no dejo de pensar en ellas'],
    ['imminent', 'guardo la navaja en el cajón, lo pienso cada que lo abro'],
  ],
  'hurting oneself on purpose with a blow': [
    ['active', 'me di con el martillo en los dedos a propósito'],
    ['active', 'me pego contra la pared adrede cuando me da el coraje'],
    ['active', 'me quemé con la plancha a propósito'],
  ],
  'bad news welcomed': [
    ['passive', 'me dijeron que tengo cáncer y la verdad me alegré. ojalá sea pronto'],
    ['passive', 'tengo el corazón débil, qué bueno, ojalá sea rápido'],
    ['passive', 'me queda poco según el doctor, ojalá que sea ya'],
  ],
  'hanging and fire in Caribbean words, scoring the skin, no more with life': [
    ['imminent', 'me voy a guindar del árbol del patio'],
    ['active', 'a veces quiero guindarme'],
    ['imminent', 'me voy a prender fuego, ya tengo la gasolina'],
    ['active', 'pienso en rociarme gasolina'],
    ['active', 'anoche me rayé las piernas con el sacapuntas'],
    ['active', 'me estoy rayando los brazos otra vez'],
    ['passive', 'ya no puedo más con esta vida'],
    ['passive', 'ya no le encuentro sentido a nada'],
  ],
  'the date chosen is the anniversary': [
    ['imminent', 'ya escogí el 3. el aniversario del accidente'],
    ['imminent', 'ya tengo la fecha: el aniversario de su muerte'],
    ['imminent', 'ya elegí el día, el aniversario de la explosión'],
  ],
  'last message, apology for what comes, care for mine': [
    ['imminent', 'esta es la última vez que les escribo'],
    ['imminent', 'perdónenme por lo que voy a hacer'],
    ['imminent', 'cuiden a mis hijos por favor, yo ya no aguanto más'],
  ],
  'attempts broken off or treated': [
    ['history', 'en 2018 fui a las vías pero no me atreví'],
    ['history', 'hace años me subí a la azotea pero no me atreví'],
    ['history', 'me internaron el año pasado después de tomarme las pastillas'],
    ['history', 'me hospitalizaron en 2019 por una sobredosis'],
  ],
  'death as the only way out': [
    ['active', 'no le veo salida a esto más que morirme'],
    ['active', 'la única salida que me queda es quitarme de en medio'],
    ['active', 'no hay otra salida sino matarme'],
    ['active', 'me quiero kill, no aguanto'],
  ],
  'would anyone care, not in this life, better under ground': [
    ['passive', 'me pregunto si a alguien le importaría si me muero'],
    ['passive', 'ya no quiero seguir en este mundo'],
    ['passive', 'estaría mejor bajo tierra'],
    ['passive', 'a veces quisiera ya no estar en esta vida'],
  ],
  'plan said without naming it, conditional bequest (anchored)': [
    ['imminent', 'ya tengo pensado cómo. las pastillas de mi mamá'],
    ['imminent', 'si algo me pasa, el perro es para mi sobrina. ya lo tengo decidido'],
    ['imminent', 'ya lo tengo planeado. si me pasa algo, que le den mis cosas a mi hermano'],
  ],
  'form rows: attempts none, ideas yes': [
    ['active', 'intentos de suicidio: 0 pero ideas sí'],
    ['active', 'intentos: ninguno. pensamientos de muerte: a veces'],
    ['active', 'intentos previos ninguno, ideas seguido'],
  ],
  'after this I go, I love you (anchored); you will not see me again': [
    ['imminent', 'y ya después de esto me voy, los quiero'],
    ['imminent', 'después de esta noche ya no me van a ver nunca'],
    ['imminent', 'luego de esto me voy. los amo.'],
  ],
  'dated past told as history': [
    ['history', 'en el 2018 me tomé un frasco de pastillas, me hicieron lavado'],
    ['history', 'me cortaba en la secundaria, hace como 10 años que no lo hago'],
    ['history', 'me autolesioné de los 14 a los 17, ya lo superé'],
  ],
  'the gun to my own head': [
    ['imminent', 'me puse la pistola en la cabeza anoche'],
    ['imminent', 'tengo el arma en la cabeza ahorita'],
    ['imminent', 'ya tengo la pistola cargada en la mano'],
  ],
  'Spanglish and regional variants of the round-4 families': [
    ['active', 'bro no me siento safe conmigo mismo'],
    ['active', 'me da por dejarme caer cuando estoy en la azotea'],
    ['passive', 'si Dios me llama hoy, me voy tranquilo'],
    ['passive', 'si no despierto mañana, qué importa'],
    ['passive', 'si me cae un rayo no me quejaría'],
    ['imminent', 'mi vecina se queda con el perro, ya hablé con ella. mañana es el día'],
    ['imminent', 'voy pa\'l puente, ya les dejé la nota'],
  ],
  'PHQ-9 item 9 named': [
    ['active', 'sí a la pregunta 9, no quiero hablarlo'],
    ['active', 'sí en el número nueve'],
    ['active', 'la neta sí a la pregunta 9'],
  ],
};

const HARD_NEGATIVES_M2: readonly string[] = [
  'ya sé dónde queda la clínica, gracias',
  'mi esposo cree que me voy a trabajar a Texas, y sí me voy en enero',
  'no dejo de pensar en ella desde que me dejó',
  'lo pienso cada vez que paso por la escuela donde pasó todo',
  'me di con la puerta sin querer',
  'el doctor dice que los resultados llegan el lunes, ojalá sea pronto',
  // intake chatter beside the new families
  '¿el seguro cubre el tratamiento si es por TEPT?',
  'mi seguro paga doble si es accidente de trabajo, eso me dijeron en la empresa',
  'mi ex decía que iba a hacer que parezca un accidente',
  'mi mamá se queda con los niños el jueves para mi cita',
  'le dejo el perro a mi hermana cuando voy a la sesión',
  'el jueves es el día de la primera sesión',
  'no le hablen a mi esposo, él no sabe que estoy en terapia',
  'ya no me llamen a este número, cambié de teléfono',
  'cada vez que veo una pistola lo pienso, lo que me pasó en el asalto',
  'el asaltante me puso la pistola y no dejo de pensar en eso',
  'ya sé dónde. en la clínica de la calle 5',
  'me quitaron el arma en el trabajo porque me suspendieron',
  'mi esposa me escondió las llaves del carro porque yo estaba tomado',
  'estoy en el cruce del tren esperando que pase para cruzar',
  'ojalá no me hubiera despertado tan temprano',
  'si me llama mi jefe hoy me voy contento al trabajo',
  'cambiaría de lugar con cualquiera de mis compañeros que están de vacaciones',
  'ya no me queda nada de paciencia con el seguro',
  'ojalá se acabe todo de una vez, el papeleo me tiene harta',
  'mañana es el día de la boda',
  'voy a guindar la ropa en el patio',
  'me voy a guindar en la hamaca un rato',
  'le voy a dar candela a ese tipo',
  'me rayé el carro al estacionarme',
  'ya escogí la fecha: el aniversario de nuestra boda',
  'el aniversario de la emboscada siempre me pone mal',
  'no puedo con mi vida, tengo tres exámenes',
  // someone else's gun in an assault, a grandmother's idiom
  'el tipo me puso la pistola en la cabeza y me dijo que me iba a matar',
  'en el asalto me pusieron el arma en la cabeza',
  'mi abuela dice que si sigo así me voy a morir de un coraje',
  'esta es la última vez que les escribo por este número, me cambio',
  'perdóname por lo que voy a hacer, pero me voy a cambiar de trabajo',
  'cuiden a mis plantas, ya no puedo ir esta semana',
  'fui al puente a tomar fotos y me regresé temprano',
  'la única salida que veo es pedir un préstamo',
  'no le veo salida a esto más que renunciar',
  'ya no quiero seguir en este trabajo',
  'ya sé cómo llegar a la clínica',
  'me preguntó si a alguien le importaría si me muero',
  'si me pasa algo en el turno, mi esposa ya sabe a quién llamar',
  'ya lo tengo pensado: me cambio de carrera',
  'intentos previos: n/a',
  'intentos de suicidio: ninguno. ideas: no',
  'tengo ideas, sí, de negocio',
  'los quiero mucho, nos vemos el domingo',
  'ya no me van a ver más por aquí, me mudo a Texas',
  'ya no me van a ver en la oficina, renuncié',
  'Mi mamá se queda con la gata y yo ya tengo todo preparado para mañana temprano, ¡qué nervios!',
];

describeRulesNone('Spanish round-4 hard negatives, second pass (rules)', HARD_NEGATIVES_M2);

describeFamilies('Spanish round-4 families, second pass', FAMILIES_M2);
