import type { RuleSpec } from '../rule';
import { GUN_HOBBY, THRILL, WEAPON } from './lexicon';
import { INNOCENT } from './logistics';
import { AWAY_REASON } from './round4';

/**
 * Fifth English pass, written as families: pills already swallowed said with "them" ("already took
 * them, all of them"), being at a place and not coming back, a gun laid out with a purpose that is
 * not hunting, slang for killing oneself ("punch my ticket", "finish myself off"), being gone by a
 * near date, deaths hoped for from outside (a wreck, a plane, a biopsy, the Lord calling), not
 * existing as a wish, no reason to be around, history told as an age or a count, self-punishment by
 * food, and anaphoric preparation cues that count together (the spot picked, nobody here to stop me,
 * the train in six minutes, "midnight it's over").
 */

const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
/** A near date: a weekday, tonight, a day of the month. */
const SOON = String.raw`(?:tonight|tomorrow(?:\snight)?|today|midnight|${DAY}(?:\s(?:night|morning))?|(?:this|the)\sweekend|the\s\d{1,2}(?:st|nd|rd|th)|next\sweek)`;
/** Places people go to die from, in the words of a message. */
const PLACE = String.raw`(?:bridge|lake|ocean|sea|river|quarry|cliffs?|beach|water|waves|tracks|overpass|woods|forest|canyon|ridge|dam|pier|shore|falls|mountains?|desert|ledge|edge|roof|rooftop|train|platform)`;
/** Firearms, with the model numbers people call them by. */
const FIREARM = String.raw`(?:${WEAPON}|1911|ar|m4|ak|beretta|sig|colt|smith\sand\swesson|30\s?06)`;
/** A death that comes from outside, hoped for. */
/** A hobby or job for the gun; "the range road" is a place, not the range. */
const GUN_HOBBY_R5 = GUN_HOBBY.replace('(?:range|', String.raw`(?:range(?!\s(?:road|rd))|`);
const HOPE = String.raw`(?:hope|hopes|hoping|hoped|wish|wishing|pray|praying|prayed)`;

export const EN_ROUND5: readonly RuleSpec[] = [
  {
    id: 'en.imminent.r5-swallowed-them',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    near: { excludes: String.raw`\b(?:as\sprescribed|as\sdirected|with\s(?:food|breakfast|dinner|lunch)|vitamins?|supplements?|morning\smeds|my\sdose|antibiotics?|like\sthe\sdoctor|kids|dogs|to\sthe\s(?:park|vet|store|school))\b`, before: 80, after: 80 },
    patterns: [
      // "already took them. like all of them", "just swallowed them all", "took every last one of them"
      String.raw`\b(?:already|just|finally)\s(?:took|swallowed|downed|popped|chugged)\s(?:them|em|it|those)\s?(?:[.,]\s?)?(?:(?:like|literally|yeah|i\smean)\s)?(?:all|all\sof\s(?:them|em|it)|every\s(?:one|last\sone|single\sone)|the\swhole\s(?:bottle|thing|pack))\b`,
      String.raw`\b(?:took|swallowed|downed|popped)\severy\s(?:last|single)\s(?:one|pill)\b`,
    ],
  },
  {
    id: 'en.imminent.r5-swallowed-said-after',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    // "them" swallowed counts with what is said beside it: no 911, not wanting to be alone for it, floating
    near: { requires: String.raw`\b(?:911|ambulance|poison\scontrol|alone\sfor\sit|floaty|floating|woozy|fading|drowsy|numb|goodbye|im\ssorry|i\sdid\sit|did\sit|be\swith|its\sdone|too\slate|no\sgoing\sback|cant\sundo|love\syou|tonight|for\sgood|not\scalling|dont\scall|dont\ssend)\b`, before: 120, after: 120 },
    patterns: [
      // "Already swallowed them. Not calling 911", "i did it. i took them", "already took what i needed to take"
      String.raw`\b(?:already|just|finally|i\sdid\sit\s?[.,]?\s?i)\s(?:took|swallowed|downed|popped)\s(?:them|em|those|it\sall|what\si\s(?:needed|had|wanted|meant)\sto(?:\stake)?)\b`,
    ],
  },
  {
    id: 'en.imminent.r5-not-coming-back',
    lang: 'en', tier: 'imminent', kind: 'imminent', negatable: false,
    near: {
      requires: String.raw`\b${PLACE}\b`,
      excludes: String.raw`\b(?:uber|lyft|taxi|cab|ride\s(?:home|back)|designated|hotel|motel|cabin|camp\w*|tent|rv|airbnb|rental|stay\w*\s(?:at|with|over|the\snight)|crash\w*\sat|sleep\w*\s(?:at|over)|vacation|trip|moving|move|new\sjob|relocat\w*|too\sdrunk|been\sdrinking|ferry|boat|plane|flight)\b`,
      before: 140, after: 100,
    },
    patterns: [
      // "not planning on walking back out", "I'm not walking back across it", "and i'm not swimming back"
      String.raw`\b(?:not|never|no\sintention\sof|wont\sbe|dont\splan\son|dont\sintend\sto)\s(?:(?:planning|plan|intending|going|gonna|coming)\s(?:on\s|to\s)?)?(?:walk|walking|swim|swimming|driv(?:e|ing)|com(?:e|ing)|hik(?:e|ing)|head(?:ing)?|climb(?:ing)?)\s(?:back|home)(?:\s(?:out|across(?:\sit)?|up|down|in|to\sshore|to\sthe\scar|from\sit))?\b(?!\s(?:until|till|til|for|tonight|today|tomorrow|this|after|before|with|alone|by|on|in\s(?:the|a)|to\s(?:the\s(?:city|house|office|hotel)|work|my|school|town)|right\saway|yet|soon|anytime|either|the\ssame)\b)`,
    ],
  },
  {
    id: 'en.imminent.r5-gun-purpose',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "it's not for hunting and it's not for protection. it's for me"
      String.raw`\b(?:(?:its|it\sis|thats|this\sones?)\s(?:not|aint)|it\sisnt|it\saint)\sfor\s(?:hunting|protection|home\sdefense|self\sdefense|the\srange|target\spractice|sport|work|the\sfarm|coyotes)\b[^\n]{0,80}?\b(?:its|it\sis|thats)\s(?:(?:just|only)\s)?for\sme\b(?=\s*(?:[.!?,;]|$))`,
      // "with my deer rifle across my lap and I ain't huntin"
      String.raw`\b${FIREARM}\s(?:[a-z]+\s){0,3}?(?:across|in|on)\smy\s(?:lap|knees|hands?)\s(?:[a-z]+\s){0,4}?(?:i\s)?(?:aint|am\snot|im\snot|not|wasnt|was\snot)\s(?:going\s)?(?:huntin|hunting|cleaning\sit|going\shunting)\b`,
    ],
  },
  {
    id: 'en.prep.r5-gun-laid-out',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    near: { excludes: GUN_HOBBY_R5, before: 100, after: 100 },
    patterns: [
      // "1911's cleaned and loaded on the table", "duty weapon is on the kitchen table", "the gun's already sitting in the shop"
      String.raw`\b${FIREARM}s?\s(?:is\s|s\s)?(?:already\s)?(?:(?:cleaned|oiled|loaded|chambered|out|sitting|laying|lying|waiting|ready)\s(?:and\s)?){1,3}(?:on|in|next\sto|across|by)\s(?:the|my)\s(?:kitchen\s|dining\s|front\s|passenger\s)?(?:table|desk|bed|lap|counter|nightstand|seat|dash|shop|garage|truck)\b`,
      // "the rifle's on the table" reads "the rifles on the table" once the apostrophe goes
      String.raw`\b${FIREARM}(?:s\s|\sis\s|\ss\s)(?:on|in)\sthe\s(?:kitchen\s)?table\b`,
    ],
  },
  {
    id: 'en.suicide.r5-slang',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true,
    patterns: [
      // "punching my own ticket", "finish myself off", "taking myself out of the picture"
      String.raw`\b(?<core>punch(?:ing|ed)?\smy\s(?:own\s)?(?:ticket|card)(?!\s(?:for|to|at|into)\s(?!(?:the\s)?(?:other\sside|afterlife|next\slife|heaven|hell)\b))|finish(?:ing|ed)?\smyself(?:\soff)?(?=\s*(?:[.!?,;]|$)|\s(?:honestly|tonight|today|tomorrow|now|too|already|for\sgood|and|then|with\s(?:the|my|a)\s[a-z]+))|tak(?:e|ing)\smyself\sout\sof\s(?:the\spicture|the\sequation|this\sworld|the\sgame)|stop(?:ping)?\sexisting\son\spurpose|(?:off|offing|offed)\smyself|clock(?:ing)?\smyself\sout|eat(?:ing)?\smy\s(?:gun|pistol|rifle|shotgun|own\sgun))\b`,
    ],
  },
  {
    id: 'en.active.r5-ways-to-end-it',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true,
    patterns: [
      // "my brain keeps serving me ways to end it", "my mind keeps coming up with ways to die"
      String.raw`\b(?:brain|mind|head|thoughts)\s(?:keeps?|kept|is|are|just)\s(?:[a-z]+\s){0,3}?(?:ways|methods|ideas|plans)\s(?:to|of|for)\s(?:end(?:ing)?\sit(?:\sall)?|end(?:ing)?\smy\slife|die|dying|kill(?:ing)?\smyself|not\sexist(?:ing)?|stop(?:ping)?\sexisting|do(?:ing)?\sit)\b(?!\swith)`,
      // "I picture my funeral and it feels like relief, and then I start thinking about making it happen"
      String.raw`\b(?:picture|imagine|think\sabout|daydream\sabout)\smy\s(?:own\s)?funeral\s(?:[a-z]+\s){0,6}?(?:relief|peace|peaceful|relieved|good|comfort\w*)\b`,
      // "the joke stopped being a joke": an exit strategy, an ending, no longer joked about
      String.raw`\b(?:exit\s(?:strategy|plan)|offing\smyself|killing\smyself|ending\sit)\b[^\n]{0,80}?\b(?:stopped\sbeing|isnt|is\sno\slonger|not)\s(?:a\sjoke|joking)\b`,
    ],
  },
  {
    id: 'en.selfharm.r5-deserve-to-hurt',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true,
    patterns: [
      // "skipping meals on purpose again bc I feel like I deserve to hurt", "starving myself to punish myself"
      String.raw`\b(?:skip\w*\s(?:meals|food|eating|dinner)|starv\w*\smyself|not\seating|stopped\seating|refus\w*\sto\seat)\s(?:[a-z]+\s){0,6}?(?:(?:i\s)?deserve\sto\s(?:hurt|suffer|be\shurt|feel\spain|starve)|punish\w*\smyself|as\s(?:a\s)?punishment)\b`,
      String.raw`\b(?:feel\slike|because|bc|cause|cuz|since)\si\sdeserve\sto\s(?:hurt|bleed|suffer|be\shurt|feel\spain|be\spunished)\b`,
    ],
  },
  {
    id: 'en.imminent.r5-gone-by-date',
    lang: 'en', tier: 'imminent', kind: 'imminent', negatable: false,
    near: { excludes: AWAY_REASON, before: 100, after: 100 },
    patterns: [
      // "by sunday i'll be gone for good", "by then I'll already be gone", "after tonight when I'm gone"
      String.raw`\b(?:by|after)\s(?:${SOON}|then)\s?,?\s(?:ill|i\swill|i\sll|im|i\sam|when\sim|when\si\sam)\s(?:(?:already|be|long|all)\s){0,2}(?:gone|dead)\b(?!\s(?:for\s(?:the|a)\s|to\s|on\s|at\s|from\s))`,
      String.raw`\b(?:ill|i\swill)\s(?:(?:already|be|long)\s){1,2}gone\s(?:for\sgood\s|forever\s)?(?:by|after|before)\s(?:${SOON}|then)\b`,
      // "after the 30th there's no more me", "don't plan on seeing saturday"
      String.raw`\b(?:theres|there\sis|therell\sbe|there\swill\sbe|then\stheres)\sno\smore\sme\b`,
      String.raw`\b(?:dont|do\snot)\s(?:plan|intend)\s(?:on|to)\s(?:seeing|see|making\sit\sto|being\saround\s(?:for|on))\s(?:${SOON}|${DAY}|another\s(?:day|week|birthday|christmas|year|morning))\b`,
      // "after my shift sunday I'm done with all of it for good"
      String.raw`\b(?:after|by)\s(?:[a-z]+\s){0,3}?${SOON}\s?,?\s(?:im|i\sam|ill\sbe)\sdone\swith\s(?:all\sof\sit|it\sall|everything|this\slife|life|all\sthis)\s(?:for\sgood|forever)\b`,
    ],
  },
  {
    id: 'en.imminent.r5-forgive-what-about-to-do',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "The Lord will forgive me for what I'm about to do", "please forgive me for what I'm going to do"
      String.raw`\bforgive\sme\sfor\swhat\s(?:im|i\sam)\s(?:about\sto|going\sto|gonna)\sdo\b(?!\s(?:to|with|at|in|on)\b)`,
    ],
  },
  {
    id: 'en.imminent.r5-engine-running',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    near: { excludes: String.raw`\b(?:door\s(?:is\s)?open|doors?\sopen|warm\w*\sup|defrost\w*|ice|snow|podcast|call|meeting|jump\s?start|battery)\b`, before: 80, after: 80 },
    patterns: [
      // "sitting in my car in the garage with it running", "in the truck in the closed garage, engine on"
      String.raw`\b(?:car|truck|jeep|van|suv)\sin\sthe\s(?:closed\s|shut\s)?garage\s?,?\s(?:with\s)?(?:it|the\s(?:engine|motor|car|truck))\s(?:running|on|idling)\b|\bgarage\s(?:door\s)?(?:is\s)?(?:shut|closed)\s(?:and|with)\s(?:the\s)?(?:engine|motor|car|truck)\s(?:running|on|idling)\b`,
    ],
  },
  {
    id: 'en.imminent.r5-looks-like-failure',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // "it'll look like equipment failure and the company insurance pays out to my daughter"
      String.raw`\b(?:itll|it\swill|itd|it\swould|make\sit|making\sit|has\sto)\s(?:(?:just|all)\s)?(?:look|looks|seem|seems|be\sruled|pass\sas|passes\sas)\s(?:like\s)?(?:an?\s)?(?:equipment|brake|mechanical|engine|steering)\s(?:failure|malfunction|problem)\b(?=[^\n]{0,120}\b(?:kids|family|wife|husband|son|daughter|insurance|money|payout|pays?\sout|nobody\s(?:has|will|would)\sto\sknow|no\sone\s(?:has|will|would)\sto\sknow)\b)`,
    ],
  },
  {
    id: 'en.passive.r5-death-from-outside',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "hoping a rig crosses the median and takes me out", "wish something would take me out"
      String.raw`\b${HOPE}\s(?:that\s)?(?:a|an|the|some|something|someone|somebody)\s(?:[a-z]+\s){0,6}?(?:takes|take|took|would\stake|will\stake)\sme\sout\b(?!\s(?:to|for|of|on\sa\sdate|dancing|drinking|fishing|hunting)\b)`,
      // "some days I hope I get in a wreck", "hoping I crash on the way home"
      String.raw`\b${HOPE}\si\s(?:get|got|end\sup|wind\sup)\s(?:in|into)\s(?:a|an)\s(?:bad\s|fatal\s)?(?:wreck|crash|car\saccident|accident)\b`,
      // "hoping the biopsy comes back bad", "praying the scan shows cancer"
      String.raw`\b${HOPE}\s(?:that\s)?(?:the|my)\s(?:biopsy|scan|test|results?|labs?|mri|ct|pet\sscan|bloodwork|diagnosis)\s(?:comes?\sback|came\sback|is|are|shows?)\s(?:bad|positive|malignant|cancer|terminal|the\sbad\skind|fatal)\b`,
      // "keep hoping the nightmares just stop my heart one night"
      String.raw`\b${HOPE}\s(?:that\s)?(?:the|my|it|this|something|one\sof)\s(?:[a-z]+\s){0,3}?(?:would\s|will\s|just\s|finally\s){0,2}stops?\smy\sheart\b`,
      // "if the doctor told me I had six months I'd feel relief"
      String.raw`\b(?<core>if)\s(?:the|a|my)\sdoc(?:tor)?s?\s(?:told\sme|tells\sme|said|says|gave\sme|gives\sme)\s(?:(?:that\s)?i\s(?:had|have|only\shad)\s|ive\sgot\s|i\sgot\s)?(?:six|\d+|a\sfew|only\s[a-z0-9]+|three|two)\s(?:months|weeks|years|days)(?:\sto\slive|\sleft)?\s?,?\s(?:id|i\swould|i\sd)\s(?:feel\s|be\s)?(?:relie\w+|happy|glad|grateful|at\speace|thankful|(?:ok|okay|fine)\swith\sit)\b`,
      // "I'd be at peace if the good Lord called me home tonight", "I'd welcome it if the Lord took me"
      String.raw`\b(?:id|i\swould|i\sd)\s(?:(?:honestly|gladly|just)\s)?(?:be\sat\speace|welcome\sit|be\s(?:ok|okay|fine|glad|happy|grateful|ready|relieved)|not\smind|go\sgladly|go\shappily)\s(?:if|when)\s(?:the\s(?:good\s)?lord|god|jesus|he|the\sman\supstairs)\s(?:called|took|came\sfor|wanted|would\stake|would\scall)\sme\b(?!\s(?:to|into|for|as|back\sto|out)\b)`,
      String.raw`\bif\s(?:the\s(?:good\s)?lord|god|jesus)\s(?:called|took|came\sfor)\sme\b(?!\s(?:to|into|for|as|back\sto|out)\b)\s(?:home\s)?(?:[a-z]+\s){0,2}?,?\s?(?:id|i\swould)\s(?:(?:honestly|gladly|just)\s)?(?:be\sat\speace|welcome\sit|be\s(?:ok|okay|fine|glad|happy|grateful|ready|relieved)|not\smind|go\sgladly)\b`,
    ],
  },
  {
    id: 'en.passive.r5-wouldnt-mind-crash',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      // "wouldn't mind if the plane went down", "wouldn't be sad if my truck went off the road": a conditional, not a past (the tense is read before the core)
      String.raw`\b(?<core>(?:wouldnt|would\snot|wont|will\snot)\s(?:mind|care|complain|be\s(?:sad|upset|mad)))\s(?:if|when)\s(?:the|my|a|this)\s(?:plane|flight|car|truck|bus|helicopter|chopper|ship|boat|bird)\s(?:went|goes|would\sgo|just\swent|crashed|crashes|sank|sinks|wrecked)(?:\s(?:down|off\sthe\sroad|off\sa\scliff|into\sthe\sriver))?\b(?<!\s(?:went|goes|go))`,
    ],
  },
  {
    id: 'en.passive.r5-not-existing',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      // "I'd rather not exist", "would rather not be alive"
      String.raw`\b(?:rather|prefer\sto)\s(?:just\s)?not\s(?:exist|be\salive|be\shere\sat\sall|be\saround\sat\sall|wake\sup)\b`,
      // "the only thing I look forward to is not existing someday"
      String.raw`\blook(?:ing)?\sforward\sto\s(?:is\s)?(?:not\sexisting|being\sdead|being\sgone|dying|death|never\swaking\sup|not\swaking\sup|the\sday\si\sdie)\b`,
      // "what's even the point of me", "what is the point of my existence"
      String.raw`\b(?:whats|what\sis)\s(?:even\s)?the\spoint\sof\s(?:me|my\sexistence|me\sbeing\shere|me\sexisting|my\slife)\b(?=\s*(?:[.!?,;]|$)|\s(?:anymore|honestly|tbh|even|being\salive))`,
      // "Every birthday I make a wish that it's my last one", "I hope this christmas is my last"
      String.raw`\b(?:wish|wishing|hope|hoping|pray|praying)\s(?:that\s)?(?:(?:it|this|this\sone|this\syear)(?:s|\sis|\swill\sbe|\swas)|this\s(?:birthday|christmas)\s(?:is|will\sbe))\smy\slast(?:\s(?:one|birthday|christmas))?\b(?=\s*(?:[.!?,;]|$))(?<=\b(?:birthdays?|candles|christmas|new\syear|thanksgiving)\b[^\n]{0,60})`,
      // "don't really see a reason to be around anymore", "there's no reason for me to be alive", "nothing ahead I want to be alive for"
      String.raw`\b(?:no|dont\s(?:really\s)?(?:see|have)\s(?:a|any|much)|cant\s(?:see|find|think\sof)\s(?:a|any)|dont\ssee\smuch|not\smuch)\sreason\s(?:for\sme\s)?to\s(?:be\saround|be\salive|go\son(?:\sliving)?|keep\sliving|stick\saround|stay\salive|keep\sbreathing|be\shere)\b(?!\s(?:for|at|in|on|early|today|tomorrow|until|this|the|with|when|if|during)\b)`,
      String.raw`\bnothing\s(?:ahead|left|in\sfront\sof\sme|out\sthere)\s(?:that\s)?(?:i\s(?:want|need|care)\sto\s(?:be\salive|live|stick\saround|stay|be\shere)|worth\s(?:living|being\salive|sticking\saround))\sfor\b`,
      // "she'd be better off if i just wasn't around"
      String.raw`\bbetter\soff\s(?:[a-z]+\s){0,3}?(?:if|once|when)\si\s(?:just\s|simply\s|finally\s|really\s){0,2}(?:wasnt|werent|was\snot|were\snot)\s(?:around|here|alive|in\sthe\spicture|in\s(?:their|her|his|your)\slives?)\b(?!\s(?:for|on|at|this|tonight|today|tomorrow|next|during|when|to|so\smuch|as\smuch|all\sthe\stime|anymore\sfor)\b)`,
    ],
  },
  {
    id: 'en.passive.r5-among-the-dead',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "I'd trade places with anyone in that cemetery", "swap places with any of the names on the wall"
      String.raw`\b(?:trade|swap|switch|change)\splaces\swith\s(?:anyone|anybody|everyone|any\sof\s(?:the\s)?[a-z]+|one\sof\s(?:the\s)?[a-z]+|the\s[a-z]+)\s(?:buried\s)?(?:in|at|on|under)\s(?:that|the|this)\s(?:cemetery|graveyard|grave|ground|morgue|wall|memorial|obituaries|casket|coffin)\b`,
      // "Seen a lot of guys not come home. Wish I'd been one of them instead." (a death named before)
      String.raw`\bwish\s(?:(?:it|that)\s(?:had\sbeen|was|were|would\shave\sbeen)\sme|i\s?(?:d|had|would\shave)\s(?:been|gone|died)\s(?:one\sof\sthem|with\sthem|instead|too|in\s(?:his|her|their)\splace))\b(?<=\b(?:died|dead|killed|kia|lost|buried|funeral|not\scome\shome|didnt\scome\shome|never\scame\shome|didnt\smake\sit|passed|grave|crash|ied|blast)\b[^\n]{0,140})`,
    ],
  },
  {
    id: 'en.history.r5-told-as-count',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      // "Attempt at 17. I'm 45.", "an attempt when I was 19", "first attempt at age 15"
      String.raw`\b(?:an\s|one\s|my\s|first\s|last\s|suicide\s)?attempt(?:ed)?\s(?:at|when\si\swas|age|aged|at\sage)\s(?:\d{1,2}|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?!\s?(?:pm|am|oclock|percent|yards|feet|ft|miles|mph|:|minutes|mins|seconds|reps|lbs|pounds|kg))`,
      // "prior attempts: one, 2019", "previous attempts: two"
      String.raw`\b(?:prior|previous|past|suicide)\sattempts?\s?[:=-]?\s?(?:one|two|three|four|five|once|twice|yes)\b`,
      // "I had death wishes in my late teens", "used to have a death wish" (not a death wish told of skydiving or racing motorcycles)
      String.raw`\b(?:had|used\sto\shave|went\sthrough)\s(?:a\s)?(?:death\swish(?:es)?|suicidal\s(?:phase|period|thoughts|ideation|feelings))\s(?:(?:in|during|when\si\swas|back|as\sa|after|throughout|for)\b)(?!(?<=death\swish(?:es)?\s(?:in|during|when\si\swas|back|as\sa|after|throughout|for))[^\n.!?]{0,60}?\b${THRILL}\b)`,
    ],
  },
  {
    id: 'en.history.r5-after-attempt',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      // "Spent three days on the psych unit after an attempt in college", "after my attempt in 2019" (but "my sister's in the ward after an attempt")
      String.raw`\bafter\smy\s(?:first\s|last\s|suicide\s|second\s)?attempt\b(?!\s(?:at|to|on)\s(?!(?:\d|age)))`,
      String.raw`(?:(?:^|[.!?]\s?)(?:spent|was|been|ended\sup|landed)|\bi\s(?:spent|was|ended\sup|landed|went|got\s(?:admitted|committed|hospitalized|sectioned)))\b[^.!?\n]{0,60}?\bafter\s(?:an|a\ssuicide|a\sfailed)\s(?:suicide\s)?attempt\b(?!\s(?:at|to|on)\s(?!(?:\d|age)))`,
      // an act passed off as an accident: "told them it was an accident but it wasn't"
      String.raw`\b(?:told|tell|said|say)\s(?:them|everyone|people|the\s(?:doctors?|cops|police|er|nurses?|medics|paramedics)|my\s[a-z]+)\s(?:that\s)?it\swas\san\saccident\s?[,.;]?\s?(?:but\s|and\s)?it\s(?:wasnt|was\snot|wasn't)\b`,
      // a stomach pumped is an overdose told by its treatment, unless food or an infection caused it
      String.raw`\b(?:had|got|have\shad|needed)\smy\sstomach\spumped\b(?![^.!?\n]{0,40}\b(?:food\spoisoning|poisoning\sfrom|bad\s(?:shrimp|oysters|sushi|food)|allergic|allergy|infection|swallowed\sa\s(?:coin|battery|magnet))\b)`,
    ],
  },
  {
    id: 'en.imminent.r5-done-for-good',
    lang: 'en', tier: 'imminent', kind: 'imminent', negatable: false,
    near: { excludes: INNOCENT, before: 100, after: 100 },
    patterns: [
      // "after my shift sunday I'm done with all of it for good", "by friday I'm done with this life for good"
      String.raw`\b(?:after|by)\s(?:[a-z]+\s){0,3}?${SOON}\s?,?\s(?:im|i\sam|ill\sbe)\sdone\swith\s(?:all\sof\sit|it\sall|everything|this\slife|life|all\sthis|being\salive)\s(?:for\sgood|forever)\b`,
    ],
  },
  {
    id: 'en.active.r5-picturing-crash',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true,
    patterns: [
      // "I keep picturing drifting across the median into oncoming traffic", "tempted to just swerve into a semi"
      String.raw`\b(?:picture|picturing|pictured|imagine|imagining|imagined|daydream\w*\sabout|think\w*\sabout|tempted\sto|urge\sto|want\sto)\s(?:just\s)?(?:drift\w*|swerv\w*|veer\w*|steer\w*|jerk\w*\sthe\swheel|cross\w*|driv\w*)\s(?:[a-z]+\s){0,3}?into\s(?:oncoming\straffic|(?:a|the)\s(?:semi|truck|tree|wall|pole|pillar|bridge\spillar|embankment|median|guardrail|river|lake|oncoming\slane))\b`,
    ],
  },
  {
    id: 'en.active.r5-knows-what-it-takes',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true,
    patterns: [
      // "I know exactly what it takes to not wake up", "I know how much it would take to never wake up"
      String.raw`\bi\s(?:know|knows|figured\sout|looked\sup)\s(?:exactly\s)?(?:what|how\smuch|how\smany)\s(?:it\stakes|it\swould\stake|id\sneed|i\sneed|to\stake)\sto\s(?:not\swake\sup|never\swake\sup|not\scome\sback|make\ssure\si\sdont\swake\sup|end\sit|kill\smyself|die)\b(?!\s(?:groggy|tired|early|late|sore|hungover|with|in\sthe|at|before|until|till|for|on\stime|rested|refreshed)\b)`,
      // "sit in the truck with my rifle thinking about it", "sitting with the pistol thinking about ending it"
      String.raw`\bwith\s(?:my|a|the|his|my\sdads)\s${FIREARM}\s(?:[a-z]+\s){0,4}?thinking\sabout\s(?:it|using\sit|ending\sit|doing\sit|it\sall|ending\sit\sall)\b`,
    ],
  },
  {
    id: 'en.prep.r5-gun-errand',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    near: { excludes: GUN_HOBBY_R5, before: 100, after: 100 },
    patterns: [
      // "I'll go out to the old shed after supper tomorrow with the shotgun", "going out to the shop where the gun's already sitting"
      String.raw`\b(?:go|going|head|heading|walk|walking|went)\sout\sto\sthe\s(?:[a-z]+\s)?(?:shed|barn|woods|garage|shop|field|pasture|creek|truck)\s(?:[a-z]+\s){0,5}?(?:with\s(?:the|my|a|his)\s${FIREARM}|where\sthe\s${FIREARM}s?\s(?:is|s))\b`,
      // "My sidearm's cleaned and I've picked a spot"
      String.raw`\b(?:my|the|his|dads)\s${FIREARM}(?:s|\sis|\swas)?\s(?:cleaned|loaded|oiled)(?:\sand\s(?:loaded|cleaned|ready|oiled))?(?=\s*(?:[.!?,;]|$)|\sand\s(?:i|ive|im)\b)`,
    ],
  },
  {
    id: 'en.prep.r5-cues',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // "this is where it ends for me", "this is where I get off"
      String.raw`\bthis\sis\swhere\s(?:it\s(?:all\s)?ends|i\s(?:end\sit|get\soff|stop))(?:\sfor\sme)?\b(?=\s*(?:[.!?,;]|$))`,
      // "next one's in 6 minutes", "train comes through at 11:40"
      String.raw`\b(?:next\sones|next\sone\sis|next\strain(?:\sis|s)?|train\s(?:comes|goes|passes|is\sdue))\s(?:in|at|thru|through|by)\s(?:at\s)?\d{1,2}(?::\d\d)?\b`,
      // "already picked the spot out by the lake", "I've picked a spot on the range road"
      String.raw`\b(?:picked|chose|chosen|found|scouted)\s(?:out\s)?(?:a|the|my)\s(?:spot|place|location|tree|ledge)\s(?:out\s)?(?:by|on|at|in|near|up|off|behind|where)\b`,
      // "nobody here to stop me this time", "no one around to stop me"
      String.raw`\b(?:nobody|no\sone|noone)\s(?:(?:is\s)?(?:here|around|home)\s)?to\sstop\sme\b`,
      // "everything I need is already in the garage", "what I need for it is out in the shed"
      String.raw`\b(?:everything|all|what)\si\sneed(?:\sfor\sit)?\s(?:is|s)\s(?:already\s)?(?:in|out|at|under|here|ready|set|in\smy)\b(?!\s(?:the\s)?(?:suitcase|bag|car\sfor|cart|basket|fridge|pantry))`,
      // "doing what I should've done in Kandahar", "do what I should have done years ago"
      String.raw`\bdo(?:ing)?\swhat\si\s(?:shouldve|should\shave|shoulda)\sdone\s(?:in|back|years|a\slong|long|over|the\sfirst|last)\b`,
      // "i finish tonight" (second-language English), "me i finish tonight"
      String.raw`\bi\s(?:finish|end|do\sit)\s(?:tonight|today|tomorrow)\b(?=\s*(?:[.!?,;]|$))`,
      // "i already started", "already started. im sorry"
      String.raw`\bi\s(?:already|just)\s(?:started|began)(?=\s*(?:[.!?,;]|$))|\bwriting\sthis\sfrom\s(?:the\s)?(?:bathtub|tub|bridge|roof|ledge|tracks)\b`,
      // "my mind's made up", "I'm squared away"
      String.raw`\b(?:my\s)?mind(?:s|\sis)\s(?:already\s)?made\sup\b|\bim\s(?:all\s)?squared\saway\b`,
      // "if i dont answer tomorrow its cause i did it"
      String.raw`\b(?:its|thats|it\sis)\s(?:cause|because|bc|cuz|cos)\si\s(?:did\sit|went\sthrough\swith\sit|did\swhat\si\ssaid)\b`,
      // "the stuff is ready", "everything's arranged"
      String.raw`\b(?:the|my)\sstuff\s(?:is|s)\s(?:ready|here|set)\b|\beverything(?:s|\sis)\s(?:arranged|taken\scare\sof|sorted|in\sorder)\b`,
      // "midnight it's over", "friday's it", "tonight it ends"
      String.raw`\b(?:${SOON})\s?,?\s(?:its|it\sis|it\sall|everything|it)\s(?:over|ends)\b(?=\s*(?:[.!?,;]|$))|\b(?:${SOON})(?:s|\sis)\sit\b(?=\s*(?:[.!?,;]|$))`,
      // "Planned it for after my daughter's graduation", "ending it on the anniversary"
      String.raw`\bplanned\sit\sfor\s(?:after|before|on|the)\b|\bend(?:ing)?\sit\son\s(?:the|my|his|her)\s(?:anniversary|birthday|\d{1,2}(?:st|nd|rd|th))\b`,
      // "he'll understand after tonight", "she'll know why tomorrow"
      String.raw`\b(?:hell|shell|theyll|he\swill|she\swill|they\swill)\s(?:understand|know\swhy|get\sit)\s(?:after|by|tomorrow|tonight)\b`,
      // "to hear her voice one more time", "she had no idea it was the last time"
      String.raw`\bhear\s(?:her|his|their|my\s[a-z]+s)\svoice\s(?:one\s(?:more|last)\stime|for\sthe\slast\stime)\b|\bno\sidea\s(?:it\swas|that\swas)\sthe\slast\stime\b`,
      // "told him it's for a week. it isn't", "told him i'm taking a break. it's not a break"
      String.raw`\btold\s(?:her|him|them|my\s[a-z]+|everyone|people)\s(?:that\s)?(?:its|it\sis|it\swas|im|i\sam|i\swas)\s[^.!?\n]{1,40}[.!?,]\s?(?:but\s)?(?:its\snot|it\sis\snot|it\sisnt|it\sisnt|isnt|its\snot\sa\s[a-z]+|im\snot|i\sam\snot)(?=\s*(?:[.!?]|$))`,
      // "gave my boots and my medals to my nephew", "gave my guitar to my buddy"
      String.raw`\bgave\s(?:away\s)?(?:my|his)\s(?:[a-z]+\s){0,2}?(?:and\smy\s(?:[a-z]+\s){0,2}?)?(?:medals|boots|guitar|watch|rifle|guns?|dog|cat|truck|ps\w*|xbox|tools|ring|dog\stags|flag|collection|bike|motorcycle)\s(?:to|away\sto)\s(?:my\s)?(?:little\s)?[a-z]+\b`,
      // "I'm parked next to it right now", "standing under the overpass now"
      String.raw`\b(?:im|i\sam)\s(?:parked|standing|sitting|waiting)\s(?:right\s)?(?:next\sto|under|on|at|by|beside|above)\s(?:it|the\s${PLACE})\s(?:right\s)?now\b|\bto\sknow\s(?:it|that\sit)\sworks\b`,
      // "I already decide." (second-language English), "on saturday I will go to the bridge"
      String.raw`\bi\s(?:already|have|finally)\s(?:decide|decided)\b(?=\s*(?:[.!?,;]|$))|\b(?:on\s)?${SOON}\s?,?\s(?:i\swill|ill|im\sgoing\sto|i\sgo|im\sgonna)\s(?:go|drive|walk|head)\s(?:to|up\sto|out\sto)\sthe\s(?:bridge|overpass|tracks|cliffs?|roof|river|lake|quarry|ledge)\b`,
      // "put the deed in the Bible where they'll find it"
      String.raw`\bwhere\s(?:theyll|they\swill|hell|shell|she\swill|he\swill|my\s[a-z]+\swill)\s(?:find|see)\s(?:it|them)\b`,
      // "bottle's right here", "the bottle is next to my keyboard"
      String.raw`\b(?:the\s)?(?:bottles|bottle\sis|pills\sare|meds\sare)\s(?:right\shere|next\sto\sme|next\sto\smy\s[a-z]+|in\sfront\sof\sme|by\smy\s[a-z]+|on\smy\s(?:desk|lap|nightstand))\b`,
    ],
  },
];
