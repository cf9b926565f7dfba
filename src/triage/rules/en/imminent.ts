import type { RuleSpec } from '../rule';
import { GUN, BLADE, LIGATURE, PILLS, WEAPON, READIED_CUE, GUN_HOBBY, MED_ROUTINE, ORDINARY_GOODBYE, ROPE_FOR_A_CHORE } from './lexicon';

/**
 * Imminent: an act in progress or just done, lethal means at hand, a plan, preparation, a farewell.
 * These are tier imminent on their own. The past tense of "I had a plan" is still read by the tense
 * modifier, so a dated plan becomes history.
 */

/** Holding a means, or sitting with it: the verbs of a means in hand. */
const HOLD = String.raw`(?:holding|holdin|gripping|loaded|loading|cocked|cocking|grabbed|grabbing|(?:got|took|taken|pulled|getting|taking|pulling)\sout|unholstered|(?:sitting|sat|laying|lying|standing|parked)\s(?:(?:here|alone|outside|(?:in|on|at|by|outside)\s(?:the|my)\s(?:[a-z]+\s)?[a-z]+|in\sthe\sdark)\s)?with)`;
/** Whose means: "my", "the", "my dads", "my fathers old". */
const OWNER = String.raw`(?:(?:my|the|a|his|her|this|that|dads|moms|my\s(?:dads|fathers|husbands|grandpas|grandads|brothers|moms|wifes|sons))\s)`;
/** A readied-means cue either side of the match, and no hobby or storage word near it. */
const READIED_NEAR = {
  requires: String.raw`\b${READIED_CUE}\b`,
  // "not doing anything tonight": the time is denied, it does not ready the means
  excludes: String.raw`\b(?:${GUN_HOBBY}|not\s(?:doing|going\sto\sdo|gonna\sdo|planning|planning\son\sdoing)\s(?:anything|it)\s(?:tonight|today|right\snow|now))\b`,
  before: 100,
  after: 120,
};
/**
 * The cues of READIED_CUE less the bare times ("now", "tonight", a weekday): a gun being cleaned is
 * upkeep when only a time stands beside it ("cleaning my rifle, it's on the table right now"), but not
 * with a farewell, an ending, drink, "one last time", "ready" or anything else on the list.
 */
const READIED_CUE_NO_TIME = (() => {
  const head = String.raw`(?:tonight|right\snow|now|today|tomorrow|`;
  const tail = String.raw`|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
  if (!READIED_CUE.startsWith(head) || !READIED_CUE.endsWith(tail)) throw new Error('READIED_CUE changed: update READIED_CUE_NO_TIME');
  return `(?:${READIED_CUE.slice(head.length, -tail.length)})`;
})();
/** Means in hand: as READIED_NEAR, and a gun being cleaned or oiled with no cue but a time is upkeep. */
const READIED_NEAR_UPKEEP = {
  ...READIED_NEAR,
  excludes: String.raw`${READIED_NEAR.excludes}|^(?![\s\S]{0,400}?\b${READIED_CUE_NO_TIME}\b)[\s\S]{0,400}?\b(?:cleaning|cleaned|oiling|oiled|lubing|lubed)\s${OWNER}?(?:[a-z]+\s)?${WEAPON}\b`,
};
/** No hobby or storage word near the match. */
const NO_HOBBY_NEAR = { excludes: String.raw`\b${GUN_HOBBY}\b`, before: 80, after: 90 };

const MEANS_AT_HAND = String.raw`(?:${GUN}|${BLADE}|${LIGATURE}|${PILLS}|bullets?|rounds)`;
const PRESENT_CUE = String.raw`(?:loaded|cocked|right\snow|now|tonight|and\s(?:some\s)?(?:vodka|whiskey|whisky|alcohol|booze|beer|wine|jack|tequila|liquor|rum)|drinking|drunk|in\sthe\s(?:bath|bathtub|tub)|running\sthe\sbath|locked\s(?:the\sdoor|myself\sin)|in\smy\s(?:hand|hands|lap|mouth)|to\smy\s(?:head|throat|wrist|wrists|neck|temple|chest)|for\s(?:an\shour|hours|a\swhile|a\slong\stime|the\slast\shour)|and\s(?:im|i\sam|i)\s(?:going|gonna|about|ready|want|thinking|cant\sstop)|ready|cant\sstop|do\sit|end\sit|use\sit|use\sthem|take\sthem|counting|thinking\sabout|wondering)`;

export const EN_IMMINENT: readonly RuleSpec[] = [
  {
    id: 'en.imminent.in-progress',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      String.raw`\b(?:im|i\sam)\s(?:(?:currently|literally|actually|already|now|still)\s)?(?:cutting|overdosing|oding)\b(?!\s(?:back|down|out|off|ties|corners|class|carbs|sugar|hair|it\sclose|the|my\shair|onions|wood|grass|paper|coupons|costs|people|them|alcohol))`,
      String.raw`\bfinger\son\sthe\strigger\b|\b(?:about\sto|going\sto|gonna|ready\sto|want\sto|wanna)\spull\s(?:the\s)?trigger\b(?!\s(?:on|and\s(?:sign|buy|book|enroll|apply|order|get|go|commit|register|start|quit|move|do|call|send|hire|put)))|\bsafety(?:s|\sis)?\s(?:is\s)?off\b`,
      String.raw`\b(?:noose|rope|belt|cord)\s(?:is\s)?(?:around|on)\smy\sneck\b|\b(?:tied|tying|made|making|set\sup|setting\sup|hung|hanging|bought|got|have|finished)\s(?:a|the|my)\snoose\b|\b(?:tied|tying)\s(?:a|the)\s(?:rope|belt|cord)\s(?:to|around|on|from)\b`,
      String.raw`\b(?:rope|noose|belt|cord)\s(?:is\s|s\s)?(?:on|tied\sto|hanging\sfrom|around)\s(?:the|a)\s(?:tree|beam|rafter|rafters|fan|ceiling|closet\srod|door|railing)\b|\b(?:rope|noose|belt|cord|extension\scord)\s(?:is\s|s\s)?(?:tied|ready|up|hung|hanging|set\sup|secured|attached)\b(?!\s(?:to\sthe\s(?:boat|truck|trailer|dock)|for\sthe)|${ROPE_FOR_A_CHORE})`,
      String.raw`\bin\s(?:the|my)\s(?:garage|shed)\swith\sthe\s(?:car|engine|truck|motor)\s(?:running|on)\b|\b(?:walk|walking|walked|swim|swimming|wade|wading|going)\s(?:out\s)?(?:into|in)\s(?:the\s)?(?:lake|ocean|sea|river|water|bay)\b(?=[^\n]{0,60}\b(?:not\scoming\sback|never\scoming\sback|wont\scome\sback|until\si\scant|as\sfar\sas|for\sgood|goodbye|bye|now|tonight))`,
      String.raw`\b(?:${GUN}|razors?|blades?|pills|rope|noose|knife)\s(?:is|s|are)\s(?:on|in|next\sto|beside|by)\s(?:the|my)\s(?:table|lap|bed|nightstand|desk|counter|seat|dashboard|passenger\sseat|floor)\b(?=[^\n]{0,80}\b(?:drinking|drunk|shots|whiskey|jack|vodka|beer|tonight|now|loaded|ready|writing\sthis|staring|decided|cant\sdo\sthis))`,
      String.raw`\b(?:razors?|blades?|gun|pills|rope|knife)\s?(?:is|s|are)?\sout\b(?=[^\n]{0,60}\b(?:lock(?:ing|ed)?\s(?:the\s)?(?:bathroom\s)?door|locked\smyself\sin|alone|nobody\shome|tonight|now|bye|sorry))|\b(?:the\s|my\s)?(?:gun|rope|noose|pills)\s(?:is|are|s)\s(?:ready|loaded|waiting|set)\b(?!\s(?:for\s(?:pick\s?up|pickup|the\srange|hunting|refill)|at\sthe\spharmacy|to\sbe\spicked))`,
      String.raw`\b(?:car|engine|truck)\s(?:is\s)?(?:running|on)\sin\s(?:the|my)\s(?:garage|shed)\b|\b(?:hose|tube|pipe)\s(?:from|to|in|into|on)\s(?:the\s)?(?:exhaust|tailpipe)\b`,
      String.raw`\b(?:standing|sitting|am|im|i\sam|climbing|climbed|stepped)\s(?:on|at|over|onto)\s(?:(?:the\s)?(?:ledge|railing|rail)|the\sedge)\b|\b(?:im|i\sam|standing|sitting|waiting|laying|lying)\s(?:on|at|by|next\sto)\s(?:the|some)\s(?:railroad\s|train\s)?tracks\b(?=[^.!?\n]{0,40}\bwaiting\sfor\s(?:the|a)\s(?:train|next\strain)\b(?![^.!?\n]{0,60}\b(?:late|commute|to\swork|home\sfrom|station|platform|ride|ticket|stop|call|appointment|meeting|shift)\b))|\b(?:standing|sitting|climbing|climbed)\s(?:on|at|onto)\s(?:the|a|this)\s(?:bridge|roof|rooftop|overpass|tracks|railroad\stracks|train\stracks|cliff|edge\sof\s(?:the|a)\s[a-z]+)\b(?!\s(?:with\s(?:my|the)\s(?:kids|wife|family|friends)|for\sthe\s(?:view|photo)|taking\spictures))`,
    ],
  },
  {
    id: 'en.imminent.gun-to-self',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // "the gun is in my mouth", "2009 i put the .45 in my mouth" (dated: history); "they put a gun to my head" is someone else's act
      String.raw`\b(?:${WEAPON}|barrel|muzzle)\s(?:is\s)?(?:in|to|against|under)\smy\s(?:mouth|head|temple|chin|chest|heart)\b`,
      String.raw`\b(?:put|putting|stuck|sticking|pressed|pressing|placed|held|holding)\s(?:the|a|my|his|her|dads|that|this)\s(?:[a-z0-9.]+\s)?(?:${WEAPON}|barrel|muzzle)\s(?:in|into|to|against|under)\smy\s(?:own\s)?(?:mouth|head|temple|chin|chest|heart)\b`,
    ],
  },
  {
    id: 'en.imminent.means-in-hand-with-cue',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open', near: READIED_NEAR_UPKEEP,
    patterns: [
      // a means in hand with a time, a farewell, a count-down or an ending either side: "holding my revolver. counting down",
      // "i have the belt" after "ill be gone by morning", "brought my pistol. it ends here"
      String.raw`\b(?:${HOLD}|brought|bringing|cleaning|cleaned|i\s(?:have|got|still\shave|already\shave)|ive\s(?:got|still\sgot)|staring\sat|looking\sat)\s${OWNER}?(?:[a-z]+\s)?(?:${WEAPON}|${LIGATURE}|hose)\b`,
      // the means put in place: "the rope is in the garage and the kids are at their dads tonight"
      String.raw`\b(?:the|my)\s(?:${LIGATURE}|${WEAPON}|pills|hose|charcoal|razor\sblades?|blades?|knife)\s(?:is|s|are|sits?|sitting|hangs|hanging)\s(?:(?:already|all|now|just)\s)?(?:in|on|under|by|ready|set\sup|tied|hung|up|waiting|loaded|out|in\sposition|in\splace)\b`,
      // on the way with the means: "tonight im going to the cemetery with the bottle of his sleeping pills"
      String.raw`\b(?:going|headed|heading|driving|walking|taking|bringing|drove|went)\s(?:(?:out|up|down)\s)?(?:to|into)\s(?:the|my|a|his|her)\s(?:[a-z]+\s)?[a-z]+\swith\s(?:the|a|my|his|her|dads)\s(?:(?:whole|full|new)\s)?(?:(?:bottle|box|bag|stash)\sof\s(?:[a-z]+\s){0,3}?${PILLS}|(?:[a-z]+\s)?(?:${WEAPON}|${LIGATURE}))\b`,
      // "using my duty weapon tonight after shift"
      String.raw`\b(?:im|i\sam|ill|i\swill|gonna|going\sto|plan\sto|planning\sto|about\sto)\s(?:(?:just|finally)\s)?(?:be\s)?(?:using|use)\s${OWNER}(?:[a-z]+\s)?(?:${WEAPON}|${LIGATURE})\b(?!\s(?:for|at|to\s(?:clean|hunt|protect|defend|practice)|on\s(?:them|him|her|the\s[a-z]+)))`,
    ],
  },
  {
    id: 'en.imminent.means-readied',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // the car prepared: "bought the hose for the exhaust today"
      String.raw`\b(?:bought|got|have|hooked\sup|ran|running|taped|attached|connected|fitted|picked\sup)\s(?:(?:a|the|my|some)\s)?(?:[a-z]+\s)?(?:hose|tube|tubing|pipe)\s(?:for|to|on|onto|into|from|through)\s(?:the\s|my\s)?(?:car\s|truck\s)?(?:exhaust|tailpipe)\b(?![^\n]{0,40}\b(?:dryer|generator|vent|fan|shop\svac|hood|mechanic|repair|leak)\b)`,
      String.raw`\b(?:hose|tube|tubing|pipe)\s(?:(?:is|s|are|all|already)\s)?(?:hooked\sup|taped|attached|connected|running|run|fitted|rigged)\s(?:up\s)?(?:to|into|onto|on)\s(?:the\s|my\s)?(?:car\s|truck\s)?(?:exhaust|tailpipe)\b(?![^\n]{0,40}\b(?:dryer|generator|vent|fan|shop\svac|hood|mechanic|repair|leak)\b)`,
      // fentanyl patches: "putting all of them on now", "stuck every patch on"
      String.raw`\b(?:put(?:ting)?|stick(?:ing)?|stuck|slap(?:ping|ped)?|apply(?:ing)?|applied|wear(?:ing)?)\s(?:on\s)?(?:all|every(?:\sone\sof)?|the\swhole\sbox\sof|a\sbunch\sof|\d+)\s(?:of\s)?(?:(?:my|the|his|her|dads|moms|these|those)\s)?(?:fentanyl\s|duragesic\s|pain\s|morphine\s)?patch(?:es)?\b|\b(?:put(?:ting)?|stick(?:ing)?|stuck|slap(?:ping|ped)?)\s(?:all\sof\s(?:them|em)|them\sall|every\sone(?:\sof\sthem)?|all\s\d+)\son\b(?<=\b(?:fentanyl|patch(?:es)?)\b[^\n]{0,160})`,
      // a lethal injection drawn up: "i know how much insulin it takes and ive drawn it up"
      String.raw`\b(?:drawn|drew|drawing|filled|loaded)\s(?:it|them|the\ssyringes?|a\ssyringe|syringes)\s?(?:up)?\b(?<=\b(?:insulin|potassium|morphine|fentanyl|heroin|dilaudid)\b[^\n]{0,140})(?=[^\n]{0,100}\b(?:it\stakes|enough|sitting|tonight|now|ready|all\sof\sit|goodbye|sorry)\b|(?<=\b(?:how\smuch|enough|it\stakes)\b[^\n]{0,140}))`,
      // "just cut my wrist in the tub"
      String.raw`\b(?:just|already)\s(?:cut|slit|sliced|opened(?:\sup)?)\s(?:my|me)\s(?:own\s)?(?:wrists?|throat|veins?)\b(?!\s(?:on\s(?:a|the)|shaving|by\saccident|accidentally|while))`,
    ],
  },
  {
    id: 'en.imminent.weapon-in-hand',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open', pastIsAct: true, near: NO_HOBBY_NEAR,
    patterns: [
      // a gun in hand, said to an intake bot, with no hobby around it: "sitting in the truck with my service weapon", "i loaded my dads rifle"
      String.raw`\b${HOLD}\s${OWNER}?(?:[a-z]+\s)?${WEAPON}\b(?!\s(?:case|safe|cabinet|store|shop|show|range))`,
    ],
  },
  {
    id: 'en.imminent.bleeding',
    lang: 'en', tier: 'imminent', kind: 'selfharm', subject: 'open', escalates: false, needsContext: true,
    patterns: [
      String.raw`\bcut\s(?:too|way\stoo|really|so)\sdeep\b|\b(?:cant|wont|doesnt|does\snot|can\snot|cannot|will\snot)\s(?:get\s(?:it|the\sbleeding)\sto\s)?stop\s(?:the\s)?bleeding\b|\bbleeding\s(?:wont|doesnt|isnt\sgoing\sto|will\snot|is\snot)\sstop(?:ping)?\b|\bbleeding\sout\b|\bbleeding\s(?:a\slot|everywhere|bad|badly|heavily)\b|\bblood\s(?:is\s)?everywhere\b|\bso\smuch\sblood\b|\bsangre\spor\stodos\slados\b|\bmucha\ssangre\b`,
    ],
  },
  {
    id: 'en.imminent.means-at-hand-now',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open', near: NO_HOBBY_NEAR,
    patterns: [
      // a means at hand with a present cue, and no hobby or storage word near it
      String.raw`\b(?:i\s(?:have|got)|ive\sgot|holding|(?:sitting|sat|laying|lying|standing)\s(?:(?:here|alone|in\s(?:the|my)\s[a-z]+|in\sthe\sdark)\s)?with|staring\sat|looking\sat|(?:got|have|took|pulled|picked)\s(?:out|up)|loaded|cocked|counted\sout|counting\sout|counted|lined\sup|laid\sout|lay\sout|emptied\sout|poured\sout|set\sup)\s(?:(?:a|the|my|this|these|those|all\s(?:my|the)|some|every|his|her|dads|moms|all)\s)?(?:loaded\s)?(?:[a-z]+\s)?${MEANS_AT_HAND}\b(?=[^.!?;\n]{0,80}\b${PRESENT_CUE})`,
    ],
  },
  {
    id: 'en.imminent.means-at-hand',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open', near: { excludes: MED_ROUTINE, before: 80, after: 80 },
    patterns: [
      String.raw`\b(?:got|took|pulled|brought|picked|dug)\s(?:(?:the|my|a|his|dads|moms|all\sthe|all\smy)\s)?(?:[a-z]+\s)?${MEANS_AT_HAND}\s(?:out|up|down)\b(?=[^\n]{0,60}\b(?:${PRESENT_CUE}|loaded\sit|sitting|staring))`,
      String.raw`\b(?:loaded|cocked)\s(?:(?:a|the|my|his)\s)?${GUN}\b|\b${GUN}\s(?:is\s)?(?:loaded|cocked)\s(?:and\s)?(?:in\smy\s(?:hand|lap)|next\sto\sme|on\smy\slap|right\shere|ready)\b`,
      String.raw`\b(?:${MEANS_AT_HAND})\s(?:is\s|are\s|s\s)?(?:in\smy\s(?:hand|hands|lap|mouth)|to\smy\s(?:head|throat|wrist|wrists|neck|temple|chest)|(?:all\s)?(?:counted\sout|lined\sup|laid\sout)|in\sfront\sof\sme\s(?:right\snow|now|and))\b`,
    ],
  },
  {
    id: 'en.imminent.location',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      String.raw`\b(?:im|i\sam|standing|sitting|parked|here|up|currently|right\snow|just\sgot|drove|laying|lying)\s(?:[a-z]+\s)?(?:at|on|by|in|near|under|over|to)\s(?:the|a|this|that|my)\s(?:[a-z]+\s)?(?:bridge|overlook|roof|rooftop|ledge|edge|cliff|tracks|train\stracks|railroad\stracks|overpass|top\sof\s(?:the|a)\s[a-z]+|parking\sgarage|railing|balcony|dam|water|lake|river|ocean|woods|building)\b(?=[^\n]{0,100}\b(?:jump|jumping|drive\soff|driving\soff|drive\sover|do\sit|end\sit|let\sgo|step\soff|goodbye|kill|die|end\smy|over\sthe\s(?:edge|side|railing)|last\s(?:time|text|message)|cant\sdo\sthis|going\sin|walk\sinto|drown|never\scome\sback|train\s(?:will|is|comes|coming)|(?:see|hear)\sthe\s(?:lights|train|horn|headlights)|say\ssorry|sorry|going\sover|whoever\sfinds|just\swanted\sto\s(?:say|tell)|thanks\sfor|thank\syou|(?:dont|do\snot|wont|will\snot)\sneed\s(?:to\sbook\s)?(?:me\s)?(?:that|the|a|my)\s(?:consult|appointment|session|slot|call)|if\sim\sstill\shere|i\ssaid\s(?:thanks|thank\syou|goodbye)))(?![^\n]{0,40}\b(?:fix|fixing|repair\w*|clean\w*|antenna|gutters?|shingles|solar|install\w*|reminder|the\sview|sunset|sunrise|fireworks|photos?|pictures?)\b)`,
    ],
  },
  {
    id: 'en.imminent.plan',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      String.raw`\b(?:i\s(?:have|had|got|made|ve\sgot|ve\smade|already\shave|finally\shave|have\sworked\sout)|ive\s(?:got|made|already\sgot|finally\sgot|worked\sout)|i\sgot|have|got|made|theres)\s(?:a|the|my|an\sactual|a\sreal|a\sconcrete|a\sspecific|a\sdetailed|a\sclear|a\sfull)\s(?:(?!treatment|care|safety|payment|insurance|health|meal|diet|exercise|workout|cell|phone|data|business|lesson|study|retirement|savings|back|backup|birth|escape|game|travel|vacation|family|crisis|discharge|action|recovery|medical|dental|good|new|better|different|treatment|coping|wellness|budget|school|work|career)[a-z]+\s)?(?<core>plan|method)\b(?:(?=\s(?:and\s(?:the\s)?(?:means|pills|gun|rope|a\sdate(?!\s(?:for|to|with|at|in|on|tonight)\b|\s?[:,])|the\sdate(?!\s(?:for|to|with|at|in|on|tonight)\b|\s?[:,])|a\stime|a\sday|everything|supplies|stuff|a\splace)|and\si\s(?:have|got|already\shave)\s(?:what\si\sneed|everything|it\sall|the\sstuff|the\smeans)|once|back\sin|in\s(?:19|20)\d\d|\d+\s?years?\sago|to\s(?:kill|end|die|do\sit|take\smy|hang|shoot|overdose|od|off|jump|commit)|for\s(?:how|when|killing|ending|my\ssuicide|suicide|it)|on\show))|(?=\s*(?:[.!?,;:]|$)))`,
      String.raw`\b(?:planned|planning|plan(?:ned)?\sout|figured\sout|worked\sout|decided|chose|chosen|picked|set)\s(?:out\s)?(?:my\s(?:death|suicide|exit|funeral)|(?:how|when|where)\s(?:to\s|ill\s|im\sgoing\sto\s|im\sgonna\s|i\swill\s|i\swould\s|i\sd\s|id\s)(?:do\sit|kill\smyself|end\s(?:it|my\slife)|die|go\sout|off\smyself|take\smy\slife))\b`,
      String.raw`\b(?:research(?:ed|ing)?|googl(?:e|ed|ing)|look(?:ed|ing)\sup|search(?:ed|ing)(?:\sfor)?|read(?:ing)?\sabout|watch(?:ed|ing)\svideos\son|learn(?:ed|ing)\sabout)\s(?:[a-z]+\s){0,3}?(?:how\sto\s(?:kill\smyself|die|hang|overdose|od|end\s(?:it|my\slife)|slit|tie\sa\snoose|commit\ssuicide|shoot\smyself)|(?:painless|easy|quick|quickest|best|fastest|surest|easiest)\s(?:ways?|methods?)\sto\s(?:die|kill|end|go)|suicide\smethods|lethal\sdoses?|how\smany\s[a-z]+\sto\s(?:die|kill|od|overdose))\b`,
      String.raw`\bhow\s(?:many|much)\s(?:[a-z0-9]+\s){1,3}?(?:would\sit\stake|does\sit\stake|will\sit\stake|it\s(?:would|will|d|could)\stake|itd\stake|it\stakes|would\si\sneed|do\si\sneed|i\sd\sneed|id\sneed|to\stake|should\si\stake)\s(?:(?:to|for\sme\sto)\s)?(?:kill\s(?:me|myself)|die|not\swake\sup|od|overdose|be\s(?:fatal|lethal|deadly)|end\sit|stop\smy\sheart)\b|\bhow\s(?:many|much)\s(?:[a-z0-9]+\s){1,3}?(?:would|will|to)\skill\s(?:me|myself)\b`,
      String.raw`\blethal\sdose\s(?:for\sme|of\smy\s[a-z]+|for\ssomeone\smy\s(?:size|weight))\b|\benough\s(?:[a-z]+\s)?(?:${PILLS})\s(?:(?:saved|saved\sup|stockpiled|stashed|hidden|put\saway|set\saside|left|now)\s)?to\s(?:die|kill\s(?:me|myself)|not\swake\sup|end\sit|od|overdose|do\sit|finish\sit)\b`,
      String.raw`\b(?:bought|got|picked\sup|ordered|purchased)\s(?:(?:a|some|the|more|a\snew)\s)?(?:rope|noose|gun|pistol|shotgun|rifle|handgun|ammo|bullets|razor\sblades|charcoal|helium|poison)\b(?=[^\n]{0,80}\b(?:know\swhat\s(?:im|i\sam)\s(?:doing|going\sto\sdo)|for\smyself|to\s(?:use\son\smyself|end\sit|do\sit)|for\swhen\s(?:im\sready|the\stime\scomes)|its\stime|goodbye|(?:its|it\sis)\sready))`,
    ],
  },
  {
    id: 'en.imminent.farewell',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      String.raw`\bgood\s?night\s(?:forever|for\sgood|for\sever|world|cruel\sworld|everyone\sforever)\b|\bsleep\stight\sforever\b`,
      // a goodbye at a job's end or a move is a goodbye to the job: "last day Friday, said goodbye to everyone"
      // (the lookbehind runs after the farewell word, so only where one is)
      String.raw`\b(?:goodbye|good\sbye|bye|farewell)(?<!\b${ORDINARY_GOODBYE}\b[^\n]{0,160}(?:goodbye|good\sbye|bye|farewell))\s(?:forever|for\sever|for\sgood|cruel\sworld|world|everyone|everybody|all|yall|my\s(?:friends|family|loves?|babies|kids|love)|to\s(?:all|everyone|everybody|this\sworld)|this\sworld|for\sthe\slast\stime)\b(?!\s(?:at\s(?:the\s)?(?:plant|work|office|station|shop|job|school|base|department|firehouse|store|hospital|mill|yard)|on\s(?:the|my)\s(?:team|crew|shift|unit)))`,
      String.raw`\b(?:this\s(?:is|will\sbe)|consider\sthis)\s(?:my\s)?(?:last|final)\s(?:message|text|msg|goodbye|words|time\s(?:texting|talking|messaging|writing))\b(?!\s(?:today|tonight|for\s(?:today|tonight|now|the\s(?:day|night|week))|until|till|til|this\s(?:week|morning|afternoon|evening)|before\s(?:my|the|i\s(?:board|fly|leave\sfor|head\sto))|of\sthe\s(?:day|night|week)))|\b(?:my\s)?(?:last|final)\s(?:message|text|words|goodbye)\s(?:ever|before\si\s(?:go|die|leave))\b|\bthis\sis\s(?:goodbye|the\send|it\sfor\sme)\b|\b(?:called|texted|visited|hugged)\s(?:my\s[a-z]+|everyone|them|her|him)\sto\ssay\sgoodbye\b(?=[^\n]{0,60}\b(?:doesnt|dont|didnt|dont|wont)\sknow)|\b(?:doesnt|dont|didnt|wont)\sknow\s(?:its|it\sis|it\swas)\s(?:goodbye|the\slast\stime)\b|\bsaid\sgoodbye\sto\s(?:[a-z]+\s){1,3}?without\s(?:them|him|her)\sknowing\b|\bmy\slast\s(?:night|day)\s(?:alive|on\searth|here)\b`,
      // a final day of life, told as today or tonight: "today is the last day of my life", "tonight is my
      // last night", "I'm living my last day"; not a hypothesis ("live like it's the last day of your
      // life"), a past ("that was the last day of my life as I knew it") or a last night in a city or a job
      String.raw`(?<!\b(?:like|as\sif|as\sthough|if|was|were)\s)\b(?:today|tonight|tomorrow|this|it|its|here)\s(?:(?:is|will\sbe|s|gonna\sbe|is\sgoing\sto\sbe)\s)?(?:my|the)\s(?:last|final)\s(?:night|day|morning|sunrise|sunset)\s(?:of\smy\slife|alive|on\s(?:this\s)?earth|in\sthis\sworld)\b(?!\s(?:as\s|in\sthe\s(?:army|navy|service|marines|corps|city)|before\s(?:i|my|the)\s(?:deploy|ship|leave|move|start)))|\b(?:the\s)?(?:last|final)\s(?:day|night)\sof\smy\slife\s(?:is\s|will\sbe\s)?(?:today|tonight|tomorrow)\b|\b(?:im|i\sam)\s(?:living|spending)\s(?:my|the)\s(?:last|final)\s(?:day|night|hours)(?:\sof\smy\slife|\salive|\son\searth)?(?=\s*(?:[.!?,;:]|$))|\btonight\s(?:is|s)\smy\s(?:last|final)\snight(?=\s*(?:[.!?,;:]|$))`,
      String.raw`\b(?:wont|will\snot|wont\sever|am\snot\sgoing\sto|not\sgoing\sto|not\sgonna|im\snot\sgoing\sto)\sbe\s(?:here|around|alive)\s(?:tomorrow|much\slonger|by\s(?:morning|tomorrow|then|the\stime|monday|friday|the\sweekend)|for\s(?:long|much\slonger)|when\s(?:you|they|the\s[a-z]+)\s(?:read|get|see|wake|call|check|come)|to\s(?:see|read|answer|pick\sup)|next\s(?:week|time)|in\sthe\smorning|when\sthe\ssun\scomes\sup|after\stonight)\b(?![^.!?\n]{0,50}\b(?:im\s(?:at|in|on|visiting|going\sto|away|traveling|travelling|out\sof|working)|ill\sbe\s(?:at|in|on|away|out|back)|i\s(?:have|got)\s(?:a|an|my|the|to)|visiting|vacation|trip|travel\w*|out\sof\stown|conference|flight|cruise|camp|deploy\w*|hospital|surgery|back\son|recital|wedding|shift|appointment|meeting|class|practice|tournament|game|funeral|graduation|dentist|doctor)\b)`,
      String.raw`\bby\sthe\stime\s(?:you|anyone|someone|they|somebody|my\s[a-z]+)\s(?:read|reads|see|sees|get|gets|find|finds)\s(?:this|my|these)\b`,
      String.raw`\bsee\s(?:you|yall|ya)\s(?:on\sthe\sother\sside|in\s(?:another|the\snext)\slife|in\sheaven|in\shell|never|on\sthe\sflip\sside)\b`,
      String.raw`\b(?:wrote|written|writing|left|leaving|finished|typed|recorded|made)\s(?:(?:a|my|the|some|all\sthe|all\smy)\s)?(?:(?:suicide|goodbye|farewell|last|final)\s)?(?:notes?|letters?|videos?|messages?)\s(?:for|to)\s(?:everyone|everybody|all|my\s(?:kids|family|wife|husband|children|son|daughter|mom|dad|parents|friends|loved\sones|girls|boys)|the\skids|them|each)\b(?![^.!?\n]{0,60}\b(?:reconnect\w*|catch\sup|catching\sup|stay\sin\stouch|keep\sin\stouch|thank\syou|thanking|christmas|holiday\scards?|birthday|pen\s?pals?|old\s(?:unit|buddies|friends|squad|platoon|crew|classmates)|counselors\sidea|therapists\sidea|(?:counselor|therapist|doctor)\ssuggested|explaining\smy\s(?:ptsd|diagnosis|deployment|trauma|condition)|assignment|homework|reunion)\b)(?<!\b(?:to|for)\sall\smy\sold\s(?:unit|army|navy|marine|squad|platoon|crew|team|college|school|high\sschool)\s[a-z]+)`,
      String.raw`\b(?:wrote|written|writing|left|leaving|finished|working\son|drafted)\s(?:(?:a|my|the)\s)?(?:suicide|goodbye|farewell)\s(?:notes?|letter|videos?|message|texts?)\b(?![^.!?\n]{0,60}\b(?:old|former|coworkers|colleagues|co\sworkers|team|unit|class|students|staff|crew|job|retir\w*|getting\sout|moving|new\s(?:job|school|city)|last\sday|graduat\w*|discharg\w*)\b)`,
      String.raw`\b(?:gave|giving|given|give)\saway\s(?:(?:all|most)\s)?(?:of\s)?(?:my|the)\s(?:stuff|things|belongings|possessions|guns|dog|cat|pets?|tools|clothes|medals|stuff\saway)\b(?![^.!?\n]{0,60}\b(?:retir\w*|moving|move|downsiz\w*|new\s(?:place|house|apartment)|declutter\w*|garage\ssale|yard\ssale|allerg\w*|landlord|donat\w*|deploy\w*)\b)`,
      String.raw`\b(?:said|saying)\s(?:my\s)?goodbyes\b(?<!\b${ORDINARY_GOODBYE}\b[^\n]{0,160}goodbyes)(?![^\n]{0,80}\b${ORDINARY_GOODBYE}\b)|\btake\scare\sof\s(?:my\s(?:kids|dog|cat|babies|children|wife|husband|mom|family|pets?|boy|girl|son|daughter)|them|her|him)\sfor\sme\b`,
      String.raw`\b(?:ill|i\swill)\sbe\s(?:with|seeing|joining)\s(?:my\s[a-z]+|them|her|him|the\sguys|my\sbrothers|god)\s(?:soon|tonight|again\ssoon|shortly)\b|\b(?:going|gonna|about)\sto\s(?:join|see|be\swith)\s(?:my\s(?:guys|brothers|boys|buddies|son|daughter|wife|husband|mom|dad|fallen\s[a-z]+)|them|the\sguys)\s(?:soon|tonight|now|in\sheaven|on\sthe\sother\sside)\b`,
      String.raw`\b(?:tell|let)\s(?:my\s[a-z]+|them|everyone|her|him|the\skids)\s(?:know\s)?(?:that\s)?(?:i\s)?(?:love|loved)\s(?:them|her|him|you)\b(?=[^.!?;\n]{0,40}\b(?:bye|goodbye|sorry|forever|always|last|when\sim\sgone))|\bsorry\sfor\severything\b(?=[^\n]{0,60}\b(?:bye|goodbye|love\syou\sall|forgive\sme|last))`,
    ],
  },
  {
    id: 'en.imminent.means-and-time',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "🔫 tonight. done." / "⚰️ this weekend": an emoji means followed by a near time
      String.raw`\b(?<!(?:my|your|the|take|took|taking|his|her|some|our|these|those|of|a|bought|buy|clean|cleaning|new|pick\sup|picking\sup|refill)\s)\b(?:gun|rope|pills|coffin|grave|poison|knife|razor|noose)\s(?:(?:is|are|for)\s)?(?:tonight|today|tomorrow|this\sweekend|right\snow|esta\snoche|hoy|manana|este\sfin(?:\sde\ssemana)?|ahorita)\b`,
    ],
  },
  {
    id: 'en.imminent.took-and-fading',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      String.raw`\b(?:took|swallowed|ate|downed|popped|tome|trague)\s(?!(?:my\s)?(?:usual|nightly|regular|normal|daily|evening|bedtime|night|morning|prescribed)\b)(?:[a-z]+\s){0,4}?(?:${PILLS}|pastillas|medicinas|pildoras)\b(?=[^\n]{0,80}\b(?:sleepy|drowsy|dizzy|woozy|cant\skeep\smy\seyes\sopen|fading|passing\sout|numb|heart\sis\sracing|cant\sfeel|sorry|goodbye|bye|mareada?|mareado|sueno|rara|raro|perdon|adios))`,
    ],
  },
  {
    id: 'en.imminent.took-them',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\b(?:already\s|just\s)?(?:took|swallowed|downed|ate|popped)\s(?:them|em|it)\s(?:all|already)\b|\b(?:took|swallowed|downed|popped)\sall\sof\s(?:them|em)\b`,
      // "Goodbye. Already took them"
      String.raw`\b(?:already|just)\s(?:took|swallowed|downed|popped|ate)\s(?:them|em|it\sall|all\sof\s(?:them|em|it))(?=\s*(?:[.!?,;:]|$))`,
    ],
  },
  {
    id: 'en.imminent.stockpile',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\b(?:stockpil(?:e|ed|ing)|hoard(?:ed|ing)?|stash(?:ed|ing)?|sav(?:ed|ing)\sup|sav(?:ed|ing)|collect(?:ed|ing))\s(?:(?:up|my|the|some|all\smy|all\sthe|enough)\s){0,2}(?:[a-z]+\s)?${PILLS}\b`,
    ],
  },

];
