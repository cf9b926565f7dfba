import type { RuleSpec } from '../rule';
import { BLADE, GUN, PILLS } from './lexicon';
import { INNOCENT, INNOCENT_UNLESS_PRETEXT } from './logistics';

/**
 * Fourth English pass, written as families: absence bounded by a near date ("won't be around after
 * Friday"), who finds the body ("so she won't be the one who finds me", "so the cops don't have to
 * break the door"), the rest of a bottle swallowed, insurance and staged accidents, waiting on the
 * tracks, a loaded "it" in hand, screening questions quoted and answered, means dwelt on (the bridge
 * "calling", not trusting oneself around the meds), self-harm told sideways (picking scars open, "the
 * thing with the razor", the rubber band no longer enough, a spouse hiding the knives), and passive
 * wishes said as disappointment at waking, trading places with the dead, being taken home, being the
 * problem, or not fighting it.
 */

const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
/** A near date that bounds an absence. */
const NEAR_DATE = String.raw`(?:tonight|tomorrow|today|${DAY}|(?:this|the)\sweekend|next\sweek|the\s\d{1,2}(?:st|nd|rd|th)|this\s(?:week|month))`;
/** Reasons for being away that are not an ending: the innocent purposes plus work, family and events. */
export const AWAY_REASON = String.raw`${INNOCENT_UNLESS_PRETEXT}|(?<!\b(?:told|tell|telling|said|say|saying|lied|lie|claimed|claim|pretend\w*)\b[^.!?\n]{0,40})\b(?:work(?:ing)?|shift|double|on\scall|out\sof\s(?:town|state|the\scountry)|visiting|away|camp|tournament|game|practice|wedding|funeral|appointment|court|class|school|exam|surgery|procedure|hospital|rehab|detox|treatment\scenter|my\s(?:moms|dads|sisters|brothers|parents|grandmas|in\slaws)|no\s(?:signal|service|wifi|reception)|offline|phone\s(?:is|will\sbe)\s(?:off|dead)|festival|retreat|sending\sme|business|married|marry|new\s(?:phone|one|number|laptop|car)|replac\w*|upgrad\w*|company|promotion|transfer\w*|gig|tour|visit\w*|mission|church|reunion|graduat\w*|birthday|baby|labor|delivery|dentist|doctor|vet|sick|flu|covid|crutch\w*|cast|brace|stitches|heal\w*|recover\w*|feeling\sbetter)\b`;
const KIN = String.raw`(?:kids?|wife|husband|son|daughter|mom|dad|mother|father|children|family|roommate|partner|girlfriend|boyfriend|sister|brother|parents|grandkids|landlord)`;
/** Past-tense or present ways a screening question is answered yes. */
const YES_FREQ = String.raw`(?:yes|yeah|yep|yup|daily|every\s(?:single\s)?(?:day|night)|most\s(?:days|nights)|more\sthan\s(?:daily|half\sthe\s(?:days|time))|nearly\severy\s(?:day|night)|almost\severy\s(?:day|night)|all\sthe\stime|constantly|a\slot|often|sometimes)`;

export const EN_ROUND4: readonly RuleSpec[] = [
  {
    id: 'en.prep.absent-after-date',
    lang: 'en', tier: 'imminent', kind: 'imminent', negatable: false,
    near: { excludes: AWAY_REASON, before: 100, after: 100 },
    patterns: [
      // "I won't be around after friday", "I'm not going to be here Saturday"
      String.raw`\b(?:i\s)?(?:wont|will\snot|(?:im|i\sam)\snot\sgoing\sto|not\sgonna|not\sgoing\sto|dont\sthink\si(?:ll|\swill))\sbe\s(?:around|here|alive|reachable)\s(?:(?:after|past|by|on|come|beyond|anymore\safter)\s)?${NEAR_DATE}\b(?=\s*(?:[.!?;]|$)|\s?,?\s(?:and|so|sorry|please|thank|thanks|goodbye|bye|tell|take\scare|anyway|either)\b)`,
      // "after tonight none of this will matter", "none of it matters after friday"
      String.raw`\bafter\s${NEAR_DATE}\s?,?\s(?:none\sof\s(?:this|it)|nothing|it)\s(?:will|is\sgoing\sto|wont|is\sgonna)\s(?:matter|make\sa\sdifference|be\smy\sproblem)\b|\b(?:none\sof\s(?:this|it)|nothing)\s(?:will\s|is\sgoing\sto\s|is\sgonna\s)?matters?\safter\s${NEAR_DATE}\b`,
    ],
  },
  {
    id: 'en.prep.no-need-after-date',
    lang: 'en', tier: 'imminent', kind: 'imminent', negatable: false,
    // an appointment not needed after a near date, unless something replaces it or the need ends well
    near: { excludes: String.raw`${INNOCENT_UNLESS_PRETEXT}|(?<!\b(?:told|tell|telling|said|say|saying|lied|lie|claimed|claim|pretend\w*)\b[^.!?\n]{0,40})\b(?:new\s(?:phone|one|number|laptop|car|job)|replac\w*|upgrad\w*|crutch\w*|cast|brace|stitches|heal\w*|recover\w*|better|switch\w*|another|insurance|cover\w*|afford)\b`, before: 100, after: 100 },
    patterns: [
      // "I won't need it after this weekend", "won't need the appointment after tomorrow"
      String.raw`\b(?:i\s)?(?:wont|will\snot|(?:im|i\sam)\snot\sgoing\sto|not\sgonna|not\sgoing\sto|dont\sthink\si(?:ll|\swill))\s(?:need\s(?:it|this|that|them|any\sof\s(?:it|this|them)|(?:the|my|this|that)\s(?:appointment|appt|intake|refill|slot|spot|bed|callback|follow\s?up|session|screening|program))|be\sneeding\s(?:it|this|them))\s(?:(?:after|past|by|on|come|beyond|anymore\safter)\s)?${NEAR_DATE}\b(?=\s*(?:[.!?;]|$)|\s?,?\s(?:and|so|sorry|please|thank|thanks|goodbye|bye|tell|take\scare|anyway|either|everythings?|its\sall|all\s(?:set|arranged|sorted))\b)`,
    ],
  },
  {
    id: 'en.imminent.who-finds-me',
    lang: 'en', tier: 'imminent', kind: 'imminent', negatable: false,
    // hiding for a game, a smoke, a cry or a surprise is not a body found
    near: { excludes: String.raw`\b(?:hide\sand\s(?:go\s)?seek|hiding\sspot|smok\w*|vap\w*|surprise|presents|gifts|game|sneak\w*|nap\w*|cry|crying|eat\w*|snack\w*|candy|chocolate)\b`, before: 100, after: 60 },
    patterns: [
      // "so she won't be the one who finds me", "so my kids don't find me", "I don't want my son finding me"
      String.raw`\b(?:she|he|they|my\s(?:[a-z]+\s)?${KIN}|nobody|no\sone|none\sof\s(?:them|my\s[a-z]+))\s(?:wont|doesnt|dont|will\snot|isnt|is\snot|arent|wouldnt|never\shas\sto|dont\shave\sto|doesnt\shave\sto|has\sto|wont\shave\sto)\s(?:be\s)?(?:the\sones?\s(?:who|that|to)\s)?(?:finds?|finding|walks?\sin\son)\sme\b(?=\s*(?:[.!?,;:]|$)|\s(?:like\sthat|dead|hanging|first|when|after|there|here|in\s(?:the|my|our)|on\s(?:the|my)|at\s(?:home|the)|and|so|before|tomorrow|tonight|today|this\s[a-z]+|til|till|until))`,
      String.raw`\b(?:dont|do\snot|never)\swant\s(?:(?:it\sto\sbe|them\sto\sbe)\s)?(?:my\s(?:[a-z]+\s)?${KIN}|her|him|them)\s(?:to\s)?(?:find(?:ing)?\sme|be\sthe\sones?\s(?:who|that|to)\s(?:finds?|find)\sme|walk(?:ing)?\sin\son\sme)\b(?=\s*(?:[.!?,;:]|$)|\s(?:like\sthat|dead|hanging|first|when|after|there|here|in\s(?:the|my|our)|on\s(?:the|my)|at\s(?:home|the)|and|so|before|tomorrow|tonight|today|this\s[a-z]+|til|till|until))`,
      // "let my landlord know to check my unit monday. I don't want it to be my kids"
      String.raw`\b(?:dont|do\snot)\swant\sit\sto\sbe\s(?:my\s)?(?:[a-z]+\s)?${KIN}(?=\s*(?:[.!?,;:]|$)|\swho)`,
      // "left the door unlocked so the cops don't have to break it", "so the police won't have to kick it in"
      String.raw`\bleft\sthe\s(?:front\s|back\s|apartment\s)?door\sunlocked\s(?:so|for)\b|\bso\s(?:the\s)?(?:cops|police|paramedics|firefighters|fire\sdepartment|landlord|they|nobody|no\sone|emts?)\s(?:dont|doesnt|wont|will\snot|dont\shave|wont\shave|dont\sneed|wont\sneed)\s(?:have\s|need\s)?(?:to\s)?(?:break|kick|bust|knock)\s(?:it|the\sdoor|down\sthe\sdoor|in)\b`,
    ],
  },
  {
    id: 'en.imminent.swallowed-rest',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    near: { excludes: String.raw`\b(?:antibiotic\w*|course|as\sprescribed|as\sdirected|doctor\ssaid|vitamins?|supplements?|almonds|candy|chips|cookies)\b`, before: 60, after: 60 },
    patterns: [
      // "swallowed what was left of the bottle", "took the rest of my pills"
      String.raw`\b(?:swallowed|took|downed|chugged|ate|popped)\s(?:what\s(?:was|is)\sleft\s(?:of|in)|whats\sleft\s(?:of|in)|all\sthat\swas\sleft\s(?:of|in)|everything\sleft\sin)\s(?:the|my|his|her)\s(?:[a-z]+s\s)?(?:bottle|bottles|pills|meds|pack|box|stash|${PILLS})\b|\b(?:swallowed|took|downed|chugged|popped)\s(?:the\srest\sof|the\sremainder\sof)\s(?:the|my|his|her)\s(?:bottle|bottles|stash|box|pack)\b`,
      // "already swallowed a bunch with whiskey", "just took a handful"
      String.raw`\b(?:already|just)\s(?:swallowed|downed|took|popped|chugged)\s(?:a\s(?:whole\s)?(?:bunch|handful|fistful|lot|ton|mouthful|pile)|the\swhole\s(?:thing|bottle|pack|box)|way\stoo\smany)\b(?!\sof\s(?!(?:them|those|these|em|it|my\s[a-z]+|the\s(?:bottle|pills|meds)|${PILLS})\b))`,
    ],
  },
  {
    id: 'en.imminent.insurance-staged',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    // the writer's own policy, family or reason: "asking because my policy is over 2 years old", "not for a friend"
    near: { requires: String.raw`\b(?:my|me|i|im|ive|id|myself|asking\s(?:because|bc|for\sme)|not\sfor\sa\s(?:friend|buddy))\b`, before: 120, after: 120 },
    patterns: [
      // "does life insurance pay out if it's ruled self-inflicted", "will my policy cover suicide"
      // (not someone else's: "my brother's insurance didn't pay because it was self-inflicted")
      String.raw`(?<!\b(?:brothers|sisters|dads|moms|fathers|mothers|husbands|wifes|sons|daughters|friends|buddys|uncles|aunts|cousins|grandpas|grandmas|parents|his|her|their)\s)\b(?:insurance|policy|life\sinsurance)\s(?:[a-z]+\s){0,4}?(?:pay|pays|paying|cover|covers|payout|honor)\s(?:[a-z]+\s){0,4}?(?:suicide|self\s?inflicted|if\si\s(?:kill|killed)\smyself|(?:if\s)?(?:its|it\sis|it\swas|its\sruled)\s(?:ruled\s)?(?:a\s)?(?:suicide|self\s?inflicted))\b|\b(?:suicide|self\s?inflicted)\s(?:clause|exclusion)\b`,
      // "whats the rule on my kids getting my survivor benefits if its me that does it"
      String.raw`\b(?:survivor|death)\sbenefits?\b[^.!?\n]{0,60}?\bif\s(?:its|it\sis|it\swas)\sme\s(?:that|who)\s(?:does|did)\sit\b`,
    ],
  },
  {
    id: 'en.imminent.staged-accident',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // "it'll look like an accident. nobody has to know and the kids get the money"
      String.raw`\b(?:itll|it\swill|itd|it\swould|make\sit|making\sit|has\sto)\s(?:(?:just|all)\s)?(?:look|looks|seem|seems|be\sruled|pass\sas|passes\sas)\s(?:like\s)?an\saccident\b(?=[^\n]{0,120}\b(?:kids|family|wife|husband|insurance|money|payout|nobody\s(?:has|will|would)\sto\sknow|no\sone\s(?:has|will|would)\sto\sknow|rollover|crash|wreck|tree|canyon|road|overdose|pills)\b)`,
      // "if it's ruled an accident the kids get the payout": the ruling only with a payout to the family or a secret kept
      String.raw`\b(?:if\sits|if\sit\sis|if\sit\sgets|so\sit|so\sits|as\slong\sas\sits|as\slong\sas\sit\sis)\s(?:(?:just|all)\s)?(?:ruled|called|looks\slike|seen\sas|passes\sas)\s(?:like\s)?an\saccident\b(?=[^\n]{0,120}\b(?:(?:kids|family|wife|husband|son|daughter)\s(?:get|gets|would\sget|will\sget|can\sget)|payout|life\sinsurance|nobody\s(?:has|will|would)\sto\sknow|no\sone\s(?:has|will|would)\sto\sknow)\b)`,
    ],
  },
  {
    id: 'en.imminent.pretext-told',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // the pretext, then the truth: "told her I was traveling for work. I'm not"
      String.raw`\btold\s(?:her|him|them|my\s[a-z]+|the\s[a-z]+|everyone|people|work|my\sboss)\s(?:that\s)?(?:i\swas|im|i\sam|i\swould\sbe|id\sbe|i\shad\sto|i\sneeded\sto)\s(?:[a-z]+\s){0,2}?(?:traveling|travelling|travel|going\saway|go\saway|going\son\sa\strip|out\sof\stown|visiting|on\svacation|moving|leaving|taking\sa\slong\sweekend)\b[^.!?\n]{0,30}[.!?,]\s?(?:but\s)?(?:im|i\sam)\snot(?=\s*(?:[.!?]|$))`,
    ],
  },
  {
    id: 'en.imminent.wont-stop-bleeding',
    lang: 'en', tier: 'imminent', kind: 'selfharm', escalates: false, needsContext: true, subject: 'open',
    near: { requires: String.raw`\b(?:cut|cutting|slit|sliced|wrists?|razor|blade|knife)\b`, before: 80, after: 0 },
    patterns: [
      // "I cut my wrist and it won't stop", "the blood isn't slowing down"
      String.raw`\b(?:it|the\sblood|the\sbleeding|blood)\s(?:wont|will\snot|isnt\sgoing\sto|doesnt|is\snot|isnt|cant|aint)\s(?:stop|stopping|slow\sdown|slowing\sdown|clot|clotting)\b`,
    ],
  },
  {
    id: 'en.imminent.on-the-tracks',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    near: { excludes: String.raw`\b(?:stall\w*|traffic|photo\w*|pictures|pics|photoshoot|engagement|broke\sdown|accident|flat\stire|construction|red\slight|the\slight|for\sa\s(?:second|sec|minute|moment)|scary|luckily|playing|almost\sgot\shit|gps|by\smistake)\b`, before: 80, after: 80 },
    patterns: [
      // "I parked on the train crossing. I'm waiting", "sitting in my car across the tracks"
      String.raw`\b(?:parked|stopped|sitting|sat|waiting|lying|laying|standing)\s(?:(?:my\s(?:car|truck)|in\smy\s(?:car|truck))\s)?(?:on|across|in\sthe\smiddle\sof)\s(?:the\s)?(?:(?:train|railroad|rail|railway)\s(?:crossing|tracks)|tracks)\b`,
    ],
  },
  {
    id: 'en.imminent.timing-it',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    near: {
      requires: String.raw`\b(?:tracks|train|freight|railroad|crossing|overpass|bridge|semis?|trucks\spass)\b`,
      excludes: String.raw`\b(?:commute|to\swork|school|bus|pick\s?up|drop\s?off|late|jog\w*|run\w*|workout|race|stopwatch|photo\w*|pictures|video|model\strains?|train\sset)\b`,
      before: 140, after: 60,
    },
    patterns: [
      // "the 11:40 freight. I've been timing it all week", "been clocking when the trains come through"
      String.raw`\b(?:been\s|ive\sbeen\s|im\s)?(?:timing|clocking|tracking)\s(?:it|them|the\s(?:train|trains|freight|schedule|\d+))\b|\b(?:know|learned|memorized)\s(?:exactly\s)?when\sthe\s(?:train|trains|freight)\s(?:comes|come|passes|pass|goes)\b`,
    ],
  },
  {
    id: 'en.imminent.gun-it-here',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    // "it" is a gun named or loaded before: "loaded it and put it on the nightstand. just sitting here with it",
    // "my cousin keeps his rifle in the closet ... it's on the bed next to me right now"
    near: {
      requires: String.raw`\b(?:loaded|cocked|chambered|safety|trigger|barrel|magazine|round\sin|${GUN})\b`,
      excludes: String.raw`\b(?:clean\w*|oil\w*|range|gun\sshow|selling|sell|sold|lockbox|locked|gun\ssafe|the\ssafe|holster\w*|toy|nerf|airsoft|paintball)\b`,
      before: 240, after: 40,
    },
    patterns: [
      String.raw`\b(?:sitting|sat|laying|lying|staring\sat|holding)\s(?:here\s|alone\s|in\sthe\sdark\s)?with\sit\b|\b(?:just\s)?(?:staring|looking)\sat\sit\s(?:now|right\snow|for\s(?:an\shour|hours|a\swhile))\b`,
      String.raw`\b(?:its|it\sis|its\sjust)\s(?:(?:on|in)\s(?:the|my)\s(?:bed|table|nightstand|night\sstand|desk|counter|seat|lap|dashboard|passenger\sseat)|in\smy\s(?:lap|hand|hands)|next\sto\sme|beside\sme)\b(?:\s(?:next\sto|beside)\sme)?\s(?:right\snow|now|while\si\s(?:type|write|text))\b`,
    ],
  },
  {
    id: 'en.screen.quoted-answered',
    lang: 'en', tier: 'active', kind: 'suicide', escalates: false, negatable: false, tenseInCore: true,
    near: { excludes: String.raw`(?:\?|\b(?:yourself|life|dead|dying|wake\sup|suicid(?:e|al)))\s?[?.:]{0,3}\s?(?:no|nope|never|not\sreally|nah|none|not\sat\sall|zero)\b(?![^\n]{0,20}\b(?:jk|just\skidding|kidding|actually|honestly|lie|lying|lied)\b)`, before: 0, after: 80 },
    patterns: [
      // "any thoughts of harming yourself?" define thoughts lol. daily
      // the question in the second person, its mark optional; "suicidal" only with the mark ("not suicidal. just angry all the time" is no answer)
      String.raw`\b(?:harm(?:ing)?\syourself|hurt(?:ing)?\syourself|kill(?:ing)?\syourself|end(?:ing)?\syour\s(?:own\s)?life|taking\syour\s(?:own\s)?life)(?:\s[a-z]+){0,4}\s?[?.]{0,3}\s?[^?\n]{0,40}?\b(?<core>${YES_FREQ})\b|\bsuicid(?:e|al)(?:\s[a-z]+){0,4}\s?\?\s?[^?\n]{0,40}?\b(?<core>${YES_FREQ})\b`,
      // "thoughts of killing yourself?" I'd rather not answer that. Which I guess is an answer
      String.raw`\b(?:harm(?:ing)?\syourself|hurt(?:ing)?\syourself|kill(?:ing)?\syourself|end(?:ing)?\syour\s(?:own\s)?life|suicid(?:e|al))(?:\s[a-z]+){0,4}\s?[?.]{0,3}\s?[^?\n]{0,20}?\b(?:(?:id|i\sd|i\swould)\srather\snot\s(?:answer|say)|(?:not\sgoing\sto|wont|dont\swant\sto)\sanswer\sthat|plead\sthe\sfifth|(?:which|that)\s(?:i\sguess\s|probably\s)?(?:is|says)\s(?:an\sanswer|enough|something))\b`,
      // "yes to item 9", "I put a 3 on number nine"
      String.raw`\b(?:yes|a\s?[123]|[123])\s(?:to|on|for)\s(?:item|question|number|q|#)\s?(?:9|nine)\b`,
    ],
  },
  {
    id: 'en.screen.quoted-wish-dead',
    lang: 'en', tier: 'passive', kind: 'passive', negatable: false, tenseInCore: true,
    near: { excludes: String.raw`(?:\?|\b(?:yourself|life|dead|dying|wake\sup|suicid(?:e|al)))\s?[?.:]{0,3}\s?(?:no|nope|never|not\sreally|nah|none|not\sat\sall|zero)\b(?![^\n]{0,20}\b(?:jk|just\skidding|kidding|actually|honestly|lie|lying|lied)\b)`, before: 0, after: 80 },
    patterns: [
      // "have you wished you were dead or could go to sleep and not wake up" ...yeah. most nights
      String.raw`\b(?:wished\syou\s(?:were|was)\sdead|you\s(?:would\sbe|d\sbe|are)\sbetter\soff\sdead|you\scould\s(?:go\sto\s)?sleep\sand\snot\swake\sup)(?:\s[a-z]+){0,4}\s?[?.]{0,3}\s?[^?\n]{0,30}?\b(?<core>${YES_FREQ})\b|\b(?:better\soff\sdead|(?:go\sto\s)?sleep\sand\snot\swake\sup|thoughts\sof\s(?:death|dying))(?:\s[a-z]+){0,4}\s?\?\s?[^?\n]{0,30}?\b(?<core>${YES_FREQ})\b`,
      // "the question about wishing to be dead was a 4 out of 4 for me", "I answered yes to the one about being better off dead"
      String.raw`\b(?:question|one|item|part)\s(?:about|on)\s(?:wishing\s(?:to\s be|you\swere|i\swas)\sdead|being\sbetter\soff\sdead|wanting\sto\sdie|wishing\sto\sbe\sdead|thoughts\sof\s(?:death|dying|suicide)|hurting\syourself|suicide)\s(?:(?:was|is)\s(?:a\s)?(?:yes|[1-4](?:\sout\sof\s[34])?)|i\s(?:answered|put|marked|said|clicked|circled)\s(?:a\s)?(?:yes|[1-4]))\b`,
      // "I put a 3 on the question about wanting to die"
      String.raw`\b(?:put|answered|marked|circled|clicked|gave\sit|said)\s(?:a\s)?(?:yes|[1-4])\s(?:on|to|for)\sthe\s(?:question|one|item|part)\s(?:about|on)\s(?:wishing\s(?:to\sbe|you\swere|i\swas)\sdead|being\sbetter\soff\sdead|wanting\sto\sdie|thoughts\sof\s(?:death|dying|suicide)|hurting\syourself|suicide)\b`,
    ],
  },
  {
    id: 'en.screen.yes-those-thoughts',
    lang: 'en', tier: 'active', kind: 'suicide', escalates: false,
    patterns: [
      // "Yes. I am having those thoughts right now", "yeah, I have those thoughts a lot"
      String.raw`(?:^|[.!?]\s?)(?:yes|yeah|yep|honestly\syes)[.,!]?\s(?:i\sam|im|i\shave|ive\sbeen|i\sdo|i\sget)\s(?:(?:having|getting|had)\s)?(?:those|these|them|such)\sthoughts\b(?!\s(?:about|of|regarding|over)\s(?!(?:it|dying|death|suicide|killing|ending|hurting|harming|not)\b))`,
    ],
  },
  {
    id: 'en.history.quoted-attempt-answer',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      // "Q: ever tried to end your life? A: once. after my first deployment"
      String.raw`\b(?:tried|attempted)\s(?:to\s(?:end|take)\syour\s(?:own\s)?life|to\skill\syourself|suicide)\s?\?["\s]{0,3}(?:a\s?:\s?)?(?:yes|yeah|once|twice|one\stime|two\stimes|\d\stimes|a\sfew\stimes)\b`,
    ],
  },
  {
    id: 'en.active.means-calling',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open', escalates: false,
    near: { excludes: String.raw`\b(?:renovat\w*|inspect\w*|contractor|repair\w*|construction|traffic\sjam|commute\stime|for\ssale|hunting|range|deer|to\s(?:remember|check|make\ssure)|remind\w*|refills?|doses?|dosage|schedule|organi[sz]er)\b`, before: 60, after: 80 },
    patterns: [
      // "keep looking at the bridge on the way to work like it's calling me", "the overpass pulls at me"
      String.raw`\b(?:bridge|overpass|tracks|train|cliff|ledge|roof|ladder|beam|rafters?|balcony|railing|highway|${GUN}|pills|meds|rope|razor|blade|knife)\s(?:[a-z]+\s){0,6}?(?:like\s(?:its|it\sis|they\sare|theyre)\s)?(?:calling|calls|pulling|pulls|whispering)\s(?:to\s)?(?:me|my\sname)\b(?!\s(?:to\s(?!(?:me|jump|end|do\sit)\b)|back|over|for|about|in|into|out))`,
      // "the only thing I think about when I drive home is the overpass"
      String.raw`\b(?:only|all)\s(?:thing\s)?i\s(?:can\s)?think\sabout\s(?:[a-z]+\s){0,8}?(?:is|are)\s(?:the|that|my)\s(?:[a-z]+\s)?(?:bridge|overpass|tracks|cliff|ledge|${GUN}|pills|rope|exhaust|garage)\b(?!\s(?:game|club|tournament|party|night|match|project|repair|construction|toll|traffic|show|sale|season|range))`,
      // "every time I clean my rifle now I think about it", "whenever I pass the bridge I think about it"
      String.raw`\b(?:every\stime|whenever|each\stime)\si\s(?:clean|hold|see|touch|look\sat|pass|walk\spast|drive\spast|drive\sover|cross|open)\s(?:the|my)\s(?:[a-z]+\s)?(?:${GUN}|pills|meds|bridge|overpass|tracks|rope|medicine\scabinet|gun\ssafe)\s(?:[a-z]+\s){0,2}?i\s(?:think\sabout\s(?:it|using\sit|doing\sit|jumping|it\sagain)|want\sto\s(?:use\sit|jump|do\sit))\b`,
      // "the gun is in the closet and I think about it when I walk past"
      String.raw`\b(?:the|my)\s(?:[a-z]+\s)?(?:${GUN}|pills|meds|rope|razors?|knife|knives)\s(?:is|are|s|sits|sit)\s(?:in|on|under|by)\s(?:the|my)\s(?:[a-z]+\s)?[a-z]+\s(?:and\s)?i\s(?:(?:keep|still|always)\s)?(?:think(?:ing)?\sabout\s(?:it|them|using\s(?:it|them))|star(?:e|ing)\sat\s(?:it|them)|look(?:ing)?\sat\s(?:it|them))\b`,
      // "the pills on the counter look different to me lately"
      String.raw`\b(?:the|my)\s(?:${GUN}|pills|meds|bridge|overpass|rope|razors?|knife|knives)\s(?:[a-z]+\s){0,4}?(?:look|looks|seem|seems)\s(?:different\s(?:to\sme|now|lately|these\sdays)|like\san\s(?:option|answer|exit|way\sout))\b`,
      // "I don't trust myself around my meds right now", "can't trust myself with the gun"
      String.raw`\b(?:dont|do\snot|cant|cannot|can\snot|no\slonger)\strust\smyself\s(?:around|with|near|alone\swith)\s(?:my|the|those|these|a|any)\s(?:[a-z]+\s)?(?:${GUN}|guns|pills|meds|medications?|${BLADE}|rope|car|bottle|insulin|prescriptions?)\b`,
      // "I've been thinking about them in a way I shouldn't" after meds or a gun
      String.raw`\bthinking\sabout\s(?:them|it)\sin\sa\sway\si\s(?:shouldnt|should\snot)\b`,
    ],
  },
  {
    id: 'en.active.walk-into-water',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true,
    near: { excludes: String.raw`\b(?:to\s(?:cool|swim|fish|surf|wash)|swimsuit|surf\w*|polar\splunge|vacation|trip|holiday|honeymoon|snorkel\w*|scuba|div(?:e|ing)|beach\sday)\b`, before: 40, after: 60 },
    patterns: [
      // "I keep fantasizing about just walking into the ocean at night", "daydream about swimming out until I can't"
      String.raw`\b(?:fantasiz\w*|fantasis\w*|daydream\w*|dream\w*|think\w*|thought|obsess\w*|imagin\w*|picture|picturing)\s(?:about\s|of\s)?(?:just\s)?(?:walking|swimming|wading|driving|stepping)\s(?:out\s)?(?:into|off|in\sfront\sof)\s(?:the\s)?(?:ocean|sea|lake|river|water|waves|surf|traffic|a\struck|a\ssemi|a\sbus|a\scliff)\b`,
    ],
  },
  {
    id: 'en.selfharm.sideways',
    lang: 'en', tier: 'active', kind: 'selfharm', subject: 'open',
    near: { excludes: String.raw`\b(?:cat|dog|kitten|puppy|thorns?|rose\sbush|bushes|gardening|garden|eczema|rash|hives|psoriasis|poison\sivy|mosquito\w*|bug\sbites|sunburn|shaving|cooking|kitchen\sat\swork|candles?|grill|bbq|campfire|fire\spit|stove|fireworks|cig\w*|smok\w*|vap(?:e|ing)|joint|bong|blunt|tattoo\w*|hiking|trail|brambles|briars|blackberr\w*|wax\w*|volleyball|rugby|gym|poison\soak)\b`, before: 60, after: 80 },
    patterns: [
      // "i've been picking at the scars again til they open", "scratching my old cuts until they bleed"
      String.raw`\b(?:picking|picked|pick|scratching|scratched|scratch|digging|dug|reopening|reopened|opening|opened)\s(?:at\s|open\s|into\s)?(?:the|my|old)\s(?:old\s)?(?:scars|scabs|cuts|wounds|stitches|arms|wrists)\s(?:(?:again|back\sopen|open)\s)?(?:(?:til|till|until|so|and)\s(?:they|it)\s(?:open|opens|opened|bleed|bleeds|bled|split)|open\sagain|back\sopen|until\si\sbleed)\b`,
      // "been doing the thing with the razor again", "did the lighter thing again"
      String.raw`\b(?:doing|did|do|done)\sthe\s(?:thing|stuff)\swith\s(?:the|my|a)\s(?:razor|blade|lighter|knife|compass|scissors|glass|pencil\ssharpener)\b|\b(?:doing|did|do)\sthe\s(?:razor|blade|lighter|cutting|burning)\sthing\b`,
      // "the rubber band on my wrist isn't enough anymore", "ice doesn't work anymore"
      String.raw`\b(?:rubber\sband|hair\stie|snapping\sthe\sband)\s(?:(?:on|around)\smy\swrist\s)?(?:(?:thing|trick)\s)?(?:isnt|is\snot|doesnt|does\snot|aint|isnt\sreally|not)\s(?:enough|working|cutting\sit|doing\sit|helping)(?:\sanymore|\sany\smore)?\b`,
      // "my arms are a mess this week", "my thighs are all cut up again"
      String.raw`\bmy\s(?:arms?|forearms?|wrists?|thighs?|legs?|stomach|hips?)\s(?:are|is|look|looks)\s(?:(?:such|all|so|kind\sof|kinda|pretty)\s)?(?:a\smess|cut\sup|torn\sup|shredded|ripped\sup|carved\sup|scratched\sup|covered\sin\scuts)\b`,
    ],
  },
  {
    id: 'en.selfharm.means-taken-away',
    lang: 'en', tier: 'active', kind: 'selfharm',
    patterns: [
      // "my wife hid my pocketknife because she caught me with it in the bathroom", "she caught me with the razor"
      String.raw`\b(?:hid|hides|hiding|locked\sup|took\saway|takes\saway|confiscated|removed|got\srid\sof)\s(?:all\s)?(?:my|the)\s(?:pocket\s?knife|knives|razors?|blades|box\scutter|scissors|pills|meds|medications?|belts)\s(?:because|after|since|cause|bc|cuz)\s(?:she|he|they|my\s[a-z]+)\s(?:caught|found|saw|walked\sin\son)\sme\b|\bcaught\sme\swith\s(?:a|my|the|her|his|it)\s?(?:pocket\s?knife|knife|razor|blade|box\scutter|pills|gun|rope|belt|cord)?\s(?:in\sthe\s(?:bathroom|bedroom|garage|closet|shower|tub)|to\smy|against\smy)\b`,
    ],
  },
  {
    id: 'en.passive.r4-wishes',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "Pray every night for the Lord to take me home", "asking God to just take me"
      String.raw`\b(?:pray(?:s|ed|ing)?|ask(?:s|ed|ing)?|beg(?:s|ged|ging)?|hope|hoping)\s(?:(?:every|each)\s(?:night|day|morning)\s|at\snight\s|some\snights\s|always\s)?(?:for\s)?(?:god|the\slord|jesus|the\sgood\slord|him|the\sman\supstairs)\s(?:(?:every|each)\s(?:night|day|morning)\s)?(?:to\s)?(?:(?:just|please|finally)\s)?(?:take|call|bring)\sme\s(?:home|away|already|in\smy\ssleep|now|soon)\b`,
      // "I'd go tomorrow if He called me", "i'd go tonight if god let me"
      String.raw`\b(?:id|i\swould)\s(?:go|leave|be\sgone)\s(?:tomorrow|today|tonight|right\snow|in\sa\sheartbeat|gladly|happily)\s(?:if\s)(?:he|god|the\slord|jesus|the\sman\supstairs)\s(?:called|took|wanted|let|came\sfor)\sme\b`,
      // "I'd trade places with any of the guys we lost", "would swap places with my brother in a heartbeat" (someone dead)
      String.raw`\b(?:id|i\sd|i\swould|would|i\sll|ill|i\swish\si\scould|i\sdgladly)\s(?:(?:gladly|happily|honestly|in\sa\sheartbeat)\s)?(?:trade|swap|switch|change)\splaces\swith\s(?:any\sof\s|one\sof\s|all\sof\s)?(?:the\sguys|them|him|her|my\s[a-z]+|any\s[a-z]+|the\s[a-z]+|those\s[a-z]+)\b(?=[^\n]{0,80}\b(?:lost|died|dead|killed|kia|didnt\s(?:make\sit|come\shome)|gone|in\sthe\sground|buried|had\skids|funeral)\b|(?<=\b(?:lost|died|dead|killed|kia|didnt\s(?:make\sit|come\shome)|buried|funeral)\b[^\n]{0,100}))`,
      // "the lucky ones were the guys who didn't make it home", "they'd be better here than me"
      String.raw`\bthe\slucky\sones\s(?:were|are)\s(?:the\s(?:guys|ones|men|women|people)|those)\s(?:who|that)\s(?:didnt|did\snot|never)\s(?:make\sit|come|get|came)\s(?:home|back|out)\b|\b(?:they|he|she)(?:d|\swould)\sbe\sbetter\s(?:off\s)?(?:here|alive)\sthan\sme\b`,
      // "every morning I wake up and I'm disappointed", "I wake up and feel let down that I'm still here"
      String.raw`\b(?:wake|woke|waking)\sup\s(?:and|&)\s(?:(?:im|i\sam|i\sfeel|feel|i\sget|im\sjust|i\sam\sjust)\s)(?:(?:so|kind\sof|kinda|really|always|just|immediately)\s)?(?:disappointed|let\sdown|bummed|crushed)\b(?=\s*(?:[.!?,;:]|$)|\s(?:again|every|each|that\si(?:m|\sam)\s(?:still\s)?(?:here|alive|breathing)|to\s(?:still\s)?be\s(?:alive|here)|lol|honestly|tbh|thats|its|im\sstill))`,
      // "every single morning I wake up disappointed"
      String.raw`\b(?:wake|woke|waking)\sup\s(?:(?:so|kind\sof|kinda|really|just|always)\s)?(?:disappointed|let\sdown|bummed)(?=\s*(?:[.!?]|$)|\s(?:again|lol|honestly|tbh|that\si(?:m|\sam)\s(?:still\s)?(?:here|alive)))`,
      // "disappointed every morning when I wake up", "bummed every time I open my eyes"
      String.raw`\b(?:disappointed|bummed|let\sdown|crushed)\s(?:(?:every|each)\s(?:morning|time|day)\s)?(?:when|whenever|every\stime|that)\si\s(?:wake|woke|open\smy\seyes|see\sthe\smorning)(?:\sup)?(?=\s*(?:[.!?,;:]|$)|\s(?:alive|again|every|each|and\s(?:im|i\sam)\sstill|lol|honestly|tbh))`,
      // "my kids would be better off with the life insurance than with me"
      String.raw`\bbetter\soff\s(?:with|having)\s(?:the|my)\s(?:life\sinsurance|insurance(?:\smoney|\spayout)?|payout|death\sbenefit|survivor\sbenefits|pension)\b`,
      // "tired of being the problem", "sick of being the thing everybody has to worry about"
      String.raw`\b(?:tired|sick|exhausted)\sof\sbeing\s(?:the|a|everyones?|everybodys?)\s(?:(?:problem|burden|charity\scase)(?=\s*(?:[.!?,;:]|$)|\s(?:for|to|in|of)\s(?:everyone|everybody|my\s[a-z]+|them|people|the\sfamily))|(?:thing|one|person)\s(?:everybody|everyone|people|they|my\sfamily|my\s[a-z]+)\s(?:has\sto\s|have\sto\s|always\s)?(?:worr\w*|deal\w*|carr\w*|take\scare|clean\sup|babysit\w*))\b`,
      // "if I'm gone I'm gone", "if I die I die"
      String.raw`\bif\s(?:im|i\sam)\s(?:gone|dead)\s?,?\s(?:then\s)?(?:im|i\sam)\s(?:gone|dead)\b`,
      // "I just wouldn't fight it if something happened", "wouldn't try to stop it if my heart gave out"
      String.raw`\b(?:wouldnt|would\snot|wont|will\snot)\s(?:(?:try\sto|really|even)\s)?(?:fight|resist|stop)\s(?:it|death)\sif\s(?:something|anything|it)\s(?:happened|happens|came|comes)\b`,
      // "how quiet it would be if I was just gone", "how peaceful it'd be not to be here"
      String.raw`\bhow\s(?:quiet|peaceful|nice|easy|calm|restful|simple|good|still)\s(?:it|everything|things|life|the\sworld)\s(?:would|will|could|d)\sbe\s(?:(?:if|once|when)\si\s(?:was|were|am|m|wasnt)?\s?(?:just\s)?(?:gone|dead|not\shere|not\saround|here|didnt\sexist)|to\snot\s(?:be\shere|exist|wake\sup)|without\sme)\b(?!\s(?:for|on|this|to|at|in|from|while|during|until|till|over))`,
      // "if a semi took me out on the way to work I wouldn't be mad about it"
      String.raw`\bif\s(?:a|an|the|some|something|someone)\s(?:[a-z]+\s)?(?:took|takes|hit|hits|killed|kills|ran\sover|runs\sover|got|gets)\sme(?:\sout|\soff)?\s(?:[a-z0-9]+\s){0,6}?(?:i\s)?(?:wouldnt|would\snot|wont)\s(?:be\s)?(?:mad|upset|sad|mind|complain|cry|fight\sit)\b`,
      // "there's nothing left for me here", "nothing left here for me"
      String.raw`\b(?:theres|there\sis|nothing|ive\sgot|i\shave)\s(?:nothing\s)?(?:left\s)?(?:for\sme\shere|here\sfor\sme|left\sfor\sme)\b(?=\s*(?:[.!?,;:]|$)|\s(?:anymore|now|either|honestly))(?![^\n]{0,60}\b(?:job|work|company|career|town|city|state|moving|move|relocat\w*|school|college|church|team)\b)`,
      // "what's the point of getting better if...", "I don't see the point anymore. of any of it"
      String.raw`\bwhats\sthe\spoint\sof\s(?:getting\sbetter|living|being\salive|going\son|any\sof\s(?:it|this)|anything|waking\sup|being\shere|sticking\saround|staying\salive|fighting\sit)\b(?!\s(?:early|late|at|on|for|to|in|so|before|after|this|that|when|with|without|every))|\b(?:i\s)?(?:dont|do\snot|cant|no\slonger)\ssee\s(?:the|a|any)\spoint\s(?:(?:anymore|any\smore)(?!\s(?:in|of|to)\s)|of\s(?:any\sof\s(?:it|this)|anything|living|life|going\son|being\salive|getting\sup))\b`,
      // "Medic here. I look at the overdoses we run on and sometimes I'm jealous"
      String.raw`\b(?:im|i\sam|i\sget|i\sfeel|i\sfelt|i\swas)\s(?:(?:sometimes|kinda|kind\sof|a\slittle|a\sbit|almost|honestly|actually|so|just)\s){0,2}(?:jealous|envious)(?=\s*(?:[.!?,;:]|$)|\s(?:of\s(?:them|him|her|the\sdead)|lol|honestly|tbh|i\sknow))(?<=\b(?:overdoses?|ods|dead|died|bodies|body\sbags?|suicides?|doas?|fatalit\w*|funerals?|coffins?|caskets?|obituar\w*|passed\saway)\b[^\n]{0,140})`,
    ],
  },
  {
    id: 'en.prep.r4-cues',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // "if I don't answer tomorrow that's why", "if I stop replying, now you know why"
      String.raw`\bif\si\s(?:dont|do\snot|stop|never)\s(?:answer(?:ing)?|respond(?:ing)?|reply(?:ing)?|show(?:ing)?\sup|check(?:ing)?\sin|text(?:ing)?\sback|pick(?:ing)?\sup)\s(?:(?:[a-z]+\s){1,3}?,?\s?)?(?:thats|that\sis|this\sis|now\syou\sknow)\swhy\b`,
      // "today might be the day", "tonight feels like the night", "this could be the weekend"
      String.raw`\b(?:today|tonight|this\sweekend|this|${DAY})\s(?:might|could|may|feels\slike\s(?:it\sll|itll|it\swill)?|seems\slike|feels\slike)\s?(?:be\s)?the\s(?:day|night|weekend|one)\b`,
      // "decided on the 14th", "settled on friday"
      String.raw`\b(?:decided|settled|landed)\son\s(?:the\s\d{1,2}(?:st|nd|rd|th)|${DAY}|tonight|tomorrow)\b`,
      // "the anniversary. it's fitting"
      String.raw`(?:^|[.!?,;]\s?)(?:its|it\sis|thats|that\sis|seems)\s(?:(?:only|kind\sof|kinda|pretty)\s)?(?:fitting|poetic|only\sright|appropriate)(?=\s*(?:[.!?]|$))`,
      // "the spot on the trail where nobody goes after dark", "somewhere no one will find me"
      String.raw`\b(?:where|somewhere)\s(?:nobody|no\sone|noone)\s(?:goes|ever\sgoes|will\sfind\sme|would\sfind\sme|can\ssee\sme|comes|looks|will\slook|would\slook)\b`,
      // "the pharmacy just filled 90 days of everything. perfect timing"
      String.raw`\b(?:filled|refilled|picked\sup|got)\s(?:\d+|ninety|sixty|three\smonths|a\s(?:months|years))\s(?:days?|months?)\s?(?:of|worth\sof|worth)?\s(?:everything|all\smy\s(?:meds|pills|prescriptions)|my\s(?:meds|pills|prescriptions))\b|\bperfect\stiming\b(?<=\b(?:filled|refill\w*|pharmacy|pills|meds|prescriptions?|scripts?)\b[^\n]{0,80})`,
      // the letters placed, told with "they": "one for my daughter, one for my mom. they're in the glovebox"
      String.raw`\b(?:theyre|they\sare|its|it\sis)\s(?:in|under|on)\s(?:the|my)\s(?:glovebox|glove\sbox|glove\scompartment|nightstand|drawer|desk|dresser|visor|locker|safe|mailbox|kitchen\stable|fridge)\b(?<=\b(?:letters?|notes?|envelopes?|wrote|written)\b[^\n]{0,120})`,
      // "there's a note on the fridge for my roommate", "left a letter in the kitchen for my wife"
      String.raw`\b(?:theres|there\sis|i\sleft|left|i\sput|put)\s(?:a|the|my)\s(?:note|letter|envelope)s?\s(?:on|in|under|by|taped\sto)\s(?:the|my)\s(?:[a-z]+\s)?[a-z]+\sfor\s(?:my\s)?${KIN}\b`,
      // "updating the emergency contact to my brother, he'll need to know first", "changed my beneficiary to my sister"
      String.raw`\b(?:updat\w*|chang\w*|switch\w*)\s(?:my\s|the\s)?(?:emergency\scontact|next\sof\skin|beneficiar(?:y|ies)|life\sinsurance\sbeneficiar(?:y|ies))\s(?:[a-z]+\s){0,4}?to\s(?:my\s)?(?:[a-z]+\s)?${KIN}\b`,
      // the pretext for the means, said rather than told: "i said it was for my vacation", "claimed I was going on a trip"
      String.raw`\b(?:i\s)?(?:said|claimed|pretended|acted\slike)\s(?:that\s)?(?:it\swas|they\swere|i\swas|im|i\sam)\s(?:(?:for|going\son|taking)\s)(?:a|my|the|an)\s(?:[a-z]+\s)?(?:trip|vacation|holiday|cruise|flight|move|deployment|surgery)\b`,
      // "tonight I finish it", "tomorrow I do it"
      String.raw`\b(?:tonight|today|tomorrow|this\sweekend)\s(?:i|ill|im\sgoing\sto|im\sgonna)\s(?:finish|do)\s(?:it|this|things|everything)\b`,
    ],
  },
  {
    id: 'en.imminent.r4-acts',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    near: { excludes: INNOCENT, before: 80, after: 80 },
    patterns: [
      // "going to drive to the lake this weekend and not come back", "walk into the woods and never come home"
      String.raw`\b(?:drive|walk|go|swim|head|hike|ride|paddle|row)\s(?:out\s|up\s|down\s)?(?:to|into|off|up)\s(?:the\s)?(?:[a-z]+\s)?(?:lake|river|ocean|sea|woods|forest|mountains?|desert|bridge|cliffs?|canyon|trail|reservoir|quarry)\s(?:[a-z]+\s){0,3}?and\s(?:not|never)\s(?:come|coming)\s(?:back|home|out)\b(?!\s(?:until|till|til|for|before|after|by|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday))`,
      // "researching which overpasses don't have fencing", "looked up which bridges have no barriers"
      String.raw`\b(?:research\w*|looking\sup|looked\sup|googl\w*|scout\w*|checking\sout|checked\sout|mapped\sout|figured\sout)\s(?:which|what|the)\s(?:[a-z]+\s){0,2}?(?:overpasses|bridges|buildings|parking\sgarages|garages|cliffs|roofs|rooftops|overpass|bridge|garage|building)\s(?:[a-z]+\s){0,4}?(?:dont|do\snot|doesnt|without|have\sno|has\sno|arent|are\snot|isnt)\s(?:have\s)?(?:any\s)?(?:fencing|fences|fence|railings|barriers|nets|netting|cameras|suicide\s(?:nets|barriers|fencing))\b`,
      // "I stopped eating and drinking 3 days ago. It's the easiest way to not be a burden"
      String.raw`\b(?:stopped|quit|not)\s(?:eating\sand\sdrinking|eating\sor\sdrinking|drinking\s(?:water|fluids)|taking\sin\s(?:food|water|fluids))\b(?=[^\n]{0,120}\b(?:burden|easiest\sway|on\spurpose|to\sdie|so\si\s(?:can|will|would)\sdie|end\sit|not\sbe\shere|nobody\shas\sto|way\sto\sgo|until\si\s(?:die|go|pass))\b)`,
    ],
  },
  {
    id: 'en.passive.r4-wishes-2',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "I want it to be over. not the PTSD. everything"
      String.raw`\b(?:want|wish|need)\s(?:for\s)?it\s(?:all\s)?(?:to\s)?(?:be\sover|end|stop)\s?[.,;]?\s(?:and\s)?not\s(?:just\s)?(?:the|my)\s[a-z]+\s?[.,;]?\s(?:i\smean\s)?(?:everything|all\sof\sit|life|my\slife|me|existing)\b`,
      // "some nights I go to sleep hoping that's it", "I go to bed praying it's the last time"
      String.raw`\b(?:go|went|going|get)\s(?:to\s)?(?:sleep|bed)\s(?:(?:hoping|praying|wishing)\s)(?:thats\sit(?!\s(?:for|with|from|on))|that\sits\sit|its\sthe\send|thats\sthe\send|its\sover|it\sends|i\s(?:dont|wont|never)\swake|this\sis\sit|its\sthe\slast|thats\sthe\slast|its\smy\slast)\b`,
      // "wishing i could fall asleep for a year. or forever"
      String.raw`\b(?:sleep|asleep)\s(?:for\s(?:a\s(?:year|month|decade|few\syears|long\stime)|years|months))\s?[.,]?\s(?:or\s(?:just\s)?)(?:forever|for\sgood|for\sever|permanently|never\swake\sup)\b`,
      // "i kinda wish the cancer scare last year had been real", "wish the crash had finished the job"
      String.raw`\b(?<core>wish(?:ed)?)\s(?:that\s)?(?:the|my|that)\s(?:[a-z]+\s)?(?:cancer|tumou?r|heart\sattack|stroke|crash|accident|wreck|diagnosis|biopsy|scare|overdose|bullet|ied|blast|fall|illness)\s(?:[a-z]+\s){0,4}?(?:had\sbeen\sreal|was\sreal|were\sreal|had\skilled\sme|had\sworked|had\sfinished\s(?:me|the\sjob)|took\sme|had\staken\sme|had\sgone\sthe\sother\sway|went\sthe\sother\sway|had\sbeen\s(?:worse|fatal|terminal))\b`,
      // "my mom says I'm her reason to live. I don't have one of those"
      String.raw`\breasons?\sto\s(?:live|keep\sgoing|stay\salive|be\shere)\b[^\n]{0,40}?\bi\s(?:dont|do\snot|no\slonger|dont\sreally)\shave\s(?:one|any)\b`,
    ],
  },
  {
    id: 'en.active.how-youd-do-it',
    lang: 'en', tier: 'active', kind: 'suicide', escalates: false,
    near: { requires: String.raw`\b(?:asking\sfor\s(?:me|myself|a\sfriend)|(?:because|bc|cause|cuz)\si\s(?:do|am|have)|i\sdo\s(?:that|this|it)|its\sme)\b`, before: 10, after: 60 },
    patterns: [
      // "is it normal to think about how you'd do it? asking for me"
      String.raw`\b(?:think|thinking|thought|plan|planning|wonder|wondering)\s(?:about\s)?how\s(?:youd|you\swould|one\swould|someone\swould|people\swould|you\sd)\s(?:do\sit|end\sit|go\sabout\sit|kill\syourself)\b`,
    ],
  },
];
