import type { RuleSpec } from '../rule';

/**
 * Cuarta ronda, por familias (no por frases): lo que se deja arreglado y a quién (mascotas, testamento,
 * la carta para alguien, papeles del seguro), que no avisen ni busquen, el día dicho ("hoy es la noche",
 * "el jueves es el día"), el arma cargada al lado, lo que quedaba del frasco, preguntas de letalidad y de
 * seguros ("que parezca accidente"), ir al lugar alto, esperar el tren, no estar a salvo consigo mismo,
 * métodos de choque, caída y agua, alguien que escondió los medios, respuestas a preguntas de tamizaje
 * citadas, y deseos pasivos dichos de lado (no hago falta, la muerte bienvenida, no haber sobrevivido).
 */

const MEANS = String.raw`(?:rifle|pistola|arma|escopeta|revolver|fusca|cuete|pastillas|pildoras|navaja|cuchilla|cuchillo|soga|cuerda|veneno|frasco|medicinas)`;
const STANCE = String.raw`(?:pienso\sen|pensando\sen|pense\sen|pensaba\sen|quiero|quisiera|queria|quise|ganas\sde|me\sdan\sganas\sde|tentad[oa]\sa|a\spunto\sde|me\simagino|imagino|fantaseo\scon|sueno\scon|se\sme\socurre|me\sda\spor|[bv]oy\sa|me\scacho\spensando\sen)`;

export const ES_RONDA4: readonly RuleSpec[] = [
  {
    id: 'es.prep.que-no-me-busquen',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self', needsContext: true, negatable: false,
    patterns: [
      // "no le hablen a mi mamá", "ya no me hablen", "que no venga mi madre", "no quiero que me encuentren mis hijos"
      String.raw`\bno\s(?:le|les)\s(?:hablen|llamen|marquen)\sa\s(?:mi|mis)\s[a-z]+\b|\bya\sno\sme\s(?:hablen|llamen|busquen|escriban|marquen)\b|\bno\sme\sbusquen\b`,
      String.raw`\bque\sno\s(?:venga|vengan|me\sencuentre|me\sencuentren|me\svea|me\svean|suba|suban|entre|entren)\s(?:mi|mis)\s[a-z]+\b`,
      String.raw`\bno\squiero\sque\s(?:me\s)?(?:encuentre|encuentren|halle|hallen|sea|sean)\s(?:mis?\s[a-z]+|ellos|ella|los\sninos)\b`,
      String.raw`\bno\sle\s(?:digas|digan|cuentes|cuenten)\sa\snadie\b|\bsi\s(?:esto\s(?:le\s)?llega\sa\salguien|alguien\s(?:lee|encuentra)\sesto)\b|\b(?:que\s)?revise[n]?\smi\s(?:departamento|depa|cuarto|casa|apartamento)\b`,
      // "nomás quería despedirme de alguien"
      String.raw`\b(?:nomas|solo|solamente|nada\smas)?\s?(?:queria|quiero|vengo\sa|vine\sa)\sdespedirme\b`,
      // "los quiero." closing the message
      String.raw`(?:^|[.!?,;]\s?)los\s(?:quiero|amo)\b(?=\s*[.!]*\s*$)`,
    ],
  },
  {
    id: 'es.prep.arreglos',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self', needsContext: true,
    // arrangements made for something to look forward to are not an ending
    near: {
      excludes: String.raw`\b(?:emocionad[oa]s?|que\s(?:nervios|emocion)|de\svacaciones|el\sviaje|el\svuelo|la\sboda|la\sfiesta|la\smudanza|la\ssorpresa|cumpleanos|por\sempezar|empezar\sel\stratamiento)\b`,
      before: 80, after: 80,
    },
    patterns: [
      // the pets given away: "mi hermano se queda con los perros", "le dejo la gata a la vecina", "el perro para mi hermana."
      String.raw`\bse\squeda\scon\s(?:el|la|los|las|mis?)\s(?:perr[oa]s?|gat[oa]s?|mascotas?|animales|caballos?)\b(?!\s(?:mientras|cuando|el\sfin|esta\ssemana|unos\sdias|en\svacaciones|porque\s(?:viajo|me\svoy\sde\sviaje)))`,
      String.raw`\b(?:le\s|les\s)?(?:dejo|deje|doy|di|regalo|regale|encargo|encargue)\s(?:el|la|los|las|mis?)\s(?:perr[oa]s?|gat[oa]s?|mascotas?|animales)\sa\s(?:mi|la|el|los|las)?\s?[a-z]+\b(?!\s(?:mientras|cuando|el\sfin|unos\sdias|esta\ssemana))`,
      String.raw`\b(?:el|la|los|las|mis?)\s(?:perr[oa]s?|gat[oa]s?|mascotas?)\s(?:para|pa|con)\s(?:mi|la|el)\s[a-z]+\b(?=\s*(?:[.!?;]|$))`,
      // the papers: "ayer hice testamento", "dejé listos los papeles del seguro", "la carta pa mi hija"
      String.raw`\b(?:hice|ya\shice|firme|termine|deje\slisto)\s(?:(?:mi|el|un)\s)?testamento\b|\b(?:deje|tengo|ya\stengo|ya\sdeje)\s(?:list[oa]s\s)?(?:los|mis)\spapeles\sdel\sseguro\b`,
      String.raw`\b(?:la|una|mi)\scarta\s(?:pa|para)\s(?:mi|mis)\s[a-z]+\b|\b(?:escribi|deje|termine)\s(?:la|las)\scartas?\b(?=\s*(?:[.!?,;]|$)|\sy\s)|\b(?:le\s)?deje\s(?:(?:el|un|mi)\s)?dinero\s(?:a\s(?:mi|la|el)\s[a-z]+\s)?en\sun\ssobre\b`,
      String.raw`\b(?:le\s)?(?:deje|di|pase|entregue|mande)\sa\s[a-z]+\s(?:la|las|mis|mi)\s(?:clave|claves|contrasenas?)\b`,
      // "ya repartí mis cosas", "ya les di de comer a los animales por última vez", "ya está todo."
      String.raw`\b(?:ya\s)?(?:reparti|regale|vendi)\s(?:todas\s)?(?:mis\scosas|todo\slo\sque\stenia)\b|\b(?:di\sde\scomer|alimente|pasee|regue|sali\sa\scaminar)\s(?:[a-z]+\s){0,4}?por\sultima\svez\b|\bya\sesta\stodo\b(?=\s*(?:[.!?]|$))`,
      // the day said: "el jueves es el día", "hoy es la noche", "esta noche lo termino", "ya escogí el 14"
      String.raw`\b(?:el|este)\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d{1,2}|fin\sde\ssemana|fin)\ses\sel\sdia\b(?=\s*(?:[.!?,;]|$))|\b(?:hoy|manana|pasado\smanana|esta\snoche)\ses\s(?:la\snoche|el\sdia)\b(?=\s*(?:[.!?,;]|$))`,
      String.raw`\b(?:esta\snoche|hoy|manana|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\slo\s(?:termino|acabo|hago)\b(?=\s*(?:[.!?,;]|$))|\bya\s(?:escogi|elegi|decidi)\sel\s\d{1,2}\b`,
      String.raw`\bya\sno\sle\s(?:doy|voy\sa\sdar)\smas\svueltas\b|\bya\sestuvo\s?,?\sya\sdecidi\b|\b(?:ya\s)?tengo\stodo\s(?:listo|preparado|arreglado)\s(?:pa|para)\s(?:esta\snoche|hoy|manana)\b`,
      // the time and the place, said in a fragment: "esta noche en la barranca"
      String.raw`\b(?:esta\snoche|hoy|manana|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\s(?:en|desde)\s(?:la|el|las)\s(?:barranca|barranco|puente|presa|vias|azotea|mirador|acantilado|risco)\b`,
      // the means ready, said without naming it: "sí tengo con qué", "sí tengo plan"
      String.raw`\b(?:si|ya)\stengo\scon\sque\b(?=\s*(?:[.!?,;]|$)|\shacerlo)|\b(?:si|ya)\stengo\s(?:un\s)?plan\b(?=\s*(?:[.!?,;]|$))`,
      // the place chosen: "ya sé dónde. donde nadie sube de noche"; the cover story: "cree que me voy a trabajar a otro estado. no me voy"
      String.raw`\bya\s(?:se|tengo|escogi|elegi)\s(?:donde|el\slugar)\b(?=\s*(?:[.!?,;:]|$))|\bdonde\snadie\s(?:sube|va|pasa|me\sve|me\sva\sa\s(?:ver|encontrar)|me\sencuentra)\b`,
      String.raw`\b(?:cree|creen|piensa|piensan)\sque\sme\svoy\s(?:a\s(?:trabajar|vivir|ir)|de\sviaje|a\sotro|a\sotra)\b(?=[^\n]{0,60}?\bno\sme\svoy\b)`,
      // the plan said without naming it, and a conditional bequest: "ya sé cómo lo voy a hacer", "si algo me pasa, el perro es para mi sobrina"
      String.raw`\bya\s(?:se|tengo\spensado|tengo\sdecidido|decidi)\scomo(?:\slo\svoy\sa\shacer|\shacerlo)?\b(?=\s*(?:[.!?,;:]|$))|\bya\slo\stengo\s(?:pensado|planeado|decidido)\b(?=\s*(?:[.!?,;:]|$))`,
      String.raw`\bsi\s(?:algo\sme\spasa|me\spasa\salgo)\s?,?\s(?:que\s(?:le|les)\s(?:den|entreguen|dejen)|(?:mis\scosas|el\sperro|la\sperra|el\sgato|la\sgata|las\sllaves|el\sdinero|mi\s[a-z]+)\s(?:es|son|va|van|se\squeda[n]?)\s(?:para|pa|con))\b`,
      String.raw`\b(?:le\s)?(?:quite|corte|rompi)\s(?:la\smalla|el\smosquitero|la\sreja|la\sproteccion)\s(?:de|a)\s(?:la|el|mi)\s(?:ventana|balcon|azotea)\b`,
    ],
  },
  {
    id: 'es.imminent.fecha-aniversario',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // the date chosen is the trauma's anniversary: "ya escogí el 14. el aniversario de la emboscada"
      String.raw`\bya\s(?:escogi|elegi|decidi|tengo)\s(?:el\s\d{1,2}|la\sfecha|el\sdia)\s?[.,:;]?\s(?:es\s)?(?:el\s)?aniversario\sde(?:l)?\s(?:la\s|el\s|su\s|mi\s)?(?:emboscada|accidente|ataque|explosion|muerte|asalto|violacion|balacera|tiroteo|choque|bombazo|atentado)\b`,
    ],
  },
  {
    id: 'es.imminent.ultima-vez',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // "esta es la última vez que les escribo", "perdóname por lo que voy a hacer", "cuiden a mi hija, yo ya no puedo"
      String.raw`\b(?:esta\ses|sera|es)\sla\sultima\svez\sque\s(?:les|te|le|los)\s(?:escribo|hablo|molesto|doy\slata|mando\smensaje)\b(?!\s(?:por\s(?:hoy|ahora|este\s(?:medio|numero|chat))|desde\seste|hasta|porque\s(?:me\scambio|cambio|me\smudo)|este\smes|esta\ssemana|en\sel\sano))`,
      String.raw`\b(?:ya\s)?no\sme\s(?:van|vas|vuelven|volveran|volveras)\sa\s(?:ver|volver\sa\sver)\s(?:mas|nunca(?:\smas)?)\b(?!\s(?:por\s(?:aqui|aca|el|la)|en\s(?:la|el|este|esta)|porque|me\s(?:mudo|cambio|voy\sa\s(?:vivir|mudar))))|\bnunca\smas\sme\s(?:van|vas)\sa\sver\b(?!\s(?:por\s(?:aqui|aca|el|la)|en\s(?:la|el|este|esta)))`,
      String.raw`\bperdon(?:ame|enme|a|en)?\s(?:por\s)?(?:todo\s)?(?:lo\sque\s|esto\sque\s)(?:voy\sa\shacer|estoy\sa\spunto\sde\shacer|les\svoy\sa\shacer\spasar)\b(?![^.!?\n]{0,40}?\b(?:me\svoy\sa\s(?:cambiar|mudar|ir\sa\svivir|casar)|renunci[a-z]+|cambiar\sde\strabajo)\b)`,
      String.raw`\bcuiden\s(?:a|de)\s(?:mi|mis)\s(?:hij[oa]s?|mama|papa|ninos|nin[oa]|perr[oa]s?|gat[oa]s?|familia|esposa|esposo|nietos|hermanit[oa]s?|vieja|viejo|jefa|jefe)\s?(?:,\s?)?(?:por\sfavor\s?,?\s?)?(?:yo\s)?ya\sno\s(?:(?:puedo|aguanto)(?:\smas)?(?=\s*(?:[.!?,;]|$))|voy\sa\sestar|estare)`,
    ],
  },
  {
    id: 'es.imminent.arma-lista',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    near: {
      requires: String.raw`\b(?:aqui|buro|mano|manos|junto\sa\smi|a\smi\slado|cama|piernas|regazo|sentad[oa]\scon|mesa|enfrente|conmigo|mientras\sescribo)\b`,
      excludes: String.raw`\b(?:bateria|celular|telefono|tarjeta|pila|compu|laptop|lavadora|camioneta|troca|carro|coche|moto|tablet)\b`,
      before: 40, after: 80,
    },
    patterns: [
      // "la tengo cargada aquí en el buró", "ya las tengo en la mano", "lo saqué y está aquí junto a mí"
      String.raw`\b(?:ya\s)?(?:la|lo)\s(?:tengo|traigo)\scargad[oa]\b`,
      String.raw`\bya\s(?:las|los)\stengo\s(?:aqui\s)?(?:en\s(?:la|mi)\smano|en\s(?:las|mis)\smanos|contadas|junto\sa\smi)\b(?<=\b(?:pastillas|pildoras|todas|frasco|medicinas|calmantes|las\sde\sla\s[a-z]+)\b[^\n]{0,160})`,
      String.raw`\b(?:lo|la)\s(?:saque|baje|agarre|traje)\s(?:[a-z]+\s){0,3}?y\s(?:ya\s)?(?:esta|lo\stengo|la\stengo)\s(?:aqui\s)?(?:en\sla\scama|junto\sa\smi|a\smi\slado|en\smis\smanos|en\sla\smano|en\sla\smesa|enfrente\sde\smi)\b(?<=\b(?:rifle|pistola|arma|escopeta|revolver|navaja|cuchillo|soga|cuerda)\b[^\n]{0,200})`,
    ],
  },
  {
    id: 'es.imminent.cargador',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self', needsContext: true,
    near: { excludes: String.raw`\b(?:celular|telefono|bateria|laptop|pila|compu|tablet)\b`, before: 60, after: 60 },
    patterns: [
      // "ya tengo el cargador lleno", "le metí balas", "ya cargué el rifle"
      String.raw`\b(?:ya\s)?(?:tengo|puse|le\spuse|meti|le\smeti)\s(?:el\scargador|las\sbalas|el\stambor)\s(?:lleno|puesto|listo|adentro)\b|\b(?:ya\s)?cargue\s(?:el|la|mi)\s(?:rifle|pistola|arma|escopeta|revolver)\b`,
    ],
  },
  {
    id: 'es.imminent.lo-que-quedaba',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // "me acabo de tomar lo que quedaba del frasco", "me he bebido la botella y las pastillas que tenía guardadas"
      String.raw`\b(?:me\s)?(?:he\s|acabo\sde\s|ya\sme\s)?(?:tome|tomado|tomar|trague|tragado|tragar|bebi|bebido|beber|meti|metido|empine|empinado)\s(?:[a-z]+\s){0,5}?(?:lo\sque\s(?:quedaba|quedo|sobraba|habia)\s(?:del?|en\sel)\s(?:frasco|bote|blister|caja|pastillas|pildoras|medicina|pote|tarro)|(?:las|mis|los)\s(?:pastillas|pildoras|calmantes|somniferos|medicinas)\sque\s(?:tenia|tengo|habia)\s(?:guardadas|juntadas|ahorradas|escondidas|juntado|guardado)|la\sbotella\sy\s(?:las|mis)\s(?:pastillas|pildoras|calmantes))\b`,
    ],
  },
  {
    id: 'es.imminent.letalidad',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', escalates: true,
    near: { requires: String.raw`\b(?:todas|pastillas|pildoras|frasco|sobredosis|de\sgolpe|juntas|calmantes|las\sde\sla\s[a-z]+)\b`, before: 40, after: 80 },
    patterns: [
      // "¿cuánto tarda en hacer efecto si uno se toma todas?"
      String.raw`\bcuanto\s(?:tarda|tardan|se\starda|tardaria|dura)\s(?:en\s(?:hacer\sefecto|morir(?:se)?|uno\smorir|matar)|una\ssobredosis)\b`,
    ],
  },
  {
    id: 'es.imminent.seguro-accidente',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // the death staged as an accident for the insurance: "va a parecer accidente", "el seguro paga doble si es accidente"
      String.raw`\b(?:que|va\sa|para\sque|pa\sque|tiene\sque|debe)\s(?:parezca|parecer)\s(?:un\s)?accidente\b`,
    ],
  },
  {
    id: 'es.imminent.seguro-paga',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      String.raw`\bel\sseguro\s(?:de\svida\s)?(?:paga|pagaria|cubre|cubriria|no\spaga|no\scubre)\s(?:doble\s|igual\s)?(?:[a-z]+\s){0,2}?si\s(?:es|fue|fuera|parece|pareciera)\s(?:(?:un|por)\s)?(?:suicidio|mano\spropia|propia\smano)\b`,
      // "el seguro de vida paga si es uno mismo el q lo hace?"
      String.raw`\bel\sseguro\s(?:de\svida\s)?(?:paga|pagaria|cubre|cubriria|no\spaga|no\scubre)\s(?:igual\s)?si\s(?:es\s|fue\s|fuera\s)?uno\smismo\s(?:el\s)?(?:que|q)\slo\shace\b`,
      // an accident only counts for life insurance or a double payout: "el seguro paga doble si es accidente"
      String.raw`\bel\sseguro\s(?:de\svida\s(?:paga|pagaria|cubre|cubriria)\s(?:doble\s|mas\s)?|(?:paga|pagaria)\s(?:doble|el\sdoble)\s)(?:[a-z]+\s){0,2}?si\s(?:es|fue|fuera|parece|pareciera)\s(?:un\s)?accidente\b`,
    ],
  },
  {
    id: 'es.prep.cobran-seguro',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self', needsContext: true,
    patterns: [String.raw`\b(?:asi|para\sque|pa\sque)\s(?:(?:mis?\s[a-z]+|ellos|ella)\s)?(?:cobren|cobran|cobre|reciban|agarren)\s(?:el|mi)\sseguro\b`],
  },
  {
    id: 'es.imminent.vias-esperando',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    near: {
      requires: String.raw`\b(?:esperando|que\spase|ya\sviene|adios|no\sme\svoy\sa\s(?:mover|quitar)|ultima|cronometr[a-z]+|tren\sde\s(?:carga\sde\s)?las)\b`,
      excludes: String.raw`\b(?:grua|se\sme\s(?:paro|apago|descompuso)|descompuso|trafico|semaforo|pluma|la\sluz|me\stoco\sesperar)\b`,
      before: 80, after: 80,
    },
    patterns: [
      // "me estacioné en el cruce del tren. estoy esperando", "las vías atrás de mi casa ... lo he estado cronometrando"
      String.raw`\b(?:me\s(?:estacione|pare|meti|quede)|estoy\s(?:parad[oa]|estacionad[oa]|sentad[oa])|ando)\s(?:(?:con\sel\scarro|en\sel\scarro)\s)?(?:en|sobre)\s(?:el\scruce\sdel?\s(?:tren|ferrocarril)|las\svias(?:\sdel\stren)?|la\svia\sdel\stren)\b`,
      String.raw`\b(?:cronometrando|cronometre|he\scronometrado|tomandole\sel\stiempo)\b(?:(?<=\b(?:tren|vias|metro|trailer)\b[^\n]{0,120})|(?=[^\n]{0,60}?\b(?:tren|vias|metro)\b))`,
    ],
  },
  {
    id: 'es.imminent.buscando-lugar',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self',
    patterns: [
      // scouting the place: "buscando cuáles puentes no tienen malla"
      String.raw`\b(?:buscando|busque|viendo|revisando|checando|fui\sa\sver)\s(?:cual(?:es)?|que|donde\shay)\s(?:puentes?|edificios?|azoteas?|estacionamientos?|lugar(?:es)?)\s(?:[a-z]+\s){0,4}?(?:no\stienen?\s(?:malla|reja|barandal|proteccion|camaras)|(?:es|esta|son|estan)\s(?:mas\s)?alt[oa]s?|no\shay\s(?:gente|camaras|nadie)|nadie\s(?:sube|va|pasa))\b`,
    ],
  },
  {
    id: 'es.direct.no-estoy-a-salvo',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', negatable: false, escalates: false,
    patterns: [
      // "no confío en mí con mis pastillas ahorita", "no me siento a salvo conmigo mismo"
      String.raw`\bno\sconfio\sen\smi\s(?:mism[oa]\s)?(?:con\s(?:mis|las|el|la)\s(?:pastillas|pildoras|medicinas|rifle|pistola|arma|armas|navaja|cuchillo)|ahorita|esta\snoche|sol[oa])\b|\bno\sme\ssiento\s(?:a\ssalvo|segur[oa]|safe)\s(?:conmigo\smism[oa]|de\smi\smism[oa]|con\smigo)\b`,
      // "no estoy a salvo. y no sé si quiero estarlo"
      String.raw`\bno\sestoy\s(?:a\ssalvo|safe)\b(?=[^\n]{0,40}?\b(?:no\s(?:se\ssi\s)?quiero\sestarlo|de\smi\smism[oa]|conmigo\smism[oa])\b)`,
    ],
  },
  {
    id: 'es.direct.metodos-r4',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', wish: true,
    patterns: [
      // crash: "pienso en echarme contra el muro de contención", "quise estrellar el carro contra un poste"
      String.raw`\b${STANCE}\s(?:(?:nomas|solo|mejor)\s)?(?<core>(?:echarme|aventarme|estrellarme|estrellar\sel\s(?:carro|coche|auto|camion|troca|camioneta|moto)|meter\sel\s(?:carro|coche|troca|camioneta)|chocar\sel\s(?:carro|coche|troca|camioneta))\s(?:contra|a|en|con)\s(?:el|la|un|una|los)\s(?:[a-z]+\s){0,2}?(?:muro|pared|poste|arbol|barda|columna|trailer|camion|tren|contencion|barranco|precipicio))\b`,
      // gun turned on oneself: "pienso en voltear el arma hacia mí"
      String.raw`\b${STANCE}\s(?<core>(?:voltear|apuntar|girar)\s(?:el\sarma|la\spistola|el\srifle|la\sescopeta|el\srevolver)\s(?:hacia|contra|a)\smi|apuntarme\scon\s(?:el\sarma|la\spistola|el\srifle|la\sescopeta))\b`,
      // water: "fantaseo con meterme al mar de noche y seguir caminando"
      String.raw`\b${STANCE}\s(?<core>meterme\sal\s(?:mar|rio|lago|agua)|caminar\smar\sadentro)\b(?=[^\n]{0,50}?\b(?:seguir\scaminando|no\ssalir|no\sregresar|hasta\sque|hundirme|ahogarme|mar\sadentro|de\snoche)\b)`,
      // falling: "cuando ando en el techo pienso en dejarme caer"
      String.raw`\b${STANCE}\s(?<core>dejarme\scaer|soltarme)\b(?!\s(?:en\s(?:la\scama|el\ssillon|el\ssofa)|rendid[oa]|dormid[oa]|a\sdormir))(?:(?<=\b(?:techo|azotea|puente|piso|andamio|altura|edificio|barranco|balcon|escalera|alto|cornisa)\b[^\n]{0,80})|(?=[^\n]{0,60}?\b(?:techo|azotea|puente|andamio|altura|edificio|barranco|balcon|cornisa)\b))`,
      // "la idea de acabar conmigo no se me quita"
      String.raw`\b(?:la\sidea|las\sideas|ganas|pensamientos?|pienso\sen|pensando\sen|quiero|quisiera)\s(?:de\s)?(?<core>acabar\sconmigo)\b(?!\s(?:a\sgolpes|el\strabajo))`,
      // the place that calls: "el puente me llama", "lo veo como si me llamara"
      String.raw`\b(?:el\s(?:puente|vacio|barranco|precipicio|tren)|la\s(?:barranca|presa|altura|azotea)|las\svias)\s(?:me\s(?:llama|jala|atrae)|como\ssi\sme\s(?:llamara|jalara))\b|\b(?:lo|la|las)\s(?:veo|miro)\scomo\ssi\sme\s(?:llamara|jalara|esperara)\b(?<=\b(?:puente|vias|barranca|azotea|presa|tren|edificio)\b[^\n]{0,120})`,
      // knowing the dose: "sé exactamente cuáles medicamentos servirían"
      String.raw`\bse\s(?:exactamente\s|muy\sbien\s)?(?:cuales|cuantas|cuantos)\s(?:[a-z]+\s){0,5}?(?:servirian|funcionarian|bastarian|harian\sel\strabajo)\b`,
    ],
  },
  {
    id: 'es.direct.arma-propia-pienso',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', wish: true, escalates: false,
    patterns: [
      // handling one's own weapon: "cada vez que limpio el rifle ahora pienso en eso"
      String.raw`\bcada\s(?:vez\s)?que\s(?:limpio|cargo|agarro|saco|reviso|paso\sjunto\sa)\s(?:el|la|mi|las|los)\s(?:rifle|pistola|arma|escopeta|revolver|navaja)\s(?:(?:ahora|ultimamente|siempre)\s)?(?<core>pienso\sen\s(?:eso|hacerlo|usarla|usarlo)|lo\spienso|me\sdan\sganas)\b`,
    ],
  },
  {
    id: 'es.direct.lo-pienso-con-medios',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', needsContext: true, escalates: false,
    patterns: [
      // anaphoric thought beside the means: "la pistola está en el clóset y lo pienso cada vez que paso"
      String.raw`\blo\spienso\scada\s(?:vez\sque|que)\s(?:(?:lo|la|las|los)\s)?(?:paso|la\sveo|lo\sveo|las\sveo|abro|la\sagarro|lo\sagarro|lo\slimpio|la\slimpio)\b`,
      // "las pastillas en la mesa ... no dejo de pensar en ellas"
      String.raw`\bno\sdejo\sde\spensar\sen\s(?:ellas|ella|el|ellos|las\spastillas|la\spistola|el\sarma|el\srifle|la\snavaja|la\ssoga|el\spuente|las\svias)\b(?<=\b(?:pastillas|pistola|arma|rifle|navaja|soga|cuerda|puente|vias)\b[^\n]{0,120})`,
    ],
  },
  {
    id: 'es.selfharm.golpe-a-proposito',
    lang: 'es', tier: 'active', kind: 'selfharm', subject: 'self',
    patterns: [
      // "me di con el martillo en la mano a propósito", "me pegué contra la pared adrede"
      String.raw`\bme\s(?:di|doy|pegue|pego|golpee|golpeo|machuque|machuco|queme|quemo|mordi|muerdo|rasgue|clave|clavo)\s(?:con|en|contra)\s(?:[a-z0-9]+\s){0,8}?(?:a\sproposito|adrede)\b`,
    ],
  },
  {
    id: 'es.direct.guindarme-candela',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'adjacent', wish: true,
    patterns: [
      // Caribbean "guindarse" (to hang oneself): "me voy a guindar del palo de mango", "quiero guindarme"
      String.raw`\b(?:me\s(?:[bv]oy\sa|quiero|quisiera|dan\sganas\sde|iba\sa)\s|(?:quiero|quisiera|ganas\sde|pienso\sen|pensando\sen|[bv]oy\sa)\s)(?<core>guindar(?:me)?)\b(?!\s(?:la|el|las|los|unas?|mi|tu|su|en\sla|en\sel)\s)`,
      // fire: "me voy a prender fuego", "quiero darme candela", "pienso en rociarme gasolina"
      String.raw`\b(?:me\s(?:[bv]oy\sa|quiero|quisiera|dan\sganas\sde)\s|(?:quiero|quisiera|ganas\sde|pienso\sen|pensando\sen|[bv]oy\sa)\s)(?<core>prender(?:me)?\sfuego|darme\scandela|quemar(?:me)?\sviv[oa]|rociar(?:me)?\s(?:de\s|con\s)?gasolina|echar(?:me)?\sgasolina)\b|\bme\s[bv]oy\sa\s(?<core>dar\scandela)\b(?=\s*(?:[.!?,;]|$))`,
    ],
  },
  {
    id: 'es.selfharm.rayarme',
    lang: 'es', tier: 'active', kind: 'selfharm', subject: 'self',
    patterns: [
      // scoring the skin: "me rayé los brazos con una hoja de afeitar", "me estoy rayando las piernas"
      String.raw`\bme\s(?:raye|rayo|rayaba|estoy\srayando|sigo\srayando|he\srayado)\s(?:los|las|el|la|mis|mi)\s(?:brazos|piernas|munecas|muneca|muslos|brazo|pierna|panza|piel|antebrazos?)\b`,
    ],
  },
  {
    id: 'es.passive.no-puedo-con-la-vida',
    lang: 'es', tier: 'passive', kind: 'passive', subject: 'self', negatable: false,
    patterns: [
      // "ya no puedo más con la vida", "ya no le veo sentido a nada"
      String.raw`\b(?:ya\s)?no\spuedo\smas\scon\s(?:la|esta)\svida\b|\bya\sno\sle\s(?:veo|encuentro|hallo)\s(?:ningun\s)?(?:sentido|caso|chiste)\sa\snada\b(?!\sde\b)`,
    ],
  },
  {
    id: 'es.direct.unica-salida',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', negatable: false,
    patterns: [
      // death as the only way out: "la única salida que veo es quitarme del camino", "no le veo salida más que morirme"
      String.raw`\bla\sunica\s(?:salida|solucion|opcion|manera|forma)\s(?:que\s(?:veo|tengo|me\squeda|encuentro|hay)\s)?(?:es|seria|sera)\s(?:quitarme\s(?:del\scamino|de\sen\smedio|del\smedio|la\svida)|desaparecer(?:\spara\ssiempre)?|irme\spara\ssiempre|irme\sde\seste\smundo)\b`,
      String.raw`\bno\s(?:le\s)?(?:veo|encuentro|tengo|hay)\s(?:otra\s)?salida\s(?:a\s(?:esto|esta\svida|mi\svida)\s)?(?:mas\sque|que\sno\ssea|aparte\sde|sino)\s(?:morir(?:me)?|matarme|la\smuerte|quitarme\s(?:la\svida|del\scamino|de\sen\smedio)|el\ssuicidio|desaparecer)\b`,
      // Spanglish frame: "me quiero kill", "me voy a unalive"
      String.raw`\bme\s(?:quiero|voy\sa|[bv]oy\sa|dan\sganas\sde)\s(?:kill|killear|unalive)\b`,
    ],
  },
  {
    id: 'es.passive.le-importaria',
    lang: 'es', tier: 'passive', kind: 'passive', subject: 'self', negatable: false,
    patterns: [
      // "me pregunto si a alguien le importaría si me muero", "ya no quiero seguir en esta vida"
      String.raw`\b(?:me\s(?:pregunto|pregunte)\ssi\s)?(?:a\s)?alguien\s(?:le|me)\s(?:importaria|doleria|extranaria|lloraria|notaria)\s(?:si|que)\s(?:yo\s)?(?:me\smuero|me\smuriera|muero|desaparezco|desapareciera|me\smato|no\sestuviera|ya\sno\sestoy|ya\sno\sestuviera)\b`,
      String.raw`\b(?:ya\s)?no\squiero\s(?:seguir|estar|continuar)\s(?:en\s(?:esta|la)\svida|en\seste\smundo|aqui\sen\seste\smundo)\b`,
    ],
  },
  {
    id: 'es.direct.me-escondieron',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', escalates: false,
    near: {
      requires: String.raw`\b(?:para\sque\sno\s(?:me|lo|la|las|los|haga)|me\s(?:cacho|cacharon|encontr[a-z]+|vio|vieron)|por\s(?:seguridad|si\sacaso|mi\sbien|lo\sque\spaso)|hace\sbien|hicieron\sbien|desde\sque\s(?:lo\sintente|me\s(?:encontr|cort|intent|vieron))|porque\s(?:estaba|ando|andaba|estoy)\s(?:muy\s)?mal|(?:tiene|tienen)\smiedo)\b`,
      before: 10, after: 80,
    },
    patterns: [
      // someone took the means away: "mi esposa me escondió la navaja porque me cachó con ella en el baño"
      String.raw`(?<=\bme\s(?:escondio|escondieron|quito|quitaron|guardo|guardaron)\s)(?:la|las|el|los|mis|mi)\s(?:navajas?|cuchillas?|pastillas|medicinas|pildoras|pistolas?|armas?|rifles?|cuchillos|gillettes?|rastrillos|cinturones)\b`,
    ],
  },
  {
    id: 'es.respuesta.tamizaje',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', negatable: false, escalates: false,
    patterns: [
      // a screening question quoted and answered: "¿actualmente se hace daño? sí", "¿tiene pensamientos de quitarse la vida? prefiero no contestar"
      String.raw`\b(?:se\shace|te\shaces|se\sha\shecho|te\shas\shecho|hacerse|hacerte)\s(?:algun\s)?dano(?:\s(?:actualmente|ahora|ultimamente|a\sproposito|usted|todavia))?\s?\?\s?(?:(?:pues|la\sverdad|honestamente)\s?,?\s)?(?:si|sip|simon|a\sveces|seguido|todavia)\b`,
      String.raw`\b(?:quitarse\sla\svida|quitarte\sla\svida|suicidarse|suicidarte|matarse|matarte|de\smuerte|suicidio)\s?\?\s?(?:(?:pues|la\sverdad|honestamente)\s?,?\s)?(?:si|sip|simon|a\sveces|seguido|prefiero\sno\s(?:contestar|responder|decir(?:lo)?))\b`,
    ],
  },
  {
    id: 'es.respuesta.ideas-si',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', negatable: false, escalates: false,
    near: { requires: String.raw`\b(?:suicid[a-z]*|matarme|quitarme\sla\svida|muerte|morir(?:me)?|hacerme\sdano|intentos?)\b`, before: 80, after: 0 },
    patterns: [
      // a form row answered: "intentos: 0, pero ideas sí", "pensamientos: a veces"
      String.raw`\b(?:ideas|pensamientos|ideacion)\s?[:,\-]?\s(?:(?:pues|la\sverdad)\s)?(?:si|sip|a\sveces|seguido|algunas\sveces|de\svez\sen\scuando|casi\sdiario|todos\slos\sdias)\b(?!\s(?:me\s|que\b|de\s(?:negocio|trabajo)))`,
    ],
  },
  {
    id: 'es.respuesta.mejor-sin-usted',
    lang: 'es', tier: 'passive', kind: 'passive', subject: 'self', negatable: false,
    patterns: [String.raw`\b(?:mejor\ssin\s(?:usted|ti)|mejor\smuert[oa]|una\scarga)\s?\?\s?(?:(?:pues|la\sverdad|honestamente)\s?,?\s)?(?:si|sip|a\sveces)\b`],
  },
  {
    id: 'es.passive.no-hago-falta',
    lang: 'es', tier: 'passive', kind: 'passive', negatable: false,
    patterns: [
      // "yo aquí ya no hago falta pa nada", "a nadie le haría falta", "ya no me queda nada aquí"
      String.raw`\b(?:ya\s)?no\s(?:le\s)?hago\sfalta\s(?:aqui|pa\snada|para\snada|a\snadie|en\seste\smundo|en\sesta\scasa|ya)\b|\b(?:a\snadie|nadie)\sle\s(?:hago|haria|hare)\sfalta\b|\bnadie\sme\snecesita\b(?=\s*(?:[.!?,;]|$|\sya\b|\sde\sverdad))`,
      String.raw`\bya\sno\s(?:me\squeda|tengo)\snada\s(?:aqui|en\seste\smundo|que\sme\s(?:ate|detenga|amarre)\s(?:aqui|a\seste\smundo|a\sla\svida)|por\s(?:que|quien)\s(?:vivir|seguir))\b`,
      String.raw`\b(?:hart[oa]s?|cansad[oa]s?)\sde\sser\s(?:una|la|el)\s(?:carga|estorbo|lastre)\b`,
    ],
  },
  {
    id: 'es.passive.muerte-bienvenida',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    requires: String.raw`\b(?:muerte|morir|dios|diosito|senor|mi\shora)\b`,
    patterns: [
      // "si me llega la muerte la recibo con gusto", "si Dios me llama mañana me voy contento"
      String.raw`\b(?:la|lo)\s(?:recibo|recibiria|acepto|aceptaria)\s(?:con\s(?:gusto|los\sbrazos\sabiertos)|feliz|encantad[oa]|contento|contenta)\b`,
      String.raw`\bsi\s(?:(?:dios|diosito|el\ssenor|la\smuerte)\s)?me\s(?:llama|lleva|recoge|llega)\s(?:(?:manana|hoy|ya|pronto|esta\snoche)\s?)?,?\s?me\s(?:voy|iria)\s(?:contento|contenta|feliz|tranquil[oa]|en\spaz|con\sgusto)\b`,
      // "le pido a Dios no llegar"
      String.raw`\b(?:le\s)?(?:pido|ruego|rezo)\sa\s(?:dios|diosito|el\ssenor|la\svirgen)\s(?:que\s)?no\s(?:llegar|despertar|amanecer|vivir\smucho|durar\smucho|dejarme\sllegar)\b(?!\s(?:tarde|a\stiempo|a\sla\s(?:cita|junta)))`,
    ],
  },
  {
    id: 'es.passive.que-sea-pronto',
    lang: 'es', tier: 'passive', kind: 'passive', subject: 'self', negatable: false,
    near: { requires: String.raw`\b(?:me\s(?:alegre|alegro|dio\sgusto|da\sgusto)|que\sbueno|tengo\s(?:cancer|un\stumor|el\scorazon\sdebil)|me\squeda\spoco|terminal)\b`, before: 120, after: 10 },
    patterns: [
      // bad news welcomed: "el médico dice que tengo el corazón débil y la verdad me alegré. ojalá sea pronto"
      String.raw`\bojala\s(?:que\s)?(?:sea|fuera|llegue|me\sllegue|me\stoque)\s(?:pronto|rapido|ya|luego)\b`,
    ],
  },
  {
    id: 'es.passive.no-haber-sobrevivido',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      // "ojalá no me hubiera despertado de la operación", "ojalá el susto del cáncer hubiera sido de verdad"
      String.raw`\bojala\s(?:no\s(?:me\s)?hubiera\s(?:despertado(?!\s(?:tan\s)?temprano|\sa\slas|\shoy)|sobrevivido|salido\sviv[oa]|regresado(?=\s*(?:[.!?,;]|$)|\s(?:viv[oa]|de\s(?:la\sguerra|alla|irak|afganistan|la\smision|la\soperacion))))|me\shubiera\s(?:muerto|quedado\salla))\b`,
      String.raw`\bojala\s(?:[a-z]+\s){0,5}?(?:cancer|tumor|infarto|accidente|choque|derrame|susto)\s(?:[a-z]+\s){0,4}?(?:hubiera|hubiese)\ssido\s(?:de\sverdad|real|grave|peor|fatal|mortal)\b`,
      // "hubiera sido más fácil ser uno de los que no sobrevivieron", "cambiaría de lugar con los que se murieron"
      String.raw`\b(?:hubiera|habria|hubiese)\ssido\smas\sfacil\s(?:ser\sun[oa]\sde\s(?:los|las)\sque\s(?:no\ssobrevivieron|murieron|se\smurieron|no\sregresaron)|no\ssobrevivir|morir(?:me)?|no\shaber\s(?:sobrevivido|regresado|despertado))\b`,
      String.raw`\bcambiaria\s(?:de\s)?(?:lugar|lugares)\scon\s(?:cualquiera\sde\s)?(?:mis|los|las)\s(?:[a-z]+\s){0,2}?(?:que\s(?:se\s)?(?:murieron|fallecieron|no\sregresaron|no\svolvieron|cayeron|mataron)|muert[oa]s|caid[oa]s)\b`,
    ],
  },
  {
    id: 'es.passive.que-se-acabe',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      // "ojalá se acabara del todo", "quiero que ya se acabe. no el TEPT. todo"
      String.raw`\b(?:ojala|quisiera\sque|quiero\sque)\s(?:ya\s)?se\s(?:acabe|acabara|termine|terminara)\s(?:del\stodo|(?:todo\s)?de\suna\svez\spor\stodas)\b(?=\s*(?:[.!?,;]|$))`,
      String.raw`\bquiero\sque\sya\sse\sacabe\b(?=\s*[.!?,;][^\n]{0,30}?\btodo\b)`,
      // "si no amanezco pues ni modo", "si un tráiler me lleva no me enojaría"
      String.raw`\bsi\s(?:manana\s)?no\s(?:amanezco|despierto|amaneciera|despertara)(?:\s(?:manana|hoy))?\s?,?\s(?:pues\s|ya\s)?(?:ni\smodo|ya\sque|que\sbueno|ni\spedo|da\sigual|me\sda\sigual|tanto\smejor|que\simporta)\b`,
      String.raw`\bsi\s(?:un|una|el|la)\s(?:[a-z]+\s)?(?:trailer|camion|carro|bus|tren|rayo|bala|avion)\s(?:me\s(?:lleva|atropella|pega|mata|choca|cae)|se\sme\s(?:viene|echa)\sencima)\s(?:[a-z]+\s){0,5}?(?:no\sme\s(?:enojaria|molestaria|importaria|quejaria)|no\sestaria\smal|me\sharia\sun\sfavor)\b`,
      String.raw`\bsi\sme\s(?:cae|atropella|lleva|pega|mata|choca)\s(?:un|una|el|la)\s(?:[a-z]+\s)?(?:trailer|camion|carro|bus|tren|rayo|bala|avion)\s(?:[a-z]+\s){0,5}?(?:no\sme\s(?:enojaria|molestaria|importaria|quejaria)|no\sestaria\smal|me\sharia\sun\sfavor)\b`,
      // "a veces deseo que se caiga el avión", "quisiera que me atropellaran"
      String.raw`\b(?:deseo|quisiera|ojala|rezo\spara|pido)\sque\s(?:se\s(?:caiga|cayera|estrelle|estrellara)\sel\savion|el\savion\sse\s(?:caiga|cayera|estrelle|estrellara))\b`,
      String.raw`\b(?:ojala|quisiera\sque|deseo\sque|espero\sque|rezo\spara\sque|pido\sque)\s(?:(?:ya|de\suna\svez|pronto)\s)?me\s(?:atropellen|atropellaran|maten|mataran|disparen|dispararan)\b`,
      // "no me importa estar vivo"
      String.raw`\b(?:no|ni)\sme\simporta\s(?:(?:si\s)?(?:estar|estoy|seguir|sigo)\sviv[oa]|vivir|si\svivo)\b`,
      // the generic second person owned: "¿viste cuando te querés ir para siempre? así ando"
      String.raw`\bte\s(?:queres|quieres|dan\sganas\sde)\s(?:ir(?:te)?\spara\ssiempre|morir|desaparecer\spara\ssiempre)\b(?=[^\n]{0,40}?\basi\s(?:ando|estoy|me\ssiento)\b)`,
    ],
  },
  {
    id: 'es.history.aborto-de-intento',
    lang: 'es', tier: 'history', kind: 'history', subject: 'self',
    patterns: [
      // an attempt broken off: "en 2009 manejé hasta el puente y me quedé ahí sentado dos horas. no hice nada"
      String.raw`\b(?:maneje|fui|camine|me\sfui|llegue|me\ssubi)\shasta\s(?:el|la|las)\s(?:puente|presa|azotea|vias|barranca|acantilado|ultimo\spiso)\s(?:[a-z]+\s){0,3}?(?:y|pero)\s(?:me\squede\s(?:ahi\s)?(?:parad[oa]|sentad[oa])|me\sarrepenti|me\sdio\smiedo|no\s(?:hice\snada|me\satrevi|pude\shacerlo|lo\shice|salte))\b`,
      // "fui al puente anoche pero me dio miedo": dated, history; last night, an emergency
      String.raw`\b(?:fui|me\sfui|llegue|me\ssubi|estuve)\s(?:al|a\sla|a\slas|hasta\sel|hasta\sla|en\sel|en\sla)\s(?:puente|presa|azotea|vias|barranca|acantilado|ultimo\spiso)\s(?:[a-z]+\s){0,3}?(?:pero|y)\s(?:me\sdio\smiedo|no\sme\satrevi|me\sarrepenti|no\spude\shacerlo|no\slo\shice|no\ssalte)\b`,
      // "pasé un año queriendo morirme"
      String.raw`\b(?:pase|estuve|anduve|vivi)\s(?:(?:un|una|dos|tres|varios|muchos|meses|anos|semanas|tiempo|el|la|ano|mes|todo|toda|rato)\s){0,3}(?:queriendo|con\sganas\sde|pensando\sen)\s(?:morirme|matarme|suicidarme|quitarme\sla\svida|no\sdespertar|acabar\scon\stodo)\b`,
    ],
  },
  {
    id: 'es.direct.me-colgue',
    lang: 'es', tier: 'active', kind: 'suicide', subject: 'self', pastIsAttempt: true,
    patterns: [
      // "me colgué en la cochera en 2017 y se rompió la cuerda": dated, history; today, an emergency
      String.raw`\bme\s(?:colgue|ahorque)\s(?:en|de|del|con)\s(?:el|la|un|una|mi)\s(?:cochera|garaje|closet|bano|arbol|viga|ventilador|cuarto|puerta|regadera|techo|cuerda|soga|cinturon|cable|sotano|patio|escalera)\b`,
    ],
  },
  {
    id: 'es.history.internado-despues',
    lang: 'es', tier: 'history', kind: 'history', subject: 'self',
    patterns: [
      // "me internaron el año pasado después de tomarme las pastillas", "me lavaron el estómago por una sobredosis"
      String.raw`\bme\s(?:internaron|hospitalizaron|llevaron\sal\shospital|llevaron\sa\surgencias|lavaron\sel\sestomago)\s(?:[a-z0-9]+\s){0,4}?(?:por|despues\sde|tras|cuando)\s(?:(?:un|una|mi)\s)?(?:intento|sobredosis|(?:tomarme|tragarme)\s(?:las|todas\slas|unas|un\smonton\sde|un\sfrasco\sde)\s(?:pastillas|pildoras|medicinas)|cortarme|querer\s(?:matarme|suicidarme|morirme)|que\sme\s(?:tome|trague|corte)\s(?:las|todas|unas|un|el|la))\b`,
    ],
  },
  {
    id: 'es.desire.queriendo',
    lang: 'es', tier: 'active', kind: 'die', subject: 'self', wish: true,
    patterns: [
      // "llevo semanas queriendo morirme", "ando queriendo matarme"
      String.raw`\b(?:llevo|ando|sigo|paso|vivo)\s(?:(?:un|una|dos|tres|varios|muchos|meses|anos|semanas|dias|tiempo|el|la|todo|toda|rato)\s){0,3}(?:queriendo|con\sganas\sde)\s(?<core>morirme|matarme|suicidarme|quitarme\sla\svida|no\sdespertar|acabar\scon\stodo)\b`,
    ],
  },
];
