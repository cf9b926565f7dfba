import type { RuleSpec } from '../rule';
import { NOW_TIME_ES, PILLS_ES } from './lexicon';

/**
 * Segunda pasada de generalización, por familias (conjugaciones, sinónimos, orden, huecos acotados):
 * la carga dicha como ausencia ("nadie notaría si yo no estuviera"), esperar la muerte por otra causa
 * ("ojalá me dé un infarto", "si me muero hoy, ni modo"), cansancio de existir en superlativo, sin
 * ganas de vivir, "hacer una locura conmigo misma", pastillas con alcohol recién tomadas, cabezazos
 * hasta sangrar, preparativos enumerados, las vías cuando pase el tren, manejar para estrellarse,
 * los medios comprados con un día dicho antes, e historia ("tuve un plan una vez").
 */

const CUANDO = NOW_TIME_ES.slice(2, -2);
/** Estar ausente sin palabra de muerte. */
const AUSENTE = String.raw`(?:yo\s)?(?:no\s(?:estuviera|existiera|estuviese|existiese|viviera|despertara|regresara|volviera|hubiera\s(?:nacido|regresado|vuelto|existido))|ya\sno\s(?:estuviera|existiera|estoy|existo)|me\s(?:muriera|muero|hubiera\smuerto|matara|hubiera\smatado|fuera\spara\ssiempre|voy\spara\ssiempre|desapareciera)|desapareciera|muriera|hubiera\smuerto|me\shubieran\smatado|faltara)`;

export const ES_GENERAL: readonly RuleSpec[] = [
  {
    id: 'es.passive.ausencia-notada',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "nadie se daría cuenta si yo no estuviera", "nadie me extrañaría si desapareciera"
      String.raw`\b(?:nadie|ni\sun[oa]?|ni\suna\spersona|quien)\s(?:(?:me|se|lo|la|le|siquiera|de\sverdad|realmente|ni)\s){0,3}(?:daria\scuenta|notaria|extranaria|echaria\sde\smenos|lloraria|importaria|preocuparia|enteraria|daria)\s(?:(?:de\snada|siquiera|ni\s[a-z]+)\s)?(?:si|cuando)\s${AUSENTE}\b`,
    ],
  },
  {
    id: 'es.passive.mejor-si-no-estuviera',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "todos estarían más tranquilos si yo no estuviera", "mi familia viviría mejor si me hubiera muerto allá"
      String.raw`\b(?:estarian|estaria|vivirian|viviria|seria|serian|andarian|andaria|irian|iria|la\spasarian|la\spasaria|tendrian|tendria)\s(?:(?:todos|todas|mucho|mas|muy|bien|las\scosas|la\svida)\s){0,3}(?:mejor|tranquil[oa]s?|felices|feliz|facil|faciles|aliviad[oa]s?|en\spaz|a\sgusto|menos\s[a-z]+|libres?|contentos?|contentas?)\s(?:(?:[a-z]+)\s){0,3}?(?:si\s${AUSENTE}|sin\smi(?:\spresencia)?(?=\s*(?:[.!?,;:]|$)|\s(?:la\sverdad|y\b|de\sverdad)))\b`,
      // the future, and when rather than if: "mis hijos van a estar mejor cuando me muera, con el seguro"
      String.raw`\b(?:van\sa\s(?:estar|vivir|quedar)|estaran|viviran|quedaran|va\sa\s(?:estar|vivir|quedar)|estara|vivira|quedara)\s(?:(?:todos|todas|mucho|mas|muy|bien)\s){0,2}(?:mejor|tranquil[oa]s?|felices|feliz|en\spaz|aliviad[oa]s?|libres?)\s(?:(?:[a-z]+)\s){0,3}?(?:cuando|si)\s(?:yo\s)?(?:me\smuera|muera|ya\sno\seste|ya\sno\sestuviera|no\seste|me\svaya\sde\seste\smundo|falte|me\smate|me\shaya\sido)\b`,
      String.raw`\b(?:cobren|cobran|cobrarian|cobraran|tengan|tendrian|les\stoque|les\sdaran|les\sdarian)\s(?:el\s)?seguro\s(?:de\svida\s)?(?:cuando|si)\s(?:yo\s)?(?:me\smuera|muera|ya\sno\seste|me\smate|falte)\b`,
      // "mis hijos estarían mejor con otra mamá"
      String.raw`\b(?:estarian|estaria|vivirian|viviria|serian|seria|van\sa\sestar)\s(?:(?:mucho|mas|muy)\s)?(?:mejor|mas\sfelices|mas\sfeliz|mas\stranquil[oa]s?)\scon\sotr[oa]\s(?:mama|papa|madre|padre|esposa|esposo|mujer|marido|pareja|familia)\b`,
    ],
  },
  {
    id: 'es.passive.muerte-por-otra-causa',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      // "ojalá me dé un infarto", "ojalá vuelva el cáncer", "ojalá me atropelle un camión", "rezo para que se me pare el corazón"
      String.raw`\b(?<core>ojala|espero\sque|rezo\spara\sque|pido\sque|le\spido\sa\sdios\sque|quisiera\sque|deseo\sque)\s(?:(?:ya|que|de\suna\svez|pronto|un\sdia)\s){0,2}(?:(?:me|se\sme)\s)?(?:de|diera|agarre|agarrara|atropelle|atropellara|mate|matara|lleve|llevara|caiga|cayera|pegue|pegara|toque|tocara|vuelva|volviera|regrese|regresara|pare|parara|detenga|detuviera|explote|reviente|falle|fallara|gane|ganara|lleve\sla|coma)\s(?:(?:un|una|el|la|mi|algun|alguna)\s)?(?:[a-z]+\s){0,2}?(?:infarto|cancer|tumor|paro|derrame|camion|carro|coche|bus|tren|rayo|bala|balazo|enfermedad|corazon|trailer|auto|avion|covid|virus|muerte|aneurisma|accidente)\b`,
      // "si me muero hoy, ni modo", "si me atropella un carro mañana, sería un alivio"
      String.raw`\bsi\s(?:me\s(?:muero|muriera|atropella|atropellara|mata|matara|da\sun\sinfarto|diera\sun\sinfarto|pasa\salgo|pasara\salgo)|muero|muriera|no\sdespierto|no\sdespertara)(?:\s(?:un|una|el|la|algo|algun)\s[a-z]+)?(?:\sy\s(?:me\s)?(?:muriera|muero|quedara|no\sdespertara|no\sdespierto))?(?:\s(?:hoy|manana|esta\snoche|mientras\sduermo|ahorita|en\sel\scamino|de\sun\sinfarto))?\s?,?\s(?:(?:la\sverdad|pues|honestamente|neta|sinceramente)\s?,?\s){0,2}(?:ni\smodo|me\sda(?:ria)?\s(?:igual|lo\smismo)|estaria\sbien|esta\sbien|que\sbueno|seria\s(?:un\salivio|lo\smejor|una\sbendicion|un\sdescanso)|mejor|da\sigual|no\spasa\snada|(?:ni|no)\sme\simporta(?:ria)?|ni\sme\sdoleria|ni\sfalta\sque\shago|descansaria|por\sfin)\b`,
    ],
  },
  {
    id: 'es.passive.cansadisim-de-existir',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      // "estoy cansadísima de existir", "harto ya de seguir aquí", "agotada de estar viva"
      String.raw`\b(?:cansad|hart|agotad|fastidiad|podrid|fatigad|exhaust)(?:isim)?[oa]s?\s(?:(?:ya|tambien|de\sverdad|la\sverdad|bien)\s){0,2}(?:de\s|con\s)(?<core>existir|vivir|estar\sviv[oa]|seguir\sviv[oa]|seguir\saqui|seguir\sviviendo|seguir\sexistiendo|la\svida|esta\svida|mi\svida|despertar(?:me)?|respirar|estar\saqui|seguir\sen\seste\smundo|este\smundo)\b(?!\s(?:en\s(?:esta|este|la|el)\s(?:casa|ciudad|pais|trabajo|depa|departamento)|con\s(?:mis|mi|el|la)\s(?:papas|padres|suegra|ex|jefe)|asi\sde\s(?:pobre|apretad)|con\s(?:miedo|panico|ansiedad|angustia|dolor|deudas|este\s[a-z]+|esta\s[a-z]+)|(?:asi|de\sesta\smanera|de\seste\smodo|escondid[oa]|encerrad[oa]|sin\s(?:papeles|dinero|luz|agua))))`,
    ],
  },
  {
    id: 'es.passive.sin-ganas-de-vivir',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      // "ya no me dan ganas de vivir", "no tengo fuerzas para seguir viviendo", "se me quitaron las ganas de vivir"
      String.raw`\b(?:no|ni|sin|se\sme\s(?:quitaron|fueron|acabaron|han\sido)|perdi|he\sperdido|ya\sno\s(?:me\squedan|tengo|siento))\s(?:(?:me|tengo|siento|hay|dan|da|quedan|queda|ya|las|el|la|nada\sde|ningun[oa]?)\s){0,3}(?:ganas|animo|fuerzas|motivo|motivos|razon|razones|deseo)\s(?:(?:de|para)\s)(?<core>vivir|seguir\sviviendo|seguir\sviv[oa]|seguir\saqui|existir|estar\sviv[oa]|estar\saqui|seguir\sen\seste\smundo|seguir\scon\svida|despertar(?:me)?\s(?:manana|otro\sdia)|levantarme\sotro\sdia)\b(?!\s(?:asi\sde|en\s(?:esta|este|la|el)\s(?:casa|ciudad|pais)|con\s(?:mis|mi|el|la)\s(?:papas|padres|suegra|ex)))`,
    ],
  },
  {
    id: 'es.active.locura-conmigo',
    lang: 'es', tier: 'active', kind: 'selfharm', wish: true, subject: 'open',
    patterns: [
      // "sin hacer una locura conmigo misma", "tengo miedo de hacerme algo", "voy a hacer una tontería contra mí"
      String.raw`\bhacer(?:me)?\s(?:una\s(?:locura|tonteria|estupidez|pendejada|burrada|barbaridad)|algo(?:\s(?:malo|grave|feo|de\slo\sque\sme\sarrepienta))?|un\sdisparate)\s(?:(?:yo\s)?(?:conmigo(?:\smism[oa])?|contra\smi(?:\smism[oa])?|a\smi\smism[oa]))\b`,
      String.raw`\b(?:miedo\sde|miedo\sa|a\spunto\sde|ganas\sde|antes\sde|capaz\sde|no\svaya\sa|voy\sa|quiero|podria)\shacerme\s(?:algo|una\slocura|dano)\b`,
    ],
  },
  {
    id: 'es.active.aguantar-sin',
    lang: 'es', tier: 'active', kind: 'selfharm', wish: true, negatable: false, subject: 'open',
    patterns: [
      // "no sé cuánto más voy a aguantar sin hacer una locura": the struggle not to is the signal, not a denial
      String.raw`\b(?:aguantar|aguanto|resistir|resisto|soportar|soporto|seguir|sigo|durar|aguante)\s(?:[a-z]+\s){0,3}?sin\shacer(?:me)?\s(?:una\s(?:locura|tonteria|estupidez|pendejada)|algo(?:\s(?:malo|grave|de\slo\sque\sme\sarrepienta))?|dano)\b`,
    ],
  },
  {
    id: 'es.imminent.pastillas-con-alcohol',
    lang: 'es', tier: 'imminent', kind: 'suicide', pastIsAct: true, subject: 'adjacent',
    patterns: [
      // "me he tomado un bote entero de pastillas con whisky", "me tomé las pastillas con tequila", "mezclé las pastis con alcohol"
      String.raw`\b(?:me\s)?(?:he\stomado|he\stragado|me\she\stomado|me\she\stragado|tome|trague|me\stome|me\strague|acabo\sde\stomar(?:me)?|me\sacabo\sde\stomar|mezcle|ya\sme\stome|me\spase|pase)\s(?:(?:un|una|el|la|las|los|mis|todas\slas|todo\sel|unas|unos|varias|muchas|un\sbote|un\sfrasco|una\scaja|entero|entera|de)\s){0,4}(?:[a-z]+\s)?${PILLS_ES}\s(?:(?:entero|entera|enteros|enteras)\s)?(?:con|y|junto\scon|mas)\s(?:(?:un|una|el|la|media|medio|toda\sla|todo\sel|unas|unos|mucho|mucha|botella\sde|caguama\sde)\s){0,2}(?:whisky|whiskey|tequila|vodka|ron|mezcal|alcohol|cerveza|cervezas|chelas|caguama|vino|aguardiente|guaro|pisco|brandy|licor|pomo|botella|trago|tragos|copas)\b`,
    ],
  },
  {
    id: 'es.selfharm.cabezazos-hasta',
    lang: 'es', tier: 'active', kind: 'selfharm', wish: true, subject: 'adjacent', tenseInCore: true,
    patterns: [
      // "me pego con la cabeza contra la pared hasta sangrar", "me di cabezazos contra el espejo hasta que me salió sangre"
      String.raw`\bme\s(?<core>pego|pegaba|pegue|golpeo|golpeaba|golpee|doy|daba|di|estrello|estrellaba|estrelle|azoto|azotaba|azote|reviento|reventaba|reviente)\s(?:[a-z]+\s){0,8}?(?:cabeza|cabezazos|cabezazo|punetazos|frentazos|pared|paredes)\s(?:[a-z]+\s){0,5}?hasta\b(?=\s(?:sangrar|sacarme\ssangre|hacerme\s(?:sangre|dano|una\sherida)|que\s(?:me\s)?(?:sale|salga|salio|salia|sangr[a-z]+|abr[a-z]+)|romperme|abrirme|marearme|desmayarme|quedar\s[a-z]+|ver\ssangre)\b)`,
    ],
  },
  {
    id: 'es.prep.enumerada',
    lang: 'es', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // cada preparativo es una señal; dos, o uno con un medio o una despedida, cuentan
      String.raw`\b(?:regale|di|deje|entregue|he\sregalado|he\sdado)\s(?:a\s)?(?:(?:mi|el|la|los|las|mis)\s)(?:perro|perra|gato|gata|mascotas?|armas?|pistola|moto|carro|guitarra|cosas|medallas)\b(?!\s(?:de\s(?:reglamento|cargo|servicio|dotacion|la\sempresa|la\scompania)|al\s(?:jefe|cuartel|armero|departamento)))`,
      String.raw`\b(?:escribi|he\sescrito|deje\sescritas|termine|deje)\s(?:(?:las|mis|unas|todas\slas)\s)(?:cartas|notas|despedidas)\b(?!\sde\s(?:recomendacion|presentacion))`,
      String.raw`\b(?:escogi|elegi|fije|puse|decidi|ya\stengo)\s(?:la|el)\s(?:fecha|dia)\b|\bya\stengo\s(?:una\s)?fecha\b(?!\s(?:de\s(?:cita|corte|entrada|audiencia|viaje|boda|parto)|para\s(?:la|el|mi)\s(?:cita|corte|audiencia|viaje|boda|cirugia|operacion)))`,
      // the pills kept for it: "tengo guardadas las pastillas desde hace meses", "ya tengo juntadas como 80"
      String.raw`\b(?:tengo|ya\stengo|llevo)\s(?:juntad[oa]s|escondid[oa]s|ahorrad[oa]s|acumulad[oa]s)\s(?:(?:las|mis|unas|muchas|suficientes|como|mas\sde)\s)?(?:\d+\s)?(?:[a-z]+\s)?(?:${PILLS_ES})\b|\b(?:tengo|ya\stengo)\sguardad[oa]s\s(?:(?:las|mis|unas|muchas|suficientes|como|mas\sde)\s)?(?:\d+\s)?(?:[a-z]+\s)?(?:${PILLS_ES})\b(?=[^.!?\n]{0,60}\b(?:desde\shace|hace\s[a-z0-9]+\s(?:meses|semanas)|para\s(?:cuando|ese\sdia|el\sdia|eso|hacerlo)|como\s\d{2,}|\d{2,}|suficientes|todas)\b)`,
      // a farewell on the day of the week: "le dejé el perro a mi hermano y las cartas en la mesa"
      String.raw`\by\s(?:las|la|mis|mi)\s(?:cartas?|notas?)\s(?:(?:de\sdespedida|escritas?)\s)?(?:en|sobre|debajo\sde|junto\sa|encima\sde)\s(?:la|el|mi)\s(?:mesa|buro|cama|almohada|escritorio|cajon|comoda|tocador|puerta|refri|refrigerador)\b(?<=\bdeje\b[^.!?\n]{0,80})`,
      String.raw`\b(?:hice|deje|termine|actualice|firme)\s(?:mi|el)\stestamento\b|\b(?:deje|puse|tengo)\s(?:todo|mis\scosas|mis\sasuntos)\sen\sorden\b|\bya\sme\sdespedi\sde\b`,
    ],
  },
  {
    id: 'es.imminent.me-las-tomo-con-fecha',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // the stock named before, the day after: "compré tres cajas de paracetamol ... el domingo me las voy a tomar",
      // "tengo guardadas como 80, me las voy a tomar el jueves"
      String.raw`\bme\s(?:las|los)\s(?:voy\sa\s(?:tomar|tragar)|pienso\s(?:tomar|tragar)|tomo|trago|tomare)\b(?<=\b${PILLS_ES}\b[^\n]{0,200})(?<=\b(?:cajas|frascos|botes|tiras|blisters|como\s\d{2,}|\d{2,}\s(?:pastillas|pildoras|tabletas)|guardad[oa]s|juntad[oa]s|escondid[oa]s|ahorrad[oa]s|el\sfrasco\sentero|todo\sel\sfrasco)\b[^\n]{0,200})(?:(?=[^.!?\n]{0,40}\b(?:hoy|esta\snoche|manana|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|cuando|en\scuanto|todas?|de\sgolpe|de\sun\sjalon)\b)|(?<=\b(?:hoy|esta\snoche|manana|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|cuando|en\scuanto)\b[^.!?\n]{0,80}))`,
    ],
  },
  {
    id: 'es.imminent.vias-cuando-pase',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'adjacent',
    patterns: [
      // "me voy a tirar a las vías cuando pase el tren", "me acuesto en las vías cuando venga el de las 11"
      String.raw`\b(?:tirar(?:me)?|aventar(?:me)?|lanzar(?:me)?|acostar(?:me)?|poner(?:me)?|parar(?:me)?|meter(?:me)?|me\s(?:tiro|aviento|lanzo|acuesto|pongo|paro|meto))\s(?:a|en|sobre|frente\sa|delante\sde|enfrente\sde|bajo)\s(?:las\s|la\s|el\s)?(?:vias|tren|metro|carretera|autopista|trailer|camion)\s(?:[a-z0-9]+\s){0,3}?(?:cuando|en\scuanto|justo\scuando)\s(?:pase|venga|llegue|se\sacerque|salga)\b`,
    ],
  },
  {
    id: 'es.imminent.manejando-para-estrellarme',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "voy manejando y voy a estrellar el carro contra el primer poste"
      String.raw`\b(?:voy|estoy|ando|sigo)\s(?:manejando|conduciendo|en\sel\s(?:carro|coche|auto|camion|troca)|en\sla\s(?:carretera|autopista)|al\svolante)\s(?:[a-z]+\s){0,4}?(?:y\s)?(?:(?:me\s)?(?:[bv]oy\sa|quiero)\s)(?:estrellar(?:me)?|chocar|aventar(?:me)?|meter(?:me)?|tirar(?:me)?|volcar(?:me)?|salir(?:me)?\sdel?\s(?:camino|puente|carretera))\b`,
      // "voy manejando hacia el barranco, hoy se acaba todo"
      String.raw`\b(?:voy|estoy|ando|sigo|va)\s(?:manejando|conduciendo|acelerando|arrancando)\s(?:(?:directo|derecho|recio|rapido)\s)?(?:hacia|para|pal|al|rumbo\sa|directo\sa|derecho\sa)\s(?:(?:el|la|un|una)\s)?(?:barranco|precipicio|acantilado|risco|despenadero|abismo|barranca)\b|\b(?:voy|estoy|ando|sigo)\s(?:manejando|conduciendo|acelerando)\s(?:(?:directo|derecho|recio|rapido)\s)?(?:hacia|para|pal|al|rumbo\sa|directo\sa)\s(?:(?:el|la|un|una)\s)?(?:puente|presa|rio|mar|muro|trailer|tren|vias)\b(?=[^\n]{0,60}\b(?:se\sacaba|adios|perdon|no\svoy\sa\sfrenar|sin\sfrenar|lo\svoy\sa\shacer|lo\shago|ya\sno\saguanto|para\ssiempre|matarme|ultima\svez))`,
    ],
  },
  {
    id: 'es.imminent.medios-tiempo-antes',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // "mañana temprano, cuando no haya nadie. ya compré la soga"
      String.raw`\b(?:(?:ya|por\sfin)\s)?(?:compre|consegui|tengo|cargue|escondi|amarre|prepare)\s(?:(?:la|el|una|un|las|los|mi|mis)\s)?(?:soga|cuerda|pistola|arma|balas|navaja|cuchillas?|gillette|veneno|carbon|helio)\b(?<=\b(?:${CUANDO}|manana\stemprano|cuando\s(?:no\shaya\snadie|la\scasa\seste\ssola|este\ssol[oa]))\b[^\n]{0,120})`,
    ],
  },
  {
    id: 'es.history.plan-una-vez',
    lang: 'es', tier: 'history', kind: 'history',
    patterns: [
      // "tuve un plan una vez, hace años", "manejaba rápido esperando chocar"
      String.raw`\b(?:tuve|tenia|hice)\s(?:un|el)\splan\s(?:(?:una\svez|hace\s(?:anos|tiempo|mucho|\d+\sanos|unos\sanos)|en\s(?:19|20)\d\d|cuando\s(?:era|estaba|tenia))\b)(?!\s(?:para\s(?:abrir|poner|viajar|mudarme|comprar|estudiar)|de\s(?:negocio|viaje)))`,
      String.raw`\b(?:manejaba|conducia|corria|andaba)\s(?:[a-z]+\s){0,4}?(?:esperando|queriendo|con\sganas\sde|buscando)\s(?:(?:que\s)?(?:me\s)?)?(?:chocar|estrellarme|matarme|chocara|estrellara|volcarme|morir(?:me)?|que\salgo\sme\s(?:matara|pegara))\b`,
    ],
  },
];
