import type { RuleSpec } from '../rule';
import { PILLS } from './lexicon';

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
      String.raw`\b(?:ive|i\shave|i)\s(?:finally\s|already\s)?(?:decided|made\sup\smy\smind|made\smy\s(?:choice|decision)|made\speace\swith\sit)\b|\bmy\smind\sis\s(?:made\sup|set)\b|\bno\sturning\sback\b`,
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
    patterns: [
      String.raw`\b(?:the|my)\s(?:plan|date|day|time)\s(?:is|s)\s(?:done|set|made|ready|final|chosen|picked|decided)\b`,
      String.raw`\b(?:picked|set|chose|chosen|decided\son)\s(?:a|the|my)\s(?:date|day|time)\b|\b(?:picked|chose|chosen)\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b`,
      String.raw`\b(?:i\s)?(?:have|got|ve\sgot|already\shave)\s(?:everything|it\sall|all)\s(?:ready|set\sup|planned|prepared|in\splace|lined\sup)\b|\beverything\sis\s(?:ready|set|in\splace|prepared)\b|\bi\s(?:have|got|already\shave)\s(?:what\si\sneed|everything\si\sneed|the\smeans|the\sstuff)\b`,
    ],
  },
  {
    id: 'en.prep.absence',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // planning around the family's absence: "I'm gonna do it this weekend when my wife takes the kids"
      String.raw`\b(?:do|doing|end|ending|go\sthrough\swith)\sit\s(?:[a-z0-9]+\s){0,4}?(?:when|once|after|while)\s(?:my\s[a-z]+|everyone|everybody|the\skids|she|he|they)\s(?:(?:is|are|s)\s(?:asleep|gone|away|out|at\swork|not\shome|sleeping|out\sof\stown|at\schurch)|(?:takes|take|took)\sthe\s(?:kids|baby|dog)|(?:leaves|leave|goes|go)\s(?:to\s(?:bed|sleep|work|church|her\smoms|his\smoms)|out|away)|(?:falls|fall)\sasleep|(?:gets|get)\s(?:to\s)?(?:sleep|asleep))`,
      String.raw`\b(?:once|when|after|while)\s(?:my\s[a-z]+|everyone|everybody|the\skids|she|he|they)\s(?:(?:is|are|s)\s(?:asleep|gone|away|out|at\swork|not\shome|sleeping|out\sof\stown|at\schurch)|(?:takes|take|took)\sthe\s(?:kids|baby|dog)|(?:leaves|leave|goes|go)\s(?:to\s(?:bed|sleep|work|church|her\smoms|his\smoms)|out|away)|(?:falls|fall)\sasleep|(?:gets|get)\s(?:to\s)?(?:sleep|asleep))\s(?:[a-z]+\s){0,4}?(?:im|i\sam|ill|i\swill|im\sgoing\sto|im\sgonna)\s(?:doing|do|going\sto\sdo|ending|end)\sit\b`,
    ],
  },
  {
    id: 'en.prep.do-it',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\b(?:going\sto|gonna|will|ill|imma|about\sto|ready\sto|decided\sto|finally|plan\sto|planning\sto|tryna|im)\s(?:(?:just|finally|actually|really|go\sand)\s)?(?:do\sit|doing\sit|go\sthrough\swith\sit|finish\sit|get\sit\sover\swith)\b`,
      String.raw`\b(?:doing\sit|do\sit|its\shappening|it\sis\shappening|its\sgoing\sdown|it\sends|it\sall\sends)\s(?:tonight|today|tomorrow|now|right\snow|this\sweekend|(?:on\s|this\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:tonights|tonight\sis|todays|today\sis)\s(?:the\s(?:night|day)|it)\b|\b(?:tonight|today|this)\sis\sit\b`,
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
      String.raw`\b(?:the\s|my\s)?(?:letters|notes|letter|note)\s(?:are|is)\s(?:on|in|under|by)\s(?:the|my)\s(?:[a-z]+\s)?(?:table|desk|counter|dresser|bed|nightstand|car|drawer|pillow|door)\b`,
    ],
  },
  {
    id: 'en.prep.heading-to-place',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\b(?:going|headed|heading|driving|walking|on\smy\sway|drove|walked|went)\s(?:out\s)?(?:to|up\sto|down\sto|toward|towards|into)\s(?:the\s)?(?:top\sof\s(?:the|a)\s)?(?:[a-z]+\s){0,2}?(?:parking\sgarage|bridge|roof|rooftop|cliff|overpass|overlook|tracks|ledge|lake|river|ocean|woods|dam)\b(?:\s(?:now|tonight|right\snow|alone))?`,
      String.raw`\b(?:been|went|gone|was)\s(?:up\s)?there\s(?:already\s)?to\s(?:look|check|scope|see|scout)\b|\bscoped\s(?:it|the\s[a-z]+)\sout\b`,
    ],
  },
  {
    id: 'en.prep.enough',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
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
];
