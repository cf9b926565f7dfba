import type { RuleSpec } from '../rule';
import { NOW_TIME_ES } from './lexicon';
import { ES_FAMILIAS3 } from './familias3';

/**
 * Spanish families written for generalisation (see en/families.ts): tiredness of living, "qué sentido
 * tiene seguir", survivor's guilt ("ojalá me hubiera tocado a mí", "mejor me hubiera muerto"), not
 * caring if run over, wondering about a method, the car as the method, a conditional with a deadline,
 * means or letters with a time and no verb of dying, possessions given away, a cut that will not stop
 * bleeding, hurting oneself "hasta sangrar", attempts counted, SMS forms, and the last safety net.
 */

const WHEN_ES = String.raw`(?:${NOW_TIME_ES.slice(2, -2)}|(?:antes\sde|para)\s(?:las\s\d{1,2}|la\smedianoche|medianoche|manana|esta\snoche|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))|manana\s(?:temprano|en\sla\s(?:manana|noche|madrugada))|en\sla\smadrugada|la\ssemana\sque\sviene|la\sproxima\ssemana|(?:por|x)\sla\snoche|cuando\s(?:los\sninos|mis\shijos|todos|mi\s[a-z]+|ella|el)\s(?:esten|se\sduerman|se\svayan|salgan|duerman)|despues\sde\s(?:la\scena|mi\sturno|la\scita|navidad|las\sfiestas|esta\ssemana)|(?:en\scuanto|apenas|nomas|no\smas|ni\sbien|tan\spronto\scomo|cuando)\s(?:(?:mi|mis|el|la|los|las|todos|ella|el)\s)?(?:[a-z]+\s)?(?:salga|salgan|se\svaya|se\svayan|se\sduerma|se\sduerman|me\sdeje|me\sdejen|me\squede\ssol[oa]|oscurezca|anochezca|cierre|cierren))`;
/** Lethal means in Spanish, the ones that are not everyday pharmacy talk. */
const MEDIOS = String.raw`(?:soga|cuerda|mecate|lazo|pistola|arma|rifle|escopeta|revolver|balas|cartuchos|navaja|navajas|cuchilla|cuchillas|gillette|veneno|raticida|matarratas|cloro|anticongelante|carbon|helio)`;
const VEHICULO = String.raw`(?:el|la|mi)\s(?:carro|coche|auto|camion|camioneta|troca|moto|trailer|nave|ranfla)`;

export const ES_FAMILIAS: readonly RuleSpec[] = [
  ...ES_FAMILIAS3,
  {
    id: 'es.passive.cansado-de-vivir-verbo',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, subject: 'adjacent',
    patterns: [
      // "ya me cansé de vivir", "me harté de la vida", "sin ganas de vivir", "me pesa vivir"
      String.raw`\b(?:me\s)?(?:canse|harte|aburri|hastie|agote|canso|harto|aburre|hastia)\s(?:ya\s)?de\s(?<core>vivir|la\svida|estar\sviv[oa]|existir|seguir\sviviendo|seguir\saqui|despertar(?:me)?|respirar|todo\sy\sde\stodos)\b(?!\s(?:en\b|con\b|asi\sde|aqui|de\s(?:renta|alquiler)|lejos|sol[oa]))`,
      String.raw`\bsin\s(?:(?:nada\sde|ningunas|ni\stantitas)\s)?ganas\sde\s(?<core>vivir|seguir(?:\sviviendo|\saqui|\sadelante)?|nada|existir|despertar(?:me)?|levantarme)\b(?!\s(?:en\b|con\b|hoy\sa|a\strabajar|de\s(?:la|el)|ir|que))`,
      String.raw`\bme\s(?:pesa|cuesta\sdemasiado|duele)\s(?:(?:ya|mucho|tanto)\s)?(?<core>vivir|seguir\sviviendo|estar\sviv[oa]|existir|despertar(?:me)?)\b(?=\s*(?:[.!?,;:]|$)|\s(?:ya|cada|todos|y\b))`,
    ],
  },
  {
    id: 'es.passive.que-sentido',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      // "qué sentido tiene seguir (viviendo)", "de qué sirve vivir", "no le veo el caso a seguir"
      String.raw`\b(?:que|cual\ses\sel|no\sle\sveo|no\sle\sencuentro|ya\sno\stiene|no\stiene|ya\sno\sle\sveo)\s(?:(?:el|ningun|ya)\s)?(?:sentido|caso|chiste|point|punto|pedo|objeto|fin)\s(?:(?:tiene|tendria|a|de|le|en)\s){0,2}(?<core>seguir(?:\sviviendo|\saqui|\sasi|\sadelante|\sen\seste\smundo)?|vivir|estar\sviv[oa]|existir|despertar(?:me)?|levantarme|la\svida|mi\svida|seguir\srespirando)\b(?!\s(?:con\s(?:el|la|esto|este)\s(?:tratamiento|terapia|programa|tramite|curso)|en\sel\s(?:programa|trabajo|grupo)|estudiando|trabajando|intentando\scon|yendo\sa))`,
      String.raw`\bde\sque\s(?:me\s)?(?:sirve|servira|serviria)\s(?:(?:ya|seguir)\s)?(?<core>seguir(?:\sviviendo|\saqui)?|vivir|estar\sviv[oa]|existir|despertar(?:me)?)\b(?=\s*(?:[.!?,;:]|$)|\s(?:si|asi|ya|en\seste|cuando))`,
    ],
  },
  {
    id: 'es.passive.me-hubiera-tocado',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "ojalá me hubiera tocado a mí", "mejor me hubiera muerto", "esa bala me hubiera matado", "preferiría haber muerto"
      String.raw`\b(?:ojala|quisiera\sque|hubiera\spreferido\sque|mejor|ojala\sque|debio|deberia)\s(?:(?:que|yo|ya|a\smi)\s){0,2}(?:me\s)?(?:hubiera|hubiese|habria)\s(?<core>tocado(?:\sa\smi|\sa\smi\sy\sno|\syo)|muerto|matado|llevado\s(?:a\smi|yo)|ido\s(?:yo|con\sellos|con\s(?:el|ella))|quedado\s(?:alla|ahi|en\s(?:el|la)\s(?:desierto|rio|mar|guerra|accidente|choque|frontera|selva|camino|monte|hospital|tren|bestia|operacion|asalto|incendio))|sido\syo)\b`,
      String.raw`\b(?:la|esa|el|ese|una|un|aquella|aquel)\s(?:bala|bomba|explosion|mina|ied|fuego|incendio|choque|accidente|emboscada|granada|disparo|balazo|tiro|cancer)\s(?:(?:que|tambien)\s)?(?:me\s)?(?:hubiera|hubiese|debio|deberia\shaber)\s(?:me\s)?(?:matado|llevado|acabado|tocado|terminado\sde\smatar|dado\sa\smi)\b`,
      String.raw`\b(?:preferiria|hubiera\spreferido|quisiera|deberia|debi|debia)\s(?:haber(?:me)?\s)(?<core>muerto|matado|quedado\salla|ido\scon\sellos)\b|\b(?:me\s)?(?:hubiera|hubiese)\s(?:muerto|ido)\syo\b|\bdebi(?:\sde)?\s(?:ser|haber\ssido)\syo\b|\b(?:tuve|tenia)\sque\s(?:ser|haber\ssido)\syo\b`,
    ],
  },
  {
    id: 'es.passive.me-daria-igual',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      // "si me atropellaran mañana, me daría igual", "no me importaría que me mataran"
      String.raw`\bsi\s(?:(?:manana|hoy|ahorita|ya)\s)?(?:me\s)?(?:atropell[a-z]+|mat[a-z]+|muero|muriera|muriese|llevara|llevaran|disparan|dispararan|cayera\sun\srayo|pasara\salgo|diera\sun\sinfarto|chocara|estrellara|no\sdespierto|no\sdespertara|no\samaneciera|no\samanezco)\s(?:[a-z]+,?\s){0,6}?(?:me\s)?(?:daria|da|dara)\s(?:igual|lo\smismo)\b`,
      String.raw`\bsi\s(?:(?:manana|hoy|ahorita|ya)\s)?(?:me\s)?(?:atropell[a-z]+|mat[a-z]+|muero|muriera|muriese|no\sdespierto|no\sdespertara|no\samaneciera)\s(?:[a-z]+,?\s){0,6}?(?:no\sme\s(?:importaria|importa|molestaria|preocuparia)|estaria\s(?:bien|feliz|agradecid[oa])|seria\sun\s(?:alivio|descanso|favor))\b`,
      String.raw`\b(?:no\sme\s(?:importaria|molestaria|preocuparia)|me\sdaria\s(?:igual|lo\smismo))\s(?:que|si)\s(?:me\s)?(?:atropell[a-z]+|mat[a-z]+|muriera|muero|llevara|pasara\salgo|chocara|estrellara|no\sdespertara|no\sdespierto)\b`,
    ],
  },
  {
    id: 'es.direct.me-pregunto',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      // "me pregunto si dolería tirarme", "me pregunto qué se sentiría morir", "¿cuántas pastillas serían suficientes?"
      String.raw`\b(?:me\s(?:pregunto|preguntaba|quedo\spensando|pongo\sa\spensar)|me\sestoy\spreguntando|ando\spreguntandome|pensando)\s(?:si|que|como|cuanto|cuantas|cuantos)\s(?:(?:se|me|lo)\s)?(?:doleria|dolera|duele|sentiria|sentira|siente|tardaria|tardara|seria|sera|funcionaria|bastaria|bastarian|serian|harian\sfalta|haria\sfalta|necesitaria)\s(?:(?:si|mucho|rapido|suficiente|suficientes|para)\s)?(?:morir(?:me)?|matarme|tirarme|aventarme|ahorcarme|colgarme|dispararme|ahogarme|cortarme|suicidarme|la\scaida|el\sbalazo|un\sdisparo|la\ssoga|las\spastillas|pastillas|para\s(?:morir|matarme|no\sdespertar))\b`,
      String.raw`\bcuant[ao]s\s(?:pastillas|pildoras|[a-z]+)\s(?:serian|seria|harian\sfalta|necesito|necesitaria|se\snecesitan)\s(?:(?:suficientes|para)\s){1,2}(?:morir(?:me)?|matarme|no\sdespertar|una\ssobredosis)\b`,
      String.raw`\b(?:busco|buscando|busque|investigue|investigando|leyendo\ssobre|googlee)\s(?:(?:formas|maneras|metodos|como)\s)(?:(?:de|faciles\sde|rapidas\sde|sin\sdolor\sde|para)\s)?(?:morir(?:me)?|matarme|suicidarme|quitarme\sla\svida|no\sdespertar|acabar\scon\stodo)\b`,
    ],
  },
  {
    id: 'es.direct.si-uno-se-toma',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'self',
    // the impersonal "uno" is the writer when the message says so elsewhere: means at hand, can't go on
    requires: String.raw`\b(?:tengo|traigo|ya\sno\saguanto|no\saguanto|ya\sno\spuedo|quiero|me\squiero|estoy\scansad[oa]|estoy\shart[oa])\b`,
    patterns: [
      // "si uno se toma todas las pastillas de la presión de golpe se muere rápido?"
      String.raw`\bsi\s(?:uno\s|una\s|yo\s)?(?:se|me)\s(?:toma|tomo|traga|trago|bebe|bebo|inyecta|inyecto)\s(?:todas?\s(?:las|los|mis)|todo\sel\s(?:frasco|bote)|un\s(?:frasco|bote)|una\scaja|\d{2,}|muchas|varias)\s(?:[a-z]+\s){0,7}?(?:se\smuere|me\smuero|muere|muero|se\smataria|me\smataria|es\smortal|es\sletal|no\sdespierta|no\sdespierto|amanece\smuert[oa])\b`,
    ],
  },
  {
    id: 'es.direct.vehiculo',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      // "pienso en estrellar la camioneta contra un poste", "me dan ganas de dar un volantazo", "aventar el carro al barranco"
      String.raw`\b(?:pienso\sen|pensando\sen|pense\sen|quiero|quisiera|ganas\sde|me\sdan\sganas\sde|tentad[oa]\sa|a\spunto\sde|[bv]oy\sa|me\simagino|imagino|fantaseo\scon|se\sme\socurre)\s(?:(?:nomas|solo|mejor)\s)?(?:estrellar(?:me)?|chocar(?:me)?|impactar(?:me)?|aventar(?:me)?|echar(?:me)?|meter(?:me)?|lanzar(?:me)?|tirar(?:me)?)\s(?:con\s)?${VEHICULO}\s(?:(?:de\sfrente|a\stoda\svelocidad|a\stodo\slo\sque\sda)\s)?(?:contra|con|a|al|en|por|hacia)\s(?:(?:un|una|el|la|los|las)\s)?(?:[a-z]+\s)?(?:muro|pared|arbol|poste|trailer|camion|tren|barda|puente|columna|barranco|precipicio|rio|mar|canal|presa|trafico|barrera|contencion|risco)\b`,
      String.raw`\b(?:pienso\sen|pensando\sen|pense\sen|quiero|ganas\sde|me\sdan\sganas\sde|tentad[oa]\sa|a\spunto\sde)\s(?:(?:nomas|solo)\s)?(?:dar\sun\svolantazo|soltar\sel\svolante|no\sfrenar|acelerar\s(?:y\sya|contra|hacia))\b`,
    ],
  },
  {
    id: 'es.direct.usarla-conmigo',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      // "pienso en usarla conmigo", "usar la pistola contra mí", "ponérmela en la cabeza"
      String.raw`\b(?:usar(?:la|lo|las|los)|usarla|usarlo|voltear(?:la|lo)|apuntar(?:la|lo)|disparar(?:la|lo))\s(?:(?:en|contra)\smi|conmigo|contra\smi\smism[oa])\b|\b(?:ponerme|ponermela|ponermelo|apuntarme)\s(?:(?:la|el)\s(?:pistola|arma|rifle|escopeta|canon|cuchillo)\s)?(?:en|contra)\s(?:la|mi)\s(?:cabeza|sien|boca|pecho|cuello)\b`,
    ],
  },
  {
    id: 'es.imminent.condicional-plazo',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "si no me contesta antes de las 12 me mato", "si para el viernes no me paga, lo hago"
      String.raw`\bsi\s(?:[a-z0-9]+\s){0,8}?${WHEN_ES}\s?,?\s(?:(?:[a-z]+\s){0,6}?),?\s?(?:ya\s)?(?:me\s(?:mato|suicido|cuelgo|ahorco|disparo|quito\sla\svida|(?:pego|doy|meto)\sun\s(?:tiro|balazo)|tiro|aviento|lanzo)|lo\shago|me\s[bv]oy\sa\s(?:matar|suicidar|colgar|ahorcar|tirar|aventar|pegar\sun\stiro|quitar\sla\svida))\b`,
    ],
  },
  {
    id: 'es.imminent.medios-y-tiempo',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // "ya compré la soga, mañana en la madrugada", "el arma la tengo aquí", "ya tengo con qué"
      String.raw`\b(?:compre|consegui|tengo|ya\stengo|saque|cargue|escondi|guarde|junte|prepare|amarre|colgue|tengo\slist[oa]s?|traigo|me\sprestaron|limpie)\s(?:(?:la|una|el|un|mi|mis|las|los|unas|unos)\s)?(?:[a-z]+\s)?${MEDIOS}\b(?=[^\n]{0,90}?\b${WHEN_ES}\b)(?![^\n]{0,90}?\b(?:para\s(?:amarrar|atar|la\smudanza|la\scaza|cazar|el\scampo|el\srancho|el\stendedero|el\sjardin|limpiar|la\sropa|el\sbano|trabajar|el\strabajo|el\sbarco|la\slancha|el\scumple|los\sglobos)|al\scampo\sde\stiro|de\scaceria|a\scazar|en\sel\srancho|la\smudanza|mudanza)\b)`,
      String.raw`\b(?:el|la|mi|las|los|mis)\s(?:${MEDIOS}|pastillas)\s(?:ya\s)?(?:la|lo|las|los)\s(?:tengo|traigo|cargo|guardo|junte|compre|consegui)\s(?:aqui|aca|conmigo|en\s(?:la\smano|el\scarro|mi\scuarto|la\sbolsa|el\scajon|la\smesa)|list[oa]s?|cargad[oa]|preparad[oa]s?|ya)\b`,
      String.raw`\bya\stengo\scon\sque\b(?=\s*(?:[.!?,;:]|$)|\s(?:hacerlo|matarme|acabar|y\b|para\s(?:hacerlo|matarme|acabar)))`,
      String.raw`\b(?:he\s|estoy\s|ya\s)?(?:juntado|juntando|guardado|guardando|ahorrando|ahorrado|acumulando|acumulado|junte|guarde)\s(?:(?:mis|las|todas\slas|unas|suficientes|muchas)\s)?(?:pastillas|pildoras|medicinas|calmantes|somniferos)\b(?=[^\n]{0,90}?\b(?:${WHEN_ES}|ya\sesta|es\sla\snoche|llego\sel\sdia|ya\ses\shora)\b)`,
    ],
  },
  {
    id: 'es.imminent.medios-e-intencion',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'open',
    near: { excludes: String.raw`\b(?:caza|cazar|caceria|rancho|campo\sde\stiro|poligono|plaga|plagas|cucarachas|ratas|ratones|hormigas|zancudos|limpiar|lavar|tendedero|ropa|jardin|mudanza|obra|trabajo)\b`, before: 20, after: 100 },
    patterns: [
      // a lethal means just got hold of, and what will be done with it: "compré veneno, me lo voy a tomar",
      // "conseguí una soga y ya sé dónde la voy a amarrar", "ya tengo la fusca, la voy a usar"
      String.raw`\b(?:compre|consegui|ya\stengo|saque|me\sprestaron|me\sconsegui|me\scompre|traje)\s(?:(?:la|una|el|un|mi|unas|unos|un\spoco\sde|un\sfrasco\sde|un\sbote\sde)\s)?(?:veneno|raticida|matarratas|cloro|anticongelante|soga|cuerda|mecate|pistola|arma|fusca|cuete|revolver|escopeta)\b[^.!?\n]{0,40}?\b(?:me\s(?:lo|la|los|las)\s(?:voy\sa\s(?:tomar|tragar|beber|poner|amarrar|echar)|[bv]oy\sa\s(?:tomar|tragar|beber|poner)|tomo|trago|bebo|tomare|bebere)|(?:lo|la)\svoy\sa\s(?:usar|amarrar|colgar)(?:\s(?:en|contra|conmigo))?|voy\sa\s(?:usarla|usarlo|tomarmelo|tomarmela|beberme(?:lo|la)|colgarme|ahorcarme|matarme|dispararme)|para\s(?:matarme|tomarmelo|tomarmela|colgarme|ahorcarme|dispararme|acabar\sconmigo|hacerlo))\b`,
    ],
  },
  {
    id: 'es.imminent.cartas',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "ya dejé las cartas escritas", "la carta está en la mesa", "dejé una carta para mis hijos"
      String.raw`\b(?:deje|dejo|escribi|termine|ya\stengo|tengo|hice|grabe)\s(?:(?:las|una|unas|la|mi|mis)\s)?(?:cartas?|notas?|mensajes?)\s(?:de\sdespedida\s)?(?:(?:escritas?|listas?|preparadas?|hechas?|firmadas?)|para\s(?:mis?\s)?(?:[a-z]+\s)?(?:hijos|hijas|hijo|hija|esposa|esposo|mama|papa|familia|todos|padres|ninos|mujer|marido|hermanos?|hermanas?)|(?:en|sobre|debajo\sde|junto\sa)\s(?:la|el|mi)\s(?:mesa|buro|cama|almohada|escritorio|cajon|comoda|tocador|carro|puerta))\b(?!\s(?:de\s(?:recomendacion|renuncia|motivos|presentacion|trabajo)|del\s(?:banco|seguro|trabajo)))`,
      String.raw`\b(?:la|mi|las|mis)\s(?:cartas?|notas?)\s(?:de\sdespedida\s)?(?:para\s(?:mis?\s)?[a-z]+\s)?(?:esta|estan|quedo|quedaron|la\sdeje|las\sdeje)\s(?:en|sobre|debajo\sde|junto\sa)\s(?:la|el|mi)\s(?:mesa|buro|cama|almohada|escritorio|cajon|comoda|tocador|puerta)\b(?!\s(?:para\s(?:la\s)?(?:ninera|maestra|vecina|casera|del\sgas)))`,
      String.raw`\b(?:carta|cartas|nota|notas)\sde\sdespedida\b(?![^.!?\n]{0,60}?\b(?:me\s(?:salgo|retiro|jubilo|cambio|mudo|voy\sa\s(?:mudar|cambiar|jubilar|retirar))|porque\sme\svoy\sa\s(?:otro|otra|vivir|trabajar|estudiar))\b)`,
      String.raw`\b(?:tengo|deje|quedaron|estan)\s(?:ya\s)?(?:list[oa]s|escritas|preparadas|firmadas|hechas)\s(?:las|mis|unas)\s(?:cartas|notas)\b(?!\s(?:de\s(?:recomendacion|renuncia|motivos|presentacion|trabajo)|del\s(?:banco|seguro|trabajo)))`,
    ],
  },
  {
    id: 'es.imminent.regale-mis-cosas',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "ya regalé mis cosas ... el domingo", "estoy regalando mis cosas, ya no las voy a necesitar"
      String.raw`\b(?:regale|reparti|regalo|reparto|regalando|repartiendo|he\sregalado|he\srepartido|done|donando|estoy\sregalando|estoy\srepartiendo)\s(?:(?:todas?|todos?|casi\stodas?|casi\stodos?)\s)?(?:mis|mi)\s(?:[a-z]+\s){0,1}?(?:cosas|pertenencias|herramientas|armas|moto|perro|gato|guitarra|medallas|ahorros|reloj|joyas)\b(?=[^\n]{0,140}?\b(?:(?:ya\s)?no\s(?:las?|los?|me)\s(?:voy\sa\s)?(?:necesitar|necesito|van\sa\shacer\sfalta|sirven)|donde\svoy|despues\sdel?\s(?:domingo|lunes|martes|miercoles|jueves|viernes|sabado|esta\ssemana|hoy|manana)|me\s(?:mato|voy\sa\smatar|quito\sla\svida)|adios|antes\sde\s(?:irme|morir|que\sme\svaya)|ya\sesta\sdecidido|ya\slo\sdecidi)\b)`,
      String.raw`\bya\sno\s(?:las?|los?)\s(?:voy\sa\snecesitar|necesitare)\s(?:despues\sde|para|donde)\b(?<=\b(?:regal|repart|done)[^\n]{0,160})`,
    ],
  },
  {
    id: 'es.imminent.corte-hondo',
    lang: 'es', tier: 'imminent', kind: 'selfharm', subject: 'adjacent', escalates: false, pastIsAct: true,
    patterns: [
      // "me corté muy hondo y no para de sangrar", "no puedo parar la sangre"
      String.raw`\b(?:me\s)?(?:corte|raje|cortaba|abri|me\sabri)\s(?:(?:hace\s(?:\d+|un|una|unos|unas|poco|rato|ratito)(?:\s(?:min|mins|minutos|hora|horas|rato|ratito))?|ahorita|ahora|recien|anoche|hoy)\s)?(?:(?:las\s|la\s|el\s|los\s|mis\s)?(?:venas|muneca|munecas|brazo|brazos|pierna|piernas|muslo)\s)?(?:(?:muy|bien|demasiado|mas|bastante|super)\s){0,2}(?:hondo|profundo|fuerte|feo)\b(?=[^\n]{0,70}?\b(?:sangr\w*|no\s(?:para|deja|se\s(?:detiene|para|quita))|no\spuedo\s(?:parar|detener)|puntadas|hospital|urgencias|miedo)\b)`,
      String.raw`\bno\s(?:para|deja|se\s(?:detiene|para))\sde\ssangrar\b(?<=\b(?:corte|cortado|cortando|cortarme|venas|muneca|munecas|brazo|navaja|cuchilla|gillette)\b[^\n]{0,80})|\bno\spuedo\s(?:parar|detener|controlar)\s(?:la\ssangre|el\ssangrado)\b`,
    ],
  },
  {
    id: 'es.selfharm.hasta-sangrar',
    lang: 'es', tier: 'active', kind: 'selfharm', wish: true, subject: 'adjacent',
    patterns: [
      // "me arranco el pelo hasta sangrar", "me muerdo hasta sacarme sangre", "me pego en la cabeza hasta que me sale sangre"
      String.raw`\bme\s(?:(?:la|el|las|los|mis|mi)\s)?(?:arranco|arrancaba|jalo|jalaba|jaloneo|muerdo|mordia|mordi|pego|pegaba|golpeo|golpeaba|rasco|rascaba|rasguno|rasgunaba|pellizco|pellizcaba|quemo|quemaba|clavo|clavaba|tallo|tallaba|corto|cortaba|aranaba|arano|lastimo|lastimaba|hago|hacia)\s(?!(?:(?:las|mis|los)\s)?(?:unas|cuticulas|padrastros|pellejitos|pellejos\sde\slas\sunas)\b)(?:[a-z]+\s){0,5}?hasta\s(?:sangrar|sacarme\ssangre|hacerme\ssangre|que\s(?:me\s)?(?:sale|salga|salia|sangra|sangre|sangraba|sangro|sangran)|dejarme\s(?:marcas|moretones|morado)|lastimarme|romperme\sla\spiel|abrirme\sla\spiel|que\sse\sme\s(?:abre|abria|hace|hacen)\s(?:la\sherida|heridas|morado|moretones))\b`,
    ],
  },
  {
    id: 'es.history.intentos-contados',
    lang: 'es', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      // "intentos previos: 2", "he tenido dos intentos", "la única vez que lo intenté fue..."
      String.raw`\bintentos?\s(?:previos?|anteriores?|pasados?)\b(?!\sde\s(?!suicidio|matarme|quitarme))|\b(?:previos?|anteriores?)\sintentos?\b(?!\sde\s(?!suicidio|matarme|quitarme))`,
      String.raw`\b(?:he\stenido|tuve|tengo|llevo)\s(?:(?:un|uno|dos|tres|cuatro|varios|algunos|unos|\d)\s)?intentos?\b(?!\s(?:de\s(?:entrar|llamar|contactar|aplicar|pasar|ingresar)|para|en\sel\sexamen)|\s(?:fallidos?\s)?de\s(?:(?:un|una|mi)\s)?(?:negocios?|empresas?|emprendimientos?|changarros?|tiendas?|restaurantes?|startups?|proyectos?|ventas?|asaltos?|robos?|fraudes?|estafas?|secuestros?|extorsion(?:es)?)\b)`,
      String.raw`\b(?:la\s)?(?:unica|primera|ultima)\svez\sque\s(?:lo\s)?(?:intente|trate)\b(?=\s(?:fue\s)?(?:cuando|hace|en\s(?:19|20)\d\d|en\sel\s(?:ejercito|servicio|liceo|colegio|cuartel)|en\sla\s(?:prepa|secundaria|universidad)|de\s(?:nino|nina|joven|adolescente|chavo|chava|morro|morra|chamo|chama)|a\slos\s\d))`,
    ],
  },
  {
    id: 'es.direct.sms-me',
    lang: 'es', tier: 'active', kind: 'suicide', wish: true, subject: 'adjacent', tenseInCore: true,
    patterns: [
      // SMS Spanish: "m mato", "m quiero morir", "m voy a matar"
      String.raw`\bm\s(?<core>mato|suicido|cuelgo|ahorco|quiero\s(?:morir|matar|suicidar|ir\spara\ssiempre)|voy\sa\s(?:matar|suicidar|colgar|ahorcar|morir|quitar\sla\svida))\b`,
    ],
  },
  {
    id: 'es.net.primera-persona-muerte',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, subject: 'adjacent',
    patterns: [
      // the last net: a first-person wish, intent or thought with a death word
      String.raw`\b(?<!(?:pense|crei|temi|senti|pensaba|creia|temia|que|dice|dijo|dicen|me|que\sse)\s)(?<!\b(?:dice|dijo|dicen|decia|cuenta|conto)\sque\s(?:a\sveces|ya|siempre|de\sverdad|la\sverdad|hasta)\s)(?:(?:yo|ya|a\sveces|siempre|nomas|solo|de\sverdad|la\sverdad)\s)?(?:quiero|queria|quisiera|deseo|desearia|necesito|pienso\sen|pensando\sen|pienso|ganas\sde|me\sdan\sganas\sde|voy\sa|me\s[bv]oy\sa|planeo|estoy\slist[oa]\spara|se\sme\santoja|me\sgustaria|sueno\scon|fantaseo\scon|me\simagino|imagino|rezo\spara|pido|ojala(?:\spudiera)?|quisiera\spoder)\s(?:(?:ya|mejor|solo|nomas|de\sverdad|en\sserio|que|me|de\suna\svez|estar|el|la|hoy|esta\snoche)\s){0,3}(?<core>morir(?:me)?|la\smuerte|muert[oa](?=\s*(?:[.!?,;:]|$)|\s(?:ya|de\suna|y\b|para))|matarme|suicidarme|el\ssuicidio|acabar\scon\s(?:todo|mi\svida|esto)|desaparecer\spara\ssiempre|ir(?:me)?\spara\ssiempre|irme\sde\seste\smundo|ahorcarme|colgarme|tirarme\s(?:de|del|desde|al|a\sla|por)|aventarme\s(?:de|del|desde|al|a\sla|por)|sangrar\shasta|cortarme\slas\svenas|una\ssobredosis|tomarme\stodas|desaparecer(?!\s(?:un\s(?:rato|ratito|tiempo|dia|fin)|unos\s(?:dias|meses)|del?\s(?:grupo|chat|fiesta|reunion|trabajo|mapa\spor\sun)|de\saqui\sun|de\s(?:las\sredes|redes|facebook|face|insta|instagram|tiktok|whatsapp|twitter|la\sciudad|este\spueblo)|(?:de|del)\s(?:[a-z]+\s){1,2}?(?:un\s(?:rato|ratito|tiempo)|unos\sdias|por\sun)))|(?:ya\s)?no\s(?:estar(?:\saqui|\smas)?|existir|despertar(?:me)?)(?=\s*(?:[.!?,;:]|$)|\s(?:nunca|mas|ya|jamas|nunca\smas|y\b|para\ssiempre|por\sfavor|manana|otra\svez))|dejar\sde\s(?:existir|estar\saqui|vivir|respirar)|dormir(?:me)?\s(?:para\ssiempre|y\sno\sdespertar)|no\shaber\snacido)\b(?!\s(?:de\s(?:risa|hambre|sed|frio|calor|sueno|verguenza|aburrimiento|ganas|amor|nervios|cansancio)|de\sviej[oa]|de\s(?:un|una)\s(?:coraje|susto|infarto|berrinche|colera|disgusto|corajazo|sentimiento)|en\spaz\scuando|por\s(?:verte|saber|ir|conocer)))`,
    ],
  },
];
