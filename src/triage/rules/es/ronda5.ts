import type { RuleSpec } from '../rule';

/**
 * Quinta ronda, por familias: al borde y del otro lado de la reja, "mañana ya no voy a estar" con un
 * tiempo dicho, irse con Dios con fecha, los arreglos de salida (el funeral pagado, las cosas queridas
 * regaladas, la despedida programada, las cartas dejadas), los medios guardados sin nombrarlos, la soga
 * ya colgada, rezar por no despertar (a Dios, a la Virgen), "si no amanezco, mejor", no tener por quién
 * vivir, el volantazo, morderse hasta sangrar, e intentos pasados dichos de pasada (Spanglish incluido).
 * Las variantes de SMS que el normalizador no repara ("toy", "ta", "x", "na") están en los patrones.
 */

const DAY = String.raw`(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)`;
/** A near time said as a time: "hoy", "mañana (temprano)", "el viernes", "este fin (de semana)", "esta madrugada". */
const WHEN = String.raw`(?:hoy|manana(?:\s(?:temprano|tempranito))?|pasado\smanana|esta\s(?:noche|madrugada|semana)|el\s${DAY}|este\s(?:${DAY}|fin(?:\sde\ssemana)?)|(?:despues|luego)\sdel?\s(?:${DAY}|fin\sde\ssemana|\d{1,2})|(?:pa|para)\sentonces)`;
const ESTOY = String.raw`(?:estoy|toy|ya\sestoy|ya\stoy|aqui\sestoy|ando)`;
const HIGH = String.raw`(?:azotea|techo|puente(?:\speatonal)?|cornisa|orilla|borde|barandal|edificio|ultimo\spiso|presa|acantilado|barranco|risco|mirador|balcon)`;
const BARRIER = String.raw`(?:reja|barandal|baranda|barandilla|malla|cerca|valla|pretil|muro|proteccion)`;
const PRAY = String.raw`(?:pido|pidiendo|pedia|ruego|rogando|rogaba|rezo|rezando|rezaba|suplico|suplicando)`;
const HOLY = String.raw`(?:dios|diosito|la\svirgen(?:cita)?|la\sguadalupana|el\ssenor|san\s[a-z]+|los\ssantos|el\scielo)`;

export const ES_RONDA5: readonly RuleSpec[] = [
  {
    id: 'es.imminent.al-borde',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // past the barrier: "ya estoy del otro lado de la reja", "me pasé del barandal", "me brinqué la malla del puente"
      String.raw`\b${ESTOY}\s(?:(?:parad[oa]|sentad[oa]|agarrad[oa])\s)?(?:del|al|por\sel)\sotro\slado\s(?:de\s(?:la|el)|del)\s${BARRIER}\b`,
      String.raw`\b(?:ya\s)?me\s(?:pase|brinque|salte|trepe|sali)\s(?:del|el|la|al\sotro\slado\sde(?:l|\sla)|por\sencima\sde(?:l|\sla))\s?${BARRIER}\b(?<=\b${HIGH}\b[^\n]{0,160})`,
      // up high and not coming down: "toy en la azotea y no pienso bajar", "en la orilla del río y no me voy a regresar"
      String.raw`\b${ESTOY}\s(?:(?:parad[oa]|sentad[oa]|trepad[oa]|subid[oa]|arriba)\s)?(?:en|sobre|arriba\sde|hasta\sarriba\sde)\s(?:el|la)\s${HIGH}\b[^\n]{0,80}?\bno\s(?:pienso|voy\sa|me\svoy\sa|quiero)\s(?:bajar(?:me)?|regresar(?:me)?|volver|salir\sde\saqui)\b(?!\s(?:hasta|sin|todavia|aun|pronto|temprano|a\s(?:comer|trabajar)))`,
    ],
  },
  {
    id: 'es.imminent.si-suben',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    near: { requires: String.raw`\b(?:${HIGH}|arriba|aqui\sarriba|alla\sarriba)\b`, before: 120, after: 40 },
    patterns: [
      // "estoy arriba del techo y si alguien sube me aviento"
      String.raw`\bsi\s(?:alguien|alguno|ustedes|la\spolicia|la\spoli|mi\s[a-z]+)\s(?:se\s)?(?:sube|suben|viene|vienen|acerca|acercan|intenta\sbajarme|llega|llegan|me\sagarra|me\squiere\sbajar)\s?,?\sme\s(?:aviento|tiro|lanzo|suelto|dejo\scaer|avento)\b`,
    ],
  },
  {
    id: 'es.imminent.ya-no-voy-a-estar',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self', negatable: false,
    patterns: [
      // a time and the absence, said as the end: "pa entonces ya no voy a estar en este mundo", "mañana ya no amanezco"
      String.raw`\b${WHEN}\s(?:yo\s)?ya\sno\s(?:voy\sa\sestar|estare|estoy|toy)\s(?:en\seste\smundo|viv[oa]|(?:pa|para)\s(?:pagar|ver|contarlo|nada|cuando)|(?:pa|para)\s(?:pagar|ver)\snada)\b`,
      String.raw`\b${WHEN}\s(?:yo\s)?ya\sno\s(?:amanezco|despierto|voy\sa\samanecer|voy\sa\sdespertar|amanecere|despertare)\b`,
    ],
  },
  {
    id: 'es.prep.ya-no-voy-a-estar',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self', needsContext: true, negatable: false,
    patterns: [
      // said bare, the same absence needs a second signal: "el viernes ya no voy a estar." / "mañana ya no toy"
      String.raw`\b${WHEN}\s(?:yo\s)?ya\sno\s(?:voy\sa\sestar|estare|estoy|toy)\b(?=\s*(?:[.!]|$))`,
      // the time said alone, closing a thought: "esta madrugada es.", "es hoy."
      String.raw`\b(?:esta\s(?:madrugada|noche)|hoy|manana|el\s${DAY})\ses\b(?=\s*(?:[.!]|$))|(?:^|[.!?,;]\s?)es\s(?:hoy|esta\snoche|esta\smadrugada|manana)\b(?=\s*(?:[.!]|$))`,
      // "este fin de semana me voy." closing the message
      String.raw`\b${WHEN}\s(?:ya\s)?me\s[bv]oy\b(?=\s*(?:[.!]|$))`,
    ],
  },
  {
    id: 'es.imminent.me-voy-con-dios',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // going to God with a date: "mañana tempranito me voy con Diosito, ya lo decidí", "hoy me voy con Dios"
      String.raw`\b${WHEN}\s(?:ya\s)?me\s(?:voy|ire|reuno)\scon\s(?:dios|diosito|el\ssenor|mi\sdios|tata\sdios)\b(?!\s(?:a\s|al\s|a\sla|de\s|en\s|y\s(?:con|mi)))`,
      // "que Dios me perdone lo que voy a hacer esta noche"
      String.raw`\b(?:que\s)?(?:dios|diosito|el\ssenor|la\svirgen)\sme\sperdone\s(?:por\s)?(?:lo\sque|esto\sque)\s(?:voy\sa\shacer|estoy\spor\shacer|estoy\sa\spunto\sde\shacer|les\svoy\sa\shacer)\b(?![^.!?\n]{0,40}?\b(?:me\svoy\sa\s(?:cambiar|mudar|ir\sa\svivir|casar)|renunci[a-z]+|cambiar\sde\strabajo|comer|dieta)\b)`,
      // "me voy al dique y no vuelvo", "me voy pal río y no regreso"
      String.raw`\bme\s[bv]oy\s(?:al|a\sla|a\slas|pal|pa\sla|para\sel|para\sla)\s(?:dique|presa|puente|rio|mar|vias|barranca|acantilado|mirador|risco|lago)\s(?:[a-z]+\s){0,2}?y\sno\s(?:vuelvo|regreso|salgo|volvere|regresare|voy\sa\s(?:volver|regresar|salir))\b(?=\s*(?:[.!?,;]|$))`,
    ],
  },
  {
    id: 'es.prep.arreglos-r5',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self', needsContext: true,
    near: {
      excludes: String.raw`\b(?:emocionad[oa]s?|que\s(?:nervios|emocion)|de\svacaciones|el\sviaje|mi\sviaje|la\sboda|la\sfiesta|la\smudanza|me\smudo|me\scambio|cumpleanos|jubil[a-z]+|soltera|soltero|graduacion)\b`,
      before: 80, after: 80,
    },
    patterns: [
      // the funeral and the bills paid ahead, everything put in someone's name
      String.raw`\b(?:ya\s)?(?:pague|deje\spagad[oa]|tengo\spagad[oa]|compre|contrate)\s(?:mi|el)\s(?:funeral|entierro|velorio|cremacion|ataud|lote\sen\sel\spanteon|nicho)\b|\b(?:deje|dejo|ya\sdeje)\spagad[oa]s?\s(?:la|el|las|los|toda\sla|todas\slas)\s(?:renta|luz|telefono|cuentas|deudas|tarjetas)\b`,
      String.raw`\bpuse\s(?:todo|la\scasa|el\scarro|la\scuenta|mis\scosas)\sa\snombre\sde\s(?:mi|mis)\s[a-z]+\b|\bmi\sultima\svoluntad\s(?:es|seria|sera)\b`,
      // treasured things given away: "ya regalé mi guitarra y mi ropa", "le di mis anillos a mi hija"
      String.raw`\b(?:ya\s)?(?:(?:le|les)\s)?(?:regale|di|reparti|deje|entregue)\s(?:mi|mis)\s(?:guitarra|anillos?|ropa|cadena|cadenita|reloj|joyas|herramientas|tenis|consola|moto|libros|medallas|placas|uniforme|coleccion)\s(?:y\s(?:mi|mis|la|el)\s[a-z]+|a\s(?:mi|mis)\s[a-z]+)\b`,
      // the goodbye programmed or written: "dejé programado el post de despedida", "les escribí sus cartas a mis hijos", "la carta ta en la mesa"
      String.raw`\b(?:deje\s|tengo\s|ya\s)?program(?:e|ado|ada)\s(?:el|un|mi|la|una)\s(?:post|mensaje|correo|mail|tweet|video|audio|publicacion|carta)\s(?:de\sdespedida|(?:pa|para)\s(?:mi|mis|el|la)\s[a-z]+\s(?:pa|para)\s(?:el|las|la|manana))\b`,
      String.raw`\b(?:(?:le|les)\s)?(?:escribi|deje)\s(?:sus|unas|las|mis)\scartas\s(?:a|para|pa)\s(?:mi|mis)\s[a-z]+\b|\bla\s(?:carta|nota)\s(?:ta|esta|quedo|la\sdeje)\s(?:en|sobre)\s(?:la|el|mi)\s(?:mesa|cama|comoda|buro|escritorio|cocina|refri)\b`,
      String.raw`\bme\sdespedi\s(?:del|de\smi|de\smis|de\slos)\s(?:perr[oa]s?|gat[oa]s?|mascotas?|caballo)\b|\b(?:les\s)?deje\sdicho\sa\s(?:mi|mis)\s[a-z]+\s(?:que|q)\scuiden\b`,
      // the means kept without naming them: "tengo guardado lo que compré en la ferretería", "he apartado lo que necesito"
      String.raw`\b(?:ya\s)?(?:tengo|he)\s(?:guardado|apartado|juntado|escondido)\slo\sque\s(?:voy\sa\s(?:tomar|usar|tragar)|necesito|ocupo|compre\sen\s(?:la|el)\s[a-z]+)\b`,
      // the stash taken without naming it: "el domingo me tomo lo que tengo guardado"
      String.raw`\bme\s(?:tomo|trago|voy\sa\s(?:tomar|tragar)|tomare|tragare|pienso\s(?:tomar|tragar))\s(?:todo\s)?lo\sque\s(?:tengo|he|tenia|llevo)\s(?:guardado|apartado|juntado|escondido|ahorrado)\b`,
      // affairs put in order: the will left with the notary, the pet placed with someone ("el perrito con mi comadre")
      String.raw`\bel\stestamento\s(?:ya\s)?(?:esta|quedo|lo\sdeje)\s(?:con|en)\s(?:el|la|mi)\s(?:notario|notaria|abogad[oa])\b|\b(?:el|la|mi)\s(?:perr(?:o|ito|a|ita)|gat(?:o|ito|a|ita)|mascota)\s(?:ya\s)?(?:(?:se\s)?(?:queda|quedo|va|se\sva)\s)?con\s(?:mi|mis)\s(?:comadre|compadre|herman[oa]|vecin[oa]|hij[oa]|tia|tio|prim[oa]|mama|madre|amig[oa])\b`,
      String.raw`\b(?:hoy|esta\snoche|ahorita)\ssi\slo\s(?:uso|hago|ocupo|tomo)\b|\bno\sse\ssi\s(?:espere|esperar|esperarme)\s(?:a|hasta)\s(?:manana|la\snoche|el\s${DAY})\so\b`,
      // the day decided and the plan worked out: "ya decidí que va a ser en mi cumpleaños", "he elegido el día"
      String.raw`\b(?:lo\spienso|lo\she\spensado|pensando\scomo)\s[^\n]{0,40}?\bya\s(?:decidi|lo\sse|lo\ssupe|lo\stengo)\b|\b(?:he|ya)\s(?:elegido|escogido|elegi|escogi)\sel\sdia\b`,
      String.raw`\bya\slo\stengo\s(?:todo\s)?decidido\s(?:pa|para)\s(?:este|esta|el|hoy|manana)\b|\btengo\scon\s(?:que|q)\b(?=\s*(?:[.!?]|$))`,
      // everything ready, the wait: "tengo todo listo en el baño", "nomás espero q se duerman todos", "antes de q se levante mi mamá"
      String.raw`\b(?:ta|esta|tengo)\s(?:to|todo)\slisto\b(?=\s*(?:[.!?,;]|$)|\sen\sel\s(?:bano|cuarto|garaje|carro|coche|sotano|patio))|\b(?:nomas|solo|nada\smas)\s(?:espero|estoy\sesperando)\s(?:a\s)?(?:que|q)\sse\s(?:duerman|duerma|vayan|vaya)\b`,
      String.raw`\bantes\sde\s(?:que|q)\sse\s(?:levante|despierte|levanten|despierten)\s(?:mi|mis)\s[a-z]+\b(?=\s*(?:[.!?]|$))|\bno\sle\s(?:digan|cuenten)\s(?:na|nada)\sa\s(?:mi\s)?[a-z]+\shasta\sdespues\b`,
      String.raw`\bya\sno\sme\s(?:van|vas|vuelven)\sa\s(?:volver\sa\s)?ver\b(?=\s*(?:[.!]|$))|\b(?:la|una)\s(?:cuerda|soga|pistola|navaja),\s(?:la|una)\scarta\b`,
      // the dead husband met on a date: "el sábado me reúno con mi viejo"
      String.raw`\b${WHEN}\s(?:ya\s)?me\s(?:reuno|voy)\scon\smi\s(?:viejo|vieja|difunt[oa]|esposo|esposa|hij[oa]|mama|papa|ama|apa)\b(?=\s*(?:[.!?,;]|$))`,
      // the cover story taken half back: "cree que me voy de viaje. en cierto modo sí"
      String.raw`\b(?:cree|creen|piensa|piensan)\s(?:que|q)\sme\s[bv]oy\sde\sviaje\b(?=[^\n]{0,30}?\ben\scierto\s(?:modo|sentido)\b)`,
    ],
  },
  {
    id: 'es.imminent.lo-pienso-ya-decidi',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    near: { excludes: String.raw`\b(?:boda|fiesta|viaje|cita|mudanza|examen|carne\sasada|reunion|pastel|vacaciones|cambio)\b`, before: 60, after: 60 },
    patterns: [
      // the thought, then the date decided: "casi todas las noches lo pienso y ya decidí que va a ser en mi cumpleaños"
      String.raw`\blo\s(?:pienso|he\spensado|vengo\spensando|ando\spensando)\s(?:[a-z]+\s){0,6}?ya\s(?:decidi|lo\sdecidi|tengo\sdecidido)\s(?:(?:que|q)\s)?(?:va\sa\sser|sera|lo\shago|lo\svoy\sa\shacer)\s(?:el|en|este|esta|hoy|manana|pa|para)\b`,
    ],
  },
  {
    id: 'es.imminent.despedida-programada',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    near: { excludes: String.raw`\b(?:soltera|soltero|jubil[a-z]+|chamba|trabajo|oficina|companer[oa]s?|escuela|equipo|ultimo\sdia|me\smudo|me\scambio|graduacion|temporada)\b`, before: 80, after: 80 },
    patterns: [
      // a goodbye set to go out later: "dejé programado el post de despedida pa las 12"
      String.raw`\bprogram(?:e|ado|ada|ados|adas)\s(?:el|un|mi|la|una|los|mis)\s(?:post|mensaje|mensajes|correo|correos|mail|tweet|video|audio|publicacion|carta|cartas)\sde\sdespedida\b(?!\s(?:de|del|para\sel|pa\sel)\s)`,
    ],
  },
  {
    id: 'es.imminent.soga-colgada',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    near: { excludes: String.raw`\b(?:ropa|tender|tendedero|hamaca|columpio|pinata|lona|toldo|foquitos|luces|adorno|caballo|vaca|becerro|rodeo|jaripeo)\b`, before: 60, after: 60 },
    patterns: [
      // "ya colgué la soga en el corral", "tengo el lazo listo en el palo de mango"
      String.raw`\bya\s(?:colgue|amarre|ate|puse)\s(?:la|el)\s(?:soga|cuerda|lazo|mecate)\b|\b(?:tengo|ta|esta)\sel\s(?:lazo|mecate)\s(?:listo|colgado|amarrado|puesto)\b`,
    ],
  },
  {
    id: 'es.imminent.despedida-cuiden',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // "cuídenme a mi mamá porfa, yo ya no voy a poder"
      String.raw`\bcuiden(?:me)?\s(?:a|de)\s(?:mi|mis)\s[a-z]+\s?,?\s(?:(?:porfa|por\sfavor|porfis|plis)\s?,?\s)?(?:yo\s)?ya\sno\s(?:voy\sa\spoder|voy\sa\sestar|estare)\b`,
    ],
  },
  {
    id: 'es.imminent.pills-spanglish',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', pastIsAct: true, escalates: true,
    patterns: [
      // "ya me tragué like todas las pills que tenía"
      String.raw`\bme\s(?:trague|tome|meti|empine)\s(?:like\s|como\s|tipo\s)?(?:todas\slas|all\sthe|all\smy|toda\sla|un\smonton\sde|un\sputo\smonton\sde|un\schingo\sde)\s(?:pills|pastis|meds|pastillas|pildoras)\b`,
    ],
  },
  {
    id: 'es.passive.no-despertar-r5',
    lang: 'es', tier: 'passive', kind: 'passive', subject: 'self', wish: true, negatable: false,
    patterns: [
      // praying not to wake: "le pido a la Virgen q no me deje despertar", "me acuesto pidiendo no amanecer", "que me lleve mientras duermo"
      String.raw`\b(?:le\s)?${PRAY}\sa\s${HOLY}\s(?:(?:que|q)\s)?(?:ya\s)?(?:no\sme\sdeje\s(?:despertar|amanecer|vivir\smas|ver\sotro\sdia)|no\s(?:despertar|amanecer|amanezca|despierte)|me\s(?:lleve|llevara|recoja|recogiera)(?:\smientras\sduermo|\sya|\spronto|\sde\suna\svez|\scon\sel)?(?=\s*(?:[.!?,;]|$)|\sya\b|\smientras\b|\sde\suna\b|\spronto\b))`,
      String.raw`\bme\s(?:acuesto|duermo|voy\sa\sdormir)\s${PRAY}\s(?:(?:que|q)\s)?(?:ya\s)?no\s(?:amanecer|despertar(?:me)?|amanezca|despierte|volver\sa\sdespertar)\b`,
      String.raw`\b(?:desear|deseo|deseando|desearia)\s(?:ya\s)?no\s(?:despertar(?:me)?|amanecer)\b(?!\s(?:a\s|al\s|temprano|tarde|cansad|con\s))`,
      // sleep and not wake, said as good: "estaría bien dormirme y no despertar nunca más", "si no me despierto mañana, mejor"
      String.raw`\b(?:estaria|seria)\s(?:bien|bueno|lindo|rico|padre|chido|un\salivio|un\sdescanso|lo\smejor)\s(?:dormir(?:me)?|acostarme)\sy\sno\s(?:despertar(?:me)?|amanecer|levantarme)\b`,
      String.raw`\bsi\s(?:(?:manana|hoy)\s)?no\s(?:me\s)?(?:despierto|amanezco|despertara|amaneciera)(?:\s(?:manana|mas|nunca))?\s?,?\s(?:(?:pues|ya|seria|mucho|que)\s)?(?:mejor(?:\sasi|\spara\stodos)?|que\sbueno|que\salivio|ojala|tanto\smejor|un\salivio|un\sfavor)\b(?=\s*(?:[.!?,;]|$))`,
      // angry to have woken, why wake another day: "me da coraje haber despertado", "pa q amanecer otro día igual"
      String.raw`\b(?:coraje|rabia|tristeza|pena|lastima|enojo|bronca|me\sduele|me\senoja|me\sfrustra)\s(?:de\s)?haber\s(?:despertado|amanecido|sobrevivido|abierto\slos\sojos)\b(?!\s(?:tan\s)?(?:tarde|temprano|a\slas|con|sin|en))`,
      String.raw`\b(?:pa|para)\s(?:que|q)\s(?:quiero\s)?(?:amanecer|despertar(?:me)?)\s(?:otro\sdia|un\sdia\smas|otra\svez|de\snuevo|manana)\b`,
      String.raw`\b(?:ya\s)?(?:pa|para)\s(?:que|q)\s(?:vivo|sigo\sviv[oa]|sigo\saqui)\b(?!\s(?:en|aqui|aca|alla|con|cerca|lejos|sol[oa]|de\s|tan))`,
      // God taking me welcomed: "si Dios me recogiera esta noche no me quejaría"
      String.raw`\bsi\s(?:dios|diosito|el\ssenor|la\smuerte|la\shuesuda|la\sflaca)\sme\s(?:recogiera|llevara|llamara|recoge|lleva|llama)\s(?:(?:esta\snoche|hoy|manana|ya|pronto|dormid[oa])\s)?,?\s?(?:no\sme\s(?:quejaria|opondria|quejo|molestaria|enojaria)|feliz|con\sgusto|estaria\sbien|mejor)\b`,
    ],
  },
  {
    id: 'es.passive.sin-por-quien',
    lang: 'es', tier: 'passive', kind: 'passive', subject: 'self', negatable: false,
    patterns: [
      // "no tengo x quién vivir", "ya no me queda por quién seguir"
      String.raw`\b(?:ya\s)?no\s(?:tengo|me\squeda|hay)\s(?:nadie\s)?(?:x|por|pa|para)\squien\s(?:vivir|seguir(?:\saqui|\sviviendo|\sluchando|\sadelante)?|luchar|levantarme)\b`,
      // "si me muriera les haría un favor a todos"
      String.raw`\bsi\s(?:yo\s)?(?:me\smuriera|me\smuero|muero|muriera|desapareciera|no\sestuviera|me\sfuera\spara\ssiempre)\s?,?\s(?:les|le|te)\s(?:haria|hago|haria\sa\stodos)\sun\s(?:favor|bien)\b|\b(?:les|le)\s(?:haria|hago)\sun\s(?:favor|bien)\s(?:a\s(?:todos|mi\s[a-z]+)\s)?si\s(?:yo\s)?(?:me\smuriera|me\smuero|muero|muriera|desapareciera|no\sestuviera)\b`,
      // "mis hijos estarían mejor con el dinero del seguro que conmigo"
      String.raw`\b(?:estarian|estaria|vivirian|viviria)\smejor\scon\s(?:el\sdinero\sdel\sseguro|el\sseguro|mi\sseguro|lo\sdel\sseguro|la\sherencia|mi\spension)(?:\sde\svida)?\s(?:que\sconmigo|que\scon\smigo|que\sconmigo\saqui|sin\smi)\b`,
      // "me da igual si me pega un carro"
      String.raw`\bme\s(?:da|daria)\s(?:igual|lo\smismo)\s(?:vivir\so\smorir(?:me)?|morir(?:me)?\so\svivir|estar\sviv[oa]\so\smuert[oa]|si\svivo\so\s(?:si\s)?(?:me\s)?muero)\b`,
      String.raw`\bme\s(?:da|daria)\s(?:igual|lo\smismo)\ssi\sme\s(?:pega|atropella|mata|arrolla|choca|lleva|aplasta)\s(?:un|una|el|la)\s(?:carro|coche|camion|trailer|bus|tren|moto|auto|troca)\b`,
    ],
  },
  {
    id: 'es.direct.volantazo',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', negatable: false,
    patterns: [
      // "pienso que sería fácil dar el volantazo y acabar ya"
      String.raw`\b(?:dar\s(?:el|un)\svolantazo|soltar\sel\svolante|cerrar\slos\sojos\sal\svolante|meterme\sal\scarril\scontrario|pasarme\sal\scarril\scontrario)\s(?:[a-z]+\s){0,3}?y\s(?:acabar(?:\scon\stodo|\sya|\sde\suna\svez)?|terminar(?:\scon\stodo)?|que\sse\sacabe|ya|no\ssentir\snada)\b(?=\s*(?:[.!?,;]|$))`,
    ],
  },
  {
    id: 'es.direct.buscar-formas-r5',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self',
    patterns: [
      // "en las noches me pongo a buscar en internet formas de morirme"
      String.raw`\b(?:me\spongo\sa|me\spuse\sa|me\sla\spaso|suelo|sigo|empece\sa|vuelvo\sa)\s(?:buscar|buscando|googlear|googleando|investigar|investigando)\s(?:(?:en\s(?:internet|google|youtube|tiktok|el\scelular)|en\sla\snoche)\s)?(?:formas|maneras|metodos|como)\s(?:(?:de|faciles\sde|rapidas\sde|sin\sdolor\sde|para)\s)?(?:morir(?:me)?|matarme|suicidarme|quitarme\sla\svida)\b`,
    ],
  },
  {
    id: 'es.selfharm.hasta-sangrar-r5',
    lang: 'es', tier: 'active', kind: 'selfharm', subject: 'self',
    patterns: [
      // "llevo semanas mordiéndome las manos hasta q sangran"
      String.raw`\b(?:mordiendome|rascandome|pegandome|golpeandome|arrancandome|pellizcandome|aranandome|rasguandome|me\smuerdo|me\srasco|me\sarano|me\spellizco|me\sarranco|me\smordi|me\srasque)\s(?:los|las|el|la|mis|mi)\s(?:manos|mano|brazos|brazo|piernas|pierna|piel|dedos|munecas|muslos|cara|labios\shasta\sque\sme)\shasta\s(?:que|q)\s(?:sangran|sangra|me\ssangran|me\ssangra|sale\ssangre|salga\ssangre|sangren|sangre)\b`,
    ],
  },
  {
    id: 'es.history.r5',
    lang: 'es', tier: 'history', kind: 'history', subject: 'self',
    patterns: [
      // the screening answer told: "si me pregunta si alguna vez lo intenté: sí, en 2015"
      // (the answer is left outside the match, where the reported-question modifier reads it)
      String.raw`\balguna\svez\slo\s(?:intente|he\sintentado|intentaste|ha\sintentado)\b(?=\s?[:?,.]?\s(?:si|sip|simon|una\svez|dos\sveces)\b(?!\s(?:la|el|con|pero\sno\sfunciono)))`,
      // "una vez me tomé unas pastillas, hace mucho"
      String.raw`\buna\svez\sme\s(?:tome|trague|bebi)\s(?:unas|muchas|un\smonton\sde|todas\slas|un\sfrasco\sde|las)\s(?:pastillas|pildoras|medicinas|calmantes)\b(?!\s(?:para|pa|de|contra)\s)`,
      // Spanglish: "tuve un attempt cuando tenía 19"
      String.raw`\b(?:tuve|hice|he\stenido|tengo)\s(?:un|an|a|one|dos|two|\d)\s(?:suicide\s)?attempts?\b`,
      // an act passed off as an accident: "les dije que fue un accidente pero no fue"
      String.raw`\b(?:les|le)\s(?:dije|conte|hice\screer)\s(?:a\s(?:mi\s|mis\s|la\s|el\s|los\s|las\s)?[a-z]+\s)?que\s(?:fue|habia\ssido)\s(?:un\s)?accidente\s?[,.;]?\s?(?:pero\s)?no\s(?:fue|lo\sfue|fue\sasi)\b`,
      // a stomach pumped is an overdose told by its treatment, unless food or an infection caused it
      String.raw`\bme\s(?:lavaron\sel\sestomago|hicieron\s(?:un\s)?lavado\s(?:de\sestomago|gastrico))\b(?![^.!?\n]{0,40}\b(?:intoxicacion|comida|mariscos|infeccion|alergia|bacteria|salmonela)\b)`,
      // a past wish not to be, told as past: "pensaba que era mejor no estar"
      String.raw`\b(?:pensaba|pense|sentia|senti|creia|crei)\sque\s(?:seria|era)\smejor\s(?:no\sestar|no\sexistir|estar\smuert[oa]|morirme|no\shaber\snacido|desaparecer)\b`,
    ],
  },
];
