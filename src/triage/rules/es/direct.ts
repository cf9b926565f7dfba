import type { RuleSpec } from '../rule';
import { KILL_IDIOM, KILL_INF, PILLS_ES, QUANT_ES } from './lexicon';

/**
 * Spanish direct statements about killing oneself. The first person is in the clitic ("matarme",
 * "me mato"), so most of these need no subject check; "se mató" (someone else) never matches.
 */
const STANCE_ES = String.raw`(?:quiero|queria|quise|quisiera|[bv]oy\sa|iba\sa|acabo\sde|pienso|pensaba|puedo|podria|deberia|debo|tengo\sque|gustaria|(?:dan|daban|dieron|entran|entraron|van\sa\sdar)\sganas\sde|intente|trate\sde|he\sintentado|estoy\spensando\sen|estaba\spensando\sen|andaba\squeriendo|ando\squeriendo|estoy\squeriendo|sigo\squeriendo|planeo|decidi|necesito)`;

/**
 * "me mato" without the accent is also "me mató" (it killed me): "ya me mató este formulario jaja", "esa
 * pregunta me mató". An inanimate subject right before (with its article, outside an "if" clause: "si
 * me corren del trabajo me mato" is a threat) or right after is the idiom. Laughter alone is not:
 * "si repruebo me mato jaja" is dark humour about killing oneself, which routes like "kms lol".
 * Never "día"/"semana": "me mato esta semana" is a threat with a time.
 */
const INANIMATE = String.raw`(?:formulario|cuestionario|pregunta|preguntas|encuesta|examen|calor|frio|trafico|trabajo|jefe|jefa|chamba|tarea|tareas|clase|papeleo|tramite|tramites|fila|cola|partido|chiste|video|meme|comida|picante|gym|gimnasio|entrenamiento|cruda|resaca|desvelo|pagina|sistema|app|esto|eso|lista|test|quiz|prueba|cuenta|factura|renta|caminata|subida|escalera|escaleras|rutina|serie|capitulo|final|novela|cancion|pelicula)`;
const MATO_IDIOM = String.raw`(?<!(?<!\bsi\s[^.!?,\n]{0,60})\b(?:(?:el|la|los|las|este|esta|estos|estas|ese|esa|esos|esas|mi|mis|tanto|tanta|tantas|tantos|su|sus)\s(?:[a-z]+\s)?${INANIMATE}(?:\s(?:de|del)\s(?:(?:la|el|los|las|mi|mis|hoy|ayer|anoche|esta|este)\s)?[a-z]+)?|esto|eso)\s(?:(?:ya|casi|si|de\sverdad|literal|literalmente|bien)\s)?me\smato)(?!\s(?:(?:ya|casi)\s)?(?:(?:este|esta|estas|estos|ese|esa|esos|esas|el|la|los|las|tanto|tanta|tantas|tantos|con\s(?:el|la|los|las|este|esta|tanto|tanta|tantas))\s)?${INANIMATE}\b)`;

export const ES_DIRECT: readonly RuleSpec[] = [
  {
    id: 'es.direct.matarme',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'adjacent',
    patterns: [
      String.raw`\b(?<!amenaz[a-z]*\scon\s|amenaz[a-z]*\sde\s)\b(?:matar|suicidar|colgar|ahorcar|envenenar|disparar|degollar|apunalar|acuchillar)me\b${KILL_IDIOM}`,
      String.raw`\b(?:pienso\sen|quiero|ganas\sde|voy\sa|[bv]oy\sa|pense\sen|pensando\sen|a\spunto\sde)\s(?:tirarme|aventarme|lanzarme|arrojarme)(?=\s*(?:[.!?,;]|$)|\s(?:ya|ahora|ahorita|y\b|otra\svez))`,
      String.raw`\bquitarme\s(?:la\s)?vida\b|\bquitarme\s(?:de\sen\smedio|del\smedio)\b`,
      String.raw`\b(?:tirar|aventar|lanzar|arrojar|botar)me\s(?:de|del|desde|por|al|a\s(?:la|las|los|un|una)|bajo|frente\sa|enfrente\sde)\s(?:(?:un|una|el|la|los|las|este|esta|ese|esa|mi)\s)?(?:[a-z]+\s)?(?:puente|edificio|balcon|ventana|azotea|techo|metro|tren|vias|via|carretera|camion|carros?|coches?|autos?|trailers?|camiones|trafico|precipicio|barranco|acantilado|rio|mar|piso(?<=\b(?:de|del|desde)\s(?:[a-z]+\s){0,3}piso)|trailer|carro|auto|coche|bus|autobus|cornisa|barranca|risco|presa|pozo|periferico|autopista)\b`,
      String.raw`\b(?:pegar|dar|meter)me\s(?:un\s(?:tiro|balazo|plomazo|plomo|escopetazo))\b|\bvolarme\s(?:la\scabeza|los\sesos|la\stapa\sde\slos\sesos)\b`,
      String.raw`\bcortarme\s(?:las\svenas|el\scuello|la\sgarganta|las\smunecas)\b|\bahogarme\s(?:en\sel\s(?:rio|mar|lago)|a\sproposito)\b`,
    ],
  },
  {
    id: 'es.direct.me-quiero-matar',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'adjacent',
    patterns: [
      String.raw`\bme\s${STANCE_ES}\s(?:(?:ya|de\suna\svez|mejor|hoy|esta\snoche|solo|nomas|casi|a)\s){0,2}(?<core>${KILL_INF})\b${KILL_IDIOM}`,
      String.raw`\bme\s(?:[bv]oy\sa|quiero|iba\sa|(?:dan|daban)\sganas\sde|pienso)\s(?<core>tirar|aventar|lanzar|arrojar)(?=\s*(?:[.!?,;]|$)|\s(?:ya|ahora|ahorita|y\b|otra\svez))`,
    ],
  },
  {
    id: 'es.direct.me-mato',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'adjacent', tenseInCore: true,
    // someone else strangling the writer: "una vez me ahorcó hasta que me desmayé"
    near: { excludes: String.raw`\bhasta\sque\sme\s(?:desmaye|desmayara|desvaneci|quede\ssin\s(?:aire|respirar)|solto)\b`, before: 0, after: 40 },
    patterns: [
      String.raw`\bme\s(?<core>mato${MATO_IDIOM}|suicido|cuelgo|ahorco|disparo|envenen[oe]|quito\sla\svida|mate|suicide|colgue|ahorque|dispare|quite\sla\svida|mataria|matara|matare|suicidaria|suicidare|colgaria|ahorcaria|tiraria|aventaria|(?:hubiera|habria|hubiese)\s(?:matado|suicidado|quitado\sla\svida|colgado|ahorcado|aventado|tirado)(?<!\bojala\b[^.!?,\n]{0,40})|(?:doy|pego|meto|di|pegue|meti)\sun\s(?:tiro|balazo|plomazo)|vuelo\s(?:la\scabeza|los\sesos)|(?:tiro|aviento|lanzo|tire|avente|lance)\s(?:de|del|desde|por|al|a\sla|a\slas)\s(?:(?:un|una|el|la|los|las)\s)?(?:[a-z]+\s)?(?:puente|edificio|balcon|ventana|azotea|techo|metro|tren|vias|carretera|precipicio|barranco|acantilado|rio|mar|piso(?<=\b(?:de|del|desde)\s(?:[a-z]+\s){0,3}piso)|periferico))\b${KILL_IDIOM}(?!\s(?:en\s(?:la|el|una|un)\s(?:moto|carro|coche|auto|accidente|bici|bicicleta|carretera|escalera)|cuando\s(?:me\scai|choque)|al\s(?:caer|manejar)|manejando|cayendome))`,
    ],
  },
  {
    id: 'es.direct.acabar',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:quiero|queria|quisiera|voy\sa|iba\sa|pienso|pense\sen|pienso\sen|tengo\sganas\sde|ganas\sde|deseo|necesito|debo|deberia|podria|puedo|intente|trate\sde|he\spensado\sen|estoy\spensando\sen|no\s(?:paro|dejo)\sde\spensar\sen|pienso\s(?:todo\sel\sdia|mucho|siempre)\sen(?:\scomo)?|pienso\sen\scomo|planeo|decidi|solo\squiero|nomas\squiero|ya\squiero|me\sdan\sganas\sde|estoy\sa\spunto\sde|temo|tengo\smiedo\sde)\s(?:(?:ya|mejor|de\suna\svez|hoy|esta\snoche)\s){0,2}(?<core>acabar\scon\s(?:mi\svida|todo|mi\sexistencia|mi\ssufrimiento\sde\suna\svez)|(?:acabar|terminar)\s(?:de\suna\svez\s)?conmigo(?:\smism[oa])?|terminar\scon\s(?:mi\svida|todo|mi\sexistencia)|(?:hacer|cometer)\suna\s(?:locura|tonteria|estupidez|pendejada)|(?:irme|pirarme|largarme|marcharme)\sde\seste\smundo|dejar\seste\smundo|quitarme\sdel\smedio)\b(?!\s(?:lo\sde|lo\sdel|el\stramite|los\stramites|de\sla\sdeuda|esto\sdel|el\sdivorcio|la\srelacion))`,
      String.raw`\b(?:acabar|terminar)\scon\smi\s(?:propia\s)?vida\b`,
      // "acabar conmigo mismo", "terminar de una vez conmigo misma" (the reflexive makes it first person)
      String.raw`\b(?:acabar|terminar)\s(?:de\suna\svez\s)?conmigo\smism[oa]\b|\bacabar\sde\suna\svez\sconmigo\b`,
      String.raw`\b(?:pienso|pensando|pense|pensar|imagino)\s(?:(?:mucho|siempre|todo\sel\stiempo)\s)?en\scomo\s(?:hacerlo|matarme|suicidarme|quitarme\sla\svida|acabar\scon\stodo)\b`,
    ],
  },
  {
    id: 'es.direct.suicidio',
    lang: 'es', tier: 'active', kind: 'suicide', escalates: false, wish: true, subject: 'open',
    // the word itself named in a question about what the program does with it: "¿le avisan a mi patrón si menciono la palabra suicidio?"
    near: { excludes: String.raw`\bsi\s(?:menciono|mencionara|digo|dijera|uso|escribo|escribiera|pongo|nombro)\s(?:la\spalabra|el\stermino)\s(?:suicidio|suicida)$`, before: 50, after: 0 },
    patterns: [
      String.raw`\b(?<!(?:prevencion|linea|tasa|tasas|riesgo|intento|intentos|nota|carta|casos)\s(?:del?|de\sla|contra\sel)\s)\b(?:(?<!\bse\s)suicid(?:a|io|arme)|ideacion\ssuicida|tendencias\ssuicidas)\b(?!\s?:?\s(?:no|tampoco|nunca|ninguno|ningunos|ninguna|nada|jamas)\s*(?:[.!?,;]|$))(?!'?\s(?:en\sel\s(?:formulario|cuestionario)|en\sla\s(?:pregunta|forma)))(?!\s(?:de\s(?:mi|su)\s(?:hermano|hermana|padre|madre|papa|mama|hijo|hija|primo|prima|amigo|amiga|esposo|esposa|tio|tia|companero|companera)))`,
      String.raw`\b(?:ideas?|pensamientos?)\s(?:suicidas?|de\s(?:muerte|suicidio|matarme|quitarme\sla\svida|morir(?:me)?|hacerme\sdano|acabar\scon\stodo))\b(?!\s?:?\s(?:no|tampoco|nunca|ninguno|ningunos|ninguna|nada|jamas)\s*(?:[.!?,;]|$))`,
    ],
  },
  {
    id: 'es.direct.sobredosis',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'open', postSubject: true, pastIsAttempt: true,
    // other people's overdoses seen at work: "veo gente con sobredosis", "atendemos sobredosis en urgencias"
    near: {
      excludes: String.raw`\bsobredosis\sde\s(?:chavitos|chavos|chamacos|morros|jovenes|gente|pacientes|ninos|muchachos|adolescentes|desconocidos|otros)\b|\bsoy\s(?:paramedic[oa]|enfermer[oa]|medic[oa]|doctor[a]?|bomber[oa]|policia|socorrista)\b|\b(?:gente|pacientes?|personas|clientes|usuarios|casos|muchachos|chavos|jovenes|alguien|nadie)\s(?:con|de|por|que\s(?:llegan|vienen)\scon)\s(?:una\s|un\s)?sobredosis|\b(?:veo|vemos|atiendo|atendemos|recibimos|revertir|tratamos|trato|llegan)\s(?:[a-z]+\s){0,3}?sobredosis|\bsobredosis\s(?:de|por)\s(?:sus|los|las|mis\spacientes|otros|otras)\b`,
      before: 80, after: 30,
    },
    patterns: [String.raw`\b(?<!(?:riesgo|peligro|miedo|prevenir|evitar|prevencion|revertir|reversion|responder\sa)\s(?:de\s)?(?:una\s|las\s)?)(?<!\bno\s(?:era|fue|es|habia\ssido)\s(?:una\s)?)\bsobredosis\b(?!\s(?:accidental|por\saccidente|sin\squerer)|\sde\s(?:trabajo|cafe|azucar|television|series|noticias|tareas|juntas|estres|amor|chocolate|netflix|papeleo|horas\sextra|sueno|felicidad))`],
  },
  {
    id: 'es.direct.pastillas',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'open', pastIsAct: true,
    patterns: [
      String.raw`\b(?<!(?:que|dijo|dijeron|debo|debe|tiene\sque|tengo\sque)\s)\b(?:me\s)?(?:tome|trague|tomare|tomar(?:me)?|tragar(?:me)?|he\stomado|me\she\stomado|acabo\sde\stomar(?:me)?|me\sacabo\sde\stomar|ingeri|bebi|me\sbebi|me\strague|me\stome|me\sempine|me\sjarte|me\szampe|me\sbaje|me\sempaque|voy\sa\stomar(?:me)?|inyecte|me\sinyecte|me\she\sinyectado|acabo\sde\sinyectar(?:me)?|me\sacabo\sde\sinyectar|inyectarme|me\spuse|me\smeti|me\saplique)\s(?:(?:como|unas|unos|mas\sde|casi|alrededor\sde|cerca\sde|otras|otros)\s)?${QUANT_ES}\s(?:de\s)?(?:(?:mis|las|los|el|la)\s)?(?:[a-z]+\s){0,2}?${PILLS_ES}\b(?![^.!?\n]{0,40}?\bcomo\s(?:me\s)?(?:dijo|indico|receto|mando)\s(?:el|la|mi)\s(?:doctor|doctora|medico|medica|enfermera)\b)(?!\s(?:de\shoy|del\sdia|como\sme\s(?:dijeron|indicaron|recetaron)|como\s(?:(?:me\s)?(?:dijo|indico|receto|mando)|lo\s(?:indico|receto|mando))\s(?:el|la|mi)\s(?:doctor|doctora|medico|medica|enfermera|dentista)|a\stiempo|de\sla\smanana|diarias|al\sdia|cada\sdia|todos\slos\sdias|en\sla\smanana|con\scomida))`,
      String.raw`\b(?:me\s)?(?:tome|trague|bebi|compre|tomar(?:me)?|tragar(?:me)?|use|consegui|tomo|trago|bebo|junto)\s(?:[a-z0-9]+\s){1,4}?para\s(?:morir(?:me)?|matarme|quitarme\sla\svida|no\sdespertar(?:me)?|suicidarme|acabar\scon\stodo|(?:ver\ssi\s)?(?:ya\s)?no\s(?:despierto|despertar(?:me)?|amanezco|vuelvo\sa\sdespertar))\b`,
      String.raw`\bme\s(?:las|los|lo)\s(?:tomo|trago|tomare|voy\sa\stomar|tome|trague|bebi|bebo)\s(?:todas?|todos?|de\sun\sjalon|de\sgolpe)\b(?!\s(?:las|los)\s(?:noches|dias|mananas|tardes|semanas|veces)|\sa\stiempo|\scomo\sme\s(?:dijo|dijeron|indico|indicaron|receto|recetaron))`,
      String.raw`\bme\s(?:tome|trague|bebi)\s(?:todo\slo\sque\s(?:habia|tenia|encontre)|todo\sel\s(?:botiquin|frasco|bote|blister))\b(?![^.!?\n]{0,40}?\bcomo\s(?:me\s)?(?:dijo|indico|receto|mando)\s(?:el|la|mi)\s(?:doctor|doctora|medico|medica|enfermera)\b)`,
    ],
  },
  {
    id: 'es.direct.pastillas-clitico',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'adjacent', pastIsAct: true,
    patterns: [
      // the noun left out: "me tragué todas las de dormir", "me tomé como 50 de las de la presión"
      String.raw`\bme\s(?:tome|trague|bebi|meti|empine|avente|eche|he\stomado|he\stragado|acabo\sde\stomar|acabo\sde\stragar)\s(?:(?:como|unas|unos|mas\sde|casi)\s)?(?:todas?|todos?|\d{2,}|veinte|treinta|cuarenta|cincuenta|cien|un\smonton|un\spuno|varias|muchas)\s(?:de\s)?(?:las|los|mis)\s(?:(?:pastillas|pildoras|pastis|tabletas)\s)?(?:de|para)\s(?:dormir|la\spresion|la\sansiedad|los\snervios|el\sdolor|la\sdepresion|la\sdiabetes|el\sazucar|la\stiroides|la\sepilepsia|el\scorazon|las\sconvulsiones|la\scabeza|la\sesquizofrenia|dormir\sque)\b(?!\s(?:de\shoy|del\sdia|como\sme\s(?:dijeron|indicaron|recetaron)|a\stiempo|de\sla\s(?:manana|noche)|diarias|de\scada\s(?:dia|noche)))`,
      // the act, ahead of time or imagined: "pienso en tomármelas todas", "me las voy a tomar todas de un jalón"
      String.raw`\b(?:(?:pienso\sen|pensando\sen|ganas\sde|quiero|voy\sa|[bv]oy\sa|tentad[oa]\sa)\s)?(?<core>(?:tomar|tragar|beber)mel[ao]s)\s(?:todas?|todos?|de\sgolpe|de\sun\sjalon|juntas|juntos|de\suna\svez)\b`,
      String.raw`\bme\s(?:las|los|lo)\s(?:voy\sa|[bv]oy\sa|pienso|quiero|iba\sa)\s(?<core>tomar|tragar|beber)\s(?:(?:todas?|todos?|todo)\s)?(?:de\sun\sjalon|de\sgolpe|de\suna\svez|juntas|juntos|todas?|todos?|todo)\b`,
      // an attempt: "intenté tomarme unas pastillas de mi mamá"
      String.raw`\b(?:intente|trate\sde|he\sintentado|quise|intentaba|trataba\sde|casi)\s(?<core>(?:tomar|tragar|beber)me)\s(?:(?:unas|unos|las|los|mis|todas\slas|un\s[a-z]+\sde|una\s[a-z]+\sde|varias|muchas)\s)?(?:[a-z]+\s)?${PILLS_ES}\b`,
    ],
  },
  {
    id: 'es.direct.dejarme',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'adjacent',
    patterns: [
      // letting it happen: "pienso en dejarme atropellar", "me dan ganas de dejarme caer del puente"
      String.raw`\b(?:dejarme|me\sdejo|me\sdejaria|me\svoy\sa\sdejar|me\squiero\sdejar|dejandome)\s(?:atropellar|arrollar|caer\s(?:de|del|desde|al|a\sla)\s(?:(?:el|la|un|una|este|ese)\s)?(?:[a-z]+\s)?(?:puente|edificio|balcon|ventana|azotea|techo|precipicio|barranco|acantilado|rio|vias|metro)|llevar\spor\s(?:el\srio|la\scorriente|el\smar)|ahogar|desangrar)\b`,
    ],
  },
  {
    id: 'es.desire.irme-de-este-mundo',
    lang: 'es', tier: 'active', kind: 'die', wish: true, subject: 'adjacent',
    patterns: [
      // "me quiero ir de este mundo", "ya me quiero ir al otro barrio", "me voy a ir de esta vida"
      String.raw`\bme\s(?:quiero|queria|quisiera|[bv]oy\sa|iba\sa|pienso|(?:dan|daban|dieron|entran)\sganas\sde|gustaria|tengo\sque|necesito|deberia|puedo)\s(?:(?:ya|de\suna\svez|mejor|hoy|esta\snoche|pronto|nomas|solo)\s){0,2}(?<core>ir)\s(?:(?:ya|de\suna\svez|yo)\s)?(?:de\s(?:este|esta)\s(?:mundo|vida|tierra)|(?:al|pal|para\sel)\s(?:otro\s(?:mundo|barrio|lado)|mas\salla)|(?:con\s(?:dios|diosito|mi\sdios|el\ssenor)|al\scielo)(?=\s*(?:[.!?,;:]|$)|\s(?:ya|de\suna\svez)\b))(?!\s(?:virtual|digital|laboral|de\s(?:las\sredes|internet|facebook|la\sfarandula)))`,
      String.raw`\b(?:quiero|quisiera|queria|ganas\sde|voy\sa|necesito|deseo|pienso\sen|pensando\sen)\s(?:(?:ya|de\suna\svez|mejor)\s){0,2}(?<core>irme)\s(?:(?:ya|de\suna\svez)\s)?(?:de\s(?:este|esta)\s(?:mundo|vida|tierra)|(?:al|pal)\s(?:otro\s(?:mundo|barrio|lado)|mas\salla))\b`,
    ],
  },
  {
    id: 'es.imminent.me-voy-de-este-mundo',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'adjacent',
    patterns: [
      // a farewell in the present: "hoy me voy de este mundo", "me despido de este mundo", "ya me voy pal otro barrio"
      String.raw`\bme\s(?:voy|ire|largo|despido|marcho)\s(?:(?:ya|hoy|esta\snoche|de\suna\svez|para\ssiempre)\s){0,2}(?:de\s(?:este|esta)\s(?:mundo|vida|tierra)|(?:al|pal)\s(?:otro\s(?:mundo|barrio|lado)|mas\salla)|de\sla\svida)\b(?!\s(?:laboral|nocturna|virtual|digital|de\s(?:ciudad|soltero|soltera|fiesta|casad[oa]|las\sredes|internet)))`,
      String.raw`\bme\sdespido\s(?:(?:de\s)?(?:todos|ustedes|ti|la\svida))?\s?para\ssiempre\b`,
    ],
  },
  {
    id: 'es.desire.morir',
    lang: 'es', tier: 'active', kind: 'die', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?<!\b(?:que|dijo|dice|dicen)\sse\s)(?:me\squiero|quiero|me\squeria|queria|me\squisiera|quisiera|quise|me\squise|me\sgustaria|deseo|desearia|tengo\sganas\sde|ganas\sde|necesito|solo\squiero|nada\smas\squiero|nomas\squiero|me\sdan\sganas\sde|ya\sme\squiero|me\sdieron\sganas\sde|me\sdaban\sganas\sde|ando\scon\sganas\sde|estoy\slist[oa]\spara|me\squiero\sya|lo\sque\squiero\ses)\s(?:(?:ya|mejor|solo|nomas|de\sverdad|en\sserio|tanto|mucho)\s){0,2}(?<core>morir(?:me)?|la\smuerte)\b(?!\s(?:de\sviej[oa]|en\spaz\scuando|tranquil[oa]\sde\sviej|rodead[oa]|en\smi\scama\sde\sviej))`,
    ],
  },
  {
    id: 'es.direct.metodo',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:saltar|brincar|salto|brinco|aventarme|tirarme|lanzarme)\s(?:de|del|desde)\s(?:(?:el|la|un|una|este|ese|mi)\s)?(?:[a-z]+\s)?(?:puente|edificio|balcon|ventana|azotea|techo|precipicio|barranco|acantilado|piso|cornisa|risco|presa)\b`,
      String.raw`\b(?:meterme|aventarme|tirarme|lanzarme|echarme|atravesarme|pararme)\s(?:con\sel\s(?:carro|coche|auto|camion)\s)?(?:debajo|abajo|enfrente|delante|frente|bajo|a)\s(?:de(?:l)?\s|al\s)?(?:(?:un|una|el|la)\s)?(?:trailer|camion|tren|metro|carro|coche|auto|autobus|bus|camioneta|vias|trafico)\b`,
      String.raw`\b(?:[bv]oy\sa|quiero|pienso\sen|ganas\sde|me\sdan\sganas\sde|pense\sen|tentad[oa]\sa|me\sdan\sganas\sde)\s(?<core>(?:estrellar(?:me)?|chocar(?:me)?|impactar(?:me)?|aventar\sel\scarro))\s(?:(?:el|mi)\s(?:carro|coche|auto|camion|camioneta|moto)\s)?(?:contra|con)\s(?:un|una|el|la)\s(?:muro|pared|arbol|poste|trailer|camion|tren|barda|puente|columna)\b`,
      String.raw`\busar\s(?:mi|el|la|una|un)\s(?:[a-z]+\s)?(?:arma|pistola|rifle|escopeta|cuchillo|navaja|soga)\s(?:contra\smi|en\smi|conmigo)\b`,
    ],
  },
  {
    id: 'es.direct.a-proposito',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'open', pastIsAttempt: true,
    patterns: [
      String.raw`\b(?:me\s)?(?:choque|estrelle|tome|trague|corte|queme|avente|tire|lance|clave|bebi|chocar|estrellar|tomar|cortar)\s(?:[a-z0-9]+\s){0,5}?(?:a\sproposito|adrede)\b`,
    ],
  },
  {
    id: 'es.direct.veneno',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'open', pastIsAct: true,
    patterns: [
      String.raw`\b(?:me\s)?(?:tome|trague|bebi|tomar(?:me)?|beber(?:me)?|tomo|bebo)\s(?:(?:un|una|el|la|del|de\sla)\s)?(?:(?:poco|vaso|botella|frasco|trago|chorro|bote)\sde\s(?:la\s|el\s)?)?(?:cloro|veneno|raticida|anticongelante|insecticida|matarratas|acido|pesticida)\b`,
    ],
  },
  {
    id: 'es.direct.eufemismo',
    lang: 'es', tier: 'active', kind: 'die', wish: true, subject: 'adjacent',
    patterns: [
      String.raw`\b(?:quiero|ya\squiero|me\squiero|[bv]oy\sa|me\s[bv]oy\sa|ganas\sde|tengo\sganas\sde|quisiera|pienso|estoy\slist[oa]\spara|ya\sme\s[bv]oy\sa)\s(?:(?:ya|de\suna\svez)\s)?(?<core>petatear(?:me)?|estirar\sla\spata|colgar\slos\stenis|chupar\sfaros|irme\sal\sotro\sbarrio|descansar\spara\ssiempre|dormir\spara\ssiempre|irme\spara\ssiempre)\b`,
    ],
  },
  {
    id: 'es.direct.irme-con-ellos',
    lang: 'es', tier: 'active', kind: 'die', wish: true,
    requires: String.raw`\b(?:murio|murieron|muerte|muerto|muerta|fallecio|fallecieron|funeral|cementerio|panteon|cielo|aniversario|died|dead|death|no\sregresaron)\b`,
    patterns: [
      String.raw`\b(?:irme|reunirme|estar|alcanzar(?:los|las|lo|la)?|me\s[bv]oy|me\squiero\sir|ire|me\sire)\scon\s(?:mis?\s[a-z]+|ellos|ellas|el|ella)\b(?!\s(?:a\s(?:vivir|trabajar|comer|la\s|el\s)|al\s(?!cielo\b)|de\svacaciones|en\sel\scarro|el\sfin))`,
    ],
  },
  {
    id: 'es.direct.voces',
    lang: 'es', tier: 'active', kind: 'suicide',
    patterns: [
      String.raw`\b(?:la\svoz|las\svoces|una\svoz|mi\scabeza|mi\smente)\s(?:[a-z]+\s){0,3}?(?:me\s)?(?:dice|dicen|repite|repiten|grita|gritan)\sque\s(?:me\smate|me\smuera|me\shaga\sdano|salte|lo\shaga|me\scorte)\b`,
      // the command quoted: "la voz que me dice hazlo", "las voces me dicen mátate"
      String.raw`\b(?:la\svoz|las\svoces|una\svoz)\s(?:que\s)?(?:me\s)?(?:dice|dicen|repite|repiten|grita|gritan|susurra)\s(?:hazlo|matate|mátate|muerete|salta|cortate|acaba\scon\stodo|ya\shazlo)\b`,
    ],
  },
  {
    id: 'es.direct.pregunto-por-mi',
    lang: 'es', tier: 'active', kind: 'suicide',
    patterns: [
      String.raw`\b(?:matarse|suicidarse|quitarse\sla\svida|hacerse\sdano|cortarse|ideas\ssuicidas|pensamientos\ssuicidas|morirse|suicidio)\b[^\n]{0,60}?\b(?:porque\syo\s(?:si|tambien|lo\shago|lo\spienso|las\stengo|los\stengo)|yo\ssi|yo\stambien|las\stengo|los\stengo|me\spasa|asi\s(?:ando|estoy|me\ssiento|vivo)(?:\syo)?|yo\sasi\s(?:ando|estoy)|como\syo|a\smi\sme\spasa)\b`,
    ],
  },
  {
    id: 'es.direct.solo-pienso-en',
    lang: 'es', tier: 'active', kind: 'suicide',
    patterns: [
      String.raw`\b(?:gun|rope|pills|knife|razor|coffin|la\smuerte|morir(?:me)?|matarme|suicidarme|pistola|soga|pastillas)\s(?:es\s)?(?:lo\sunico\sen\s(?:lo\s)?que\spienso|en\slo\sunico\sque\spienso|todo\slo\sque\spienso|lo\sunico\sque\spienso)\b`,
    ],
  },
];
