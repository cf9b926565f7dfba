import type { RuleSpec } from '../rule';
import { INNOCENT } from './logistics';
import { AWAY_REASON } from './round4';

/**
 * Sixth English pass, written as families after scoring a new writer (fresh-r) once: sleep that is
 * wished to last, "so much to live for" answered with nothing, not being anyone's problem much longer,
 * looking up how lethal a height or a dose is, wanting out of everything, a note drafted in the head,
 * a room sealed around charcoal, police slang for a last shift ("10-7 for good", "end of watch"),
 * and anaphoric cues that count beside a second one (not being around for an appointment, what was
 * needed bought, a day of the month picked, "after this message that's it").
 */

/** An appointment or a day someone will not be around for. */
const OCCASION = String.raw`(?:appointment|appt|session|consult|consultation|intake|call|follow\s?up|visit|birthday|christmas|thanksgiving|holidays|graduation|wedding)`;
/** Why someone is away that is not an ending: round 4's reasons, and a rescheduled appointment. */
const AWAY = String.raw`${AWAY_REASON}|\b(?:traveling|overtime|reschedul\w*|move\sit|another\s(?:day|time)|jury\sduty|custody)\b`;
const SEALED_ROOM = String.raw`(?:bathroom|car|tent|bedroom|room|closet|truck|van|camper|garage)`;

export const EN_ROUND6: readonly RuleSpec[] = [
  {
    id: 'en.passive.r6-stay-asleep',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, tenseInCore: true,
    // "if I could fall asleep and stay asleep through the night" is insomnia, the commonest complaint in PTSD
    near: { excludes: String.raw`\b(?:through\sthe\snight|all\snight|(?:till|until|til)\s(?:morning|the\salarm|6|7|8)|for\sonce|\d\shours|eight\shours|a\sfull\snight|the\swhole\snight|meds|melatonin|sleep\sstudy|cpap|nightmares\s(?:stop|end))\b`, before: 60, after: 60 },
    patterns: [
      // "if I fell asleep and stayed asleep, that'd be fine by me"
      // the tense is read off the answer ("that'd be fine"): "if I fell asleep" is a wish, not a past event
      String.raw`\b(?:if|when)\si\s(?:just\s)?(?:fell|fall|went|go)\s(?:asleep|to\ssleep)\sand\s(?:just\s)?(?:stayed|stay|remained)\s(?:asleep|that\sway|under)\b[^.!?\n]{0,40}?\b(?<core>fine|ok|okay|good|wouldnt\smind|would\snot\smind|dont\smind|relief|blessing|peace|grateful|thankful|happy)\b`,
      String.raw`\b(?:fall|fell|go|went)\s(?:asleep|to\ssleep)\sand\s(?:just\s)?(?:stay|stayed)\s(?:asleep|that\sway)\s(?:forever|for\sgood|permanently)\b`,
    ],
  },
  {
    id: 'en.passive.r6-nothing-to-live-for',
    lang: 'en', tier: 'passive', kind: 'passive',
    patterns: [
      // "everyone says I have so much to live for. I can't name one thing."
      String.raw`\b(?:so\smuch|a\slot|lots|plenty|everything)\sto\slive\sfor\b[^\n]{0,80}?\b(?:cant|can\snot|couldnt|could\snot|dont|do\snot)\s(?:name|think\sof|find|see|come\sup\swith|list)\s(?:one|a\ssingle|any|even\sone)(?:\s(?:thing|reason|of\sthem))?\b`,
      String.raw`\b(?:cant|can\snot|couldnt)\s(?:name|think\sof|come\sup\swith)\s(?:one|a\ssingle)\s(?:thing|reason)\s(?:left\s)?to\slive\sfor\b`,
    ],
  },
  {
    id: 'en.active.r6-no-problem-much-longer',
    lang: 'en', tier: 'active', kind: 'suicide',
    near: { excludes: AWAY, before: 80, after: 80 },
    patterns: [
      // "won't be anybody's problem much longer", "I won't be a burden to them for long"
      String.raw`\b(?:wont|will\snot|not\sgoing\sto|not\sgonna)\sbe\s(?:(?:anybodys|anyones|everyones|your|a|the|their|his|her|my\s[a-z]+s)\s)?(?:problem|burden|worry|headache|responsibility|concern)\s(?:(?:for|to|on)\s(?:anyone|anybody|you|them|him|her|my\s[a-z]+)\s)?(?:much\slonger|for\smuch\slonger|for\slong|very\slong|soon|anymore\ssoon)\b`,
    ],
  },
  {
    id: 'en.active.r6-method-research',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      // "googled how high a bridge has to be", "looked up what dose is fatal", "researching how much acetaminophen is too much"
      String.raw`\b(?:looked\sup|look(?:ing)?\sup|googled|googling|searched|searching|researched|researching|read\sup\son|reading\sup\son|checking)\s(?:online\s|on\sgoogle\s)?(?:how\s(?:high|tall|far|deep|much|many)\s(?:[a-z]+\s){0,4}?(?:is\stoo\smuch|is\slethal|is\sfatal|would\skill|would\sdo\sit|is\senough|has\sto\sbe|have\sto\sbe|needs\sto\sbe|need\sto\sbe|you\sneed|it\stakes|it\swould\stake|to\s(?:die|not\ssurvive|be\sfatal|be\slethal|kill\syou|be\ssure|do\sit|do\sthe\sjob))|what\s(?:height|dose|amount)\s(?:[a-z]+\s){0,3}?(?:is\s(?:fatal|lethal|enough\sto)|kills|would\skill|to\sdie))\b`,
    ],
  },
  {
    id: 'en.active.r6-want-out',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      // "I want out. Not out of the program, out of everything", "... out out"
      String.raw`\bi\s(?:just\s|really\s)?(?:want|need)\sout\b[^\n]{0,50}?\bout\s(?:out|of\s(?:everything|it\sall|life|this\slife|this\sworld|existence|being\salive))(?=\s*(?:[.!?,;]|$)|\s(?:and|but|for\sgood)\b)`,
      String.raw`\bi\s(?:just\s|really\s)?(?:want|need)\sout\sof\s(?:life|this\slife|this\sworld|existence|being\salive)\b`,
    ],
  },
  {
    id: 'en.active.r6-note-in-head',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      // "my head keeps drafting the note", "I've written the letter in my head a hundred times"
      String.raw`\bmy\s(?:head|mind|brain)\s(?:keeps|kept|is|has\sbeen)\s(?:drafting|writing|composing|rehearsing)\s(?:the|my|a)\s(?:goodbye\s|suicide\s)?(?:note|letter)\b`,
      String.raw`\b(?:drafting|drafted|writing|wrote|written|composing|composed|rehearsing|rehearsed)\s(?:the|my|a)\s(?:goodbye\s|suicide\s)?(?:note|letter)\s(?:in\smy\s(?:head|mind)|over\sand\sover)\b`,
    ],
  },
  {
    id: 'en.imminent.r6-sealed-room',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "charcoal's set up in the bathroom and the door's taped"
      String.raw`\bcharcoal(?:s|\sis)?\s(?:(?:all|already)\s)?(?:set\sup|lit|going|burning|ready|in\sa\sbucket)\s(?:in|inside)\s(?:the|my)\s${SEALED_ROOM}\b`,
      String.raw`\b(?:doors?|vents?|windows?|cracks|gaps)(?:s|\s(?:is|are|s))?\s(?:all\s)?(?:taped|sealed)(?:\s(?:shut|up|off))?\b(?=[^\n]{0,80}\b(?:charcoal|generators?|exhaust|helium|nitrogen)\b)|\b(?:charcoal|generators?|helium|nitrogen)\b[^\n]{0,80}\b(?:doors?|vents?|windows?|cracks|gaps)(?:s|\s(?:is|are|s))?\s(?:all\s)?(?:taped|sealed)(?:\s(?:shut|up|off))?\b`,
    ],
  },
  {
    id: 'en.active.r6-last-shift',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      // police and fire slang: "going 10-7 for good tonight", "my end of watch is tonight", "signing off for good"
      String.raw`\b(?:going|go|gonna\sgo|im|ill\sbe)\s10\s?7\sfor\sgood\b|\bmy\send\sof\swatch\s(?:is|will\sbe)\s(?:tonight|today|tomorrow|soon|coming|near)\b|\b(?:signing|logging|clocking|tapping)\soff\sfor\sgood\b(?!\s(?:from|on)\s(?:this|the|social|facebook|instagram|twitter|work))`,
    ],
  },
  {
    id: 'en.prep.r6-not-around-for',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    near: { excludes: AWAY, before: 80, after: 80 },
    patterns: [
      // "I won't be around for Thursday's appointment"
      String.raw`\b(?:wont|will\snot|am\snot\sgoing\sto|not\sgoing\sto|not\sgonna|im\snot\sgoing\sto|im\snot\sgonna)\sbe\s(?:around|here)\s(?:for|by|on|at|to\ssee)\s(?:(?:the|my|our|your|next|this|that)\s)?(?:[a-z]+\s)?${OCCASION}\b`,
    ],
  },
  {
    id: 'en.prep.r6-cues',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    near: { excludes: String.raw`${INNOCENT}|\b(?:for\s(?:the|my)\s(?:project|deck|fence|shed|garden|remodel|repair|kitchen|bathroom|trip|party|class)|to\sfix|fixing|groceries|dinner|recipe)\b`, before: 80, after: 80 },
    patterns: [
      // what was needed, bought: "already bought what I need from the hardware store"
      String.raw`\b(?:already|just|finally)\s(?:bought|got|picked\sup)\s(?:what|everything)\si\s(?:need|needed)\b|\b(?:bought|picked\sup)\s(?:what|everything)\si\s(?:need|needed)\s(?:from|at)\sthe\s(?:hardware\sstore|gun\sstore|pharmacy|drugstore|pawn\sshop|sporting\sgoods\sstore)\b`,
      // a day of the month picked: "I've picked the 21st"
      String.raw`\b(?:picked|chose|chosen|set|decided\son)\s(?:the\s)?\d{1,2}(?:st|nd|rd|th)\b`,
      // "finishing this message and then that's it", "after this text I'm gone"
      String.raw`\b(?:after|once|when)\s(?:i\s(?:send|finish|hit\ssend\son)\s)?this\s(?:message|text|msg|email)\s(?:is\ssent\s)?(?:thats\sit|im\sdone|im\sgone|its\sdone|its\sover|ill\sbe\sgone)\b|\b(?:finishing|finish|sending|send)\sthis\s(?:message|text|msg)\s(?:and\s)?then\s(?:thats\sit|im\sdone|im\sgone|its\sover|goodbye|bye)\b`,
      // the means kept close and "handled": "the duty weapon's at home with me, so that part is handled"
      String.raw`\b(?:that|this)\spart\s(?:is|s)\s(?:handled|taken\scare\sof|sorted|done|covered)\b`,
    ],
  },
];
