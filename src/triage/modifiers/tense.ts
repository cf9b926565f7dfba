import type { Lang } from '../rules/rule';

/**
 * Stance, tense and time. The same core ("kill myself") is current ideation after "I want to",
 * imminent after "I'm going to" or with "tonight", history after "I tried to ... in 2019", and an
 * emergency after "I tried to ... last night". The stance is the one nearest the core; fillers
 * ("just", "finally", "go and") may stand between.
 */
export type Stance = 'intent' | 'attempt' | 'habit' | 'thought' | 'desire' | null;

const FILL_EN = String.raw`(?:commit|just|really|actually|seriously|honestly|literally|finally|simply|probably|definitely|kinda|kind|sort|of|sorta|totally|fucking|fuckin|freaking|even|ever|also|still|already|again|go|and|try|trying|to|2|too|so|badly|bad|sometimes|often|always|constantly|maybe|gonna|wanna|want|about|abt|bout|like|be|going|do|that|i|id|ill|im|could|would|should|might|me|how|a|lot|much|more|keep|kept|keeps|the|urge|urges|ready|finally|literally|gonna|go\sand|fr)`;
const FILL_ES = String.raw`(?:ya|de|una|vez|mejor|hoy|esta|noche|solo|nomas|casi|a|en|me|lo|la|que|si|realmente|tambien|mas|muy|mucho|veces|otra|volver|tratar|intentar|ganas|tengo|quiero|ir)`;

function anchored(stance: string, fill: string): RegExp {
  return new RegExp(String.raw`\b${stance}(?:\s${fill}){0,6}$`);
}

const EN: ReadonlyArray<readonly [Exclude<Stance, null>, RegExp]> = [
  ['habit', anchored(String.raw`(?:used\sto|use\sto|usedto|would\s(?:often|sometimes|always))`, FILL_EN)],
  ['attempt', anchored(String.raw`(?:tried|tryed|attempted|almost|nearly|was\s(?:going|gonna|about)\sto|came\s(?:so\s)?close\sto|started\sto)`, FILL_EN)],
  ['intent', anchored(String.raw`(?:going\sto|gonna|gunna|finna|about\sto|bout\sto|boutta|imma|will|ill|shall|plan(?:ning)?\s(?:to|on)|planned\s(?:to|on)|intend(?:ing)?\s(?:to|on)|decided\sto|ready\sto|prepared\sto|its\stime\s(?:to|for\sme\sto)|tonight\si|today\si)`, FILL_EN)],
  ['thought', anchored(String.raw`(?:think(?:s|ing)?\s(?:about|of|abt|bout)|thought(?:s)?\s(?:about|of)|considering|considered|contemplat(?:e|ing|ed)|fantasiz(?:e|ing|ed)\s(?:about|of)|dream(?:s|ing|ed)?\s(?:about|of)|obsess(?:ing|ed)?\s(?:about|over)|imagin(?:e|ing|ed)|ideas?\sof)`, FILL_EN)],
  ['desire', anchored(String.raw`(?:want(?:s|ed|ing)?|wanna|wish|need|urges?|tempted|feel\slike|felt\slike|itching|craving|could|might|should|would\slike|d\slike|would\slove|d\slove)`, FILL_EN)],
];
const ES: ReadonlyArray<readonly [Exclude<Stance, null>, RegExp]> = [
  ['habit', anchored(String.raw`(?:solia|antes)`, FILL_ES)],
  ['attempt', anchored(String.raw`(?:intente|trate\sde|quise|casi|estuve\sa\spunto\sde|iba\sa|he\sintentado|intentaba|trataba\sde|acabo\sde)`, FILL_ES)],
  ['intent', anchored(String.raw`(?:[bv]oy\sa|vas\sa|me\s[bv]oy\sa|ire\sa|pienso(?!\s(?:en|mucho|siempre|todo|a\sveces|seguido|diario|cada|demasiado))|planeo|planeando|decidi|estoy\sa\spunto\sde|estoy\slist[oa]\spara|hoy|esta\snoche)`, FILL_ES)],
  ['thought', anchored(String.raw`(?:pienso\s(?:(?:mucho|siempre|seguido|demasiado|a\sveces|todo\sel\stiempo|diario)\s)?en|pensando\sen|pensar\sen|pense\sen|pensaba\sen|he\spensado\sen|ideas?\sde|pensamientos\sde|se\sme\socurre|me\sviene\sa\sla\smente|considero|considerando|fantaseo\scon)`, FILL_ES)],
  ['desire', anchored(String.raw`(?:quiero|quisiera|queria|ganas\sde|deseo|necesito|me\sgustaria|solo\squiero)`, FILL_ES)],
];

/** The stance nearest the core. */
export function stanceOf(clausePre: string, lang: Lang): Stance {
  const pre = clausePre.length > 120 ? clausePre.slice(-120) : clausePre;
  let best: Stance = null;
  let bestAt = -1;
  for (const [stance, re] of lang === 'en' ? EN : ES) {
    const m = re.exec(pre);
    if (m !== null && m.index > bestAt) {
      best = stance;
      bestAt = m.index;
    }
  }
  return best;
}

// ---------- tense ----------

const PAST_EN =
  /\b(?:tried|tryed|attempted|wanted|wished|hoped|prayed|needed|longed|thought|considered|contemplated|was|were|had|felt|used\sto|planned|almost|nearly|wrote|started|began|went|did|came\sclose|overdosed|took|swallowed|jumped|hung|hanged|burned|harmed|killed|drank|downed|popped|injured|stabbed|scratched|carved|slit|self\sharmed|ended\sup|held|pressed|placed|stuck|stood|sat|loaded|grabbed|drove|walked|headed|climbed|parked)\b/;
/** Ambiguous between present and past ("I cut when it gets bad" / "I cut myself last year"). */
const AMBIGUOUS_EN = /\b(?:cut|hurt|hit|shot|burnt|slit|put)\b/;
const PAST_ES =
  /\b(?:acabo\sde|intente|trate|quise|queria|pensaba|pense|tuve|tenia|estuve|estaba|fui|era|solia|hice|hacia|deseaba|sentia|senti|tome|trague|cortaba|lastime|lastimaba|queme|quemaba|golpee|golpeaba|mate|suicide|colgue|ahorque|dispare|intentaba|trataba|llame|marque|iba|hacia|autolesione|autolesionaba|bebi|ingeri|corte|inyecte|meti|aplique|empine|puse|jarte|zampe|raje|abri|baje|empaque|pase\s(?:un|una|meses|anos|semanas|mucho|todo|toda|varios|varias|dos|tres)|internaron|hospitalizaron|lavaron)\b/;
/** "I've had", "I've been", "I have wanted": present perfect reads as current unless dated. */
const PRESENT_PERFECT_EN = /^(?:ive|i\shave|i\sve)\b/;
const COUNTERFACTUAL_EN = /\b(?:if|wish|as\sif|even\sif|hope|pretend)\s(?:that\s)?(?:(?:the|a|an|some|my|that|this)\s)?[a-z]+\s(?:just\s)?(?:was|were|had|died|disappeared|killed|wasnt|werent|hadnt|ended|took|hit|got|caught|ran\sover|finished|went\sdown|crashed|fell|blew\sup|stopped|gave\sout|stabbed|shanked|shot|jumped)\b/g;
const NOUN_THOUGHT = /\b(?:the|a|this|that|these|those|one|every|any|no)\s(?:(?:[a-z]+)\s)?thought\b/g;
const LAST_SUBJECT_EN = /\b(?:i|im|ive|id|ill)\b(?!.*\b(?:i|im|ive|id|ill)\b)/;

export interface Tense {
  readonly past: boolean;
  /** Ambiguous form that reads past only with a dated marker. */
  readonly ambiguousPast: boolean;
  /** "I've thought about it": current unless dated. */
  readonly presentPerfect: boolean;
}

/** Past tense of the statement: read from the last subject up to the core (and the match when it has no core group). */
export function tenseOf(clausePre: string, matchText: string, lang: Lang): Tense {
  let scope = clausePre.length > 100 ? clausePre.slice(-100) : clausePre;
  if (lang === 'en' && /\b(?:if|wish|as\sif|even\sif|hope|pretend)\s(?:that\s)?i(?:\s(?:just|ever|really|only))?$/.test(scope)) {
    return { past: false, ambiguousPast: false, presentPerfect: false };
  }
  // a question reported in the past shifts its verb: "the nurse asked if i wished i was dead" asks about now
  if (lang === 'en' && /\b(?:asked|asks|asking|wanted\sto\sknow)\s(?:me\s)?(?:if|whether)\s(?:i|id)(?:\s(?:ever|still|wished|wanted|thought|felt|was|had)){0,2}$/.test(scope)) {
    return { past: false, ambiguousPast: false, presentPerfect: false };
  }
  if (lang === 'en') {
    // "the thought of", "a thought": the noun, not the past tense of think
    scope = scope.replace(NOUN_THOUGHT, ' ');
    const subj = LAST_SUBJECT_EN.exec(scope);
    if (subj !== null) scope = scope.slice(subj.index);
    // "I would have killed myself if not for my kids": counterfactual, current
    if (/\b(?:would|could|might)\s(?:have|of|ve)\b|\b(?:wouldve|couldve|id\shave|wouldnt\shave|would\sprobably\shave)\b/.test(scope)) {
      return { past: false, ambiguousPast: false, presentPerfect: false };
    }
    if (PRESENT_PERFECT_EN.test(scope) && !/\b(?:tried|attempted|overdosed|took|swallowed)\b/.test(scope)) {
      return { past: false, ambiguousPast: AMBIGUOUS_EN.test(matchText), presentPerfect: true };
    }
    // "if I was gone", "wish I was dead", "if I killed myself": counterfactual, not past
    const text = (matchText.length > 0 ? `${scope} ${matchText}` : scope).replace(COUNTERFACTUAL_EN, ' ');
    return { past: PAST_EN.test(text), ambiguousPast: AMBIGUOUS_EN.test(text), presentPerfect: false };
  }
  // "que (mejor) me mate": the subjunctive, not the past "me maté"
  // (but "la última vez que me corté", "desde que me corté" are past)
  if (/\bque\s(?:(?:mejor|ya|no|tal\svez|de\suna\svez)\s)?me$/.test(scope.trim()) && !/\b(?:vez|veces|desde|dia|noche|ano|epoca|tiempo)\sque\sme$/.test(scope.trim())) {
    return { past: false, ambiguousPast: false, presentPerfect: false };
  }
  const tail = scope.split(/\s+/).slice(-5).join(' ');
  const text = matchText.length > 0 ? `${tail} ${matchText}` : tail;
  // without accents "me tiré" (past) reads like "me tire" (subjunctive): past only beside a date ("cuando tenía 17")
  return { past: PAST_ES.test(text), ambiguousPast: /\bme\s[a-z]{2,}e\b/.test(text), presentPerfect: /\b(?:he|me\she)\s[a-z]+(?:ado|ido)\b/.test(tail) };
}

// ---------- time markers ----------

const DISTANT_EN =
  /\b(?:(?:in|back\sin|since|around|during)\s(?:19|20)\d\d|back\sin\s\d\d(?!\s?(?:am|pm|oclock|minutes|mins|seconds|secs))|(?:19|20)\d\d|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|a\sfew|a\scouple(?:\sof)?|some)\s(?:years?|yrs?|decades?|months?)\s(?:ago|back|before)|(?:years|decades|ages|a\slong\stime|a\swhile|long|months)\sago|as\sa\s(?:kid|child|teen|teenager|youth|young\s(?:man|woman|adult|soldier|marine)|boy|girl|freshman|sophomore|junior|senior)|when\si\swas\s(?:a\s|an\s)?(?:kid|child|teen|teenager|young|younger|little|\d+|in\s[a-z]+|deployed|overseas|married|with\s[a-z]+|active\sduty|enlisted|stationed|single|using|drinking|homeless|sixteen|seventeen|eighteen|nineteen|twenty)|in\s(?:high\sschool|college|middle\sschool|junior\shigh|my\s(?:teens|twenties|20s|thirties|30s|youth|early\s[a-z0-9]+|late\s[a-z0-9]+)|the\s(?:army|military|marines|navy|air\sforce|service|corps|past|academy|nineties|eighties|\d+s))|back\s(?:then|in\sthe\sday|home\safter|when)|(?:after|during|before)\s(?:my\s|the\s)?(?:first\s|second\s|third\s|last\s|1st\s|2nd\s|3rd\s)?(?:tour|deployment|divorce|discharge|breakup|separation|miscarriage|accident|assault)|(?:once|twice|three\stimes|several\stimes|a\sfew\stimes|a\scouple\s(?:of\s)?times|multiple\stimes|many\stimes)(?!\s(?:this|today|tonight|yesterday|last\s(?:night|week)|already|now))|before(?!\s(?:i\s(?:started|began|came|got\son|opened|logged|texted|messaged|wrote|typed|filled)|this|writing|texting|typing|messaging|starting|filling|coming|you|bed|work|my\sshift))|in\sthe\spast|previously|at\sone\spoint|at\s(?:age\s)?\d{1,2}(?!\s?(?:am|pm|oclock))|at\sthe\sage\sof|last\syear|years\sback|growing\sup|long\stime\sago|the\sfirst\stime|used\sto|back\shome)\b/;
const DISTANT_ES =
  /\b(?:hace\s(?:(?:\d+|un|una|unos|unas|muchos|varios|dos|tres|cuatro|cinco|diez|algunos|bastantes|mucho)\s?)?(?:anos|ano|meses|tiempo|decadas)|hace\s(?:tiempo|mucho)|de\s(?:nino|nina|chico|chica|adolescente|joven|chamaco|chamaca|chavo|chava|morro|morra|pequeno|pequena|patojo|patoja|cipote|cipota|chamo|chama|carajito)|cuando\s(?:era|tenia|estaba|estuve|vivia|iba|fui)|en\s(?:el\s)?(?:19|20)\d\d|hace\scomo\s(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte)\s(?:anos|ano|meses)|en\sel\s(?:ejercito|servicio|pasado|colegio|liceo|secundaria|instituto|bachillerato)|en\sla\s(?:prepa|secundaria|universidad|prepa)|antes(?!\s(?:de\s(?:seguir|empezar|comenzar|continuar|contestar|responder|llenar|nada|todo|que\s)|que\s(?:nada|todo)))|en\sel\spasado|alguna\svez|una\svez|dos\sveces|tres\sveces|varias\sveces|el\sano\spasado|despues\sde\s(?:mi|la|el)\s(?:divorcio|despliegue|accidente|ataque|violacion|separacion)|a\slos\s\d{1,2})\b/;
/** Now or within the day: an attempt or an act here is an emergency. */
const NOW_EN =
  /\b(?:just(?!\s(?:want|wanna|need|feel|wish|cant|dont|like|thinking|think|sitting|holding|tired|so|really|a\b))|just\snow|an?\s(?:hour|minute|min|few\sminutes|couple\sminutes|couple\shours|few\shours)\sago|\d+\s(?:minutes?|mins?|hours?|hrs?)\sago|earlier\s(?:today|tonight)|this\s(?:morning|afternoon|evening)|tonight|today|last\snight|yesterday|right\snow|moments?\sago|already)\b/;
const NOW_ES =
  /\b(?:acabo\sde|recien|hace\s(?:un\srato|rato|poco|unos\sminutos|una\shora|\d+\s(?:minutos|horas))|ahorita|ahora|hoy|esta\s(?:manana|tarde|noche)|anoche|ayer|ya\sme\s(?:tome|trague))\b/;
const RECENT_EN =
  /\b(?:last\s(?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s(?:week|weekend|month)|(?:a\sfew|a\scouple(?:\sof)?|two|three|four|five|\d+)\s(?:days|weeks)\sago|recently|lately|the\sother\s(?:day|night)|over\sthe\sweekend|since\s(?:yesterday|last\s[a-z]+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|all\s(?:day|night|week)|again|still|these\sdays|this\spast\s(?:week|month)|past\s(?:week|few\sdays|couple\sdays|month))\b/;
const RECENT_ES =
  /\b(?:la\ssemana\spasada|el\sfin\sde\ssemana|estos\sdias|ultimamente|el\sotro\sdia|hace\s(?:unos|dos|tres|pocos|cuatro|cinco)\sdias|esta\ssemana|este\smes|el\smes\spasado|otra\svez|de\snuevo|todavia|aun|sigo)\b/;

export interface TimeMarks {
  readonly distant: boolean;
  readonly now: boolean;
  readonly recent: boolean;
}

export function timeMarks(sentence: string, lang: Lang): TimeMarks {
  if (lang === 'en') return { distant: DISTANT_EN.test(sentence), now: NOW_EN.test(sentence), recent: RECENT_EN.test(sentence) };
  return { distant: DISTANT_ES.test(sentence), now: NOW_ES.test(sentence), recent: RECENT_ES.test(sentence) };
}
