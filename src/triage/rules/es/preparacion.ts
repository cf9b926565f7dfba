import type { RuleSpec } from '../rule';
import { NOT_FOR_AN_ERRAND } from './lexicon';

/**
 * Spanish preparation and decision: "ya lo decidí", "ya sé cómo", "ya tengo con qué", "no puedo
 * prometer que mañana siga vivo". Like the English family, the ambiguous ones need context.
 */
export const ES_PREPARACION: readonly RuleSpec[] = [
  {
    id: 'es.prep.decidido',
    lang: 'es', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\bya\s(?:lo\s|me\s)?decidi\b|\b(?:ya\s)?tome\s(?:la|mi)\sdecision\b|\blo\stengo\s(?:decidido|planeado)\b|\bno\shay\svuelta\satras\b|\bya\sesta\sdecidido\b`,
    ],
  },
  {
    id: 'es.prep.decidido-fecha',
    lang: 'es', tier: 'imminent', kind: 'imminent', negatable: false,
    patterns: [
      // a decision not to outlive a date: "ya decidí que no llego al día siguiente", "no paso de este viernes",
      // "decidí q no amanezco el lunes", "ya está decidido, no llego a fin de año"
      String.raw`\b(?:ya\s)?(?:lo\s)?(?:decidi|decidido|lo\stengo\sdecidido|tome\sla\sdecision|esta\sdecidido)\s?,?\s(?:que\s|q\s)?(?:no\s(?:llego|paso|amanezco|veo|vuelvo\sa\sver|voy\sa\s(?:llegar|pasar|amanecer|ver))|(?:este|esta)\s(?:es|sera)\smi\s(?:ultim[oa]))\b`,
      String.raw`\bno\s(?:(?:voy\sa\s)?(?:llego|paso|llegar|pasar|amanezco|amanecer))\s(?:(?:al|del|de|a|el|la)\s)?(?:dia\ssiguiente|otro\sdia|esta\snoche|hoy|(?:este|el)\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin\sde\ssemana|aniversario))\b(?<=\b(?:decidi|decidido|decision|lo\sdecidi|aniversario|cumple\sun\sano|se\scumple|se\scumplen|plan|planeado|hacerlo|ya\sno\saguanto|adios)\b[^\n]{0,100})`,
    ],
  },
  {
    id: 'es.prep.es-el-dia',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    // a day named as THE day, with a plan, decision or farewell beside it: "el viernes es el día, ya tengo todo planeado"
    near: {
      requires: String.raw`\b(?:planead[oa]|decidid[oa]|decidi|lo\sdecidi|tengo\stodo|ya\stengo\s(?:todo|con\sque|las|la|el)|lo\s(?:voy\sa\shacer|hago|hare)|no\shay\svuelta|adios|despedi|me\s(?:mato|voy\sa\smatar)|se\sacaba|ya\sno\s(?:aguanto|mas|voy\sa\sestar)|ultim[oa]|perdon|cartas?|pastillas|soga|pistola|veneno|listo|lista)\b`,
      excludes: String.raw`\b(?:boda|fiesta|cumple(?:anos)?\sde|viaje|vuelo|mudanza|examen|entrevista|cita|partido|graduacion|reunion|sorpresa|evento|presentacion|operacion|cirugia|parto|concierto|juego|final|carrera|maraton|lanzamiento|inauguracion|bautizo|quince|quinceanera|audiencia|juicio|torneo|pelea|estreno)\b`,
      before: 60, after: 90,
    },
    patterns: [
      String.raw`\b(?:manana|pasado\smanana|hoy|esta\snoche|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|este\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin)|el\s\d{1,2}|mi\scumpleanos)\s(?:(?:es|sera|va\sa\sser)\s)(?:el\sdia|la\snoche|la\sfecha)\b(?!\s(?:de|del|en\sque\s(?:llega|llegan|viene|vienen|sale|salen)))`,
    ],
  },
  {
    id: 'es.prep.ya-para-que',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'open', negatable: false,
    // "ya pa qué" beside an end: "ya pa qué sigo, esto se acaba hoy", "ya pa qué, mañana ya no voy a estar"
    near: {
      requires: String.raw`\b(?:se\s(?:acaba|termina|va\sa\sacabar|va\sa\sterminar)|acabar\scon|terminar\scon|acabar(?:lo)?\stodo|el\sfin(?:al)?\sde\stodo|es\sel\sfin(?:al)?|mi\s(?:ultim[oa]|final)|ultim[oa]\s(?:vez|dia|noche|mensaje)|despedir(?:me)?|me\sdespido|adios|ya\sno\s(?:voy\sa\sestar|estare|me\s(?:van|vas)\sa\sver)|no\s(?:llego|amanezco|paso\sde)|me\s(?:mato|voy\sa\smatar|quito\sla\svida)|morir(?:me)?|muert[oa]|desaparecer|irme\spara\ssiempre|ya\sno\s(?:sigo|aguanto\smas))\b`,
      before: 120, after: 160,
    },
    patterns: [String.raw`\bya\s(?:para|pa)\sque\s?(?:(?:sigo|seguir|vivo|vivir|lucho|luchar|intentarlo|le\ssigo|aguanto|sirve|estoy\saqui|me\slevanto)\b|(?=[.!?,;:]|$))`],
  },
  {
    id: 'es.prep.ya-se-como',
    lang: 'es', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\bya\sse\s(?:como|cuando|donde)(?:\sy\s(?:cuando|como|donde))?\b|\bya\stengo\s(?:con\sque|lo\sque\snecesito|todo\slo\sque\snecesito|las\scosas|los\smedios|todo\slisto|todo\spreparado|todo\splaneado)\b${NOT_FOR_AN_ERRAND}|\bya\s(?:prepare|organice|deje\slisto)\stodo\b`,
      // "ya compré lo que necesito", "ya conseguí con qué"
      String.raw`\bya\s(?:compre|consegui|junte|tengo\sguardado)\s(?:lo\sque\s(?:necesito|necesitaba|ocupo|ocupaba)|todo\slo\sque\s(?:necesito|ocupo)|lo\snecesario|con\sque)\b`,
    ],
  },
  {
    id: 'es.prep.no-puedo-prometer',
    lang: 'es', tier: 'imminent', kind: 'imminent', negatable: false,
    patterns: [
      String.raw`\bno\s(?:te\s|le\s|les\s)?(?:puedo|podria)\s(?:prometer|asegurar|garantizar)(?:te|le|les)?\sque\s(?:no\s)?(?:me\shaga\sdano|me\slastime|(?:manana\s)?siga\sviv[oa]|llegue\sviv[oa]|este\sviv[oa]|me\smate|haga\snada|aguante|amanezca|llegue\sa\smanana)\b`,
    ],
  },
  {
    id: 'es.prep.no-llegare-vivo',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      String.raw`\b(?:no\s(?:[bv]oy\sa|creo|pienso)\s(?:llegar|estar|seguir|amanecer)\sviv[oa]|ya\sno\s(?:voy\sa\s)?(?:estar|estare|seguir)\sviv[oa])\b`,
      String.raw`\bsi\s(?:lees|estas\sleyendo|alguien\slee|encuentran|encuentras)\s(?:esto|este\smensaje)\b`,
      String.raw`\bno\sme\s(?:busquen|busques|vayan\sa\sbuscar)\b`,
      String.raw`\bpara\scuando\s(?:lleguen|llegues|lean|leas|me\sencuentren|vengan)\s(?:[a-z]+\s){0,3}?ya\sno\s(?:voy\sa\sestar|estare|estoy)\b`,
      String.raw`\b(?:esto|este)\ses\sel\s(?:final|fin)\b|\bmi\s(?:ultima\snoche|ultimo\sdia)\b(?!\s(?:en|aqui|con|de\s(?:trabajo|vacaciones|clases)))`,
      // un último día de vida dicho como hoy: "hoy es el último día de mi vida", "mi último día con vida",
      // "estoy viviendo mi última noche"; no "como si fuera el último día de mi vida" ni "de mi vida laboral"
      String.raw`(?<!\b(?:como\ssi|si|fue|era)\s(?:fuera\s|es\s)?)\b(?:hoy|manana|esta\snoche|este)\s(?:es|sera|va\sa\sser)\s(?:el|la|mi)\s(?:ultimo\sdia|ultima\snoche)\s(?:de\smi\svida|con\svida|en\s(?:este\smundo|la\stierra))\b(?!\s(?:laboral|profesional|militar|escolar|de\s(?:soltera|soltero|estudiante)))|\bmi\s(?:ultimo\sdia|ultima\snoche)\s(?:con\svida|en\s(?:este\smundo|la\stierra))\b|\b(?:el\sultimo\sdia|la\sultima\snoche)\sde\smi\svida\s(?:es\s|sera\s)?(?:hoy|manana|esta\snoche)\b|\bestoy\sviviendo\smi\s(?:ultimo\sdia|ultima\snoche|ultimas\shoras)\b`,
      String.raw`\bme\sdespedi\sde\s(?:[a-z]+\s){0,4}?sin\sque\s(?:supiera|supieran|se\sdiera\scuenta|se\sdieran\scuenta|lo\ssupiera)\b|\bya\sme\sdespedi\sde\s(?:todos|mis\shijos|mi\sfamilia|todo\sel\smundo|mi\smama)\b(?<!\b(?:me\s(?:voy|fui|ire)\sde\s(?:viaje|vacaciones|gira|mision)|me\s(?:cambio|mudo|voy\sa\s(?:vivir|mudar|cambiar|estudiar|trabajar))|salgo\sde\sviaje|viaje|vacaciones)\b[^.!?\n]{0,60}?me\sdespedi\sde\s(?:todos|mis\shijos|mi\sfamilia|todo\sel\smundo|mi\smama))(?![^.!?\n]{0,40}?\b(?:me\s(?:cambio|mudo|voy\sa\s(?:vivir|mudar|cambiar)|jubilo|regreso\sa)|renunci[a-z]+|en\sla\s(?:chamba|oficina|escuela)|en\sel\s(?:trabajo|equipo)|antes\sdel\s(?:viaje|vuelo))\b)`,
      String.raw`\b(?:diganle|dile|digan(?:le)?|dile)\sa\s(?:mis?\s[a-z]+|todos)\sque\s(?:los|las|la|lo)\s(?:quiero|amo|quise)\b`,
    ],
  },
  {
    id: 'es.prep.se-acaba-todo',
    lang: 'es', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\b(?:hoy|esta\snoche|manana|ya|aqui|hasta\saqui|madrugada|noche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|semana|rato|horas)\sse\s(?:acaba|termina|va\sa\sacabar|va\sa\sterminar)\s(?:todo|esto)\b|\bse\s(?:acaba|termina)\stodo\s(?:hoy|esta\snoche|manana|ya)\b`,
      String.raw`\bno\s(?:pienso|voy\sa)\s(?:regresar|volver|salir)\b`,
      String.raw`\bno\sllamen\sa\snadie\b|\bno\sle\s(?:digan|avisen)\sa\snadie\b`,
      String.raw`\bme\s(?:tome|trague|bebi)\s(?:todo|todas|todos)(?=\s*(?:[.!?,;:]|$))|\bme\slas\s(?:tome|trague)(?:\stodas)?(?=\s*(?:[.!?,;:]|$))`,
    ],
  },
  {
    id: 'es.prep.lugar',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      String.raw`\b(?:estoy|ya\sestoy)\s(?:(?:parad[oa]|sentad[oa]|acostad[oa])\s)?(?:en|sobre)\s(?:las|la)\s(?:vias|via)\b(?=[^\n]{0,80}\b(?:tren|metro|ya\sviene|se\soye|adios|perdon))`,
      String.raw`\bme\s(?:meto|voy\sa\smeter|metere)\s(?:al|en\sel)\s(?:mar|rio|lago|agua)\b(?=[^\n]{0,80}\b(?:no\s(?:pienso|voy\sa)\s(?:regresar|volver|salir)|para\ssiempre|adios|hasta\sque|hasta\sno\s(?:volver|regresar|salir|poder|aguantar)|hasta\s(?:ahogarme|hundirme|desaparecer)|sin\s(?:regresar|volver)|y\sno\s(?:volver|salir|regresar)|a\sahogarme))`,
      String.raw`\b(?:en\sel|en\sla)\s(?:garaje|cochera)\scon\sel\s(?:carro|coche|motor|auto)\s(?:prendido|encendido|andando)\b|\b(?:carro|coche|motor)\s(?:prendido|encendido)\sen\s(?:el|la)\s(?:garaje|cochera)\b`,
      // the engine running in a closed garage, in either order; a hose on the exhaust; charcoal in a closed room
      String.raw`\b(?:motor|carro|coche|auto|troca|camioneta|nave|ranfla)\s(?:(?:ya\s)?(?:esta\s|sigue\s)?(?:prendid[oa]|encendid[oa]|andando|corriendo|en\smarcha|arrancad[oa]))\b(?=[^.!?\n]{0,60}\b(?:garaje|garage|cochera)\s(?:(?:bien|todo)\s)?(?:cerrad[oa]|con\sllave|sellad[oa])\b|[^.!?\n]{0,60}\b(?:cerre|selle|cierro)\s(?:(?:bien|toda|todo)\s)?(?:la\spuerta\sdel\s|el\s|la\s)(?:garaje|garage|cochera)\b|[^.!?\n]{0,60}\b(?:con\s(?:la|las)\s(?:puerta|puertas|ventanas)\scerradas?\sen\s(?:el|la)\s(?:garaje|garage|cochera)))|\b(?:garaje|garage|cochera)\s(?:(?:bien|todo)\s)?(?:cerrad[oa]|con\sllave|sellad[oa])\b(?=[^.!?\n]{0,60}\b(?:motor|carro|coche|auto|troca|camioneta)\s(?:prendid[oa]|encendid[oa]|andando|corriendo|en\smarcha))`,
      String.raw`\b(?:cerre|selle|tape|cierro)\s(?:(?:bien|toda|todo)\s)?(?:el|la)\s(?:garaje|garage|cochera)\b(?=[^.!?\n]{0,60}\b(?:motor|carro|coche|auto|troca|camioneta)\s(?:prendid[oa]|encendid[oa]|andando|corriendo|en\smarcha))`,
      String.raw`\b(?:manguera|tubo)\s(?:(?:del|al|en\sel|pegad[oa]\sal|conectad[oa]\sal)\s)(?:escape|mofle)\b|\b(?:prendi|encendi|puse)\s(?:el\s|un\s)?(?:carbon|anafre|brasero)\s(?:en\s(?:el|mi)\s(?:cuarto|bano|carro)\s)?(?:con\s(?:todo|las\sventanas|la\spuerta)\scerrad[oa]s?|y\s(?:cerre|selle|tape))\b|\b(?:carbon|anafre|brasero)\s(?:prendido|encendido)\s(?:en\s(?:el|mi)\s(?:cuarto|bano|carro)\s)?(?:cerrado|con\s(?:todo|las\sventanas)\scerrad[oa]s?|y\s(?:todo|las\sventanas|la\spuerta)\scerrad[oa]s?)\b`,
    ],
  },
];
