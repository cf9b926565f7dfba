import { PILLS, QUANT } from '../rules/en/lexicon';
import { PILLS_ES, QUANT_ES } from '../rules/es/lexicon';

/**
 * The safety net's lexicon: words and short phrases grouped by CONCEPT, in English and Spanish,
 * written against normalised text (lower case, no accents, no apostrophes: "im", "dont", "tome").
 * A concept alone rarely decides anything; the scorer (score.ts) combines concepts found near each
 * other. Every pattern is a bounded alternation: no nested unbounded quantifiers, gaps at most
 * a few words, so one scan of a 1,600-character message stays linear.
 *
 * weight: how much a concept says about risk on its own (1 = context only, 3 = a risk signal alone).
 * It orders the reasons and documents intent for clinicians; the tier comes from the combination rules.
 */
export type Concept =
  | 'ending' // euphemisms for ending one's life: "check out", "make it stop for good", "irme para siempre"
  | 'gone' // passive absence/death wishes: "not wake up", "sleep forever", "no existir", "que Dios me recoja"
  | 'othersDeath' // a death from outside, hoped for: "if a truck hit me", "ojalá un carro me atropellara"
  | 'selfharm' // hurting oneself: "cutting my stomach", "me pego en la cabeza", "me hacía cortes"
  | 'selfharmAmbig' // acts that are self-harm only on purpose: "punching the wall", "banging my head"
  | 'purpose' // "on purpose", "want it to hurt", "a propósito", "hasta sangrar"
  | 'ingest' // an overdose taken: "swallowed everything", "ya me tomé todo", "me he tomado la caja entera"
  | 'ingestPlan' // an overdose planned: "gonna swallow my whole script", "tomarme la caja entera"
  | 'ingestVerb' // taking/swallowing, any tense: "me tomo", "take", "swallow"
  | 'means' // lethal means: rope, gun, pills and drug names, blades, car running
  | 'meansReady' // means at hand and ready: "rope's already up", "pistol in my lap", "carro prendido con el garaje cerrado"
  | 'ready' // at hand, right after a means: "in my lap", "loaded", "counted out", "next to me"
  | 'stockpile' // saved up means: "pocketing", "he ido guardando", "stockpiled"
  | 'place' // dangerous places: roof, ledge, balcony, bridge, overpass, tracks, platform, cliff, azotea, puente, andén
  | 'presence' // the writer there now: "I'm on", "estoy en", "standing on"
  | 'edge' // at the edge: "leg over the rail", "jump", "me tiro", "cuando pase el próximo"
  | 'act' // act already begun: "already started cutting", "ya empecé", "estoy mareado"
  | 'resolve' // decision made: "decided", "made up my mind", "esta vez sí lo hago", "it's handled"
  | 'farewell' // goodbyes and secrecy: "just wanted someone to know", "don't call anyone", "perdóname", letters
  | 'time' // a near time: tonight, now, Sunday, "when my shift ends", "ya", "esta noche"
  | 'wish' // wanting, hoping: "wish", "ready to", "wouldn't mind", "ojalá", "quisiera", "ganas de"
  | 'think' // dwelling on it: "keep picturing", "thinking about", "contemplating", "pensando en"
  | 'howTo' // a method imagined: "how I'd do it", "ways to end it", "cómo hacerlo"
  | 'crash' // a vehicle used as a means: "put the truck into the median"
  | 'prepare' // preparations: "affairs in order", "gave my dog away", letters left, "dejé cartas"
  | 'attempt' // attempt words: "attempt", "SA", "intento", "overdosed"
  | 'past' // markers of the past: "years ago", "at age 14", "in 2007", "ya lo superé", "una época"
  | 'clinicalSI' // clinical shorthand: "SI", "+SI", "endorses SI", "ideación"
  | 'item9' // PHQ-9 item 9 answered: "item 9: nearly every day", "pregunta 9: casi todos los días"
  | 'hopeless'; // "no aguanto más", "can't take it anymore": weight 1, only with an act or means

export const WEIGHT: Readonly<Record<Concept, number>> = {
  ending: 3, gone: 2, othersDeath: 2, selfharm: 3, selfharmAmbig: 1, purpose: 1, ingest: 3, ingestPlan: 2, ingestVerb: 1,
  means: 1, meansReady: 3, ready: 1, stockpile: 2, place: 1, presence: 1, edge: 2, act: 2, resolve: 1, farewell: 1,
  time: 1, wish: 1, think: 1, howTo: 2, crash: 2, prepare: 2, attempt: 2, past: 1, clinicalSI: 3, item9: 3, hopeless: 1,
};

const TIME_EN = String.raw`tonight|today|right\snow|now|this\s(?:weekend|morning|afternoon|evening)|(?:on\s|this\s|next\s|by\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|(?:when|after|once)\s(?:my|the)\s(?:shift|watch|tour|call)\s(?:ends|is\sover|finishes)|shift\sends|after\smy\s(?:\d{1,2}|shift|watch)|when\s(?:i|im)\s(?:get|am)\s(?:home|off|alone)|(?:at|by|before)\s(?:midnight|dawn|sunrise|\d{3,4}|\d{1,2}(?:\s?(?:am|pm|oclock))?)|in\s(?:an?|a\sfew|\d+|one|two)\s(?:hours?|minutes?|mins?)|(?:after|when|once)\s(?:the\skids|everyone|my\s(?:wife|husband|kids|family)|they|she|he)\s(?:are|is|go|goes|fall|falls|leave|leaves|left)\s(?:asleep|to\sbed|to\ssleep|out|gone|to\swork|to\sschool)`;
const TIME_ES = String.raw`esta\s(?:noche|tarde|madrugada|vez)|hoy|ahora(?:\smismo)?|ahorita|manana|ya\smismo|en\sun\srato|este\sfin(?:\sde\ssemana)?|(?:el|para\sel|este)\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|cuando\s(?:se\sduerman|todos\sduerman|se\svayan|me\sdejen\ssol[oa]|salga\sdel\s(?:turno|trabajo)|termine\s(?:el|mi)\sturno|pase\sel\s(?:proximo|siguiente))|a\sla\smedianoche|a\slas\s\d{1,2}`;

const MEANS_EN = String.raw`${PILLS}|ropes?|noose|(?:service\s)?(?:guns?|pistol|rifle|shotgun|revolver|glock|handgun|firearm|sidearm|weapon)|bullets?|razors?|blades?|knife|knives|box\scutter|poison|charcoal|helium|(?:car|engine|truck|motor)s?\s(?:is\s)?(?:still\s)?(?:running|on)|antifreeze|bleach|rat\spoison|carbon\smonoxide|exit\sbag|plastic\sbag|nitrogen|fent`;
const MEANS_ES = String.raw`${PILLS_ES}|orfidal(?:es)?|trankimazin|lexatin|rohypnol|caja|soga|cuerda|pistola|arma|escopeta|balas?|navaja|cuchilla|gillette|cuchillo|(?:carro|coche|auto|motor)\s(?:prendido|encendido|en\smarcha)`;

/** Each concept: English source, Spanish source. Empty string = none in that language. */
export const CONCEPT_SOURCES: ReadonlyArray<readonly [Concept, string, string]> = [
  ['clinicalSI',
    String.raw`(?:endorses|endorsing|reports|reporting|denies|denied|denying|negative\sfor|no|positive\sfor|hx\sof|history\sof|with|w|active|passive|current|ongoing|chronic|intermittent|\+)\s(?:current\s|active\s|passive\s|recent\s)?si\b(?!\s(?:senor|se|no|tengo|quiero|me|es|a|el|la))|\bsi\s(?:w|with|without|wo|and|plus|\+)\s(?:plan|intent|hi)|^si\s?,\s?(?:passive|active|no\splan|with\splan|w\splan|intermittent|chronic)|\bsa\s(?:in|on|at)\s(?:19|20)\d\d|(?:prior|previous|past|hx\sof|history\sof|hx|h\/o|ho)\s(?:\d\s)?sa\b|\bsa\s?x\s?(?:\d|i|ii|iii|one|two)\b`,
    String.raw`ideacion\s(?:suicida|autolitica)|ideas?\sautoliticas|(?:intento|intentos)\sautolitico|conducta\sautolitica`],
  ['item9',
    String.raw`(?:item|question|q|#|number|no)\s?(?:9|g|nine)\b[^.!?\n]{0,30}?\b(?:yes|yeah|yep|nearly\severy\sday|more\sthan\shalf(?:\sthe\sdays)?|several\sdays|most\sdays|every\sday|daily|[123]\b)`,
    String.raw`(?:pregunta|item|numero|la|#|no)\s?(?:9|g|nueve)\b[^.!?\n]{0,30}?\b(?:casi\stodos\slos\sdias|todos\slos\sdias|mas\sde\sla\smitad(?:\sde\slos\sdias)?|varios\sdias|si\b|[123]\b)|\b(?:si|puse\sque\ssi|marque\sque\ssi|conteste\sque\ssi)\s(?:a|en)\s(?:la\s|el\s)?(?:pregunta|item|numero)\s?(?:9|nueve)\b`],
  ['ingest',
    String.raw`(?:swallowed|took|downed|popped|chugged|ate|necked|taken|swallowing|taking|eating)\s(?:(?:all|every|the|my|of|whole|entire|rest|just|already|pretty\smuch|basically|last)\s){0,3}(?:everything(?!\s(?:the|that|they|you|he|she|we|else|[a-z]+\s(?:offered|gave|prescribed|suggested|recommended|tried))|\s(?:seriously|personally|in\sstride|to\sheart|back|off|out|apart|with\sme))|every\s(?:pill|last\sone|single\sone)|the\s(?:whole|entire)\s(?:box|bottle|pack|jar|thing|lot|supply|stash|script|prescription|organizer|blister)|(?:all|the\srest)\sof\s(?:my|the|them|it)|\d{2,}\s(?:pills|tabs|tablets|of\sthem)|a\s(?:whole|full)\s(?:box|bottle|pack|handful)|(?:a\s)?handfuls?)(?!\sof\s(?:donuts|cookies|pizza|cereal|chocolates?|candy|tissues|crackers|kleenex|snacks|wine|beer|food|chips|cake|tea|coffee|paperwork|forms|files|stuff|almonds|nuts|peanuts|cashews|pistachios|walnuts|trail\smix|berries|blueberries|grapes|cherries|raisins|popcorn|pretzels|fries|gummy\sbears|gummies|ice|napkins|coins|change|cash|sand|leaves|seeds)|[^.!?]{0,40}\b(?:as\sprescribed|like\s(?:i|the|my)\s(?:doctor|doc|should|was\stold|am\ssupposed|m\ssupposed)|this\smorning|with\s(?:breakfast|food|dinner|lunch)|on\stime|every\s(?:day|morning|night)))`,
    String.raw`(?:me\s)?(?:tome|he\stomado|trague|he\stragado|meti|acabe\scon|bebi|tomado|tragado)\s(?:(?:ya|yo|toda|todo|todas|todos|la|el|las|los|de|mis|un|una)\s){0,2}(?:todo(?!\s?:|\s(?:el|la|los|las|mi|mis|tu|su|bien|normal|tranquil[oa]|con\scalma|lo\sque\s(?:me\s)?(?:dijo|dijeron|dieron|receto|recetaron|indico|mando)))|todas?\s(?:las|mis)\s(?:pastillas|pildoras|medicinas|pastis|tabletas)(?!\s(?:de\s(?:hoy|la\smanana|la\snoche|la\starde|siempre|la\spresion|diario)|del\sdia|como\s(?:siempre|me\sdijo|me\sindico|indica)|a\stiempo|en\sla\smanana))|(?:la\s)?caja\s(?:entera|completa)(?!\sde\s(?:te|cafe|galletas|chocolates?|dulces|cereal|pizza|donas))|(?:todo\s)?el\s(?:frasco|bote|blister)(?!\sde\s(?:cafe|te|agua|jugo|leche|refresco|salsa|mermelada|miel|vitaminas|crema|yogur))|(?:toda\s)?la\s(?:caja|botella|tira)\s(?:entera\s|completa\s)?de\s(?:pastillas|pildoras|${PILLS_ES})|un\s(?:frasco|bote|monton|punado|puno)|(?:\d{2,}|veinte|treinta|cuarenta|cincuenta)\s(?:pastillas|pildoras|pastis))`],
  ['ingestPlan',
    String.raw`(?:swallow|take|down|pop|chug|eat|od\son)\s(?:(?:all|every|the|my|of|whole|entire|rest|last)\s){0,3}(?:everything\s(?:i\shave|in\sthe\s(?:cabinet|bottle|box))|(?:the|my)\s(?:whole|entire)\s(?:box|bottle|pack|jar|script|prescription|supply|stash|organizer)|all\sof\sthem\sat\sonce|all\s(?:my|the)\s[a-z]+\sat\sonce|\d{2,}\s(?:of\s(?:my|the|them)\b|pills|tabs|tablets|caps)|(?:a\s)?handfuls?\sof)`,
    String.raw`(?:tomarme|tragarme|meterme|me\s(?:voy\sa\s)?(?:tomar|tragar))\s(?:(?:toda|todo|todas|todos|la|el|las|los|de|mis|un|una)\s){0,2}(?:todas?\s(?:las|mis)\s(?:pastillas|pildoras|medicinas|pastis|tabletas)\sde\sun\sjalon|(?:la\s)?caja\s(?:entera|completa)|(?:todo\s)?el\s(?:frasco|bote|blister)\s(?:entero|completo)|un\s(?:frasco|bote|monton|punado|puno)|(?:\d{2,}|veinte|treinta|cuarenta|cincuenta)\s(?:pastillas|pildoras|pastis))`],
  ['ingestVerb',
    String.raw`(?:swallow|take|taking|took|down|pop|using|use)\s(?:(?:them|it|those|these)\s)?(?:all|everything)?`,
    String.raw`(?:me\s(?:tomo|trago|meto|voy\sa\stomar)|tomarme|tragarme)`],
  ['meansReady',
    String.raw`(?:car|engine|truck)s?\s(?:is\s)?(?:still\s)?(?:running|on)[^.!?]{0,30}?garage|garage[^.!?]{0,30}?(?:car|engine|truck)s?\s(?:is\s)?(?:still\s)?(?:running|on)|(?:rope|noose|belt|cord)s?\s(?:is\s|s\s)?(?:already\s|all\s)?(?:up|tied|hung|ready|set\sup)|(?:car|engine|truck)s?\s(?:is\s)?(?:still\s)?running\s(?:in\sthe\sgarage|with\sthe\s(?:garage\s)?doors?\s(?:shut|closed))`,
    String.raw`(?:carro|coche|auto|motor)\s(?:prendido|encendido|en\smarcha)\s(?:con|en)\s(?:el\s)?garaje|(?:la\s)?(?:soga|cuerda)\s(?:ya\s)?(?:esta\s)?(?:lista|colgada|amarrada|puesta)|(?:pistola|arma)\s(?:ya\s)?(?:cargada|en\sla\smano)|pastillas\s(?:ya\s)?(?:contadas|listas|en\sla\smano)`],
  ['crash',
    String.raw`(?:jump|jumping|step|stepping|walk|walking|throw\smyself|lie\sdown|lay\sdown)\s(?:in\sfront\sof|under|onto\sthe\stracks\sin\sfront\sof)\s(?:a|the|an)\s(?:[a-z0-9]+\s)?(?:train|truck|bus|semi|car|subway|metro)|(?:put|drive|driving|steer|crash|crashing|wrap|run|floor|aim)\s(?:my|the|it|this)?\s?(?:truck|car|bike|rig|jeep|it)?\s?(?:into|off|through)\s(?:the\s|a\s|an\s|some\s)?(?:median|wall|tree|pole|bridge|barrier|guardrail|overpass|oncoming|semi|river|cliff|embankment)`,
    String.raw`(?:tirarme|aventarme|echarme|lanzarme|me\s(?:tiro|aviento|echo|lanzo))\s(?:al|bajo\sel|frente\sal|enfrente\sdel?)\s(?:tren|metro|camion|trailer|carro)|(?:estrellar(?:me)?|estrellarme|me\sestrello|chocar|me\svoy\sa\sestrellar)\s(?:el\s(?:carro|coche|auto)\s)?(?:contra|con)\s(?:un|una|el|la)\s(?:muro|pared|arbol|poste|trailer|camion|puente)`],
  ['ending',
    String.raw`(?:end|ending|ended)\s(?:it|it\sall|things|everything|the\spain|my\ssuffering)(?!\s(?:with|between|early|off|at\swork))|(?:make|making|made)\s(?:it|this|everything|the\spain|the\snoise|it\sall)\s(?:all\s)?stop\s(?:for\sgood|forever|permanently)|check(?:ing|ed)?\sout(?=\s*(?:[.!?,;:]|$)|\s(?:for\sgood|permanently|of\s(?:life|this\sworld|here)|every|sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|when|after|before|soon|tbh|honestly|lol|and|its|the\ssame|too))|the\sbig\ssleep|(?:eat|eating)\s(?:my|a)\s(?:gun|bullet)|punch\smy\s(?:own\s)?ticket|clock\sout\sfor\sgood|(?:join|joining|be\swith)\s(?:my|the)\s(?:buddies|brothers|guys|boys|squad|unit|team|friends|dead|fallen)(?=\s*(?:[.!?,;:]|$)|\s(?:who|that|up\sthere|on\sthe\sother\sside|in\s(?:heaven|the\sground|arlington)|soon|already|again|now|for\sgood))|(?:final|permanent|only)\s(?:way\sout|exit|solution)|take\sthe\seasy\sway\sout|(?:do|doing|did)\sit\sfor\sreal|the\s(?:long|last)\sgoodbye|take\smyself\sout(?!\s(?:to|for)\s(?:(?:a|an|some|the)\s)?(?:(?:nice|fancy|little|good|solo|birthday|late|quick|proper|cheap|steak|sushi)\s)?(?:dinner|lunch|breakfast|brunch|supper|meal|coffee|drinks?|ice\scream|dessert|movies?|date|shopping|sushi|pizza|tacos|steak|bbq|burgers?|trip|day\strip|concert|show|museum|spa|massage|treat)\b)|do\smyself\sin|top\smyself|neck\smyself|put\smyself\sdown|(?:take|taking|took)\sthe\s(?:cowards\s|easy\s)?way\sout|cash\sin\smy\schips|bow\sout\s(?:for\sgood|permanently|of\slife)|tap\sout\sfor\sgood|give\sup\son\s(?:life|living)|(?:long\s)?walk\soff\s(?:a|the)\sshort\spier|self\sdelete|rest\sforever|eternal\srest`,
    String.raw`acab(?:ar|o|are|aria)\scon\s(?:todo|esto|mi\svida|mi\ssufrimiento)|termin(?:ar|o|are)\scon\stodo|(?:me\s)?(?:voy\sa\s)?ir(?:me)?\spara\ssiempre|me\svoy\spara\ssiempre|irme\sde\seste\smundo|quitarme\sde\s(?:en\smedio|aqui)|terminar\scon\s(?:todo|esto|mi\svida)|(?:hacer|hago)\sque\s(?:esto\s|todo\s)?(?:pare|termine|se\sacabe)\spara\ssiempre|salida\s(?:facil|final)|(?:reunirme|juntarme|estar)\scon\s(?:mis\s(?:companeros|hermanos|amigos|muertos)|los\sque\sya\sse\sfueron)|terminar\smi\svida|no\sseguir\sviviendo|descansar\spara\ssiempre|el\sdescanso\seterno`],
  ['gone',
    String.raw`(?:(?:if|when)\si\s(?:just\s)?(?:didnt|did\snot)|not|never|dont|wont|do\snot)\s(?:to\s)?wake\sup(?!\s(?:until|till|til|on\stime|early|in\stime|at\s|before|when|for\swork|easily|rested|refreshed|anymore\sat))|(?:go\sto\s|fall\s)?(?:sleep|asleep)\s(?:forever|for\sever|for\sgood|and\s(?:never|not)\s(?:wake|come\sback))(?!\s(?:on\s(?:the\s)?weekends?|on\s(?:saturdays?|sundays?|my\sdays?\soff|days\soff|vacation|holidays?)|this\sweekend|after\s(?:this|my|a|the)\s(?:shift|week|exam|trip|flight)|in\sthe\smornings?))|(?:meet|see|go\shome\sto|be\swith)\s(?:god|jesus|the\slord|my\smaker|my\screator)|dying\sin\smy\ssleep|die\sin\smy\ssleep|(?:disappear|vanish|fade\saway)\s(?:forever|for\sgood|permanently)|(?:if|when|once)\si\s(?:just\s|finally\s)?(?:was|were|am|m)\s(?:gone|dead)(?!\s(?:for|on|to|from|a|all|overnight|that|this|tomorrow|the|with))|(?:if|when|once)\si\s(?:just\s)?(?:wasnt|werent|was\snot|am\snot|m\snot)\s(?:here|around|alive)\s(?:anymore|any\smore)|(?:wouldnt|wont|didnt|dont)\smake\sit\s(?:home|back)|(?:wont|will\snot|wouldnt)\sbe\s(?:here|around)\s(?:much\slonger|for\slong|tomorrow|next\sweek|by\s(?:morning|tomorrow|the\sweekend))|this\sis\smy\slast\s(?:night|day|week|shift)(?!\s(?:at\s(?:this|the|my|work)|in\s(?:this|the)\s(?:apartment|house|job|office|unit|building)|of\s(?:work|school|class|the\s(?:job|semester|contract|season))|here\sat)\b)|wish(?:ed)?\s(?:they|theyd|you|youd|he|hed|she|shed|god|someone|the\s(?:doctors?|medics?|docs?))\s(?:would\shave\s|had\s|d\s|would\s|could\shave\s)?(?:let|left)\sme\s(?:go|die|there)(?=\s*(?:[.!?,;:]|$))`,
    String.raw`no\s(?:existir|despertar(?:me)?(?!\s(?:a\s(?:mi|mis|tu|tus|su|sus|nadie|nuestr[oa]s?)\b|al\s(?:bebe|nino|nene|chiquito|perro|vecino|abuelo|marido|esposo|jefe)\b|a\s(?:los|las|la|el)\s(?:bebes?|ninos?|ninas?|nenes?|vecin[oa]s?|demas|otros|abuel[oa]s?|perros?|chiquit[oa]s?|muchachos)\b))|estar\s(?:aqui|mas)|vivir\smas)|(?:dormir(?:me)?|quedarme\sdormid[oa]|dormid[oa])\spara\ssiempre|dormir\sy\sno\sdespertar|que\sdios\sme\s(?:recoja|lleve|llame)(?!\s(?:con\sbien|bien|sano|sana|sanos|sanas|con\scuidado|de\sregreso|a\s(?:mi|la|su)\s(?:casa|casita|destino|trabajo)|a\scasa)\b)|(?:ver|encontrarme\scon|reunirme\scon|irme\scon)\s(?:a\s)?(?:dios|diosito|el\senor|jesus)|desaparecer\s(?:para\ssiempre|del\smundo|de\seste\smundo)|dejar\sde\s(?:existir|vivir|respirar)|morir(?:me)?\sdormid[oa]|no\svoy\sa\sestar\s(?:manana|mucho\stiempo|para\s(?:navidad|el\sfin))|ya\sno\sme\svan\sa\sver(?![^.!?\n]{0,40}?\b(?:por\s(?:aqui|aca)|me\s(?:mudo|cambio|regreso|voy\sa\s(?:vivir|mudar|regresar))|de\sviaje|de\svacaciones|en\s(?:el\sgrupo|la\s(?:oficina|iglesia|escuela|junta)))\b)|es\smi\sultim[oa]\s(?:noche|dia|semana|turno)`],
  ['othersDeath',
    String.raw`(?:a|the|some)\s(?:truck|bus|car|train|semi|drunk\sdriver|bullet|stray\sbullet|plane)\s(?:would\s|just\s)?(?:hit|hits|took|takes|ran\sover|runs\sover|killed|kills|got)\sme|(?:heart\sattack|stroke|aneurysm|cancer)\s(?:would\s|just\s)?(?:took|takes|got|gets|killed|kills)\sme`,
    String.raw`(?:un|el|algun)\s(?:carro|coche|camion|auto|tren|bus|trailer|borracho)\s(?:me\s)?(?:atropellara|atropelle|matara|mate|llevara)|(?:me\s)?(?:diera|de)\sun\s(?:infarto|paro)\sy\sya`],
  ['selfharm',
    String.raw`(?:cut|cuts|cutting|slice|slicing|slit|slitting|carve|carving|burn|burning|burned|scratch|scratching|stab|stabbing|hit|hitting|punch|punching|starve|starving)\s(?:(?:on|into|up)\s)?myself(?!\s(?:off|out|short|by\saccident|accidentally|shaving|cooking|chopping|on\sthe|at\s(?:the\s)?(?:work|gym|game|practice)|while|playing|lifting|working\sout|training|moving|short))|(?:cut|cuts|cutting|slice|slicing|slit|slitting|carve|carving)\s(?:(?:on|into|up)\s)?my\s(?:own\s)?(?:arms?|wrists?|legs?|thighs?|stomach|belly|skin|hips?|chest|ankles?|shoulders?)(?!\s(?:by\saccident|accidentally|shaving|cooking|chopping|on\s(?:the|a|some)|at\swork|while|open\son))|(?:i\swas|i\sam|im|been)\sa\scutter|(?:started|start|been|keep|kept)\s(?:cutting|burning)\sagain|(?:bang|banging|slam|slamming)\smy\shead\s(?:against|on|into)(?!\s(?:the\s)?(?:cabinet|door\sframe|shelf|ceiling|car\sdoor))`,
    String.raw`me\s(?:corto|corte|cortaba|cortare|he\scortado|volvi\sa\s(?:cortar|quemar|lastimar|golpear)|vuelvo\sa\s(?:cortar|quemar|lastimar)|hago\scortes|hacia\scortes|hice\scortes|quemo|queme|quemaba|lastimo|lastime|lastimaba|hago\sdano|hacia\sdano|hice\sdano)(?!\s(?:el\spelo|las\sunas|el\sdedo|con\sel\spapel|sin\squerer|cocinando|afeitandome|en\sel\strabajo|la\slengua|la\smano\scon))|me\s(?:rasguno|golpeo|pego|arano|muerdo)(?!\s(?:el\spelo|las\sunas|un\ssusto|el\ssol|la\sgripe|el\scovid|con\sel\spapel|sin\squerer|cocinando|afeitandome|en\sel\strabajo))(?:\s(?:en\s(?:la|el|los|las|mi|mis)|contra|con|los\sbrazos|las\spiernas|las\smunecas|el\sbrazo|la\spierna|cuando|a\sproposito|hasta|otra\svez|de\snuevo|yo\smism[oa]|sol[oa])|(?=\s*(?:[.!?,;:]|$)))|cortarme|quemarme|lastimarme|golpearme|hacerme\s(?:dano|cortes)|autolesion\w*`],
  ['selfharmAmbig',
    String.raw`(?:punch|punching|punched|hit|hitting|slam|slamming|bang|banging|headbutt|headbutting|burn|burning|burned|scratch|scratching|bite|biting)\s(?:the\s|a\s|my\s)?(?:[a-z]+\s)?(?:wall|walls|door|mirror|head|arms?|legs?|hands?|skin|face|wrists?|thighs?)`,
    String.raw`(?:golpe\w*|pegarle|pego|pegando|doy\sgolpes|dando\sgolpes)\s(?:a\s|contra\s)?(?:la\s|las\s)?(?:pared|paredes|puerta|espejo)`],
  ['purpose',
    String.raw`on\spurpose|deliberately|want\sit\sto\shurt|wanted\sit\sto\shurt|to\sfeel\s(?:something|pain)|so\sit\shurts|(?:till|until)\s(?:i\s|my\s[a-z]+\s)?(?:bleed|bled|split|broke|cracked)`,
    String.raw`a\sproposito|queria\sque\sdoliera|quiero\sque\sduela|para\ssentir\s(?:algo|dolor)|hasta\s(?:sangrar|que\ssangre|romperme)`],
  ['ready',
    String.raw`(?:(?:is|s|are|re)\s)?(?:already\s|all\s)?(?:in\smy\s(?:lap|hand|hands|mouth)|(?:(?:is|s|are|re)\s)(?:loaded|cocked)|cocked|lined\sup|counted\sout|laid\sout|on\sthe\s(?:table|counter|bed|nightstand)\sin\sfront\sof\sme|(?:right\s)?(?:next\sto|in\sfront\sof)\sme\s(?:right\snow|now|tonight)|to\smy\s(?:head|temple|chest|throat|wrist))`,
    String.raw`(?<!\bme\s(?:puso|pusieron|apunto|apuntaron|ponia|ponian|pone|ponen)\s(?:la|el|una|un|su)\s(?:pistola|arma|rifle|escopeta|cuchillo|navaja|revolver|fusca|cuete|filero)\s)(?:(?:ya|esta|estan)\s)?(?:en\smi\smano|en\smis\smanos|cargad[ao]|junto\sa\smi|frente\sa\smi|en\sla\sboca|en\sla\scabeza|contadas|en\sla\smesa\sfrente\sa\smi)`],
  ['stockpile',
    String.raw`(?:pocketing|pocketed|stockpiling|stockpiled|hoarding|hoarded|saving\sup|saved\sup|been\ssaving|collecting|squirreling\saway)`,
    String.raw`(?:he\sido\sguardando|he\sguardado|estoy\sjuntando|he\sjuntado|voy\sjuntando|ahorrando|guardando|junte)`],
  ['means', MEANS_EN, MEANS_ES],
  ['place',
    String.raw`roof|rooftop|ledge|balcony|bridge|overpass|(?:train\s|railroad\s|rail\s)?tracks|(?:train\s|subway\s|metro\s)?platform|cliff|(?:\d+(?:st|nd|rd|th)|top)\sfloor|\d+\s(?:floors|stories|storeys)\s(?:down|up|high)|garage|parking\s(?:garage|structure|deck)|water\stower|dam|edge|pier|river|lake|ocean|highway|freeway|interstate|railing|stairwell`,
    String.raw`azotea|techo|cornisa|balcon|puente|(?:las\s)?vias(?:\sdel\stren)?|anden|acantilado|barranco|precipicio|(?:ultimo\s)?piso\s\d+|(?:el\s)?borde|garaje|rio|muelle|presa|carretera|autopista|barandal|baranda`],
  ['edge',
    String.raw`(?:leg|legs|foot|feet)\sover\sthe\s(?:rail|railing|edge|side|ledge)|(?:jump|jumping|step\soff|stepping\soff|let\sgo|leap|leaping|walk\sin\sfront|step\sin\sfront)|(?:when|before)\sthe\s(?:next\s)?(?:train|metro|subway)\s(?:comes|passes|gets)|(?:walk|walking|step|stepping|run|running)\s(?:into|in\sfront\sof)\s(?:the\s)?(?:water|traffic|ocean|lake|river|sea|a\struck|a\sbus|a\strain)|(?:(?:on|at)\s)?the\s(?:very\s)?(?:edge|ledge|rail|railing)\sof|(?:legs?|feet)\s(?:hanging|dangling)`,
    String.raw`me\s(?:tiro|aviento|lanzo|arrojo|voy\sa\s(?:tirar|aventar|lanzar))|tirarme|aventarme|lanzarme|saltar|(?:cuando|antes\sde\sque)\spase\sel\s(?:proximo|siguiente|tren|metro)|(?:en\s|al\s)?(?:el\s)?borde\sdel?|meterme\s(?:al|en\sel)\s(?:mar|rio|lago)|(?:parad[oa]|sentad[oa])\sen\sel\s(?:borde|barandal)|(?:las\s)?piernas\scolgando`],
  ['presence',
    String.raw`(?:im|i\sam|i\smade\sit|sitting|standing|stood|up\shere|here)\s(?:up\s)?(?:on|at|in|by|near|under|over)\b`,
    String.raw`estoy\s(?:en|arriba\sen|parad[oa]\sen|sentad[oa]\sen|frente\sa)|ando\sen|aqui\sen`],
  ['act',
    String.raw`(?:(?:already|just)\s)?(?:started|began)\s(?:cutting|bleeding|taking\s(?:them|the\spills)|swallowing)|(?:already|just)\s(?:started|began)|(?:i\sdid\sit|did\sit\salready)(?=\s*(?:[.,!?]|$)|\s(?:already|just|swallowed|took))|(?:im|i\sam)\s(?:bleeding|getting\s(?:dizzy|sleepy|drowsy)|dizzy|so\ssleepy)|its\sdone(?=\s*(?:[.!?,]|$))`,
    String.raw`ya\s(?:empece|comence|lo\shice|esta\shecho)|estoy\s(?:mareado|mareada|sangrando|sangrado)|ya\sme\scorte`],
  ['resolve',
    String.raw`(?:ive\s|i\shave\s|i\s|already\s)(?:decided|made\s(?:up\s)?my\smind|made\smy\speace)|(?:its|it\sis)\s(?:handled|decided|settled|time)|this\sis\sit|im\sdone(?:\stalking)?(?=\s*(?:[.!?,]|$))|(?:im\s|i\sam\s)?not\scoming\s(?:down|back|home)|(?:im\s|i\sam\s)?not\s(?:getting\s(?:off|down)|stepping\s(?:off|back|down)|climbing\s(?:down|back)|moving\s(?:from\shere|this\stime|off\sthem|off\sit))(?!\s(?:at|until|till|for|early|work|the\sbus|the\strain))|done(?=\s*(?:[.!]|$))|(?:im|i\sam)\sdoing\sit|ill\sdo\sit|tonights\sthe\snight|no\sturning\sback|for\sreal\sthis\stime`,
    String.raw`esta\svez\ssi|no\svoy\sa\sbajar|no\sme\s(?:voy\sa\s)?(?:bajo|bajar|quito|quitar|muevo|mover)\sde\s(?:aqui|aca|las\svias|la\svia|el\spuente|la\sorilla|la\sazotea|el\stecho|la\scornisa|el\sborde)|(?:ya\s)?(?:lo\s)?decidi|ya\sesta(?=\s*(?:[.!?,]|$))|lo\shago|lo\svoy\sa\shacer|ya\sno\shay\svuelta\satras|no\shay\svuelta\satras|ya\stengo\stodo\slisto|tengo\stodo\slisto`],
  ['farewell',
    String.raw`goodbye|good\sbye|said\sbye|bye(?=\s*(?:[.!]|$))|(?:just\s)?(?:wanted|want|needed)\s(?:someone|somebody|you|one\sperson|you\sguys)\sto\sknow|(?:dont|do\snot)\s(?:call|tell|send)\s(?:anyone|anybody|nobody|the\scops|911|the\spolice|my)|not\slooking\sfor\sa\slecture|not\sasking\sfor\shelp|dont\stry\sto\sstop\sme|(?:thanks|thank\syou)\sfor\s(?:trying|everything)|forgive\sme|pray\sfor\s(?:me|my)|take\scare\sof\smy|(?:made|making)\smy\speace|finish\sthis\stext|last\s(?:text|message)|tell\s(?:my\s(?:kids|wife|husband|mom|dad|family|son|daughter)|everyone|them)\s(?:i\slove|im\ssorry|that\si\slove|sorry)|(?:i\s)?love\syou\sall|sorry\sfor\severything|said\smy\sgoodbyes`,
    String.raw`adios|perdon(?:ame|enme)|no\s(?:me\s)?(?:llamen|llames|llamis|busquen|le\sdigan|le\svayan\sa\sdecir)|no\squiero\shablar\scon\snadie|(?:solo\s)?queria\sque\salguien\s(?:supiera|lo\ssupiera)|cuiden\sa|(?:ultimo|ultima)\s(?:mensaje|carta)|gracias\spor\stodo|despedirme|me\sdespedi|me\sdespido|(?:lo\ssiento|perdon)\spor\stodo|diganle\sa\s(?:mi|mis)|los\squiero\s(?:mucho|a\stodos)`],
  ['time', TIME_EN, TIME_ES],
  ['wish',
    String.raw`(?:wish|wishing|hope|hoping|pray|praying)|(?:want|wanna|wanting|need)\sto|ready\sto|(?:wouldnt|would\snot)\smind|sounds\s(?:peaceful|nice|good|like\sa\srelief|like\speace)|fine\sby\sme|(?:would\sbe|d\sbe)\s(?:fine|a\srelief|a\sblessing|ok)`,
    String.raw`ojala|quisiera|quiero|queria|ganas\sde|deseo|desearia|me\sgustaria|list[oa]\spara|rezo\spara|le\spido\sa\sdios`],
  ['think',
    String.raw`(?:keep|kept)\s(?:picturing|thinking|imagining|planning)|daydream(?:ing|ed)?\s(?:about|of)|dream(?:ing)?\sabout|(?:thinking|thought|think)\s(?:about|of|up)|contemplating|considering|picturing|planning|fantasi[sz]ing`,
    String.raw`(?:pienso|pensando|pensaba|he\spensado)\sen|planeando|imaginando|me\simagino|fantaseo`],
  ['howTo',
    String.raw`how\s(?:id|i\swould|i\sd|ill|i\swill|i\scould|to)\s(?:do\sit|go|end\sit|kill\smyself)(?!\s(?:differently|better|over|again|right|if|with|without|when|so|the|this|that|at|in|on|for|to|back|now))|ways\sto\s(?:end\sit|do\sit|die|go)`,
    String.raw`(?:como|la\sforma\sde|maneras\sde)\s(?:lo\sharia|hacerlo|matarme|acabar)`],
  ['prepare',
    String.raw`(?:gave|giving|given)\s(?:away\s)?my\s(?:dog|cat|guns?|stuff|things|belongings|truck|tools|medals)\s(?:away|to)|(?:gave|giving|given)\saway\s(?:my|all\smy)|(?:my\s)?affairs\s(?:are\s)?in\sorder|(?:wrote|written|writing|left)\s(?:my\s)?(?:goodbye\s|suicide\s|last\s)?(?:letters|notes|a\snote|a\sletter)\s(?:to|for)\s(?:my|everyone|the)|updated\smy\swill`,
    String.raw`(?:deje|escribi|he\sescrito|estoy\sescribiendo)\s(?:las\s|unas\s|mis\s)?cartas|regale\s(?:mis|todas\smis)\scosas|(?:puse|tengo)\s(?:mis\s)?(?:cosas|asuntos|papeles)\sen\sorden`],
  ['attempt',
    String.raw`(?:suicide\s)?attempts?|attempted|overdosed|od(?:ed|d)`,
    String.raw`intentos?\s(?:de\ssuicidio|suicida)|intente\s(?:matarme|suicidarme|quitarme\sla\svida)|me\sintente\s(?:matar|suicidar)|(?<!(?:gente|pacientes?|personas|clientes|usuarios|casos|muchachos)\s(?:con|de|por)\s(?:una\s)?)sobredosis(?!\s(?:de|por)\s(?:sus|los|otros|otras|mis\spacientes|chavitos|chavos|chamacos|jovenes|ninos|gente|pacientes|muchachos|adolescentes))`],
  ['past',
    String.raw`(?:\d+|many|a\sfew|several|some|two|three|ten)\s(?:years?|yrs?)\sago|(?:at|when\si\swas)\s(?:age\s)?\d{1,2}\b|(?:in|back\sin|since)\s(?:19|20)\d\d|(?:19|20)\d\d|there\swas\sa\stime|used\sto|back\sthen|as\sa\s(?:kid|teen|teenager)|in\shigh\sschool|prior|previous|past|long\stime\sago|not\sproud\sof\sit|over\sit\snow`,
    String.raw`hace\s(?:como\s)?(?:(?:\d+|unos|muchos|varios|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s)?(?:anos|meses)|(?:hubo|habia|tuve)\suna\s(?:epoca|temporada|etapa)|(?:de|a)\slos\s\d{1,2}\b|en\sla\s(?:prepa|secundaria|primaria|universidad|uni)|en\sel\s(?:colegio|liceo|bachillerato|ejercito)|de\s(?:chamac[oa]|chav[oa]|morr[oa]|nin[oa]|patoj[oa]|cipot[ea]|carajit[oa])|en\sel\s(?:19|20)\d\d|(?:en|desde)\s(?:19|20)\d\d|(?:19|20)\d\d|cuando\s(?:era|tenia)|de\s(?:joven|chic[oa]|adolescente)|ya\slo\s(?:supere|deje)|antes(?!\s(?:de\s(?:seguir|empezar|comenzar|continuar|contestar|responder|llenar|nada|todo|que\s)|que\s(?:nada|todo)))|solia`],
  ['hopeless',
    String.raw`(?:cant|can\snot|cannot)\s(?:take|do)\s(?:it|this)\s(?:anymore|any\smore)|im\sdone(?=\s*(?:[.!?,]|$))`,
    String.raw`no\s(?:aguanto|puedo)\s(?:mas|ya)|ya\sno\s(?:aguanto|puedo)`],
];
