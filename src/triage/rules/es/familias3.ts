import type { RuleSpec } from '../rule';
import { NOT_FOR_AN_ERRAND, PILLS_ES } from './lexicon';

/**
 * Spanish families told indirectly (third pass): poisons and other people's pills just swallowed, means got
 * under a pretext, the place reached, looking at the beam or the tracks, wondering how, the logistics of an
 * ending (keys, passwords, the dog, the rent paid, the date chosen) and farewells in thanks. The logistics
 * lines are innocent alone ("le dejé la llave a la vecina"): they count only beside another signal.
 */

/** Someone else's, so not a prescription being followed. */
const OWNER = String.raw`(?:de|del)\s(?:(?:mi|mis|la|el|su)\s)?(?:abuel[oa]s?|mama|mami|papa|papi|suegr[oa]|espos[oa]|vieja|viejo|herman[oa]|tio|tia|marido|senora|senor|jefa|patrona|perro|gato|hij[oa]|mai|apa|ama|compadre|comadre|roomie|novi[oa]|pareja)\b`;
const POISON = String.raw`(?:gramoxone|paraquat|cloro|veneno|raticida|matarratas|herbicida|pesticida|insecticida|fosfuro|folidol|tamaron|anticongelante|liquido\s(?:para|de)\s(?:la\smilpa|las\splagas|el\smonte|fumigar|las\sratas|matar\s[a-z]+)|pastillas?\s(?:del|para\sel|de)\s(?:frijol|maiz|grano|gorgojo))`;
const DEATH_CUE = String.raw`\b(?:morir(?:me)?|muert[oa]|matarme|suicid\w+|quitarme\sla\svida|hacerlo|lo\shago|lo\svoy\sa\shacer|acabar|se\sacaba|ya\sno\s(?:voy\sa\sestar|estare|aguanto|sufro)|despedi\w*|despedirme|adios|perdon|perdonenme|ultim[oa]|carta|cartas|soga|mecate|cuerda|pistola|arma|pastillas|veneno|puente|viga|azotea|techo|no\sdespertar|irme|me\svoy\scon)\b`;

export const ES_FAMILIAS3: readonly RuleSpec[] = [
  {
    id: 'es.imminent.veneno-tomado',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'adjacent',
    patterns: [
      // "me tomé el gramoxone", "ya me tomé el líquido pa la milpa", "me tomé un litro de cloro hace 20 minutos"
      String.raw`\b(?:ya\s)?me\s(?:tome|trague|bebi|empine|avente|eche)\s(?:(?:ya|como|like|todo|toda|medio|media)\s)?(?:(?:un|una|el|la|medio|media)\s(?:litro|vaso|botella|bote|pomo|frasco|galon|trago|taza|copa|poquito|chorro)\s(?:entero\s)?de\s)?(?:(?:el|la|los|las|un|una|unas|unos)\s)?${POISON}\b(?!\s(?:para\s(?:la\sropa|limpiar|el\spiso)))`,
    ],
  },
  {
    id: 'es.imminent.pastillas-ajenas-tomadas',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'adjacent',
    patterns: [
      // "ya me tomé las de la presión de mi esposo, todas", "me tragué las pastillas del abuelo", "me comí todas las pastillas de mi suegra"
      String.raw`\b(?:ya\s)?me\s(?:tome|trague|comi|bebi|empine|meti)\s(?:(?:todas|todos|como|like)\s)?(?:las|los|unas)\s(?:(?:pastillas|pildoras|pastis|medicinas|tabletas|capsulas)\s)?(?:(?:de|para)\s(?:la\spresion|dormir|el\sazucar|la\sdiabetes|el\scorazon|los\snervios|el\sdolor|la\sansiedad)\s)?${OWNER}`,
      // "me tomé lo que quedaba de la ketamina", "me trague lo que habia de pastillas"
      String.raw`\b(?:ya\s)?me\s(?:tome|trague|bebi|comi)\s(?:todo\s)?lo\sque\s(?:quedaba|habia|tenia|encontre)\s(?:de\s)?(?:(?:la|el|las|los|mis)\s)?(?:[a-z]+\s)?${PILLS_ES}\b`,
      // "ya me las estoy tomando", "me las estoy tragando una por una"
      String.raw`\bme\s(?:las|los)\s(?:estoy|ando)\s(?:tomando|tragando|bebiendo)\b(?=[^\n]{0,30}?(?:$|[.!?,]|\s(?:todas|una\s(?:por|tras)|ya|ahorita|de\sa\s(?:una|poquito|poco))\b))(?<=\b(?:pastillas|pildoras|pastis|medicinas|tabletas|calmantes|frasco|bote|pomo|veneno)\b[^\n]{0,120})`,
      // "me tomé el pomo entero de pastillas", "ya me tomé like 2 cajas de tylenol"
      String.raw`\bme\s(?:tome|trague|bebi|comi)\s(?:(?:ya|como|like|casi)\s)?(?:(?:el|un|mi)\s(?:pomo|pote|frasco|bote|tarro)\s(?:entero|completo)|(?:\d|dos|tres|cuatro|cinco)\s(?:cajas|frascos|botes|pomos|tiras|blisters|paquetes))\s(?:de\s)?(?:(?:las|los|mis)\s)?(?:[a-z]+\s)?${PILLS_ES}\b(?!\s(?:en\s(?:una|la)\s(?:semana|mes)|este\smes|durante))`,
    ],
  },
  {
    id: 'es.imminent.dejar-tratamiento-a-proposito',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // "dejé de ponerme la insulina a propósito, a ver si así me voy"
      String.raw`\b(?:deje|estoy\sdejando|ya\sno\sme\s(?:pongo|inyecto|tomo))\s(?:de\s(?:ponerme|inyectarme|tomarme|tomar|usar)\s)?(?:la|las|mis|el|mi)\s(?:insulina|medicina|medicinas|pastillas|dialisis|tratamiento|oxigeno|anticoagulante)\b(?=[^\n]{0,60}?\b(?:a\sproposito|a\sver\ssi\s(?:asi\s)?(?:me\s(?:voy|muero)|ya\sno\sdespierto)|para\s(?:morirme|irme|ya\sno\sdespertar|que\sse\sacabe))\b)`,
    ],
  },
  {
    id: 'es.imminent.medio-con-pretexto',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // "compré una soga diciendo que era pa la mudanza. no hay mudanza", "le dije al de la farmacia que eran pa mi abuela",
      // "compré las pastillas de a poquito en diferentes farmacias pa que no sospecharan", "dije que era pa las ratas"
      String.raw`\b(?:compre|consegui|saque|pedi|junte|traje|me\straje)\s[^.!?\n]{0,80}?\b(?:diciendo|dije|les\sdije|le\sdije|dijeron|con\sel\spretexto|supuestamente|haciendome\spasar)\b[^.!?\n]{0,40}?\b(?:que\s(?:era|eran)\s(?:para|de)|que\sme\siba\sde\sviaje|de\sviaje)\b(?=[^\n]{0,80}?(?:\bno\shay\s[a-z]+|\bno\sme\svoy\sde\sviaje|\bno\s(?:era|eran)\s(?:para|de)|\b(?:esta\snoche|hoy|manana|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b|\bjuntar\ssuficientes|\bme\squedo\ssol[oa]|\bya\sno\s(?:va\sa\shacer\sfalta|voy\sa\sestar)))`,
      String.raw`\b(?:de\sa\spoquito|de\spoquito\sen\spoquito|en\s(?:diferentes|varias|distintas)\sfarmacias)\b[^.!?\n]{0,60}?\b(?:para\sque\sno\s(?:sospecharan|sospechen|se\sdieran\scuenta|me\spreguntaran|preguntaran)|sin\sque\s(?:sospecharan|nadie\ssupiera))\b`,
      String.raw`\b(?:para|pa)\sjuntar\s(?:suficientes|las\ssuficientes|bastantes)\b`,
      // "me traje del hospital lo que necesito y sé cuánto hace falta"
      String.raw`\bme\s(?:traje|robe|saque|lleve)\sdel?\s(?:hospital|farmacia|clinica|trabajo|consultorio|almacen)\slo\sque\s(?:necesito|necesitaba|me\shace\sfalta|ocupo)\b`,
    ],
  },
  {
    id: 'es.imminent.medio-ajeno-tomado',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    near: { requires: String.raw`\b(?:(?:el|este|esta|ese)\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|noche|dia)|esta\snoche|hoy|manana|sol[oa]|no\sllego|ya\sno|me\sencerre|combinacion|lo\shago|adios|perdon)\b`, before: 40, after: 90 },
    patterns: [
      // "saqué el arma de mi esposo de la caja fuerte", "ya tengo las pastillas de mi vieja y el viernes estoy solo"
      String.raw`\b(?:saque|agarre|tome|robe|ya\stengo|tengo|me\straje|escondi|encontre)\s(?:el|la|las|los)\s(?:arma|pistola|rifle|escopeta|revolver|pastillas|pildoras|medicinas|calmantes|somniferos|cuete|fusca)\s${OWNER}`,
    ],
  },
  {
    id: 'es.imminent.mecate-amarrado',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    near: { excludes: String.raw`\b(?:hamaca|columpio|tendedero|ropa|lona|toldo|perro|caballo|vaca|becerro|chivo|bestia|carga|mudanza|muebles|troca|lancha|arbolito|foco|pinata)\b`, before: 60, after: 80 },
    patterns: [
      // "ya amarré el mecate en la viga del patio", "la soga ya está colgada del árbol"
      String.raw`\b(?:ya\s)?(?:amarre|colgue|ate|puse|deje\spuesta|deje\scolgada)\s(?:el|la|una|un)\s(?:mecate|soga|cuerda|lazo|cable|cinturon|sabana)\s(?:en|de|del|a|al)\s(?:(?:la|el|una|un)\s)?(?:viga|arbol|rama|barandal|techo|closet|ropero|ventilador|regadera|puerta|tubo|escalera)\b`,
      String.raw`\b(?:la|el)\s(?:soga|mecate|cuerda|lazo)\s(?:ya\s)?(?:esta|quedo)\s(?:colgad[oa]|amarrad[oa]|puest[oa]|list[oa])\b`,
    ],
  },
  {
    id: 'es.imminent.en-el-borde',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    near: { excludes: String.raw`\b(?:arreglando|reparando|limpiando|trabajo|chamba|impermeabil\w+|antena|tinaco|goteras?|pintando|tendiendo|ropa|fiesta|concierto|carne\sasada|fotos?|vista|atardecer|estrellas|eclipse|mirador|gato|paloma|canas|pesca\w*|paseo|turist\w*|trafico)\b`, before: 80, after: 120 },
    patterns: [
      // "estoy parado en el borde del edificio", "ya estoy en la azotea", "estoy en el techo, ya no me importa nada"
      String.raw`\b(?:estoy|ya\sestoy|ando|aqui\sestoy)\s(?:(?:parad[oa]|sentad[oa]|trepad[oa]|subid[oa])\s)?(?:en|sobre|arriba\sde)\s(?:el|la)\s(?:borde|orilla|cornisa|baranda|barandal)\s(?:del?|de\sla)\s(?:edificio|puente|azotea|techo|balcon|precipicio|barranco|presa|risco|acantilado|paso\sa\sdesnivel)\b`,
      String.raw`\b(?:estoy|ya\sestoy|ando)\s(?:(?:parad[oa]|sentad[oa]|trepad[oa]|subid[oa])\s)?(?:en|sobre|arriba\sde)\s(?:el|la)\s(?:azotea|techo|puente|via|vias|presa|viaducto|barranco|precipicio|acantilado|cornisa|barandal|ultimo\spiso)\b(?:\sdel?\s(?:edificio|tren|metro|puente))?(?=[^\n]{0,80}?\b(?:ya\sno\sme\simporta|esperando\sque\spase|adios|perdon(?:en)?|no\sse\spreocupen|no\ses\sculpa|ya\sno\s(?:aguanto|puedo)|no\spuedo\smas|cuidense|los\squiero|ya\sme\svoy|despedirme|(?:terminar|acabar)\sel\s(?:formulario|cuestionario)\sprimero|antes\sde\s(?:hacerlo|irme|saltar|aventarme)|me\s(?:voy\sa\s)?(?:tiro|aviento|lanzo)|ultim[oa]|ya\sviene|se\soye)\b)`,
      String.raw`\b(?:ando|estoy)\sen\s(?:la|las)\s(?:via|vias)\sdel?\s(?:tren|metro)\s(?:esperando|a\sque|hasta\sque)\b`,
    ],
  },
  {
    id: 'es.imminent.en-camino-al-lugar',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // "voy manejando al lugar que escogí", "me voy a estrellar con el carro, ya voy manejando", "hoy cuando salga del turno me voy a la presa, ya lo tengo decidido"
      String.raw`\b(?:voy|ya\svoy|ando)\s(?:manejando|camino|caminando|en\scamino)\s(?:al|a\sla|hacia\sel|hacia\sla|para\sel|para\sla)\s(?:lugar|sitio|puente|presa|vias|acantilado|barranco)\s(?:que\s(?:escogi|elegi|ya\ssabia)|donde)\b`,
      String.raw`\bme\s(?:voy\sa|[bv]oy\sa)\s(?:estrellar|impactar|aventar|tirar)\scon\sel\s(?:carro|coche|auto|camion|camioneta|troca|moto)\b(?=[^\n]{0,60}?\b(?:ya\svoy\smanejando|voy\smanejando|ahorita|ya\s(?:voy|estoy)\sen\sla\s(?:carretera|autopista))\b)`,
      String.raw`\bme\svoy\sa\sla\s(?:presa|vias?\sdel\stren|azotea)\b(?=[^\n]{0,60}?\b(?:ya\slo\s(?:tengo\s)?decidid[oa]|ya\slo\sdecidi|no\s(?:pienso|voy\sa)\s(?:volver|regresar)|adios|perdon)\b)`,
      String.raw`\b(?:voy|me\svoy)\s(?:para\sel|pal|al)\s(?:techo|monte|puente)\s(?:cuando|detras|en\scuanto|apenas)\b`,
    ],
  },
  {
    id: 'es.imminent.arma-lista',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // Spanglish: "ya tengo el gun loaded en el carro, im done"; "traje mi arma de reglamento" at the grave
      String.raw`\b(?:ya\s)?(?:tengo|traigo)\s(?:el|la|mi)\s(?:gun|pistola|arma|fusca|cuete|rifle)\s(?:loaded|cargad[oa]|lista|listo)\b`,
      String.raw`\b(?:traje|traigo)\smi\s(?:arma|pistola)\b(?=[^\n]{0,80}?\b(?:quiero\sestar\scon\s(?:ellos|el|ella)|me\svoy\scon|cementerio|panteon|tumba)\b)|\b(?:cementerio|panteon|tumba)\b[^.\n]{0,80}?\b(?:traje|traigo)\smi\s(?:arma|pistola)\b`,
    ],
  },
  {
    id: 'es.imminent.si-no-contestan',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self', negatable: false,
    patterns: [
      // "si no me contestan en 10 minutos me tomo todo", "si nadie responde en una hora lo hago"
      String.raw`\bsi\s(?:no\sme\s(?:contestan|contesta|responden|responde|llaman|marcan)|nadie\s(?:me\s)?(?:contesta|responde))\s(?:en\s(?:\d{1,3}|diez|cinco|quince|veinte|treinta|una|un)\s(?:min|mins|minutos|hora|horas|rato)|pronto|hoy|esta\snoche|ya)\s?,?\s(?:me\s(?:tomo|trago)\s(?:todo|todas|las\spastillas|el\sfrasco)|lo\shago|me\smato|me\saviento|me\stiro|me\scuelgo)\b`,
    ],
  },
  {
    id: 'es.imminent.ese-dia-me-voy',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // "ese día me voy con él. ya está decidido", "el domingo me voy con mi mamá al cielo", "me voy con mi mamá. ya tengo todo listo"
      String.raw`\bme\svoy\scon\s(?:mi\s(?:mama|mami|papa|papi|hij[oa]|espos[oa]|abuel[oa]|herman[oa]|viej[oa]|bebe|nino|nina)|el|ella|ellos|dios|mis\s(?:hijos|papas|padres|companeros))\s(?:al\scielo|a\sdescansar|para\ssiempre)\b`,
      String.raw`\b(?:ese\sdia|esa\snoche|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|el\s\d{1,2}|dia\sde\s(?:muertos|las\smadres|su\scumpleanos))\s?,?\s?me\svoy\scon\s(?:mi\s[a-z]+|el|ella|ellos|mis\s[a-z]+)\b(?=[^\n]{0,100}?\b(?:decidid[oa]|lo\sdecidi|todo\slisto|ya\stengo|se\scumplen|aniversario|murio|muerte|lo\sde\smi|cielo|fecha)\b|[^\n]{0,0}(?<=\b(?:se\scumplen|aniversario|murio|muerte|lo\sde\smi|escogi\sla\sfecha|dia\sde\smuertos)\b[^\n]{0,120}))`,
    ],
  },
  {
    id: 'es.prep.pendientes',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self', needsContext: true,
    patterns: [
      // the logistics of an ending; innocent alone, an ending beside a second cue
      String.raw`\b(?:le\s|les\s)?(?:deje|di|pase|entregue|mande|anote)\s(?:a\s(?:mi|la|el)\s[a-z]+\s)?(?:las|la|mis|mi|el|los|una)\s(?:contrasenas?|claves|clave\sdel\sbanco|contrasena\sdel\sbanco|escrituras|testamento|papeles\sde\sla\scasa|poliza|llaves\sde\sla\scasa)\b`,
      String.raw`\b(?:las|mis)\s(?:contrasenas|claves)\s(?:estan|quedaron|las\sdeje)\s(?:en|con)\b|\bel\stestamento\s(?:esta|ya\sesta|quedo)\s(?:al\sdia|listo|firmado|hecho)\b`,
      String.raw`\b(?:ya\s)?(?:le\s)?(?:encontre|consegui|busque)\s(?:casa|hogar|dueno|quien\slo\scuide|quien\slos\scuide)\s(?:a|para)\s(?:mi|mis)\s(?:perr[oa]s?|gat[oa]s?|mascotas?)\b|\b(?:deje|dejo)\sencargad[oa]s?\sa\s(?:mi|mis|los|las)\s(?:perr[oa]s?|gat[oa]s?|mascotas?|hijos|ninos)\b|\bel\sperro\s(?:esta|se\squedo)\scon\b`,
      String.raw`\b(?:ya\s)?(?:pague|deje\spagad[oa]s?)\s(?:la\srenta|el\salquiler|todas\smis\sdeudas|mis\sdeudas|todo\slo\sque\sdebia)\s(?:hasta|para\sque|por\sadelantado|pa\sque)\b|\bdi\sde\sbaja\s(?:el|mi)\s(?:telefono|celular|numero|cuenta)\b|\bborre\s(?:mis|todas\smis)\s(?:redes|cuentas|fotos)\b`,
      String.raw`\b(?:vendi|regale)\s(?:las\svacas|el\scaballo|mis\sanimales|el\sganado|mi\stroca|mi\scarro|mi\smoto)\b`,
      String.raw`\bya\s(?:escogi|elegi|tengo\subicad[oa]|encontre)\s(?:el\sarbol|la\sviga|el\slugar|el\sdia|la\sfecha|el\spuente|la\srama|el\ssitio)\b`,
      String.raw`\b(?:ya\s)?(?:deje|tengo)\stodo\s(?:arreglado|listo|en\sorden|preparado|pagado)\b${NOT_FOR_AN_ERRAND}`,
      String.raw`\b(?:la\scasa|el\sdepa|el\scuarto)\s(?:se\squeda|va\sa\sestar|queda)\ssola?\b(?![^.!?\n]{0,60}?\b(?:sesion|cita|consulta|llamada|hablar|conectarme|terapia|tranquila|tranquilo)\b)|\bme\squedo\ssol[oa]\sy\sya\b`,
      String.raw`\b(?:ya\sno\s(?:los|las|te|les)\svoy\sa\s(?:molestar|dar\slata|dar\sproblemas)|(?:este|es)\s(?:es\s)?mi\sultimo\smensaje|perdon\s(?:a\stodos|por\shacerles\sperder\sel\stiempo)|gracias\spor\stodo(?=\s*(?:[.!?,]|$))|gracias\spor\s(?:tratarme\sbien|escucharme|aguantarme|todo\slo\sque\shicieron)(?=\s*(?:[.!?,]|$))|para\sentonces\sya\sno\s(?:voy\sa\sestar|estare)|comprando\slas\sultimas\scosas|ya\sno\svoy\sa\s(?:contestar|estar\spara\sla\s(?:cita|consulta))|no\svoy\sa\sestar\spara\sla\s(?:cita|consulta|sesion)|ya\sno\s(?:va\sa\shacer\sfalta|la\svoy\sa\snecesitar|voy\sa\snecesitar\sla\s(?:cita|consulta|sesion)))\b`,
      String.raw`\b(?:ese\sdia|esa\snoche|manana\stemprano|ahorita\sllego\sa\sla\scasa\sy|(?:despues|luego)\sde\s(?:todo\s)?(?:eso|esto)|el\s\d{1,2}\ses\sel\sdia)\s(?:(?:ya|yo|si)\s)?(?:lo\shago|me\s(?:voy|largo)(?:\spara\ssiempre|\sde\seste\smundo|\sen\spaz|\stranquil[oa])?)\b(?=\s*(?:[.!?,;:]|$))|\b(?:es|sera)\shoy\b(?=\s*(?:[.!?]|$))|\bya\ses\shora\b(?=\s*(?:[.!?]|$))|\b(?:en\sla\snoche|esta\snoche|manana|despues)\sme\sdespido\b`,
      String.raw`\b(?:ya\s)?tengo\slo\sque\snecesito\s(?:junto\sa|en|debajo\sde)\s(?:la|el|mi)\s(?:cama|buro|cajon|mochila|carro)\b|\bse\s(?:exactamente\s)?cuanto\s(?:hace\sfalta|necesito|se\snecesita)\b`,
      String.raw`\b(?:la|una|mi)\scarta\s(?:debajo\sdel?|en\sel|junto\sal)\s(?:florero|colchon|almohada|cajon|buro)\b|\b(?:las|mis)\scartas\sy\sel\sdinero\b|\ble\sescribi\sa\scada\suno\ssu\scarta\b|\bmensaje\sde\sdespedida\b`,
    ],
  },
  {
    id: 'es.imminent.me-las-tomo-pronto',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    near: { requires: String.raw`\b(?:pastillas?|pildoras|pastis|suficientes|frasco|veneno|frijol|gramoxone|cloro|raticida|calmantes|somniferos)\b`, before: 120, after: 20 },
    patterns: [
      // "ya tengo suficientes. el fin de semana me las tomo", "ya compré la pastilla del frijol, hoy en la noche me la tomo"
      String.raw`\b(?:el\sfin\sde\ssemana|este\sfin|esta\snoche|hoy(?:\sen\sla\snoche)?|manana|al\srato|ahorita|en\sla\snoche|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\s(?:ya\s)?me\s(?:las|los|la|lo)\s(?:tomo|trago|bebo|voy\sa\s(?:tomar|tragar|beber))\b(?!\s(?:con\s(?:la\scomida|agua)|como\sme\s(?:dijo|dijeron|indicaron)))`,
    ],
  },
  {
    id: 'es.imminent.no-pienso-despertar',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // "esta noche me acuesto y no pienso despertar, ya me encargué de eso"
      String.raw`\bme\s(?:acuesto|duermo|voy\sa\sdormir)\sy\sno\s(?:pienso|voy\sa|quiero)\s(?:despertar(?:me)?|amanecer|levantarme)\b(?=[^\n]{0,60}?\b(?:ya\sme\sencargue|ya\s(?:tengo|tome|me\stome)|pastillas|esta\snoche|hoy)\b|[^\n]{0,0}(?<=\b(?:esta\snoche|hoy|me\sdespedi)\b[^\n]{0,60}))`,
      // "ya escogí la fecha: después de la quinceañera"
      String.raw`\bya\s(?:escogi|elegi|tengo|puse)\s(?:la\sfecha|el\sdia)\s?[:,]\s?(?:despues\sde|antes\sde|el\s(?:\d{1,2}|lunes|martes|miercoles|jueves|viernes|sabado|domingo)|cuando)\b`,
    ],
  },
  {
    id: 'es.imminent.veneno-comprado',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    near: { requires: String.raw`\b(?:hoy|esta\snoche|manana|en\sla\snoche|me\s(?:la|lo|las|los)\s(?:tomo|voy\sa\stomar|trago|bebo)|para\smi|lo\shago|para\shacerlo)\b`, excludes: String.raw`\b(?:milpa\sde|granero|bodega\sde\sgrano|costales|sembradio|fumigar\sel|para\sel\sgrano|para\sel\sfrijol\sde)\b`, before: 20, after: 80 },
    patterns: [String.raw`\b(?:ya\s)?(?:compre|consegui|tengo|traje)\s(?:(?:el|la|las|los|un|una)\s)?${POISON}\b`],
  },
  {
    id: 'es.active.pensando-como',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'self',
    patterns: [
      // "ando pensando cómo hacerlo", "busco en google formas de hacerlo", "he estado buscando cómo se hace con la cuerda"
      String.raw`\b(?:ando|estoy|sigo|he\sestado|me\sla\spaso)\s(?:pensando|viendo|investigando|buscando)\s(?:como|de\sque\sforma|la\sforma\sde|la\smanera\sde)\s(?:hacerlo|hacermelo|se\shace\scon\sla\s(?:cuerda|soga)|se\shace|acabar(?:lo)?|terminar(?:lo)?|matarme|irme)\b`,
      String.raw`\b(?:busco|buscando|busque|googlee|investigo)\s(?:en\s(?:google|internet|youtube|tiktok)\s)?(?:formas|maneras|metodos|como)\s(?:de\s)?hacerlo\b(?=[^\n]{0,60}?\b(?:borro|cierro|historial|nadie\ssepa|que\sno\s(?:vean|sepan))\b)`,
      String.raw`\b(?:busco|buscando|busque|investigando|leyendo)\s(?:como|cuanto|cuantas)\s(?:se\shace\scon\s(?:la|una)\s(?:cuerda|soga)|aguanta\sel\scuello|tarda\sen\smorir|pastillas\sse\snecesitan)\b`,
      String.raw`\bquisiera\s(?:tener|juntar)\s(?:el\svalor|los\shuevos|el\scoraje|la\sfuerza)\s(?:de|para)\shacerlo\b(?!\s(?:bien|mejor))`,
      String.raw`\b(?:sigo\s)?(?:sacando|hago|haciendo)\s(?:cuentas|calculos)\sde\scuant[ao]s\s(?:pastillas|pildoras|pastis)\b|\bme\spongo\sa\scontar\slas\s(?:pastillas|pildoras)\b(?=[^\n]{0,50}?\b(?:suficientes|alcanzan|alcanzarian|bastan|bastarian)\b)`,
      String.raw`\b(?:si\s)?(?:he|ha)\s(?:pensado|estado\spensando)\sen\s(?:hacerme\salgo|hacerme\sdano|quitarme|matarme|hacer\salguna\slocura\sconmigo)\b`,
      String.raw`\bse\s(?:exactamente\s)?(?:que|cuanto|cual)\s(?:funcionaria|me\sfuncionaria|bastaria|seria\ssuficiente)\s(?:y\s)?(?:lo\spienso|pienso\sen\seso)\b|\bse\sexactamente\sque\sfuncionaria\b`,
    ],
  },
  {
    id: 'es.active.mirando-el-medio',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'self',
    patterns: [
      // "me la paso viendo la viga del cuarto, usted sabe pa qué", "me descubro mirando las vigas del techo más de la cuenta",
      // "estuve un buen rato viendo los rieles del tren, pensando", "me la paso pensando en el puente"
      String.raw`\b(?:me\sla\spaso|me\sdescubro|me\squedo|me\sencuentro|ando|estuve\s(?:un\s(?:buen\s)?rato|horas)|me\spongo\sa|sigo)\s(?:viendo|mirando|pensando\sen|contemplando)\s(?:la|las|el|los)\s(?:viga|vigas|rieles|vias|barandal|cornisa|soga|mecate)\b(?:\s(?:del?|de\sla)\s[a-z]+)?(?=\s*(?:[.!?,;:]|$)|\s(?:mas\sde\sla\scuenta|usted\ssabe|pensando|y\spienso|tu\ssabes|por\sque|para\sque)\b)`,
      String.raw`\bme\sla\spaso\spensando\sen\sel\s(?:puente|balcon|tren|metro|precipicio|barranco|rio)\b(?=\s*(?:[.!?,;:]|$))`,
      String.raw`\b(?:ya\s)?tengo\subicad[oa]\s(?:el|la)\s(?:arbol|viga|rama|puente|lugar)\b(?=[^\n]{0,50}?\b(?:lo\spienso|pienso|nomas|solo|ya)\b)`,
      String.raw`\bno\sdejo\sde\spensar\sen\s(?:la|el)\s(?:pistola|arma|rifle|escopeta|soga|veneno)\s(?:que|del?)\b`,
      String.raw`\b(?:sigo\spensando|pienso)\sque\s(?:las|los|el|la)\s(?:pastillas|pildoras|pistola|arma|soga|veneno)\s(?:[a-z]+\s){0,3}?lo\s(?:resolverian|resolveria|arreglarian|arreglaria|acabarian|acabaria)\b`,
      String.raw`\b(?:ando|estoy|me\sla\spaso)\s(?:viendo|buscando|mirando)\svideos\sde\s(?:gente|personas)\sque\sse\s(?:avienta|avientan|tira|tiran|mata|matan|cuelga|cuelgan|suicida|suicidan)\b`,
    ],
  },
  {
    id: 'es.active.me-imagino-tirandome',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'self',
    patterns: [
      // "me imagino tirándome del balcón", "me veo aventándome al metro", "pienso en dar el volantazo"
      String.raw`\b(?:me\simagino|me\sveo|imaginandome|me\spongo\sa\simaginar(?:me)?)\s(?:(?:a\smi\smism[oa]|ya)\s)?(?:tirandome|aventandome|lanzandome|colgandome|ahorcandome|cortandome|disparandome|matandome|ahogandome)\b`,
      String.raw`\b(?:pienso|pensando|pense)\sen\s(?:dar\sel\svolantazo|soltar\sel\svolante|no\sfrenar)\b`,
      String.raw`\bsi\sme\s(?:tomo|trago)\s(?:todas|todos|todo)\s(?:las|los)\s(?:[a-z]+\s){0,3}?(?:${OWNER.slice(3, -3)}|pastillas\b)(?=[^\n]{0,40}?\bya\sno\s(?:sufro|sufriria|siento|despierto)\b)`,
    ],
  },
  {
    id: 'es.passive.ya-no-estar-indirecto',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, subject: 'self',
    patterns: [
      // "sería un alivio ya no estar aquí", "qué ganas de ya no estar", "le pido a Dios no amanecer", "lo que quiero es dormirme y no levantarme más"
      String.raw`\b(?:seria\sun\s(?:alivio|descanso|favor)|que\sganas\sde|ojala\spudiera|me\sgustaria)\s(?:ya\s)?(?:no\s(?:estar(?:\saqui)?|existir|despertar(?:me)?|amanecer)|dejar\sde\sestar)\b`,
      String.raw`\b(?:le\s)?pido\sa\sdios\s(?:que\s)?(?:(?:ya\s)?no\s(?:amanecer|despertar(?:me)?|amanezca|despierte)|me\slleve|que\sme\slleve)\b(?!\s(?:con\sbien|bien|sano|sana|sanos|sanas|con\scuidado|de\sregreso|a\s(?:mi|la|su)\s(?:casa|casita|destino|trabajo)|a\scasa)\b)`,
      String.raw`\b(?:quiero|queria|quisiera)\s(?:es|e)\s(?:dormirme|dormime|dormir)\sy\sno\s(?:levantarme|levantame|despertar(?:me)?|despertame)\b|\b(?:dormirme|dormime)\sy\sno\s(?:levantarme|levantame|despertarme|despertame)\s(?:mas|ma|nunca)\b`,
      String.raw`\b(?:ya\s)?me\sda\s(?:igual|lo\smismo)\ssi\s(?:vivo|estoy\sviv[oa])\so\s(?:me\smuero|muero|no)\b`,
      String.raw`\bsi\sme\s(?:atropellan|atropella|matan|pasa\salgo)\s(?:pues\s)?(?:ni\smodo|que\smas\sda)\s?,?\s(?:hasta\smejor|mejor)\b`,
      String.raw`\bsi\sno\sfuera\s(?:por|x)\s(?:[a-z]+\s){1,10}?ya\sno\s(?:estaria\saqui|estaria\sviv[oa]|estaria|existiria)\b`,
      String.raw`\b(?:la\svida)\sya\sno\stiene\s(?:chiste|sentido|caso)\b(?=[^\n]{0,40}?\bojala\s(?:se\sacabara|se\sacabe|ya\sse\sacabe|terminara)\b)|\bojala\s(?:ya\s)?se\s(?:acabara|acabe)\s(?:ya|todo|mi\svida)?\b(?<=\b(?:vida|vivir)\b[^\n]{0,60})`,
      String.raw`\b(?:mi\s(?:espos[oa]|familia|mama|papa|vieja|viejo|marido|mujer|hijos)|mis\s(?:hijos|papas|padres))\s(?:estaria|estarian|viviria|vivirian)\s(?:mejor|mas\stranquil[oa]s?)\ssin\s(?:tener\sque\s(?:cuidarme|aguantarme|mantenerme)|mi\b|mi\spresencia)`,
      String.raw`\bya\sno\squiero\sestar\salive\b|\bno\squiero\sestar\salive\b`,
    ],
  },
  {
    id: 'es.passive.quiero-irme-de-verdad',
    lang: 'es', tier: 'active', kind: 'die', wish: true, subject: 'self',
    patterns: [
      // "quiero irme, pero irme de verdad, no de viaje"
      String.raw`\bquiero\sirme\s?,?\s(?:pero\s)?irme\s(?:de\sverdad|para\ssiempre|en\sserio)\b`,
      String.raw`\birme\s(?:de\sverdad|para\ssiempre)\s?,?\sno\sde\s(?:viaje|vacaciones|paseo)\b`,
    ],
  },
  {
    id: 'es.history.lo-intente-hace-tiempo',
    lang: 'es', tier: 'history', kind: 'history', subject: 'self',
    patterns: [
      // "hace tiempo lo intenté", "a los 15 me tomé unas pastillas pero me llevaron al hospital", "me aventé de la azotea en 2015"
      String.raw`\bhace\s(?:tiempo|mucho|anos|mucho\stiempo|\d+\sanos)\slo\s(?:intente|trate)\b`,
      String.raw`\ba\slos\s\d{1,2}(?:\sanos)?\sme\s(?:tome|trague)\s(?:unas|unos|muchas|las|todas\slas|un\sfrasco\sde)\s(?:[a-z]+\s)?${PILLS_ES}\b`,
      String.raw`\b(?:una\s(?:vez|ve)|un\sdia)\s(?:me\s)?(?:tome|trague)\s(?:unas\s|muchas\s|las\s)?(?:pastilla|pastillas|pildoras|veneno)\s(?:cuando|despues)\b`,
      String.raw`\bme\s(?:avente|aviente|tire|lance)\s(?:de|del|desde)\s(?:la|el)\s(?:azotea|techo|puente|edificio|balcon|tercer\spiso|segundo\spiso)\s(?:en\s(?:19|20)\d\d|hace\s[a-z0-9]+\s(?:anos|meses)|cuando\s(?:tenia|era))\b`,
    ],
  },
];
