import type { RuleSpec } from '../rule';
import { NOW_TIME, OTHERS_DEATH, PILLS } from './lexicon';

/**
 * Families written for generalisation: ways of saying the same thing that the first rule set did not
 * cover. Each is a family (verb forms, synonyms, word order, bounded gaps), never a sentence:
 * survivor's guilt as a wish to have died, tiredness of living, wondering about a method, a vehicle
 * as the method, a conditional with a deadline, means or a note with a time and no verb of dying,
 * possessions given away, a cut that will not stop bleeding, injuries "until it bleeds", attempts
 * counted or told as the only time, and a last safety net (a first-person wish, intent or thought
 * with a death word).
 */

/** A vehicle someone can crash on purpose. */
const VEHICLE = String.raw`(?:car|truck|jeep|suv|bike|motorcycle|ride|vehicle|pickup|rig|semi|van)`;
/** What a vehicle can be put into. */
const IMPACT = String.raw`(?:tree|wall|pole|bridge|cliff|pillar|barrier|overpass|semi|truck|traffic|oncoming\straffic|ditch|guardrail|embankment|canyon|ravine|river|lake|median|train|abutment|concrete|building|divider|ocean|rail|semis?|big\srig|18\swheeler|lane)`;
/** Thinking, wanting or intending, before a method. */
const MIND = String.raw`(?:think(?:s|ing)?\s(?:about|of|abt)|thought\s(?:about|of)|thoughts\s(?:about|of)|picture|picturing|imagin(?:e|ing)|fantasi[sz](?:e|ing)\sabout|dream(?:ing)?\sabout|want(?:ed)?\sto|wanna|tempted\sto|urges?\sto|(?:going|about|ready|planning|plan)\sto|gonna|could\s(?:just|easily)|should\sjust|keep\s(?:thinking\sabout|picturing|imagining)|cant\sstop\s(?:thinking\sabout|picturing|imagining)|close\sto|almost|nearly)`;
/** A lethal means that is not also everyday pharmacy talk. */
// (a rope swing or a jump rope is a toy)
const HARD_MEANS = String.raw`(?:rope(?!\s(?:swings?|ladders?|lights?|toys?|course))|noose|gun|pistol|shotgun|rifle|revolver|handgun|glock|firearm|ammo|bullets?|shells|razor\sblades?|razors?|blades?|charcoal|helium|poison|rat\spoison|antifreeze|bleach|tank\sof\shelium|extension\scord|cord)`;
/** A future time, from "tonight" to "after my shift" or "by midnight". */
const WHEN = NOW_TIME.slice(2, -2);
const WHEN_EXTRA = String.raw`(?:by|before|at)\s(?:midnight|noon|dawn|sunrise|sundown|sunset|\d{1,2}(?:\s?(?:am|pm|oclock))?)|(?:tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\s(?:morning|night|evening|afternoon)|(?:after|once)\s(?:the\s|my\s)?(?:shift|dinner|church|the\sholidays|christmas|thanksgiving|payday|the\sfuneral|the\sweekend|this\sweek)|this\sweek|next\sweek|after\sthis\sweek|(?:when|once|after)\s(?:everyone|everybody|the\skids|my\s[a-z]+|she|he|they)\s(?:is|are|goes|go|gets|get|leaves|leave|falls|fall)\s(?:[a-z]+\s)?(?:asleep|to\sbed|to\ssleep|gone|out|to\swork|to\sschool|to\schurch)`;
const TIME = String.raw`(?:${WHEN}|${WHEN_EXTRA})`;

export const EN_FAMILIES: readonly RuleSpec[] = [
  {
    id: 'en.passive.survivor-wish',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      // "wish the IED had finished the job", "wish that blast had taken me too", "wish the fire got me"
      String.raw`\b(?<core>wish(?:ed|es|ing)?|hope[ds]?|hoping|pray(?:ed|ing)?)\s(?:(?:that|sometimes|really|honestly|still|often)\s){0,2}(?:the|that|this|a|an|my|their|his)\s(?:[a-z]+\s){0,2}?(?:had|would\shave|wouldve|d|could\shave|couldve)\s(?:just\s)?(?:finished\s(?:the\sjob|me\soff|me)|taken\sme|took\sme|killed\sme|gotten\sme|got\sme|ended\sme|finished\sit)\b`,
      // "I survived and I wish I hadn't", "made it home and wish I didn't"
      String.raw`\b(?:survived|made\sit(?:\shome|\sback|\sout)?|lived|came\s(?:home|back)|pulled\sthrough|woke\sup)\s(?:[a-z]+\s){0,5}?(?<core>wish|wished|wishing)\s(?:that\s)?i\s(?:hadnt|didnt|had\snot|did\snot|never\sdid|wouldnt\shave)\b`,
      // "should've died in that fire", "shouldve been me instead of", "I was supposed to die over there"
      String.raw`\b(?:i\s)?(?:shouldve|should\shave|should\sof|shoulda|was\ssupposed\sto\shave|was\ssupposed\sto|was\smeant\sto)\s(?:just\s)?(?<core>died|die|been\skilled|been\sthe\sone|gone\sinstead)\b(?!\s(?:of\s(?:laughter|embarrassment|boredom)|laughing))`,
      String.raw`\b(?:it\s)?(?:should\shave|shouldve|shoulda)\sbeen\sme\b|\b(?:why|how\scome)\s(?:did|do)\si\s(?:get\sto\s)?(?:live|survive|make\sit)\s(?:and|when|but)\s(?:he|she|they|my\s[a-z]+|not\s(?:him|her|them))\b|\b(?:i|im)\s(?:the\sone\swho\s)?should\s(?:be|have\sbeen)\sdead\b`,
    ],
  },
  {
    id: 'en.passive.tired-of-living',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:tired|sick|exhausted|done|weary|worn\sout|over|fed\sup)\s(?:(?:of|with)\s)?(?:(?:just|even|all|this)\s)?(?<core>living|being\salive|life|existing|being\shere|waking\sup\severy\sday|waking\sup|breathing|this\slife|it\sall)\b(?!\s(?:in\b|with\b|at\b|on\b|near\b|paycheck|like\sa\s(?:student|college|broke)|alone\b|here\b|there\b|of\b|insurance|expectancy|coach|skills|room|situation|arrangements?|conditions?))`,
      String.raw`\b(?:living|being\salive|existing|staying\salive|life|waking\sup)\s(?:is|just\sis|feels|has\sbecome|is\sjust|just\sfeels|s)\s(?:(?:just|so|way|all|too)\s){0,2}(?:too\s(?:much|hard|heavy|painful|exhausting)(?:\s(?:work|effort|to\sbear|for\sme))?|unbearable|exhausting|a\schore|pointless|torture)\b(?=\s*(?:[.!?,;:]|$)|\s(?:anymore|any\smore|now|these\sdays|lately|honestly|and|i\b))`,
    ],
  },
  {
    id: 'en.passive.point-of-living',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      String.raw`\b(?:whats|what\sis|wheres|where\sis|is\sthere|no|dont\ssee\sthe|cant\ssee\sthe|do\snot\ssee\sthe|theres\sno|there\sis\sno|whats\sreally)\s(?:(?:even|really|the|any|honestly|actually|even\sthe)\s){0,2}(?:point|sense|purpose|use)\s(?:(?:of|in|to)\s)?(?:(?:even|me|my|just)\s)?(?<core>waking\sup|wake\sup|getting\sup|living|being\salive|staying\salive|going\son|keeping\son|trying\sto\slive|breathing|existing|sticking\saround|staying|being\shere|life)\b(?!\s(?:early|at\b|for\sthe\s(?:meeting|appointment)|insurance|coach|this\searly))`,
      String.raw`\bwhy\s(?:even\s)?bother\s(?:living|waking\sup|staying\salive|going\son|being\salive|breathing)\b`,
    ],
  },
  {
    id: 'en.passive.wouldnt-mind-dying',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      // "wouldn't mind if a truck took me out", "I'd be fine if I didn't wake up", "wouldn't care if I got hit"
      String.raw`\b(?:wouldnt|would\snot|dont|do\snot|honestly\swouldnt|really\swouldnt)\s(?:(?:really|even|honestly)\s)?(?:mind|care)\s(?:(?:if|when|that)\s)(?:(?:a|an|the|some|something|someone|somebody|god|it)\s(?:[a-z]+\s){0,2}?(?:hit|hits|killed|kills|ran\sover|runs\sover|took|takes|ended|got|gets|struck)\s(?:me|my\slife|it\sall)|(?:a|an|the|some|something|someone|somebody)\s(?:[a-z]+\s){0,2}?(?:ran|runs|run|knocked|knocks|took|takes|mowed|mows)\sme\s(?:over|out|down)|i\s(?:(?:just|got|get|was|were|never|didnt|dont|did\snot)\s){1,2}(?:died|die|dead|hit|killed|run\sover|shot|woke\sup|wake\sup|struck|came\sback|come\sback|made\sit))\b`,
      String.raw`\b(?:id|i\sd|i\swould)\sbe\s(?:fine|ok|okay|happy|good|relieved|glad)\s(?:with\s(?:it\s)?)?if\s(?:i\s(?:(?:just|never|didnt|got)\s){0,2}(?:died|dead|wake\sup|woke\sup|got\shit|got\skilled)|(?:a|an|the|something|someone)\s(?:[a-z]+\s){0,2}?(?:killed|hit|took)\sme)\b`,
    ],
  },
  {
    id: 'en.direct.wonder-method',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      // "I keep wondering if jumping would hurt", "wonder what it would feel like to drown", "wonder if the fall would kill me"
      String.raw`\b(?:wonder(?:s|ing|ed)?|curious|thinking\sabout|think\sabout)\s(?:(?:if|whether|what|how)\s)(?:(?:it|the\sfall|jumping|hanging|drowning|dying|death|a\sbullet|the\spills|an\soverdose|a\sgunshot|bleeding\sout)\s(?:would|will|could|d|does|is)\s(?:(?:really|actually|even)\s)?(?:hurt|feel|be\slike|be\squick|be\spainless|be\sfast|kill\sme|work|do\sit|be\senough|take\slong)|(?:it\s(?:would|will|d)\s)?(?:feel|be|feels)\s(?:like\s)?(?:to\s)(?:die|jump|drown|hang\smyself|shoot\smyself|overdose|bleed\sout|be\sdead|not\swake\sup|kill\smyself)|(?:many|much)\s(?:[a-z]+\s){0,2}?(?:would|it\swould|it\sd|itd)\s(?:take|kill\sme|be\senough))\b`,
    ],
  },
  {
    id: 'en.direct.ways-to-die',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open',
    patterns: [
      // "looking up ways I could die", "searching painless ways to die", "reading about methods"
      String.raw`\b(?:look(?:ing|ed)?\sup|search(?:ing|ed)?(?:\sfor)?|googl(?:e|ing|ed)|research(?:ing|ed)?|read(?:ing)?\sabout|thinking\sabout|think\sabout|list(?:ing|ed)?|mak(?:e|ing)\sa\slist\sof|come\sup\swith|figur(?:e|ing)\sout)\s(?:(?:the|all\sthe|different|easy|easiest|quick|quickest|painless|fast|fastest|best|good|surest|sure|other)\s){0,2}(?:ways?|methods?|options)\s(?:(?:i|to|that\si|id)\s)?(?:(?:could|can|would|might|should)\s)?(?:die|kill\smyself|end\s(?:it|my\slife)|do\sit|go|not\swake\sup|check\sout)\b(?!\s(?:in\s(?:minecraft|the\sgame|a\sgame|games?|fortnite|skyrim|elden\sring|dark\ssouls|the\ssims|gta|a\smovie|the\sbook|my\snovel|the\sstory)|lol|lmao))`,
    ],
  },
  {
    id: 'en.direct.vehicle',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      // "thinking about putting my truck into a tree", "picture myself driving off the overpass", "jerking the wheel"
      String.raw`\b${MIND}\s(?:(?:just|how\sto|how\si\scould|myself)\s)?(?:(?:put|putting|drive|driving|steer|steering|aim|aiming|wrap|wrapping|plow|plowing|slam|slamming|crash|crashing|run|running|point|pointing|send|sending|floor|flooring|gun|gunning|ride|riding)\s(?:it\s)?(?:(?:my|the|this)\s(?:(?:patrol|squad|work|company|police|cop|delivery|dads|moms|own)\s)?${VEHICLE}\s)?(?:straight\s|right\s|head\son\s|at\sfull\sspeed\s)?(?:into|off|through|under|in\sfront\sof)\s(?:(?:a|an|the|that|some|oncoming)\s)?(?:[a-z]+\s)?${IMPACT}|(?:jerk(?:ing)?|yank(?:ing)?|turn(?:ing)?|cut(?:ting)?)\s(?:the\s)?wheel(?:\s(?:into|toward|towards|at)\s(?:(?:a|an|the|oncoming)\s)?(?:[a-z]+\s)?${IMPACT})?|(?:not\s)?(?:hit(?:ting)?\sthe\sbrakes|brak(?:e|ing))\s(?:at|before)\s(?:the|a)\s(?:curve|turn|wall|cliff|edge))\b`,
    ],
  },
  {
    id: 'en.imminent.conditional-deadline',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "if she doesn't call by midnight I'm pulling the trigger", "if I lose the house Friday I'm doing it"
      String.raw`\bif\s(?:[a-z0-9]+\s){1,8}?(?:${TIME})\s?,?\s(?:then\s)?(?:im|i\sam|ill|i\swill|imma|im\sgoing\sto|im\sgonna)\s(?:just\s|finally\s)?(?:pulling\sthe\strigger|pull\sthe\strigger|ending\sit|end\sit|doing\sit|do\sit|killing\smyself|kill\smyself|jumping|hanging\smyself|hang\smyself|taking\s(?:them|the\spills|all)|eating\smy\sgun|swallowing\s(?:them|it\sall)|done)\b(?!\son\b)`,
      String.raw`\b(?:im|i\sam)\s(?:just\s|finally\s)?(?:pulling\sthe\strigger|eating\smy\sgun)\b(?!\son\b)`,
    ],
  },
  {
    id: 'en.imminent.means-and-time',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // "bought the rope today. tomorrow morning while they're at church", "got the gun out of the safe, after dinner"
      String.raw`\b(?:bought|buying|got|picked\sup|ordered|purchased|found|borrowed|took|pulled|brought|loaded|cleaned|hid|hidden|stashed|tested|tied|have|i\shave|ive\sgot|already\shave|already\sgot|set\sup)\s(?:(?:a|an|the|my|some|more|his|dads|a\snew|enough|extra)\s)?(?:[a-z]+\s)?${HARD_MEANS}\b(?!\s(?:safe|safes|case|cabinet|locks?|show|range|permit|license|class|rack|cleaning\skit|holster))(?:\s(?:out|down|up|ready|in\s(?:the|my)\s[a-z]+|out\sof\sthe\s[a-z]+))?(?=[^\n]{0,90}?\b(?:${TIME})\b)(?![^\n]{0,90}?\b(?:for\s(?:the\s)?(?:boat|range|hunting|deer|duck|camping|hiking|climbing|the\sgarden|gardening|work|the\sjob|class|cleaning|laundry|the\sdog|the\stree|the\sswing|the\sparty|balloons|season|competition|lesson|inspection)|range\sday|hunting\strip|at\sthe\srange|to\sthe\srange|deer\sseason|go\shunting|going\shunting|clean\sit|the\sbirthday|balloons|camping|target\spractice|tie\sdown|tie\sthe|furniture|we\smove|the\smove|moving|the\shay)\b)`,
      // "i have all my oxy saved up ... going to take it after this chat closes"
      String.raw`\b(?:have|got|ive\sgot)\s(?:(?:all|enough|my|all\smy|a\sbunch\sof)\s){0,2}(?:[a-z]+\s)?${PILLS}\s(?:saved|stockpiled|stashed|saved\sup|hoarded|put\saway|set\saside|hidden)\b(?=[^\n]{0,90}?\b(?:${TIME}|the\snight|the\sday|its\stime|ready)\b)`,
      String.raw`\b(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|collected|counted\sout|counting\sout|have\senough|got\senough)\s(?:up\s)?(?:(?:all|enough|my|the|some|of\smy)\s)?(?:[a-z]+\s)?${PILLS}\b(?=[^\n]{0,90}?\b(?:${TIME}|the\snight|the\sday|its\stime|ready)\b)`,
    ],
  },
  {
    id: 'en.imminent.lethal-amount',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "looked up how many it would take and I have more than that", "googled how much would be fatal"
      String.raw`\b(?:look(?:ed|ing)\sup|googl(?:e|ed|ing)|research(?:ed|ing)|check(?:ed|ing)|calculat(?:e|ed|ing)|figur(?:e|ed|ing)\sout|read\sup\son|search(?:ed|ing))\s(?:exactly\s)?how\s(?:many|much)\s(?:(?:[a-z0-9]+\s){0,2}?(?:it\s(?:would|will|d)\stake|itd\stake|it\stakes|would\sbe\s(?:fatal|lethal|enough|deadly)|is\s(?:fatal|lethal|deadly)|would\skill\s(?:me|someone|a\sperson)|i\s(?:would|d)\sneed|id\sneed|to\stake))\b(?=\s*(?:[.!?,;:]|$)|\s(?:and|to\s(?:die|kill|not\swake|od|overdose)|for\s(?:me|someone\smy\s(?:size|weight))))`,
    ],
  },
  {
    id: 'en.prep.doing-it-when',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\b(?:doing\sit|do\sit|it\shappens|its\shappening|it\sis\shappening|its\sgoing\sdown|going\sthrough\swith\sit)\s(?:(?:right|just|probably)\s)?(?:${TIME})\b`,
    ],
  },
  {
    id: 'en.imminent.note-placed',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "the note is on the table", "left a letter on my desk for my wife", "my goodbye letters are in the drawer";
      // notes for an exam or a meeting are study notes
      String.raw`\b(?:the|my)\s(?:(?:suicide|goodbye|farewell|last|final)\s)?(?:notes?|letters?)\s(?:(?:for|to)\s(?:my\s)?(?:[a-z]+\s)?(?:kids|wife|husband|family|mom|dad|parents|children|son|daughter|everyone)\s)?(?:is|are|s|sits|sit|will\sbe|has\sbeen|have\sbeen|is\sall)\s(?:on|in|under|by|next\sto|beside|taped\sto)\s(?:the|my)\s(?:[a-z]+\s)?(?:table|desk|bed|pillow|counter|dresser|nightstand|seat|dashboard|drawer|keyboard|door|mirror|laptop)\b(?![^.!?\n]{0,60}\b(?:exam|test|quiz|class|lecture|study|studying|homework|meeting|presentation|bills|mail|thank\syou|recipe|groceries|grocery|shopping\slist)\b)(?!\s(?:for\s(?:the\s)?(?:babysitter|sitter|teacher|school|nanny|landlord|mailman|delivery|plumber|cleaner|dog\swalker|neighbor|roommate|contractor))|\s(?:from|about)\b)`,
      String.raw`\b(?:left|leaving|wrote|writing|written|finished|typed|put)\s(?:(?:a|the|my|some)\s)?(?:(?:suicide|goodbye|farewell|last|final)\s)?(?:notes?|letters?)\s(?:(?:on|in|under|by|next\sto)\s(?:the|my)\s(?:[a-z]+\s)?(?:table|desk|bed|pillow|counter|dresser|nightstand|seat|dashboard|drawer|keyboard|door|mirror)\s)(?:for|to)\s(?:my\s)?(?:[a-z]+\s)?(?:kids|wife|husband|family|mom|dad|parents|children|son|daughter|everyone|girls|boys|loved\sones|brother|sister|fiance|fiancee)\b(?!\s(?:about|to\s(?:pick|buy|get|grab|call|remember|feed|walk|pay|take|check)|with\s(?:the|a)|re\b|so\sshe|so\she))`,
    ],
  },
  {
    id: 'en.imminent.giving-away',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "I've been giving my stuff away ... won't need them after this week"
      String.raw`\b(?:giving|gave|given|give|handing|handed)\s(?:away\s)?(?:(?:all|most|some|the\srest)\s(?:of\s)?)?(?:my|our)\s(?:[a-z]+\s){0,2}?(?:stuff|things|belongings|possessions|guns?|rifles?|tools|guitars?|bikes?|truck|dog|cat|medals|collection|watch|jewelry|gear|savings|xbox|playstation)\b(?:\s(?:[a-z]+\s){0,3}?away)?(?=[^\n]{0,140}?\b(?:(?:wont|will\snot|not\sgoing\sto|not\sgonna|dont|do\snot|no\slonger|never)\s(?:be\s)?need(?:ing)?\s(?:them|it|any|those|these|this|my|that|em)|where\sim\sgoing|no\suse\sfor\s(?:them|it)|after\s(?:this|next|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the\sweekend)|goodbye|while\si\s(?:still\s)?can|before\si\s(?:go|leave|die))\b)`,
      String.raw`\b(?:wont|will\snot|not\sgoing\sto|not\sgonna)\s(?:be\s)?need(?:ing)?\s(?:them|it|any\sof\s(?:it|them|this)|my\s[a-z]+|these|those|this\sstuff|em)\s(?:anymore\s)?(?:after\s(?:this|next|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the\sweekend)|where\sim\sgoing)\b(?<=\b(?:giv|gave|given|handed|handing)[^\n]{0,160})`,
    ],
  },
  {
    id: 'en.imminent.deep-cut',
    lang: 'en', tier: 'imminent', kind: 'selfharm', subject: 'open', escalates: false, pastIsAct: true,
    patterns: [
      // "cut deep this time and it's not stopping", "sliced too deep, can't stop the bleeding"
      String.raw`\b(?:cut|sliced|slit|carved|went|gone|cutting|stabbed)\s(?:(?:myself|my\s[a-z]+|it)\s)?(?:(?:way|too|really|so|super|pretty|very|real|much|a\sbit|extra)\s){0,2}(?:deep|deeper|bad|far)\b(?=[^\n]{0,70}?\b(?:not\sstopping|wont\sstop|isnt\sstopping|doesnt\sstop|cant\sstop|wont\sclot|bleed\w*|blood|stitches|gushing|pouring|soaked|everywhere|scared|er\b|hospital|911)\b)`,
      String.raw`\b(?:cant|can\snot|cannot|wont|doesnt|isnt|not)\s(?:get\s(?:it|the\sbleeding|the\sblood)\sto\s)?stop(?:ping)?\s(?:the\s)?(?:bleeding|blood)\b(?<=\b(?:cut|cutting|sliced|slit|wrist|wrists|arm|thigh|razor|blade|knife)\b[^\n]{0,80})`,
    ],
  },
  {
    id: 'en.selfharm.until-it-bleeds',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true, subject: 'open',
    patterns: [
      // "pull my hair out until my scalp bleeds", "bite my arm till it bleeds", "bang my head until it bruises"
      String.raw`\b(?:pull(?:s|ing|ed)?|rip(?:s|ping|ped)?|yank(?:s|ing|ed)?|tear(?:s|ing)?|tore|bit|bite(?:s)?|biting|chew(?:s|ing|ed)?|pick(?:s|ing|ed)?|scratch(?:es|ing|ed)?|claw(?:s|ing|ed)?|hit(?:s|ting)?|punch(?:es|ing|ed)?|bang(?:s|ing|ed)?|slam(?:s|ming|med)?|dig(?:s|ging)?|dug|pinch(?:es|ing|ed)?|rub(?:s|bing|bed)?|scrub(?:s|bing|bed)?|burn(?:s|ing|ed|t)?|hurt(?:s|ing)?|beat(?:s|ing)?|smash(?:es|ing|ed)?|gouge[sd]?|gouging)\s(?:(?:out|at|into|on)\s)?(?:my|myself|me)\b(?:\s[a-z]+){0,5}?\s(?:until|till|til|untill|unitl|to\sthe\spoint|so\shard|hard\senough|enough)\s(?:(?:that\s)?(?:it|they|i|my\s[a-z]+|the\sskin|there\sis|theres|its|im|to)\s)?(?:(?:starts?|start\sto|begins?\sto|actually)\s)?(?:bleed(?:s|ing)?|bled|bruises?|bruised|is\sraw|raw|breaks?\sthe\sskin|draws?\sblood|draw\sblood|blood|scars?|scabs?|welts?|marks?|go\snumb)\b`,
    ],
  },
  {
    id: 'en.history.attempts-counted',
    lang: 'en', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      // "previous attempts: 1", "I've made attempts before", "the only time I ever attempted was in basic"
      String.raw`\b(?:previous|prior|past|suicide|lifetime|number\sof)\s(?:suicide\s)?attempts?\s?(?:[:=\-]|\s)\s?(?:(?!0+\b)\d+|one|two|three|four|five|several|multiple|yes|x\d)\b`,
      String.raw`\b(?:ive|i\shave|i\shad|i|had|have)\s(?:(?:also|already|actually|previously|even)\s)?made\s(?:(?:an?|one|two|three|four|five|several|multiple|a\sfew|a\scouple(?:\sof)?|\d|some|serious|real|previous|prior)\s){0,2}attempts?\b(?=\s*(?:[.!?,;:]|$)|\s(?:before|in\sthe\spast|previously|on\smy\s(?:own\s)?life|when|as\sa|back|years|in\s(?:19|20)\d\d|in\smy|but|and|after|during))`,
      String.raw`\b(?:the\s)?(?:only|one|first|last)\stime\si\s(?:ever\s)?(?:attempted|made\san\sattempt)\b(?=\s(?:was|were|is|had|in|at|when|after|back)\b)`,
    ],
  },
  {
    id: 'en.active.thoughts-about',
    lang: 'en', tier: 'passive', kind: 'passive', subject: 'open',
    patterns: [
      // "those thoughts again, the ones about not being here"
      String.raw`\b(?:ones|thoughts?|ideas?|urges?|images?|dreams?|feelings?)\s(?:(?:again|lately|today)\s)?(?:about|of)\s(?<core>not\s(?:being\s(?:here|alive|around)|existing|waking\sup|living)|ending\s(?:it|things|my\slife)|killing\smyself|dying|being\sdead|taking\smy\s(?:own\s)?life)\b`,
    ],
  },
  {
    id: 'en.imminent.made-peace',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      String.raw`\b(?:ive|i\shave|i|finally|already)\s(?:(?:finally|already|just)\s)?made\s(?:my\s)?peace\swith\s(?:it|this|that|everything|my\sdecision|god|dying|death|what\s(?:im|i\sam)\s(?:about|going)\sto\sdo|leaving)\b|\b(?:ive|i\shave|i)\s(?:(?:finally|already|just)\s)?made\smy\speace(?=\s*(?:[.!?,;:]|$)|\s(?:and|now|already))`,
      String.raw`\b(?:thanks|thank\syou)\sfor\strying\b|\b(?:it\s)?(?:wasnt|isnt|was\snot|is\snot)\s(?:anything|something|because\sof\sanything)\s(?:you|yall|you\sguys|anyone)\s(?:did|said|could\shave\sdone)\b`,
    ],
  },
  {
    id: 'en.net.first-person-death',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    // "I've been thinking about death a lot, my mom's specifically": someone else's death, named right after
    near: { excludes: OTHERS_DEATH, before: 0, after: 50 },
    patterns: [
      // the last net: a first-person wish, intent or thought with a death word, in a bounded window
      String.raw`(?<!\b(?:thought|felt|like|sure|afraid|scared|swear|swore|believed|knew|think|worried|feared|convinced|certain|realized|if|when|whether|what|said|told|says|say)\s)\b(?:i|im|i\sam|ive|id|ill)\s(?:(?:just|really|honestly|still|sometimes|often|always|kinda|kind\sof|seriously|literally|actually|so|lowkey|also|even|keep|kept|cant\sstop|been|am|have\sbeen|constantly|secretly|almost|mostly)\s){0,3}(?:want(?:ing|ed)?|wanna|wish(?:ing|ed)?|need(?:ing)?|plan(?:ning)?|intend(?:ing)?|going|gonna|think(?:ing)?|thought\sabout|ready|tempted|craving|longing|feel(?:ing)?\slike|fantasi[sz](?:e|ing)|daydream(?:ing)?|obsess(?:ing)?|pray(?:ing)?|hope|hoping|deserve)\s(?:(?:to|about|of|on|abt|that|i|i\scould|i\swould|i\swas|i\swere|id|just|really|just\sgo|go|and|be|being|for|finally|maybe|could|would|can|should|was|were|ill|im|my|own|the|a|it|would\sbe)\s){0,4}(?<core>die|dying(?!\s(?:to|for|of)\b)|death(?!\s(?:notifications?|certificates?|benefits|toll|penalty|row|metal|anniversary|of|in|at|from|march|scene|scenes|investigation))|dead(?=\s*(?:[.!?,;:]|$)|\s(?:already|now|tonight|and|or|but|instead|sometimes|honestly|lol|inside|by|before))|kill(?:ing)?\smyself(?!\s(?:at\swork|working|laughing|over\s(?:this|it|that)|trying|with\s(?:work|overtime)|to\s(?:get|make|finish|pay|please)))|suicide(?!\s(?:rates?|statistics|stats|among|in\sthe|is\sa|prevention|awareness|hotline|line|watch|squad|bomb\w*|mission|attempts?\s(?:in|among)))|suicidal|end(?:ing)?\s(?:it(?:\sall)?|my\slife|everything|things)(?!\s(?:with|between|early|off))|overdos(?:e|ing)(?!\s(?:risks?|kit|prevention|deaths?|training|reversal|symptoms|on\s(?:caffeine|coffee|sugar|netflix|work)))|hang(?:ing)?\smyself|shoot(?:ing)?\smyself|bleed(?:ing)?\sout|not\s(?:being\shere|existing|waking\sup)|stop\sexisting|be\sgone|disappear(?:ing)?(?!\s(?:for\s(?:a|the|an|like|some)\s|to\s|into\s|from\s(?!(?:this\s|the\s)?(?:world|earth|planet|existence|life|face\sof|everything|everyone|everybody)\b)|on\s|under\s|off\s))|vanish(?:ing)?|cease\sto\sexist|sleep\s(?:forever|for\sever)|never\swake\sup|not\s(?:be\s)?(?:here|around|alive)\s(?:anymore|any\smore)|no\slonger\s(?:be\s)?(?:here|around|alive|exist)|fade\saway)\b(?!\s(?:of|from)\s(?:laughter|laughing|boredom|embarrassment|hunger|cringe|cuteness|excitement|the\sheat|heat|cold)|\s(?:my|her|his|the|it)\s(?:hair|beard|clothes|shirt)|\s(?:peacefully|old|of\sold\sage|of\snatural\scauses|when\sim\sold|surrounded|an\sold)\b|\sdown\b|\sbattery|\send\b|\sserious\b|\sin\s(?:a\s)?(?:game|video\sgame|fortnite|minecraft|call\sof\sduty|dream|nightmare|movie|book)|\sfor\s(?:a|my|our|the)\s(?:country|cause|family|kids|children|team|unit|god)|\ssuicide\s(?:prevention|awareness|hotline))`,
    ],
  },
];
