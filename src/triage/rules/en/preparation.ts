import type { RuleSpec } from '../rule';
import { PILLS, WEAPON } from './lexicon';
import { BENIGN_TASK, INNOCENT, INNOCENT_UNLESS_PRETEXT } from './logistics';
import { MED_ROUTINE } from './lexicon';

/** High places and other places people name in a plan. */
const PLACE = String.raw`(?:bridge|overpass|roof|rooftop|parking\s(?:garage|structure|deck)|cliff|ledge|dam|tower|water\stower|quarry|overlook)`;
const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;

/**
 * Why someone goes up on a roof or down to a river, said beside it: a repair, a job, a pastime, company.
 * "to look" and "to see" stay out: scouting a place is a preparation.
 */
const BENIGN_OUTING = String.raw`\b(?:to\s(?:fix|repair|replace|install|clean|patch|inspect|paint|adjust|shovel|sweep|seal|reshingle|check\s(?:on\s)?the\s(?:gutters?|antenna|dish|leak|shingles|roof|vent|chimney|ac|solar)|put\sup|take\sdown|hang\s(?:the\s)?(?:lights|decorations|flag)|grab|fetch|retrieve|feed\sthe|meet\s(?:my|a|some|the)\s(?!maker\b)|pick\s(?:up|out)|drop\soff|fish|swim|skate|work\son|watch\sthe\s(?:sunset|sunrise|fireworks|game|boats|eclipse|meteor)|see\sthe\s(?:sunset|sunrise|fireworks|view|eclipse|lights|stars)|take\s(?:pictures|photos|the\s(?:kids|dog))|walk\sthe\sdog)|fishing|swimming|kayak\w*|canoe\w*|paddl\w*|camping|picnic\w*|hiking|jogging|running\sclub|for\s(?:work|my\sjob|a\s(?:walk|run|jog|swim|picnic|hike|job|shoot|photo|drink|smoke|party)|the\s(?:view|sunset|fireworks|party))|(?<!\bbe\s|\bjoin\s|\bsee\s)with\s(?:my|the|our)\s(?:kids|son|daughter|wife|husband|family|friends|dog|crew|boss|dad|mom|buddy|buddies|girlfriend|boyfriend|partner|team|class|students|grandkids|church)\b|antenna|satellite\sdish|gutters?|shingles|solar\spanels?|chimney|roofer|contractor|leak|sunset|sunrise|fireworks|barbecue|bbq|rooftop\s(?:bar|party|pool|restaurant))\b`;

/**
 * Preparation and decision, often written with no crisis word at all: "I've decided", "I already know
 * how", "the date is set", "I have what I need", "when my wife takes the kids". Alone each is
 * ambiguous, so most need context: another signal, a means, a farewell, a question about self-harm, or
 * a second cue of a different kind. Together they are the clearest warning a text can give.
 */
export const EN_PREPARATION: readonly RuleSpec[] = [
  {
    id: 'en.prep.decided',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // "I've decided to start the program" or "...on Tuesdays" is a choice about something named
      String.raw`\b(?:ive|i\shave|i)\s(?:finally\s|already\s)?(?:decided|made\sup\smy\smind|made\smy\s(?:choice|decision)|made\speace\swith\sit)\b(?!\s(?:to\s(?!(?:do|end|go\sthrough\swith|finish|stop)\s(?:it|this|things|everything|my\slife|it\sall)\b)[a-z]+|on\s(?:the|a|an|which|what|my|tuesday|monday|wednesday|thursday|friday|saturday|sunday|mornings?|evenings?|afternoons?)|about\s(?:the|a|which|what|my)|against\s(?:the|a|it)|that\s(?:the|i\swant\sto\s(?:start|join|try|do\sthe|sign)))\b)|\bmy\smind\sis\s(?:made\sup|set)\b|\bno\sturning\sback\b`,
    ],
  },
  {
    id: 'en.prep.know-how',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\bi\s(?:already\s)?(?:know|figured\sout|worked\sout)\s(?:exactly\s)?(?:how|when|where)(?:\sand\s(?:when|how|where))?(?:\sim\sgoing\sto|\sill)?(?=\s*(?:[.!?,;:]|$)|\s(?:and\s(?:when|how)|it\sll|its\s|to\sdo\sit|i\sll\sdo\sit|ill\sdo\sit))`,
    ],
  },
  {
    id: 'en.prep.date-set',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    // a date set for an occasion: "the date is set! wedding is june 7th"
    near: { excludes: String.raw`\b(?:wedding|party|shower|reunion|graduation|surgery|procedure|appointment|closing|trip|vacation|ceremony|baptism|christening|court|hearing|trial|due\sdate|move|moving|launch|opening|recital|concert|game|tournament|interview|exam|test|anniversary\sdinner|celebration|bbq|cookout)\b`, before: 60, after: 60 },
    patterns: [
      String.raw`\b(?:the|my)\s(?:plan|date|day|time)\s(?:is|s)\s(?:done|set|made|ready|final|chosen|picked|decided)\b`,
      // "plan is set: the bridge", "Plan's set. Sunday. Gun."
      String.raw`(?:^|[.!?,;:]\s?|\b(?:and|so|ok|okay|yeah|well)\s)plan(?:\sis|s|\sis\sall)\s(?:set|done|made|ready|final|locked\sin|in\splace)(?=\s*(?:[.!?,;:]|$)|\s(?:now|already|for\s(?:tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\sweekend)))`,
      String.raw`\b(?:picked|set|chose|chosen|decided\son)\s(?:a|the|my)\s(?:date|day|time)\b|\b(?:picked|chose|chosen)\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b`,
      String.raw`\b(?:i\s)?(?:have|got|ve\sgot|already\shave)\s(?:everything|it\sall|all)\s(?:ready|set\sup|planned|prepared|in\splace|lined\sup)\b|\beverything\sis\s(?:ready|set|in\splace|prepared)\b|\bi\s(?:have|got|already\shave)\s(?:what\si\sneed|everything\si\sneed|the\smeans|the\sstuff)\b`,
    ],
  },
  {
    id: 'en.prep.absence',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    near: { excludes: BENIGN_TASK, before: 120, after: 120 },
    patterns: [
      // planning around the family's absence: "I'm gonna do it this weekend when my wife takes the kids"
      String.raw`\b(?:do|doing|end|ending|go\sthrough\swith)\sit\s(?:[a-z0-9]+\s){0,4}?(?:when|once|after|while)\s(?:my\s[a-z]+|everyone|everybody|the\skids|she|he|they)\s(?:(?:is|are|s)\s(?:asleep|gone|away|out|at\swork|not\shome|sleeping|out\sof\stown|at\schurch)|(?:takes|take|took)\sthe\s(?:kids|baby|dog)|(?:leaves|leave|goes|go)\s(?:to\s(?:bed|sleep|work|church|her\smoms|his\smoms)|out|away)|(?:falls|fall)\sasleep|(?:gets|get)\s(?:to\s)?(?:sleep|asleep))`,
      String.raw`\b(?:once|when|after|while)\s(?:my\s[a-z]+|everyone|everybody|the\skids|she|he|they)\s(?:(?:is|are|s)\s(?:asleep|gone|away|out|at\swork|not\shome|sleeping|out\sof\stown|at\schurch)|(?:takes|take|took)\sthe\s(?:kids|baby|dog)|(?:leaves|leave|goes|go)\s(?:to\s(?:bed|sleep|work|church|her\smoms|his\smoms)|out|away)|(?:falls|fall)\sasleep|(?:gets|get)\s(?:to\s)?(?:sleep|asleep))\s(?:[a-z]+\s){0,4}?(?:im|i\sam|ill|i\swill|im\sgoing\sto|im\sgonna)\s(?:doing|do|going\sto\sdo|ending|end)\sit\b`,
    ],
  },
  {
    id: 'en.prep.do-it',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    near: { excludes: BENIGN_TASK, before: 120, after: 120 },
    patterns: [
      String.raw`\b(?:going\sto|gonna|will|ill|imma|about\sto|ready\sto|decided\sto|finally|plan\sto|planning\sto|tryna|im)\s(?:(?:just|finally|actually|really|go\sand)\s)?(?:do\sit|doing\sit|go\sthrough\swith\sit|going\sthrough\swith\sit|finish\sit|get\sit\sover\swith)\b`,
      String.raw`\b(?:doing\sit|do\sit|its\shappening|it\sis\shappening|its\sgoing\sdown|it\sends|it\sall\sends)\s(?:tonight|today|tomorrow|now|right\snow|this\sweekend|(?:on\s|this\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on\s(?:the|his|her|their|our)\sanniversary)\b|\b(?:tonights|tonight\sis|todays|today\sis)\s(?:the\s(?:night|day)|it)\b|(?<!\b(?:number|address|email|link|code|one|place|house|handle|account)\s?,?\s)\b(?:tonight|today|this)\sis\sit\b|\b(?:this|tonight)\sis\sthe\s(?:night|day)\b|\b(?:it|this|everything)\s(?:all\s)?ends\s(?:here|tonight|today|now|this\sweekend)\b|\bits\s(?:tonight|today|happening\stonight)(?=\s*(?:[.!?,;:]|$))`,
      String.raw`\b(?:no\sone|nobody|noone)\s(?:can|is\sgoing\sto|will|gonna)\sstop\sme\b`,
      String.raw`\b(?:taking|take|swallowing|swallow|gonna\stake|going\sto\stake|about\sto\stake)\s(?:all\sof\s(?:it|them)|them\sall|it\sall|everything)\b|\b(?:the\s)?(?:${PILLS})\s(?:are|is)\snext\b`,
    ],
  },
  {
    id: 'en.prep.cant-promise',
    lang: 'en', tier: 'imminent', kind: 'imminent', negatable: false,
    patterns: [
      String.raw`\b(?:cant|can\snot|cannot|wont|not\sable\sto|dont\sthink\si\scan|not\ssure\si\scan)\s(?:promise|guarantee|say\sfor\ssure)\s(?:(?:you|that|anyone)\s){0,2}(?:ill|i\swill|im|i\sam|i)\s?(?:still\s)?(?:be\s(?:alive|here|around|safe|ok|okay)|make\sit|hurt\smyself|do\sanything|stay\ssafe|survive|wont\shurt\smyself|will\snot\shurt\smyself|wont\sdo\sanything|wont\sdo\sit|keep\smyself\ssafe)\b`,
      String.raw`\bnot\ssure\s(?:if\s|that\s)?(?:ill|i\swill|im\sgoing\sto)\s(?:still\s)?(?:be\salive|make\sit\sthrough\sthe\snight|survive\sthe\snight|be\shere\sin\sthe\smorning)\b`,
    ],
  },
  {
    id: 'en.prep.wont-be-alive',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    // "I go to the garage to cry so my kids don't find me like that": hiding a mood, not "don't look for me"
    near: { excludes: String.raw`\b(?:kids|children|son|daughter|wife|husband|family|they|she|he|mom|dad|parents|roommate|people)\s(?:dont|do\snot|wont|will\snot)\sfind\sme\s(?:like\sthat|crying|upset|here|hiding|smoking|drunk)\b`, before: 40, after: 30 },
    patterns: [
      String.raw`\b(?:wont|will\snot|am\snot\sgoing\sto|not\sgoing\sto|not\sgonna|im\snot\sgoing\sto|im\snot\sgonna)\s(?:still\s)?be\salive\b`,
      String.raw`\bif\s(?:you|anyone|someone|somebody)(?:re|\sare|\sis)?\s(?:reading|read|reads|found|find|get)\sthis\b`,
      String.raw`\b(?:not|never)\s(?:going|goin|gonna)\s(?:back\s)?(?:to\s(?:jail|prison)\s|in\s)?alive\b|\bwont\sbe\staken\salive\b|\b(?:theyll|they\swill|theyre\sgoing\sto|the\scops\s(?:will|are\sgoing\sto)|cops\s(?:will|are\sgoing\sto))\shave\sto\s(?:kill|shoot)\sme\b`,
      String.raw`\b(?:dont|do\snot|please\sdont)\s(?:try\sto\s|come\s(?:and\s)?)?(?:find|look\sfor|search\sfor|come\slooking\sfor)\sme\b`,
      String.raw`\b(?:im|i\sam|ill\sbe|i\swill\sbe)\snot\scoming\sback\b(?!\s(?:to\s(?:this|the|that|work|class|school|here)|until|for|next|tomorrow))|\bnot\scoming\sback\s(?:out|from\sthis|alive)\b`,
    ],
  },
  {
    id: 'en.prep.left-letters',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\b(?:the\s|my\s)?(?:letters|notes|letter|note)(?:\s(?:are|is))?\s(?:on|in|under|by)\s(?:the|my)\s(?:[a-z]+\s)?(?:table|desk|counter|dresser|bed|nightstand|car|drawer|pillow|door|locker|glovebox|glove\sbox|truck|wallet|inbox|safe|mailbox|visor|fridge|refrigerator|microwave|mirror|tv)\b`,
      // "note's in my locker" (the apostrophe is gone: "notes in my locker"); the first pattern reads it too
      String.raw`\b(?:the\s|my\s)?notes\s(?:on|in|under)\s(?:the|my)\s(?:[a-z]+\s)?(?:locker|glovebox|glove\sbox|truck|visor|pillow|nightstand|dresser|kitchen\stable)\b`,
    ],
  },
  {
    id: 'en.prep.heading-to-place',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    // the place names itself as a means (roof, bridge), so an errand, a pastime or company there must say otherwise
    near: { excludes: BENIGN_OUTING, before: 60, after: 90 },
    patterns: [
      String.raw`\b(?:going|headed|heading|driving|walking|on\smy\sway|drove|walked|went)\s(?:out\s)?(?:to|up\sto|down\sto|toward|towards|into)\s(?:the\s)?(?:top\sof\s(?:the|a)\s)?(?:[a-z]+\s){0,2}?(?:parking\sgarage|bridge|roof|rooftop|cliff|overpass|overlook|tracks|ledge|lake|river|ocean|woods|dam)\b(?:\s(?:now|tonight|right\snow|alone))?`,
      // "walking up to the ridge now", "heading out to the woods behind the school"
      String.raw`\b(?:walking|heading|driving|going|climbing|hiking)\s(?:up\s|out\s|down\s)?(?:to|into)\sthe\s(?:ridge|woods|overlook|bridge|cliff|spot|canyon|river|lake|ocean|sea|tracks|roof|quarry|dam|creek|water)\b`,
      String.raw`\b(?:been|went|gone|was)\s(?:up\s)?there\s(?:already\s)?to\s(?:look|check|scope|see|scout)\b|\bscoped\s(?:it|the\s[a-z]+)\sout\b`,
    ],
  },
  {
    id: 'en.prep.enough',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    // "I have enough now, thanks for the extra pills for my trip": a refill for a trip, a move, a stay
    near: { excludes: INNOCENT_UNLESS_PRETEXT, before: 80, after: 80 },
    patterns: [
      String.raw`\bi\s(?:finally\s|now\s)?(?:have|got|ve\sgot|ve\ssaved|saved)\senough\s(?:now|saved|stashed|stockpiled|pills|meds|to\sdo\sit|of\sthem)\b`,
    ],
  },
  {
    id: 'en.prep.date',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\b(?:its|it\sis|its\sgoing\sto\sbe|happening|it\shappens|doing\sit)\s(?:on\s)?(?:the\s)?\d{1,2}(?:st|nd|rd|th)\b`,
    ],
  },
  {
    id: 'en.prep.how-id-do-it',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      String.raw`\b(?:thinking|think|thought|dream|dreaming|planning|imagining|imagine)\s(?:about\s|of\s)?how\s(?:i\swould|id|ill|i\swill|im\sgoing\sto|i\scould|to)\s(?:do\sit|end\sit|go|end\sit\sall)(?=\s*(?:[.!?,;:]|$)|\s(?:if|when|and))`,
    ],
  },
  {
    id: 'en.prep.plan-answer',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // an answer to the plan question: "the plan one? yes. the bridge on route 9", "plan: yes"
      String.raw`\b(?:the\s)?plan(?:\s(?:one|question|part|thing|bit))?\s?[?:.,]+\s?(?:yes|yeah|yep|yup|ya|i\sdo|i\shave\sone|got\sone|there\sis)\b`,
    ],
  },
  {
    id: 'en.prep.asked-plan',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "the screen asked if i have a plan. yes.", "do i have a plan? yeah"
      String.raw`\b(?:asked|asks|asking|ask)\s(?:me\s)?(?:if|whether)\si\s(?:have|had|got)\s(?:a|any)\splan\b[\s.?,:]{0,4}(?:and\s)?(?:i\s(?:said|told\s(?:them|her|him|it))\s)?(?:yes|yeah|yep|yup|i\sdo)\b|\bdo\si\shave\sa\splan[\s?.,:]{1,4}(?:yes|yeah|yep|yup|i\sdo)\b`,
    ],
  },
  {
    id: 'en.prep.plan-is-means',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "my plan is the overpass on I-35 after shift friday", "the plan is my dads shotgun"
      String.raw`\b(?:my|the)\splan\s(?:is|s|was)\s(?:(?:to\s(?:use|go\sto|jump\soff|drive\sto|drive\soff|hang\sfrom|go\soff)\s)?(?:the|a|my|to)\s)?(?:[a-z0-9-]+\s){0,3}?(?:${PLACE}|${WEAPON}|rope|noose|belt|exhaust)\b`,
    ],
  },
  {
    id: 'en.prep.gone-by-morning',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "ill be gone by morning" (not a trip, not a shift)
      String.raw`\b(?:ill|i\swill|im\sgonna|im\sgoing\sto|i\sll|(?:im\s)?planning\sto|i\splan\sto)\sbe\s(?:gone|dead)\s(?:by|before)\s(?:tomorrow\s)?(?:morning|the\smorning|sunrise|dawn|midnight|the\ssun\scomes\sup|daylight)\b(?![^.!?\n]{0,50}\b(?:flight|fly|flying|trip|work|shift|drive|driving|road|vacation|leave|leaving|move|moving|town|camp|conference|hospital|back|return|home|office)\b)`,
      // "not gonna make it through the night"
      String.raw`\b(?:not\s(?:gonna|going\sto)|wont|will\snot|dont\sthink\s(?:i\sll|ill|i\swill|i\scan))\s(?:be\sable\sto\s)?(?:make\sit|last|survive)\s(?:through|past)\s(?:the\snight|tonight)\b`,
    ],
  },
  {
    id: 'en.prep.not-make-day',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // "not gonna make thursday", "ill be gone by friday", "won't need the appointment", "been up here an hour working up to it"
      String.raw`\b(?:not\s(?:gonna|going\sto)|wont|will\snot|dont\sthink\s(?:i\sll|ill|i\swill|i\scan))\smake\s(?:it\s)?(?:(?:to|till|until|past|through)\s)?(?:${DAY}|the\sweekend|tomorrow|morning|christmas|my\sbirthday|next\sweek)\b(?!s\b|\s(?:appointment|session|meeting|class|call|visit|group|shift|practice|intake))`,
      String.raw`\b(?:ill|i\swill|im\sgonna|im\sgoing\sto)\sbe\s(?:gone|dead)\s(?:by|before)\s(?:tomorrow|the\sweekend|${DAY}|the\stime\s(?:you|anyone|they))\b`,
      String.raw`\b(?:wont|will\snot|dont|not\sgonna|not\sgoing\sto)\s(?:be\s)?need(?:ing)?\s(?:the|my|this|that|any|an|a)\s(?:appointment|screening|session|intake|callback|call\sback|follow\s?up|referral|program|spot|bed|treatment|prescription|refill|form|screener)\b|\b(?:dont|do\snot|no\sneed\sto)\sbother\s(?:scheduling|calling|booking|following\sup|with\sthe\s(?:appointment|intake|callback))\b`,
      String.raw`\bworking\sup\s(?:to\sit|the\s(?:nerve|courage|guts))\b(?!\sto\s(?:ask|tell|talk|call|quit|apply|say|text|leave|confront))`,
    ],
  },
  {
    // last acts told as done, often with no subject: "my letter's written", "my stuff is given away",
    // (normalising drops the apostrophe: "letter's written" reads "letters written")
    // "counted out all my pills". Each alone is a move, a chore or a pill organiser; beside a second cue
    // or any other signal they are preparation.
    id: 'en.prep.last-acts',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    near: { excludes: String.raw`${INNOCENT}|${MED_ROUTINE}|\b(?:goodwill|donat\w*|yard\ssale|garage\ssale|thrift|declutter\w*|minimalis\w*|estate\ssale|ebay|marketplace|craigslist|christmas\scards|thank\syou\s(?:notes|cards|letters)|cover\sletter|recommendation|application|essay|homework|for\sclass|for\stherapy|my\stherapist)\b`, before: 100, after: 100 },
    patterns: [
      // possessions given away, done or under way, active or passive
      String.raw`\b(?:gave|given|giving|give|handed|handing)\s(?:away\s)?(?:(?:all|most|some|the\srest)\s(?:of\s)?)?(?:my|our)\s(?:[a-z]+\s)?(?:stuff|things|belongings|possessions|guns|rifles|tools|medals|collection|gear|clothes)\s(?:[a-z]+\s){0,2}?away\b|\b(?:gave|giving|given)\saway\s(?:(?:all|most|the\srest)\s(?:of\s)?)?(?:my|our)\s(?:stuff|things|belongings|possessions|guns|rifles|tools|medals|collection|gear|clothes)\b|\b(?:(?:all|most)\s(?:of\s)?)?(?:my|our)\s(?:stuff|things|belongings|possessions|guns|medals|tools)(?:s|\s(?:is|are|s|has\sbeen|have\sbeen))\s(?:all\s)?(?:given|gave)\saway\b|\beverything(?:s|\sis)\s(?:all\s)?given\saway\b`,
      // letters or a note written, for the people left
      String.raw`\b(?:my|the)\s(?:letters?|notes?|goodbye\s(?:letters?|notes?))(?:\s(?:is|are|s|re))?\s(?:all\s)?(?:written|done|finished|sealed|signed)\b|\b(?:wrote|written|writing|finished)\s(?:my\s)?(?:goodbye\s|last\s)?(?:letters|notes)\s(?:to|for)\s(?:my|each\sof\smy|all\smy|the)\s(?:kids|children|family|wife|husband|parents|mom|dad|son|daughter|sisters?|brothers?|boys|girls)\b`,
      // the pills counted out, all of them or a great many
      String.raw`\b(?:counted|counting)\s(?:out\s)?(?:all\s(?:of\s)?|every\s(?:last\s)?one\sof\s)(?:my|the)\s(?:pills|meds|tablets|sleeping\spills)\b|\b(?:counted|counting)\s(?:out\s)?\d{2,}\s(?:pills|tablets|of\s(?:them|my\s(?:pills|meds)))\b|\b(?:the\s|my\s)?(?:pills|meds|tablets)\s(?:are|re|is|s)\s(?:all\s)?counted(?:\sout)?\b`,
    ],
  },
  {
    id: 'en.prep.same-way',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open',
    requires: String.raw`\b(?:(?:shot|killed|hung|hanged)\s(?:himself|herself|themselves)|took\s(?:his|her|their)\s(?:own\s)?life|suicide|overdos|ate\s(?:his|her)\sgun|jumped)`,
    patterns: [
      // "buddy shot himself in 2019 and im going the same way this weekend"
      String.raw`\b(?:go(?:ing)?|gonna\sgo|going\sto\sgo|will\sgo|ill\sgo|want\sto\sgo|wanna\sgo|end\sup\sgoing|head(?:ing|ed)?)\s(?:out\s)?(?:the\ssame\sway|the\sway\s(?:he|she|they|my\s[a-z]+)\sdid|out\slike\s(?:he|she|they|him|her|them|my\s[a-z]+)(?:\sdid)?)\b`,
    ],
  },
];
