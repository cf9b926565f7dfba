import type { Lang } from '../rules/rule';

/**
 * Idioms. Most are excluded inside the rule patterns, because "this traffic is killing me" or "me
 * muero de hambre" never match a rule in the first place. What remains here is the idiomatic tail
 * after a wish. Laughter, hunger, eagerness or embarrassment ("me quiero morir de risa", "I want to
 * die of embarrassment, I sent the wrong form") is not a wish at all. Shame, guilt or grief ("me quiero
 * morir de pena") lowers the tier to passive but never removes it: the words are still a first-person
 * wish to die and the feeling behind them is a painful one.
 * Accidents ("I accidentally cut myself") are not self-harm at all.
 */
/** Laughter, hunger, eagerness: nothing to do with wanting to die. */
// ... and overwork: "I've been killing myself getting the planting done", "killing myself trying to make rent"
const LIGHT_EN = /^\s*(?:(?:of|from)\s(?:laughter|laughing|cuteness|happiness|excitement|hunger|the\sheat|heat|cold|embarrassment|boredom|cringe|the\scringe)|laughing|lmao|lmfao|haha+|(?:getting|trying\sto|to\sget|working|studying|doing\s(?:the|my)|at\s(?:work|the\sgym))\s(?:[a-z]+\s){0,3}?(?:done|on\stime|finished|rent|bills|planting|harvest|shift|hours|overtime|classes|degree|the\s[a-z]+))\b/;
// "quiero dejar de vivir con miedo": living in fear is what is to stop
const LIGHT_ES = /^\s*(?:(?:con|en)\s(?:el\s|la\s)?(?:miedo|angustia|panico|ansiedad|temor|zozobra)\b|de\s(?:la\s)?(?:risa|hambre|sed|frio|calor|ganas|amor|emocion|curiosidad|gusto|alegria|ternura|antojo|aburrimiento|nervios|envidia|celos|sueno)|por\s(?:verte|saber|ir|conocer|probar|empezar|que\sllegue)|de\s(?:este|esta|ese|esa|mi|el|la)\s(?:trabajo|chamba|jale|empleo|empresa|ciudad|pais|pueblo|casa|escuela|grupo|chat|lugar|depa|departamento|apartamento|barrio|rancho|relacion))\b/;
/** Shame, guilt, grief: idiomatic, but a painful feeling about oneself; kept at passive. */
const HEAVY_EN = /^\s*(?:of|from)\s(?:shame|guilt|grief|sadness|loneliness)\b/;
const HEAVY_ES = /^\s*de\s(?:la\s)?(?:pena|culpa|tristeza|soledad|dolor)\b/;
/**
 * Embarrassment ("me quiero morir de la vergüenza") is shame about oneself: passive, unless the message
 * names a slip that makes it the idiom ("qué oso", "mandé el formulario equivocado").
 */
const EMBARRASSMENT_ES = /^\s*de\s(?:la\s)?(?:verguenza|oso)\b/;
const SLIP_ES =
  /\b(?:que\soso|oso|jaja[ja]*|jeje[je]*|xd|lol|me\sequivoque|equivocad[oa]s?|por\serror|sin\squerer|(?:mande|envie|puse|escribi|conteste|llene)\s(?:[a-z]+\s){0,3}?(?:mal|equivocad[oa]|incomplet[oa]|sin\sterminar|al\s(?:grupo|correo|chat|numero)\sequivocado|a\sla\spersona\sequivocada)|formulario|(?:el|un|mi)\scorreo|meti\sla\spata|la\sregue|me\stropece|me\scai\s(?:en|enfrente|delante)|llore|me\spuse\sa\sllorar|en\s(?:la|el)\s(?:llamada|videollamada|cita|reunion|junta|clase))\b/;
const ACCIDENT = /\b(?:accidentally|accidently|by\saccident|on\saccident|unintentionally|sin\squerer|por\saccidente|accidentalmente)\b/;

/** `around`: the sentence and what follows it, read for the slip that makes embarrassment an idiom. */
export function idiomaticTail(clausePost: string, lang: Lang, around = ''): 'light' | 'heavy' | null {
  if ((lang === 'en' ? LIGHT_EN : LIGHT_ES).test(clausePost)) return 'light';
  if (lang === 'es' && EMBARRASSMENT_ES.test(clausePost)) return SLIP_ES.test(around) ? 'light' : 'heavy';
  if ((lang === 'en' ? HEAVY_EN : HEAVY_ES).test(clausePost)) return 'heavy';
  return null;
}

/** For self-harm words only: injuries from a crash, a blast or the kitchen are not self-harm. */
const INJURY_CONTEXT = /(?<!\b(?:recuerdos?|memories|memory|flashbacks?|pesadillas?|nightmares?|anniversary|aniversario)\s(?:del?|of|about|from)\s(?:(?:the|el|la|that|ese|esa)\s)?)\b(?:crash|wreck|accident|explosion|blast|ied|shrapnel|fire|fell|fall|kitchen|cooking|shaving|work\sinjury|on\sthe\sjob|accidente|choque|explosion|cocina|cocinando|cocinar|rasurarme|rasurandome|rastrillo|afeitarme|afeitandome|sarten|cena|comida|horno|estufa|aceite\scaliente|me\scai|caida|(?:corte|cortes|cortarme|corto)\s(?:de|el|del)\s(?:pelo|cabello|fleco)|sierra|serrucho|esmeril|pulidora|cortadora|podadora|(?:cortando|picando|pelando|rebanando|corto|cortaba|cortar|pico|picaba|picar|pelaba|pelar|rebano)\s(?:la\s|el\s|las\s|los\s|una\s|un\s)?(?:fruta|frutas|verdura|verduras|carne|pollo|pescado|cebolla|cebollas|pan|pina|mango|mangos|papaya|tomate|tomates|papas|limones?|aguacates?|madera|tablas?|lamina|tubo|cable))\b/;

export function isAccident(sentence: string, selfHarm = false): boolean {
  return ACCIDENT.test(sentence) || (selfHarm && INJURY_CONTEXT.test(sentence));
}
