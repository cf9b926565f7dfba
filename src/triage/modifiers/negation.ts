import type { Lang } from '../rules/rule';

/**
 * Negation: "I'm not suicidal", "I would never hurt myself", "no me quiero matar" are denials, and a
 * denial is none. The negator must govern the statement: between it and the core only words from a
 * closed list may stand ("not [going to] kill myself"). Anything else breaks the scope, so "not gonna
 * lie, I want to die", "I can't stop thinking about killing myself" and "no I want to die" stay
 * statements. "No longer" / "ya no" turns a statement into history rather than removing it.
 */
export type Negation = 'negated' | 'no-longer' | null;

const FILL_EN = [
  'i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'a', 'an', 'any', 'the', 'to', '2', 'be', 'been', 'being', 'have', 'had', 'has',
  'having', 'feel', 'feeling', 'felt', 'thought', 'thoughts', 'thinking', 'think', 'of', 'about', 'abt', 'ever', 'really',
  'actually', 'currently', 'right', 'now', 'at', 'all', 'anymore', 'intention', 'intentions', 'intent', 'plan', 'plans',
  'planning', 'desire', 'desires', 'urge', 'urges', 'want', 'wanna', 'wanted', 'wanting', 'wish', 'wished', 'wishing', 'hoped', 'prayed', 'going', 'gonna', 'would',
  'will', 'do', 'did', 'does', 'try', 'tried', 'trying', 'tryna', 'attempt', 'attempted', 'again', 'even', 'seriously', 'honestly',
  'truly', 'so', 'like', 'such', 'that', 'idea', 'ideas', 'risk', 'for', 'or', 'nor', 'suicidal', 'harm', 'hurt', 'self',
  'serious', 'today', 'tonight', 'considered', 'considering', 'contemplated', 'contemplating', 'experienced', 'experiencing',
  'since', 'intend', 'intending', 'ready', 'could', 'can', 'gotten', 'actively', 'at this point', 'that way', 'these days',
  'okay', 'ok', 'ever been', 'killing', 'kill', 'myself', 'hurting', 'harming', 'cutting', 'cut', 'any more', 'suicide',
  'ending', 'end', 'my', 'life', 'taking', 'own', 'dying', 'die', 'death', 'active', 'passive', 'or', 'history', 'hx',
  'past', 'previous', 'prior', 'known', 'current', 'recent', 'significant', 'suicide attempts', 'attempts',
  // "I'm not depressed or suicidal": a mood word listed before the core with "or"
  'depressed', 'anxious', 'homicidal',
  // "it never crosses my mind to hurt myself"
  'crosses', 'crossed', 'cross', 'mind',
];
const FILL_ES = [
  'me', 'te', 'lo', 'la', 'le', 'yo', 'quiero', 'quisiera', 'queria', 'voy', 'iba', 'a', 'he', 'ha', 'has', 'hemos', 'habia',
  'pensado', 'pienso', 'pense', 'pensaba', 'pensaria', 'en', 'tengo', 'tenido', 'tenia', 'ganas', 'de', 'intencion',
  'intenciones', 'planes', 'plan', 'haria', 'hare', 'seria', 'soy', 'capaz', 'hacer', 'ideas', 'idea', 'pensamientos',
  'pensamiento', 'siquiera', 'ni', 'estoy', 'estado', 'estaria', 'deseo', 'deseos', 'sentido', 'sido', 'nunca', 'jamas',
  'mas', 'ahora', 'actualmente', 'realmente', 'ya', 'el', 'las', 'los', 'un', 'una', 'algun', 'alguna', 'mi', 'que', 'para',
  'sobre', 'por', 'momento', 'tampoco', 'hoy', 'intentado', 'intentaria', 'tratado', 'suicidas', 'suicida', 'matarme',
  'cortarme', 'hacerme', 'dano', 'lastimarme', 'o', 'querido', 'deseado', 'sentido', 'antecedentes', 'historial',
  'intentos', 'intento', 'he', 'hecho',
  // Spanglish and colloquial fillers: "no tengo thoughts de hacerme daño", "ni nada de eso"
  'thoughts', 'thought', 'urges', 'nada', 'esos', 'esas', 'tipo', 'pensando', 'queriendo',
  // "ni se me pasa por la cabeza hacerme daño", "nunca se me ha ocurrido matarme"
  'se', 'pasa', 'pasado', 'paso', 'cabeza', 'mente', 'ocurre', 'ocurrido', 'cruza', 'cruzado',
];

function fillGroup(words: readonly string[]): string {
  return words.map((w) => w.replace(/\s/g, '\\s')).join('|');
}

// The negator, then only filler words up to the core. "no" followed by a pronoun is an interjection
// ("no I want to die" = "No. I want to die"), not a negation.
const NEG_EN = new RegExp(
  String.raw`(?<!why\s|if\s|whether\s)\b(?:not|never|zero|absolutely\sno|wasnt|was\snot|werent|were\snot|dont|do\snot|didnt|did\snot|doesnt|does\snot|wont|will\snot|wouldnt|would\snot|cant|can\snot|couldnt|isnt|arent|aint|havent|have\snot|hasnt|hadnt|nor|neither|denies|denied|deny|no\slonger|stopped|quit|gave\sup|(?:clean|sober|free|recovered)\s(?:from|of)|(?:no|nah|nope)(?!\s(?:i|im|ive|id|ill|yo|one)\b))(?:\s(?:${fillGroup(FILL_EN)})){0,7}$`,
);
const NEG_ES = new RegExp(
  String.raw`\b(?:no(?!\s(?:yo|se|sé)\b)|nunca|jamas|tampoco|ni|sin|ya\sno|ningun|ninguna|ninguno|deje\sde|he\sdejado\sde|dejo\sde|nada\sde)(?:\s(?:${fillGroup(FILL_ES)})){0,7}$`,
);

/** "I never thought I'd..." is surprise, not negation. */
const SURPRISE_EN = /\bnever\s(?:thought|imagined|expected|believed|knew|realized|dreamed)\s(?:that\s)?(?:i|id|im|ive)\b/;
/** "Not a day goes by that I don't think about it" is the opposite of a denial. */
const INTENSIFIER = /\b(?:so\s(?:that\s)?i\s(?:dont|wont|do\snot|wouldnt)|to\s(?:keep|stop)\smyself\sfrom|para\sno|instead\sof|en\svez\sde|not\sa\s(?:day|night|single\sday|moment)\sgoes\sby|no\s(?:day|night)\sgoes\sby|every\s(?:day|night)\si\s(?:dont|cant)|no\shay\s(?:un\s)?dia\sque\sno|(?:lying|lie|lied)\sif\si\s(?:said|say|told\syou)|cant\s(?:say|pretend)\si\s(?:dont|didnt|havent|wasnt)|not\sthat\si\s(?:dont|didnt)|mentiria\ssi\s(?:dijera|digo)|no\spuedo\sdecir\sque\sno)\b/;
const NO_LONGER_EN = /\b(?:stopped|quit|gave\sup|(?:clean|sober|free|recovered)\s(?:from|of)|no\slonger|not\sanymore|anymore|any\smore|these\sdays|not\sfor\s(?:years|a\slong\stime|a\swhile|months))\b/;
const NO_LONGER_ES = /\b(?:ya\sno|ya\snunca|ya\sni|deje\sde|he\sdejado\sde|dejo\sde)\b/;
/** "ya hace rato que no me hago daño": a while since, before the "no". */
const LONG_SINCE_ES = /\bhace\s(?:un\s|mucho\s|bastante\s)?(?:rato|tiempo|mucho|anos|meses|(?:\d+|dos|tres|cuatro|cinco|varios|unos)\s(?:anos|meses|semanas))\s(?:ya\s)?que\s$/;
/** An answer after a label: "suicidal thoughts? no", "self harm: never". */
const POST_DENIAL = /^\s*(?:(?:thoughts?|ideation|urges?|feelings?|ideas?|plans?|behaviou?rs?|pensamientos|ideas)\s?)?[:,?.\-]+\s*(?:no|none|nope|nah|never|0|zero|not\sreally|not\sat\sall|not\scurrently|not\snow|nunca|ninguno|ninguna|nada|para\snada|cero|negative|denied|denies|na|ni\sde\s(?:chiste|broma|loca|loco)|ni\sloc[oa]|claro\sque\sno|de\sninguna\smanera|nel)\s*(?:[.!,;]|$)/;
/** A compound label answered with a colon: "thoughts of death or suicide: none". */
const POST_DENIAL_COMPOUND = /^\s(?:or|and)\s[a-z]+(?:\s[a-z]+){0,2}\s?:\s?(?:no|none|never|0|zero|not\sat\sall|denied|denies|negative)\s*(?:[.!,;]|$)/;
/** A Spanish denial after the named thing: "ideas suicidas no tengo", "pensamientos de muerte, nunca he tenido". */
const POST_DENIAL_ES = /^\s*,?\s?(?:no|nunca|jamas|tampoco)\s(?:(?:las|los|la|lo|me)\s)?(?:tengo|he\stenido|tuve|hay|he\shecho|hago|vienen|dan)(?:\s(?:nunca|jamas|ningun[oa]?))?\s*(?:[.!,;]|$)/;
/** "I don't want to hurt myself, but sometimes I do": the denial does not hold. */
const AMBIVALENCE =
  /\b(?:but|though|pero|aunque)\s(?:(?:sometimes|some\sdays|part\sof\sme|lately|i\skind\sof|i\skinda|honestly|a\sveces|algunos\sdias|una\sparte\sde\smi|ultimamente|la\sverdad)\b|i\s(?:do|did|still|have|think\sabout\sit|thought\sabout\sit|cant\sstop)|the\sthoughts?|it\scrosses\smy\smind|lo\s(?:pienso|he\spensado)|si\s(?:lo\spienso|quiero))/;

export interface NegationInput {
  readonly clausePre: string;
  readonly clausePost: string;
  readonly sentPre: string;
  readonly sentPost: string;
  /** Raw text right after the match, across punctuation, for "suicidal? no". */
  readonly after: string;
  /** The matched text: a statement whose subject is itself negative ("no one would miss me") is not a label. */
  readonly match?: string;
}

const NEGATIVE_SUBJECT = /^(?:no\sone|nobody|noone|nadie|ninguno)\b/;

/**
 * A count of zero beside "intento(s)" is a denial, with or without the colon of a form:
 * "intentos de suicidio: 0", "intentos previos ninguno", "cero intentos", "he tenido 0 intentos".
 */
const ATTEMPT_WORD_ES = /\bintentos?\b/;
const ZERO_BEFORE_ES = /\b(?:0|cero|ningun|ni\sun|ni\suno\sde\slos)\s(?:(?:solo|unico|sol[oa])\s)?(?:intentos?)\b/;
const ZERO_AFTER_ES =
  /^\s*(?:(?:de\s(?:suicidio|matarme|quitarme\sla\svida)|suicidas?|previos?|anteriores?|pasados?|en\sel\spasado|en\smi\svida|alguna\svez)\s?){0,2}[:=?\-]?\s?(?:0|cero|ninguno|ninguna|nunca|jamas|ni\suno|ni\suna|nada|no|n\s?a|no\saplica)\b(?!\s(?:mas|que|salvo|excepto|menos|desde|se|recuerdo|me\sacuerdo|estoy\ssegur[oa]|contesto|quiero\sdecir)\b)/;

/**
 * A label that follows another label's short answer in the same list: "prior attempts: 0, self harm: none,
 * suicidal thoughts: no". Such a label stands first in its item, as a label at the start of a sentence does.
 */
const AFTER_FORM_ITEM = /[:?]\s?[a-z0-9]+(?:\s[a-z0-9]+){0,2}\s?[,;]\s?(?:[a-z]+\s){0,3}$/;

/** A form introduced by its name: "my answers to the C-SSRS questions: wish to be dead: no". */
const AFTER_FORM_NAME = /\b(?:questions?|answers?|screening|screener|form|survey|questionnaire|results?|responses?|ssrs|phq\s?9?|assessment)\s?:\s?$/;
/** The second half of a compound label: "thoughts of death or [suicide]: none". */
const COMPOUND_LABEL = /^\s*(?:[a-z\s]{0,40}:\s?)?[a-z]+(?:\s[a-z]+){0,2}\s(?:or|and)\s?$/;

/** A sentence that opens with the writer ("I want to die. No, really.") is a statement, never a form's label. */
const FIRST_PERSON_OPENING = /^\s*(?:i|im|ive|id|ill|yo|me)\b/;

function startsItem(sentPre: string): boolean {
  return sentPre.trim().split(/\s+/).filter(Boolean).length <= 3 || AFTER_FORM_ITEM.test(sentPre) || AFTER_FORM_NAME.test(sentPre);
}

export function negationOf({ clausePre, clausePost, sentPre, sentPost, after, match }: NegationInput, lang: Lang): Negation {
  const pre = clausePre.length > 160 ? clausePre.slice(-160) : clausePre;
  if (INTENSIFIER.test(sentPre)) return null;
  const m = (lang === 'en' ? NEG_EN : NEG_ES).exec(pre);
  if (m !== null) {
    if (lang === 'en' && SURPRISE_EN.test(m[0])) return null;
    if (AMBIVALENCE.test(sentPost)) return null;
    if (lang === 'en' ? NO_LONGER_EN.test(m[0]) || /^\s*(?:anymore|any\smore|these\sdays)\b/.test(clausePost) : NO_LONGER_ES.test(m[0]) || LONG_SINCE_ES.test(pre.slice(0, m.index))) {
      return 'no-longer';
    }
    return 'negated';
  }
  if (lang === 'es' && match !== undefined && ATTEMPT_WORD_ES.test(match) && (ZERO_BEFORE_ES.test(sentPre.slice(-30) + match) || ZERO_AFTER_ES.test(after))) {
    return 'negated';
  }
  // the rest read a form's label answered no; a sentence the writer opens is a statement, never a label
  if (FIRST_PERSON_OPENING.test(sentPre + (match ?? ''))) return null;
  const labelled = startsItem(sentPre);
  if (lang === 'es' && labelled && POST_DENIAL_ES.test(after)) return 'negated';
  if (match !== undefined && NEGATIVE_SUBJECT.test(match)) return null;
  const answeredNo = labelled
    ? POST_DENIAL.test(after) || POST_DENIAL_COMPOUND.test(after)
    : COMPOUND_LABEL.test(sentPre) && POST_DENIAL.test(after);
  // "do I want to die? no, but I think about it": the answer does not hold
  return answeredNo && !AMBIVALENCE.test(after) ? 'negated' : null;
}
