import type { RuleSpec } from '../rule';
import { GUN, PILLS } from './lexicon';

/**
 * Third generalisation pass: imminent risk told indirectly and practically. The logistics of an ending
 * (pets rehomed, keys and passwords left, bills paid through a month, accounts closed, "won't need the
 * appointment"), dates tied to an event or an anniversary, means got under a pretext, acts told flatly,
 * farewells hidden in thanks or apologies, and current thoughts told sideways ("keep eyeing the
 * shotgun", "running the numbers on how many"). Most logistics are innocent alone (a move, a
 * deployment, a trip), so they are `needsContext` cues: they count beside another signal, a means, a
 * farewell, or a second cue of a different kind.
 */

const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const DATE = String.raw`(?:${DAY}|tonight|tomorrow|${MONTH}(?:\s\d{1,2})?|the\s\d{1,2}(?:st|nd|rd|th)|the\sweekend|this\sweekend|next\sweek)`;
const KIN = String.raw`(?:mom|mum|dad|mother|father|parents|sister|brother|wife|husband|ex|son|daughter|kids|children|family|grandma|grandpa|boyfriend|girlfriend|partner|fiance|fiancee|best\sfriend|friend|roommate|neighbou?rs?|lawyer)`;
const PET = String.raw`(?:dogs?|cats?|pets?|horses?|birds?|bird|rabbits?|bunny|chickens|fish|puppy|kitten|parrot|hamster|animals)`;
/** An event that the date of an ending is set around. */
const EVENT = String.raw`(?:graduation|recital|wedding|quinceanera|birthday|anniversary|tournament|game|funeral|baptism|christening|holidays|christmas|thanksgiving|harvest|deployment|trial|hearing|bbq|barbecue|party|show|concert)`;
/** An innocent purpose told beside the logistics. */
export const INNOCENT = String.raw`\b(?:moving|move|moved|relocat\w*|new\s(?:job|place|apartment|house|city)|deploy\w*|vacation|holiday|trip|travel\w*|flight|cruise|retir\w*|downsiz\w*|allerg\w*|landlord\ssaid|lease|surgery|hospital\sstay|rehab\sprogram|baby\sis\sdue|honeymoon|conference|study\sabroad|semester|diagnos\w*|instead|got\sinto|got\sa\s(?:spot|slot|place)|found\s(?:a|another)\s(?:therapist|provider|program|clinic|doctor|counselor)|another\s(?:therapist|provider|program|clinic|doctor|counselor)|closer\sto|(?:doing|feeling)\s(?:much\s)?better|elsewhere|waitlist|wait\slist|last\sday\sat\s(?:the|my)\s(?:plant|job|work|shop|mill|office|station|base|store|company|yard|mine|site))\b`;

/** An innocent purpose, unless it is the pretext told to get the means: "told the pharmacist it was for a trip". */
// the lookbehind follows the purpose, so it runs only where a purpose was found (in front it would run at every position)
export const INNOCENT_UNLESS_PRETEXT = String.raw`${INNOCENT}(?<!\b(?:told|tell|telling|said|say|saying|lied|lie|claimed|claim|pretend\w*)\b[^.!?\n]{0,40}${INNOCENT})`;

/**
 * What "do it" is when the message names it: a surprise, a gift, a chore. "I'll do it when my wife
 * leaves, the surprise party is Saturday" plans a party. Only words that cannot be the means or the
 * act of an ending are here.
 */
export const BENIGN_TASK = String.raw`\b(?:surprise\s(?:party|for|her|him|them|dinner|gift|visit|trip)|(?:a|the|my|her|his|big)\ssurprise\b(?!\s(?:to|for)\s(?:anyone|anybody|no\sone|nobody|everyone))|gifts?|presents|birthday\spresent|(?:her|his|their|the)\spresent|cake|bake|baking|decorat\w*|balloons|gift\s?wrap\w*|wrapping|propos(?:e|al|ing)|engagement\sring|scavenger\shunt|laundry|dishes|vacuum\w*|mow(?:ing)?\sthe\slawn|taxes|homework|paperwork|renovat\w*|remodel\w*|paint(?:ing)?\sthe\s(?:room|kitchen|nursery|bedroom|walls?|house|fence)|rearrang\w*|reorganiz\w*|clean(?:ing)?\sthe\s(?:house|kitchen|garage|basement|closet|fridge|carpets?))\b`;

export const EN_LOGISTICS: readonly RuleSpec[] = [
  {
    id: 'en.prep.wont-need',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true, negatable: false,
    // "I told them I'm moving" is the pretext, not the reason
    near: { excludes: INNOCENT_UNLESS_PRETEXT, before: 80, after: 80 },
    patterns: [
      // "I won't need the appointment", "I won't be needing it", "you won't need to schedule me", "won't need them after sunday"
      String.raw`\b(?:i|you)\s(?:wont|will\snot|am\snot\sgoing\sto|are\snot\sgoing\sto|dont\sthink\sill)\s(?:be\s)?(?:need|needing)\s(?:to\s(?:schedule|book|reschedule|call|reach|contact|worry\sabout)\sme|(?:(?:the|my|a|an|this|that|any|another)\s)?(?:appointment|slot|intake|consult|session|follow\s?up|refill|deposit|spot|place|bed|them|it|those|these)|(?:it|them)\s(?:after|anymore|any\smore|where\sim\sgoing)|anything\s(?:else|anymore)\s(?:after|where))\b`,
      // "after Sunday you won't reach me", "you won't hear from me again", "I won't be answering after tonight"
      String.raw`\b(?:you|they|anyone|nobody)\s(?:wont|will\snot|are\snot\sgoing\sto)\s(?:be\sable\sto\s)?(?:reach|hear\sfrom|see|find)\sme\s?(?:again|after|anymore|any\smore|ever|(?=\s*(?:[.!?,;:]|$)))|\b(?:i\s)?(?:wont|will\snot)\sbe\s(?:answering|responding|replying|reachable|checking\sin|coming\sback|back)(?:\s(?:after|anymore|any\smore|again)|(?=\s*(?:[.!?,;:]|$)))`,
      // thanks said as a farewell, a cue only beside another: "thank you for everything"
      String.raw`\b(?:thank\syou|thanks)\sfor\s(?:everything|all\syour\shelp|all\syou\sdid|trying)\b`,
      // "give my slot to someone who still has time", "cancel my intake"
      String.raw`\b(?:give|offer)\s(?:my\s(?:slot|spot|place|appointment|bed)|it)\sto\ssomeone\s(?:who|that)\s(?:still\s)?(?:has\stime|needs\sit|wants\sit|can\suse\sit|has\sa\sfuture)\b`,
      // "I won't be here for the appointment", "I'm not going to be here by then", "Don't worry about rescheduling, I won't be here."
      String.raw`\b(?:i\s)?(?:wont|will\snot|(?:im|i\sam)\snot\sgoing\sto|not\sgonna)\sbe\s(?:here|around|alive)(?:\s(?:for|by|at|to|after|when|on)\s(?:the|my|your|our|that|it|her|him|them|feed|see|sign|then|tuesday|monday|wednesday|thursday|friday|saturday|sunday)\b|(?=\s*(?:[.!?;]|$)))`,
    ],
  },
  {
    id: 'en.prep.affairs',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    // (a gun locked in a safe while someone else holds the key is means restriction, not affairs in order)
    near: { excludes: String.raw`${INNOCENT}|\b(?:(?:gun\s)?safe|locked|lock\sbox|lockbox|trigger\slocks?|cable\slocks?)\b`, before: 100, after: 100 },
    patterns: [
      // keys, passwords, accounts left for someone: "passwords are in the blue notebook", "neighbors have the spare key";
      // with no verb too: "passwords in an envelope for my sister"
      String.raw`\b(?:passwords?|passcodes?|pins?|logins?|keys|key|spare\skey|account\sinfo|bank\sinfo)(?:\s(?:is|are|s|re))?\s(?:all\s)?(?:in|on|under|with|taped)\s(?:the|my|an|a)\s(?:[a-z]+\s){0,2}?(?:notebook|drawer|envelope|folder|safe|box|desk|binder|file|glovebox|counter|table|seat)\b`,
      String.raw`\b(?:the\s)?${KIN}\s(?:has|have|got|knows\swhere)\s(?:the\s)?(?:spare\s)?(?:keys?|passwords?|envelope|letter|codes?)\b|\b(?:left|gave|giving|handed)\s(?:my\s)?${KIN}\s(?:the|my|all\smy)\s(?:spare\s)?(?:keys?|passwords?|logins?|bank\sinfo|account\sinfo)\b`,
      // pets rehomed: "found a good home for Bear and the cats", "rehomed the horses", "the dog's with my sister", "cat's at my mom's", "left the cat a week of food"
      String.raw`\b(?:found|finding)\s(?:a\s)?(?:good\s|new\s|forever\s|loving\s)?homes?\sfor\s(?:my\s|the\s|our\s)?[a-z]+\b|\b(?:rehomed|rehoming|re\shomed)\s(?:the|my|our)\s(?:[a-z]+\s)?${PET}\b|\b(?:the|my|our)\s${PET}\s(?:is\s|are\s|s\s)?(?:with|going\sto|staying\swith|at)\s(?:my\s)?${KIN}s?\b|(?:^|[.!?,;:]\s?)${PET}\s(?:is\s|are\s|s\s)?(?:with|going\sto|staying\swith|at)\s(?:my\s)?${KIN}s?\b|\b(?:left|leaving)\sthe\s${PET}\s(?:a\s(?:week|month)s?\sof|enough)\s(?:food|water)\b`,
      // "my will's updated", "affairs are in order", "everything else is taken care of", "nothing left to tie up"
      String.raw`\b(?:my|the)\swills?\s(?:is\s|s\s)?(?:done|updated|finished|signed|written|ready|in\sorder|sorted)\b|\baffairs\s(?:are|is)\s(?:all\s)?(?:in\sorder|sorted|settled|taken\scare\sof)\b|\beverything(?:s|\selse|\selses)?\s(?:is\s|s\s)?(?:taken\scare\sof|sorted|settled|squared\saway|in\sorder|set\sfor\s(?:${DATE}))\b|\bnothing\s(?:left|else)\sto\s(?:tie\sup|take\scare\sof|sort\sout|settle)\b|\bthats\severything\s(?:done|sorted|taken\scare\sof)\b`,
      // bills paid through a month, phone or accounts closed: "paid rent through december", "storage unit is paid through march"
      String.raw`\b(?:paid|prepaid|paid\sup|paid\soff)\s(?:(?:the|my)\s)?(?:[a-z]+\s){0,3}?(?:through|thru|until|till)\s(?:the\send\sof\s)?(?:${MONTH}|next\s(?:month|year))\b|\b(?:cancel(?:l)?ed|closed|deleted|deactivated|shut\sdown|wiped)\s(?:all\s(?:of\s)?)?(?:my\s)?(?:socials|social\smedia|accounts|phone\splan|phone\sline|instagram|facebook|email)\b(?!\s(?:for\sa|because|since|cause|bc|to\s(?:focus|detox|study)))`,
      // "so nobody is stuck with them", "so my mom won't get stuck with it", "so nobody has to deal with a mess"
      String.raw`\bso\s(?:nobody|no\sone|noone|my\s${KIN}|she|he|they|whoever)\s(?:[a-z]+\s){0,6}?(?:wont|doesnt|will\snot|does\snot|has\sto|have\sto|would\shave\sto|wouldnt|dont|isnt|is\snot|gets|get)\s(?:have\sto\s|need\sto\s|be\s|get\s)?(?:deal\swith|stuck|pay\sfor\sit|clean\sup|be\sthe\sone|respond|break\s(?:it|the\sdoor)|find\sme|worry\sabout)\b`,
      // a letter or a note placed where someone will find it: "left the note on the kitchen table ... where Mike will see it first"
      String.raw`\b(?:left|put|leaving|placed|hid)\s(?:the|a|my)\s(?:note|letter|envelope)\s(?:on|in|under|by|inside)\s(?:the|my)\s(?:[a-z]+\s)?[a-z]+\b|\bwhere\s(?:[a-z]+\s){1,2}(?:will|ll|can|would|is\sgoing\sto)\s(?:see|find)\s(?:it|them)\s(?:first|right\saway)\b|\bthe\s(?:letter|note|envelope)s?\s(?:for|to)\s(?:my\s)?${KIN}\s(?:is|are|s)\s(?:in|on|under|with)\s(?:the|my)\s[a-z]+\b`,
      // "scheduled the email to my sister for 6am", "mailed them so they arrive Monday"
      String.raw`\b(?:scheduled|set\sup|timed)\s(?:the|an|a|my)\s(?:email|text|message|post|letter)s?\s(?:to\s(?:my\s)?${KIN}\s)?(?:to\s(?:go\sout|send|arrive)\s)?(?:for|at|on)\b|\bmailed\sthem\sso\sthey\sarrive\b`,
      // a paycheck, a fund, a policy arranged for after: "set it up so my paycheck keeps going to my ex", "set up his college fund"
      String.raw`\b(?:set\s(?:it\s)?up|arranged)\s(?:so\s)?(?:my\s)?(?:paycheck|pension|benefits|life\sinsurance|insurance|savings|money)\s(?:keeps?\sgoing|goes|will\sgo)\sto\b|\b(?:ive\s|i\s)?set\sup\s(?:his|her|their|my\s(?:sons|daughters|kids))\s(?:college|trust)\sfund\b`,
      // deleted socials, belongings given to a sibling, wallet left on the bed: "gave my ps5 to my little brother"
      String.raw`\b(?:gave|given|giving)\s(?:away\s)?my\s(?:[a-z0-9]+\s)?(?:ps5|ps4|xbox|switch|guitar|laptop|bike|car|truck|collection|jewelry|ring|watch|medals|clothes)\sto\s(?:my\s)?(?:little\s|big\s|older\s|younger\s)?${KIN}\b|\bleft\smy\s(?:wallet|phone|keys|id|shoes|ring)\s(?:(?:and\s(?:my\s)?[a-z]+\s)?(?:on|at|in)\s(?:the|my)\s[a-z]+)\b|\bunlocked\sthe\s(?:front\s|back\s)?door\sso\b`,
      // "sold the truck", "sold the cattle and paid off the note at the bank"
      String.raw`\bsold\sthe\s(?:cattle|herd|horses|truck|boat|guns)\s(?:and|,)\s?(?:paid\soff|gave|rehomed|sold)\b|\bso\s(?:the\s(?:farm|house|land)|everything)\sgoes\sto\s(?:her|him|them|my\s[a-z]+)\sclean\b`,
    ],
  },
  {
    id: 'en.prep.when-set',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true, negatable: false,
    patterns: [
      // a date tied to an event or an anniversary: "after Maria's quinceanera", "waited until after my daughter's graduation"
      String.raw`\b(?:until|till|til|right|just|the\s(?:day|week|night)|a\s(?:day|week))\s(?:after|before)\s(?:(?:my|his|her|their|the)\s)?(?:[a-z]+s\s)?${EVENT}\b|\b(?:held|hung)\son\sfor\s(?:that|the\s[a-z]+|my\s[a-z]+s\s[a-z]+)\b|\bso\si\sdont\sruin\sit\sfor\b`,
      String.raw`\b(?:the\sday|the\sanniversary|the\snight)\s(?:my|that\smy|he|she)\s(?:[a-z]+\s)?(?:died|passed|was\skilled|killed\shimself|killed\sherself)\b|\b\d+\syears\ssince\s(?:[a-z]+\s)?(?:fallujah|iraq|afghanistan|the\s[a-z]+|my\s[a-z]+|he|she|it|we|i)\b|\bnot\sstaying\sfor\sanother\s(?:anniversary|year|christmas|birthday|winter|one)\b`,
      // "the 15th is the day", "tonight's the night", "that's the right day to finish it", "it's planned for thursday"
      String.raw`\b(?:the\s\d{1,2}(?:st|nd|rd|th)|${DAY}|tonight|tomorrow|saturday\snight)\s(?:is|s)\sthe\s(?:day|night|date)\b|\btonights\sthe\snight\b|\b(?:the\sright|a\sgood|the\sperfect|the\sbest)\s(?:day|night|time|date)\sto\s(?:finish\sit|end\sit|do\sit|go|finish\sthings)\b|\bits\s(?:planned|set|scheduled)\sfor\s(?:${DATE})\b|\bdates\s(?:set|picked|chosen)\b|\b(?:ive|i\shave|i)\s(?:picked|chose|chosen)\s(?:${DAY})\b`,
      // "I'll do it that night", "going to finish it", "after that I'm done", "I'll be gone before they're back"
      String.raw`\b(?:do|doing|finish|finishing|end|ending)\sit\s(?:that|the\ssame|the\sfollowing)\s(?:night|day|evening|morning|weekend)\b|\b(?:going\sto|gonna|im\sgoing\sto|ill|i\swill|ready\sto)\sfinish\sit\b|\bafter\s(?:that|this|it|then)\s(?:im|i\sam|ill\sbe)\s(?:done|gone|finished|out)\b|\b(?:ill|i\swill|i\sll)\sbe\s(?:gone|done)\s(?:before|by\sthe\stime)\s(?:he|she|they|hes|shes|theyre|my\s[a-z]+|the\s[a-z]+|anyone|everyone)\b|\bby\sthen\s(?:it\swont\smatter|itll\sbe\s(?:done|over)|ill\sbe\sgone|it\swill\sbe\s(?:done|over))\b`,
      // "the house will be empty saturday. that's when", "house is empty after 6", "roommate is gone till tuesday", "wife's out of town till monday"
      String.raw`\bthats\swhen(?=\s*(?:[.!?]|$))`,
      // "my kid's recital is thursday", "picked the date. my birthday", "it's happening at home tonight", "at the cemetery ... I just want to be with them"
      String.raw`\b(?:my\s)?(?:[a-z]+s\s)?${EVENT}\s(?:is|s)\s(?:on\s)?(?:${DATE})\b|(?<=\b(?:date|day)\s?[.:,]\s?)(?:my|his|her)\s(?:[a-z]+s\s)?(?:birthday|anniversary)\b|\bits\shappening\s(?:[a-z]+\s){0,3}?(?:tonight|today|tomorrow)\b|\b(?:im|i\sam)\s(?:at|by)\s(?:the|his|her|their|my\s[a-z]+s)\s(?:cemetery|grave|graveyard|memorial)\b|\b(?:just\s)?want\sto\sbe\swith\s(?:them|him|her|my\s(?:guys|brothers|son|daughter|wife|husband|mom|dad|boys|buddies))(?=\s*(?:[.!?,]|$)|\s(?:again|now|tonight))`,
      // "I'm ready, it's tonight", "I'm ready. this weekend", "now I can go", "I'm at peace with it"
      String.raw`\b(?:im|i\sam)\sready\s?[.,;]?\s(?:(?:its|it\sis)\s)?(?:tonight|today|tomorrow|this\sweekend|${DAY})\b|\bnow\si\scan\sgo\b|\b(?:im|i\sam)\sat\speace\swith\s(?:it|this|my\sdecision|that)\b|\b(?:ive|i\shave|i)\s(?:got|have)\s(?:what|everything)\si\sneed\b|\b(?:brought|took|got)\s(?:home\s)?what\si\s(?:needed|need)\b`,
      // the pretext for getting means: "told the pharmacist I was going on a long trip", "told them it was for hay bales", "I'm not traveling"
      String.raw`\b(?:(?:got|get|getting|needed|asked\sfor|asking\sfor|requested|called\sin|put\sin\sfor|talked\s(?:them|him|her|the\s[a-z]+)\sinto)\s(?:an?\s|the\s|my\s|another\s)?early\srefills?|filled\s(?:both|two|three|all|the)\s(?:months?|scripts|prescriptions)\searly|refill(?:ed)?\s(?:it\s)?early)\b|\btold\s(?:them|him|her|the\s[a-z]+|my\s[a-z]+)\s(?:it\swas|its|i\swas|im|i\sam|i\sneeded)\s(?:[a-z]+\s){0,3}?(?:for|on\sa|going\son)\b|\btold\s(?:them|him|her|the\s[a-z]+|my\s[a-z]+)\s(?:that\s)?i\s(?:lost|dropped|spilled|ran\sout\sof|left)\s(?:my|the)\s(?:prescription|script|pills|meds|bottle)\b|\bthey\s(?:didnt|did\snot)\sask\b|\b(?:im|i\sam)\snot\s(?:traveling|travelling|going\son\sa\strip|going\sanywhere)\b|\bguess\s(?:its|it\sis)\smine\b|\bthe\s(?:barn|garage|beam|shed|woods|rafters?|tree|bridge)\s(?:will|would|should)\sdo\b`,
      // farewells in thanks and apologies: "last check-in", "last text", "tell my mom I love her", "none of this is on her", "don't call anyone"
      String.raw`(?:^|[.!?]\s?)(?:last|final)\s(?:text|message|msg|check\sin|checkin|entry|post)(?=\s*(?:[.!?,]|$))|\btell\s(?:my\s${KIN}|them|everyone|her|him|dr\s[a-z]+)\s(?:that\s)?(?:i\slove\s(?:her|him|them|you)|im\ssorry)\b|\bnone\sof\sthis\sis\s(?:on\s)?(?:her|him|you|them|anyone|your)\b|\b(?:it\s)?(?:wasnt|isnt|was\snot|is\snot)\s(?:the\s(?:treatments|programs|therapys|therapists)|this\sprograms|anyone\sat\sworks|anyones)\s?(?:fault|doing)\b|\b(?:please\s)?(?:dont|do\snot)\s(?:call|tell)\s(?:anyone|anybody|911|the\scops|the\spolice|an\sambulance|my\s${KIN})\b|\b(?:shell|he\sll|hell|theyll|she\swill|they\swill)\sfind\sout\ssoon\senough\b|\bthank\syou\sfor\sbeing\s(?:kind|nice|patient)\sto\sme\b|\b(?:im|i\sam)\sgoing\snow(?=\s*(?:[.!?]|$))|\bhope\sthe\snext\sperson\s(?:gets|has)\b`,
      // "I've already picked the spot" (walking or driving to a place is en.prep.heading-to-place)
      String.raw`\b(?:picked|chose|found)\sthe\s(?:spot|place)\b|\bthe\sspot\si\s(?:picked|chose)\b|\btrucks\sat\sthe\s(?:trailhead|overlook|bridge|lake)\b`,
      // acts told flatly, alone ambiguous: "I've already injected it", "bleeding a lot, didn't mean to go this deep"
      String.raw`\b(?:already|just)\s(?:injected|shot\sup|pushed)\s(?:it|them|myself|all\sof\sit)\b|\b(?:go|went|gone|cut)\s(?:this|that|so)\sdeep\b|\bnot\sfor\sthe\s(?:range|hunt|deer|season)(?=\s*(?:[.!?]|$))`,
    ],
  },
  {
    id: 'en.prep.absence-window',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true, negatable: false,
    // the house empty because the family is away: a window, unless it is a window for a call or an errand
    // (not one the writer says they will not wait for: "I'm not waiting for the consult")
    near: { excludes: String.raw`\b(?:call|talk|chat|(?<!(?:not\swaiting\sfor|dont\sneed|wont\sneed|wont\smake|cancel)\s(?:the|my|that)\s)(?:session|appointment|consult)|refill|pharmacy|good\stime|can\swe|reschedul\w*|zoom|video|meeting|visit|clean|party|nap|relax|finally\ssome|peace\sand\squiet|quiet\stime)\b`, before: 80, after: 80 },
    patterns: [
      // an absence and an empty house are one cue: "kids are at their dad's all weekend so the house will be empty saturday"
      String.raw`\b(?:kids|twins|children|roommate|wife|husband|partner|family|everyone|parents)\s?(?:is|are|s|re)?\s(?:gone|away|out\sof\stown|at\s(?:school|camp|their\sdads|her\smothers|his\smothers))\b(?:[^.!?\n]{0,50}?\b(?:house|apartment|place|home)\s(?:is|will\sbe|ll\sbe|s|gonna\sbe)\s(?:empty|all\smine|quiet)\b)?|\b(?:house|apartment|place|home)\s(?:is|will\sbe|ll\sbe|s|gonna\sbe)\s(?:empty|all\smine|quiet)\b`,
    ],
  },
  {
    id: 'en.prep.have-enough',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true, negatable: false,
    near: { excludes: INNOCENT_UNLESS_PRETEXT, before: 80, after: 80 },
    patterns: [
      // "I needed enough.", "I have enough now"
      String.raw`\bi\s(?:have|got|needed)\senough(?:\snow)?(?=\s*(?:[.!?]|$))|\bhave\senough\snow\b`,
    ],
  },
  {
    id: 'en.imminent.found-me',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    near: { excludes: String.raw`\b(?:hide\sand\sseek|game|lost|reward|hiding\sspot)\b`, before: 60, after: 60 },
    patterns: [
      // "so whoever finds me won't have to break it in", "a note for whoever finds the car", "so my wife isn't the one to find me"
      String.raw`\b(?:whoever|the\sperson\swho|whoevers\sgoing\sto|the\sone\swho)\s(?:finds|will\sfind|ends\sup\sfinding|has\sto\sfind)\s(?:me|my\sbody|the\sbody|the\scar|my\scar|my\struck|the\struck)\b|\bnot\sthe\sone\sto\sfind\sme\b`,
    ],
  },
  {
    id: 'en.imminent.this-is-when',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    // "I'll do it when my wife leaves" about a surprise, a gift or a chore is not a plan
    near: { excludes: BENIGN_TASK, before: 120, after: 120 },
    patterns: [
      // "this is the weekend I do it", "I'm going to do it when my wife leaves for work tomorrow"
      String.raw`\bthis\sis\sthe\s(?:weekend|night|day|week)\s(?:i|im\sgoing\sto|ill)\s(?:do\sit|go\sthrough\swith\sit|end\sit|finish\sit)\b`,
      String.raw`\b(?:im\sgoing\sto|im\sgonna|going\sto|gonna|ill|i\swill)\sdo\sit\swhen\s(?:my\s[a-z]+|everyone|the\skids|they|she|he)\s(?:leaves?|goes|is\sgone|falls\sasleep|gets\shome|drops)\b`,
      // "I'm driving to the overlook right now", "I'm on the roof ... just wanted to say thanks"
      String.raw`\b(?:im|i\sam)\s(?:driving|walking|heading|going|hiking)\s(?:up\s)?to\sthe\s(?:overlook|cliff|cliffs|ledge|edge|tracks|bridge|dam)\s(?:right\s)?now\b(?!\s(?:to\s(?:meet|see|watch|take|pick)|with\s(?:my|the|some)|for\s))`,
      // "going to walk into the ocean after sunset"
      String.raw`\b(?:going\sto|gonna|ill|i\swill|about\sto|im\sgoing\sto)\s(?:walk|swim|wade)\s(?:out\s)?into\sthe\s(?:ocean|sea|lake|river|water)\s(?:after|at|when|tonight|and\snot)\b`,
      // "I stopped taking my insulin on purpose"
      String.raw`\bstopped\staking\smy\s(?:insulin|heart\smeds|heart\smedication|blood\sthinners|dialysis|transplant\smeds)\s(?:on\spurpose|to\sdie|so\si\sdie|so\sit\swould\send)\b`,
    ],
  },
  {
    id: 'en.imminent.took-and-fine',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    near: { excludes: String.raw`\b(?:usual|regular|nightly|normal\sdose|daily|as\sprescribed|like\s(?:the|my)\sdoctor|my\sdose|prescribed\sdose)\b`, before: 60, after: 60 },
    patterns: [
      // "swallowed what was left of all my prescriptions around 9... getting hard to keep my eyes open"
      String.raw`\b(?:took|swallowed|downed|ate|popped)\s(?:what\swas\sleft\sof\s|whats\sleft\sof\s|whatever\swas\sleft\sof\s|everything\sin\s|all\sof\s)?(?:[a-z0-9]+\s){0,4}?(?:${PILLS}|medicine\scabinet)\b(?=[^\n]{0,120}\b(?:hard\sto\skeep\smy\seyes\sopen|eyes\sopen|getting\s(?:really\s|so\s|very\s|kinda\s)?(?:sleepy|drowsy|tired|woozy|dizzy)|lying\son\sthe\s(?:bathroom\s)?floor|its\squiet|tell\s(?:him|her|them)\sim\ssorry))`,
      // "i took 2 boxes of tylenol this morning", "took the whole bottle an hour ago"
      String.raw`\b(?:took|swallowed|downed|ate)\s(?:\d+|two|three|four|five|a\scouple|the\swhole|a\swhole)\s(?:boxes|bottles|packs|packets|sleeves|box|bottle)\sof\s(?:(?:my|the|his|her)\s)?(?:[a-z]+\s)?${PILLS}\s(?:this\smorning|today|tonight|last\snight|an\shour\sago|\d+\shours?\sago|earlier)\b`,
    ],
  },
  {
    id: 'en.active.means-dwelt-on',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open',
    near: { requires: String.raw`\b(?:keep|keeps|kept|catch\smyself|cant\sstop|longer\sthan|more\sthan\sid\slike|every\s(?:night|shift|day|time)|think\sabout\sit|thinking\sabout\sit|just\sthink|a\slot|lately|dont\sknow\swhy)\b`, excludes: String.raw`\b(?:forgot|forget|remember|locked\sout|reset|lost|renovat\w*|inspect\w*|contractor|repair|install\w*|paint\w*|termites?|leak|for\ssale|sell)\b`, before: 60, after: 80 },
    patterns: [
      // "catch myself looking at the rafters", "keep picturing the beam in the garage", "keep eyeing the shotgun in the hall closet"
      String.raw`\b(?:looking\sat|look\sat|stare\sat|staring\sat|stared\sat|picturing|picture|eyeing|eye|thinking\sabout|think\sabout|fixat\w*\son|sit\sthere\swith)\s(?:(?:the|that|my|those)\s)?(?:[a-z]+\s){0,2}?(?:rafters?|beams?|ceiling\sfan|banister|closet\srod|${GUN}|gun\ssafe|combination|top\sfloor|pills\sin\smy\s[a-z]+|bottle\sof\s[a-z]+)\b|\bwith\sit\slonger\sthan\si\sneed\sto\b`,
    ],
  },
  {
    id: 'en.active.thoughts-sideways',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      // "keep running the numbers on how many it would take"
      String.raw`\b(?:running|ran|run|doing|did|crunching)\sthe\s(?:numbers|math)\son\show\s(?:many|much)\b`,
      // "think about just stepping in front of one of the semis", "think about letting go of the wheel at the overpass"
      String.raw`\b(?:think|thinking|thought|picture|picturing|imagine|imagining)\s(?:about\s|of\s)?(?:just\s)?(?:stepping|walking|jumping|stepping\sout|swerving|driving)\s(?:in\sfront\sof|into|off)\s(?:(?:one\sof\s)?(?:the|a|an|some|those)\s)?(?:semis?|trucks?|trains?|bus(?:es)?|traffic|cars?|bridge|overpass|pillars?|cliff)\b|\b(?:think|thinking|thought)\sabout\s(?:just\s)?letting\sgo\sof\sthe\swheel\b`,
      // "sink under the bathwater and think about not coming up", "drive too fast and think about the trees"
      String.raw`\b(?:think|thinking|thought)\s(?:about|of)\snot\s(?:coming\s(?:up|back\sup)|surfacing|getting\sback\sup)\b|\b(?:drive|driving|drove)\s(?:[a-z]+\s){0,8}?(?:and|while\si)\s(?:think|thinking|picture)\sabout\sthe\s(?:trees|poles|wall|guardrail|oncoming|semis|pillars)\b`,
      // "I think about how easy it would be.", "I know exactly what would work and I think about it"
      String.raw`\b(?:think|thinking)\sabout\show\seasy\sit\s(?:would|d)\sbe(?=\s*(?:[.!?]|$))|\b(?:know|knows)\s(?:exactly\s)?what\swould\swork\sand\si\s(?:think|thinking)\sabout\sit\b`,
      // "keep googling painless ways", "ive been thinking of ways. not gonna say what"
      String.raw`\b(?:googl\w*|search\w*|look\w*\sup|research\w*|read\w*\sabout)\s(?:for\s)?painless\sways\b(?!\sto\s(?!die|go|end|do\sit))|\b(?:thinking|thought)\s(?:of|about)\sways(?=\s*(?:[.!?]|$))`,
      // "wishing I had the guts to just do it", "picturing my own funeral and thinking about how to get there faster"
      String.raw`\b(?:had|have|get|find|work\sup|got)\sthe\s(?:guts|nerve|courage|balls)\sto\s(?:just\s)?(?:do\sit|go\sthrough\swith\sit|end\sit|pull\sthe\strigger|jump)\b|\bhow\sto\sget\sthere\sfaster\b|\b(?:writing|wrote|write)\s(?:my\s)?goodbye\s(?:letters?|notes?)\sin\smy\shead\b|\bthe\s(?:pills|gun|rope)\sin\smy\s[a-z]+\swould\s(?:solve|fix|end)\s(?:everything|it\sall)\b`,
      // "watching videos about people who jumped", "my brain keeps making plans ... how, where"
      String.raw`\b(?:watch\w*|read\w*)\s(?:videos?|stories|articles|posts)\s(?:about|of)\s(?:people|someone|others|guys)\s(?:who|that)\s(?:jumped|hanged|hung\sthemselves|killed\sthemselves|shot\sthemselves|overdosed)\b|\bkeeps?\smaking\splans\si\sdont\swant\b`,
    ],
  },
  {
    id: 'en.active.form-answer',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, negatable: false,
    patterns: [
      // "Thoughts of killing yourself: yes", "have you had thoughts of killing yourself? A: yes, a few times a week"
      String.raw`\bthoughts\sof\s(?:killing\syourself|suicide|ending\syour\slife|taking\syour\s(?:own\s)?life)\s?[?:]?\s?(?:a\s?:\s?)?(?:yes|yeah|yep|often|daily|sometimes|a\sfew\stimes|every\sday)\b`,
    ],
  },
  {
    id: 'en.prep.form-plan',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true, negatable: false,
    patterns: [
      // "Plan: yes. When: tonight. Means: have them."
      String.raw`\b(?:plan|intent|means)\s?:\s?(?:yes|have\sthem|have\sit|got\sthem|got\sit)\b|\bwhen\s?:\s?(?:tonight|today|tomorrow|this\sweekend)\b`,
    ],
  },
  {
    id: 'en.selfharm.sideways',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true, subject: 'open',
    patterns: [
      // "i carve lines in my leg with the compass", "pressing the knife against my skin at night", "feeling unsafe with myself"
      String.raw`\b(?:carve|carving|carved|etch|etching|etched|scratch|scratching)\s(?:(?:lines|words|marks|letters|shapes|names?)\s)?(?:in|into)\smy\s(?:leg|arm|thigh|skin|wrist|stomach|hip|ankle)s?\b`,
      String.raw`\b(?:press|pressing|pressed|holding|held|hold|run|running)\s(?:the|a|my)\s(?:knife|blade|razor|scissors)\s(?:against|to|into|along|across)\s(?:my\s)?(?:skin|wrists?|arms?|legs?|thighs?|throat)\b`,
      String.raw`\b(?:feel|feeling|felt|dont\sfeel|do\snot\sfeel|im\snot|i\sam\snot)\s(?:really\s|very\s|so\s)?(?:unsafe|not\ssafe|safe)\s(?:with|around)\smyself\b`,
      String.raw`\bi\sknow\s(?:its|it\sis)\s(?:self\s?harm|selfharm)\b|\bto\spunish\smyself\b(?<=\b(?:starve|starving|dont\seat|not\seating|hurt|hurting|cut|cutting|burn|burning|hit|hitting|scratch\w*)\s(?:[a-z]+\s){0,4}to\spunish\smyself)`,
      // "I count my pills at night. not to check the refill date"
      String.raw`\bcount(?:s|ing)?\smy\s(?:pills|meds)(?:\s[a-z]+){0,3}?\s?[.,;]\s?not\s(?:to|for)\b`,
    ],
  },
  {
    id: 'en.passive.sideways',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      String.raw`\bhoping\s(?:that\s)?(?:one\sof\s)?(?:the|these|my)\s[a-z]+\s(?:finally\s)?(?:finishes|kills|takes|ends)\sme\b`,
      String.raw`\bdeath\s(?:sounds|seems|feels|looks)\s(?:like\s)?(?:a\s)?(?:vacation|relief|nice|peaceful|restful|appealing|tempting|like\srest|better\sthan\sthis)\b`,
      String.raw`\b(?:would|d|will)\s(?:have|get|save)\s(?:so\s)?(?:more\s(?:money|room|time|space|peace)|it\s(?:easier|better))\swithout\sme(?:\saround|\shere)?\b|\b(?:im|i\sam)\s(?:just\s)?(?:a\s)?drain\son\s(?:my|the|everyone)\b`,
      String.raw`\b(?:wouldnt|would\snot)\sbe\s(?:the\sworst\sthing|so\sbad|that\sbad|a\sbad\sthing)\sif\s(?:my\sheart\s(?:just\s)?(?:stopped|gave\sout)|i\s(?:just\s)?(?:died|didnt\swake\sup|never\swoke\sup|got\shit|was\sgone))\b`,
      String.raw`\bif\si\s(?:just\s)?(?:died|got\s(?:hit|killed|run\sover)|dropped\sdead|didnt\swake\sup)(?:\s(?:by|from|in)\s(?:a|an|the|my)\s[a-z]+)?(?:\s(?:tomorrow|tonight|today))?\s?,?\si\s(?:wouldnt|would\snot|honestly\swouldnt)\s(?:mind|care)\b`,
      String.raw`\b(?:no|dont\ssee\sa|cant\ssee\sa|do\snot\ssee\sa)\sfuture\s(?:for\s(?:me|myself)\s)?and\si\s(?:dont|do\snot)\s(?:really\s|even\s)?want\sone\b`,
      String.raw`\bbetter\soff\swith\s(?:(?:only|just)\s)?(?:their|his|her)\s(?:[a-z]+\s){0,3}?(?:mom|dad|mother|father|stepdad|stepmom|husband|wife|boyfriend|girlfriend)\b(?!\s(?:for\s|this\s|during|while|on\s|at\s|until|till))`,
      String.raw`\b(?:stopped|dont|do\snot|no\slonger)\s(?:really\s)?(?:caring|care)\s(?:if|whether)\si\s(?:live|living)\sor\s(?:die|dying)\b`,
      String.raw`\b(?:wish|want)\s(?:i\scould\s)?(?:just\s)?(?:[a-z]+\s){0,3}?and\snot\sbe\s(?:here|around|alive)\b`,
      String.raw`\bready\sfor\s(?:the\s(?:good\s)?lord|god|jesus|death|him)\sto\s(?:take\sme|call\sme\shome|bring\sme\shome)\b|\b(?:only|still)\s(?:(?:stay|staying|am|im)\s)?(?:alive|here|around)\s(?:because|cause|bc)\s(?:dying|killing\smyself|me\sdying)\swould\s(?:hurt|kill|destroy|break)\b|\bpictur\w*\smy\sown\sfuneral\b`,
      // "On the 'wished you were dead' question: yes, often"
      String.raw`\b(?:wished|wish|wishing)\syou\s(?:were|was)\sdead\s?(?:question\s?)?:?\s?(?:yes|yeah|often|sometimes|daily|several\sdays|more\sthan\shalf)\b`,
    ],
  },
  {
    id: 'en.history.sideways',
    lang: 'en', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      // "I took pills when I was 16", "First attempt at 16, second at 19", "in the past I cut", "used to pray not to wake up"
      String.raw`\b(?:took|swallowed|overdosed\son)\s(?:a\sbunch\sof\s|some\s|all\s(?:my|the)\s|my\s[a-z]+s\s)?(?:pills|meds|tablets)\swhen\si\swas\s(?:\d+|a\skid|a\steen|younger|in\s[a-z]+\sschool)\b`,
      String.raw`\b(?:first|second|third|last)\sattempt\s(?:at|was\sat|when\si\swas|in)\s(?:\d+|age)\b`,
      String.raw`\bin\sthe\spast\si\s(?:used\sto\s)?(?:cut|self\sharmed|burned\smyself|hurt\smyself|overdosed)\b`,
      String.raw`\bused\sto\s(?:pray|wish|hope)\s(?:(?:i\swould|id|that\si\swould|to)\s)?(?:not\s(?:to\s)?wake\sup|die|be\sdead|never\swake\sup)\b`,
      String.raw`\bthought\sabout\susing\sit\b(?<=\b(?:${GUN}|weapon)\b[^.!?\n]{0,60})`,
    ],
  },
];
