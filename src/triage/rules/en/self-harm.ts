import type { RuleSpec } from '../rule';
import { SELF } from './lexicon';

/**
 * Self-harm: hurting oneself without the aim of dying. Tier active (current self-harm); "used to" and
 * dated statements become history through the tense modifier. Accidents ("cut myself shaving") and
 * idioms ("cut myself off", "beat myself up over it") are excluded inside the patterns because they
 * are not statements about self-harm at all.
 */

const ACCIDENT = String.raw`(?:off|out|some\sslack|a\sbreak|short|up\sabout|up\sover|in\s(?:the|a)\s(?:process|accident|crash|fall|wreck|blast|explosion)|(?:at|in|on|during)\s(?:the\s)?(?:gym|work|job|practice|game|training|pt|field|kitchen|range|garage|shop)|(?:while|when)\s[a-z]+ing|(?:while|when)\si\swas\s[a-z]+ing|shaving|cooking|chopping|slicing|lifting|working|playing|running|falling|tripping|slipping|skating|hiking|climbing|on\s(?:a|the|some)\s[a-z]+|by\saccident|accidentally|on\saccident|laughing|over\s(?:it|this|that|him|her|them|what|nothing)|for\s(?:it|that|this|what|being|not|letting|the|my)|thinking|worrying|stressing|wondering|by\s(?:drinking|smoking|eating|not|staying|isolating|pushing|working|overworking))`;
const BODY = String.raw`(?:thighs?|wrists?|arms?|forearms?|legs?|stomach|belly|skin|hips?|ankles?|chest|body|shoulders?|upper\sarms?|calves|ribs)`;

export const EN_SELF_HARM: readonly RuleSpec[] = [
  {
    id: 'en.selfharm.hurt-self',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true,
    // the bot's question complained about, not answered: "can we skip the part where you ask me five ways if I want to hurt myself"
    near: { excludes: String.raw`\b(?:skip|stop|quit|without|instead\sof)\s(?:the\spart\swhere\s)?(?:you\s)?(?:ask\w*|keep\sasking|grill\w*)\s(?:me\s)?(?:[a-z]+\s){0,4}?(?:if|whether)\si\s(?:want|wanna|plan|am\sgoing|m\sgoing)\s(?:to\s)?(?:hurt|harm)\smyself\s?\?`, before: 100, after: 4 },
    patterns: [
      String.raw`\b(?<!accidentally\s|accidently\s)\b(?:cut(?:s|ting)?|cutted|burn(?:s|ing|ed|t)?|hurt(?:s|ing)?|harm(?:s|ing|ed)?|injur(?:e|es|ing|ed)|hit(?:s|ting)?|punch(?:es|ing|ed)?|scratch(?:es|ing|ed)?|carv(?:e|es|ing|ed)|bash(?:es|ing|ed)?|bang(?:s|ing|ed)?|slap(?:s|ping|ped)?|bite|biting|bit|starv(?:e|es|ing|ed)|mutilat(?:e|es|ing|ed)|choke|choking|choked|pinch(?:es|ing|ed)?|bruis(?:e|es|ing|ed)|brand(?:ing|ed)?|mark(?:ing|ed)?\sup)\s${SELF}\b(?!\s${ACCIDENT})`,
    ],
  },
  {
    id: 'en.selfharm.cut-body',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?<!accidentally\s)\b(?:cut(?:ting)?|slic(?:e|ing|ed)|carv(?:e|ing|ed)(?:\sinto)?|burn(?:ing|ed|t)?|scratch(?:ing|ed)?|scrap(?:e|ing|ed)|goug(?:e|ed|ing)|pick(?:ing)?\sat|stab(?:bing|bed)?|bit(?:e|ing)?)\s(?:my|me)\s(?:own\s)?(?:[a-z]+\s)?${BODY}\b(?!\s(?:on\s(?:a|the|some)\s|while|shaving|cooking|at\swork|by\saccident|open\son|in\sthe\s(?:accident|crash|fall|wreck|blast)|hair|in\sthe\ssun|at\sthe\sbeach|lifting|in\sa\sfight))`,
    ],
  },
  {
    id: 'en.selfharm.noun',
    lang: 'en', tier: 'active', kind: 'selfharm', escalates: false, subject: 'open',
    // a form field answered with zero right after the label: "history of suicide attempts: 0, self harm: 0"
    near: { excludes: String.raw`^[a-z]+(?:\s[a-z]+){0,3}\s?[:=]\s?(?:0|zero|none|no|never|n\s?a|denies|denied|negative)\s?(?:[,;.]|$)`, before: 0, after: 30 },
    patterns: [
      String.raw`\bself\s?(?:harm(?:ing|ed|s|er)?|injur(?:y|ies|ing|e|ed|ious)|mutilat(?:e|ion|ing|ed)|inflicted\s(?:wounds?|cuts?|burns?|injur(?:y|ies))|hurt(?:ing)?|cutt(?:er|ing))\b(?!\s(?:scars|awareness|prevention|history\sof\sothers))`,
      String.raw`\bnssi\b|\b(?:been|keep|started|still|i|ive|im|again)\s(?:sh\s?ing|sh\s?d|sh\s?ed)\b`,
      String.raw`\bsh\s(?:urges?|relapse|again|thoughts|episode)\b|\b(?:relaps(?:e|ed|ing)|urges?)\s(?:on|with|to|of|into)?\s?(?:sh|cutting|self\s?harm(?:ing)?)\b`,
    ],
  },
  {
    id: 'en.selfharm.cutting',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:started|start|starting|been|keep|kept|still|back\sto|began|begin|urges?\sto|want\sto|wanna|wanting\sto|relapsed\s(?:on|with|into)?|stop|addicted\sto|habit\sof|thinking\sabout|think\sabout|tempted\sto|need\sto|going\sto|gonna|went\sback\sto|resist|resisting)\s(?:[a-z]+\s)?(?<core>cutting|burning\smyself|cut(?=\s*(?:[.!?,;]|$)|\s(?:again|so\sbad(?:ly)?|so\smuch|really\sbad(?:ly)?|real\sbad|bad(?:ly)?|deep(?:er)?(?!\s(?:in|into|on|cuts?)\b)|tonight|right\snow|rn|one\smore\stime|just\sonce|until|till|til|(?:most\s(?:nights|days)|every\s(?:night|day|week)|at\snight|all\sthe\stime|lately|some\s(?:nights|days)|constantly|daily)(?=\s*(?:[.!?,;]|$)|\s(?:and|but|now|again|lately)\b))\b))\b(?!\s(?:back|down|out|off|corners|class|ties|carbs|sugar|weight|hair|costs|it\sclose|in\sline|through|my\shair|the|a\b|wood|grass|cake|onions|vegetables|coupons|paper|hours|trees|firewood|steel|meat|people|them|him|her|contact|alcohol|caffeine|drinking|smoking|out\s\w+|school|work|classes|grass|lawns|checks|deals|tile|glass))`,
      String.raw`\bcutting\sagain\b`,
      // a relapse told without a subject: "relapsed and cut last night", "slipped up and cut again"
      String.raw`\b(?:relapsed|slipped\sup|slipped|caved|gave\sin)\s(?:and|n)\s(?:i\s)?(?<core>cut|burned|burnt)\b(?!\s(?:back|down|out|off|class|ties|my\shair|the|a\b|it|them|him|her))`,
      String.raw`\b(?:used\s(?:to|2)|use\sto|would)\s(?<core>cut|self\s?harm|burn\smyself|hurt\smyself|cut\smyself)\b(?!\s(?:back|down|out|off|corners|class|classes|school|ties|carbs|sugar|hair|costs|grass|lawns|wood|people|them|him|her|the\b|a\b|my\shair|coupons|meat|it|hours))`,
      // "i cut last night", "but I cut yesterday": a cut with a recent time and no object
      String.raw`\b(?:i|ive|i\shave)\s(?:(?:just|also|still|already)\s)?cut\s(?:again\s)?(?:last\snight|yesterday|today|this\smorning|earlier|tonight|this\sweek|over\sthe\sweekend|on\s(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`,
      String.raw`\b(?:i|im|ive)\s(?:(?:still|sometimes|often|always|usually|just|also)\s)?cut\s(?:when|if|whenever|to\s(?:cope|feel|calm|relieve|release|punish|numb|distract|get\sthrough)|every\s(?:night|day|time|week)|again|sometimes|a\slot|deep|so|because|cause|or\selse|instead|for\s(?:about\s)?(?:\d+|a|two|three|four|five|several|many|a\sfew)\s(?:years?|months?))\b`,
    ],
  },
  {
    id: 'en.selfharm.head',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:hit|hitting|hits|bang|banging|bangs|banged|bash|bashing|bashed|slam|slamming|slammed|smash|smashing|smashed|beat|beating)\s(?:my|me)\s(?:own\s)?(?:head|fists?|face)\s(?:against|into|on|off|through)\s(?:the\s|a\s)?(?:wall|walls|floor|door|mirror|desk|table|concrete)\b|\bhit\smyself\sin\sthe\s(?:head|face)\b`,
    ],
  },
  {
    id: 'en.selfharm.marks',
    lang: 'en', tier: 'active', kind: 'selfharm',
    patterns: [
      String.raw`\b(?:hard|deep|bad)\senough\sto\s(?:leave\s(?:marks|bruises|scars)|bleed|bruise|draw\sblood|scar|break\sthe\sskin)\b`,
      String.raw`\b(?:found|saw|noticed|seen|see|sees|hide|hiding|hid|cover|covering|covered)\s(?:(?:all|the)\s)?my\s(?:fresh\s|new\s)?(?:cuts|burns|wounds|fresh\scuts)\b|\bmy\s(?:fresh|new)\s(?:cuts|burns)\b`,
      String.raw`\b(?:knife|razor|blade)\s(?:[a-z]+\s){0,3}?(?:on|into|across)\s(?:my\s)?(?:arm|arms|legs?|wrists?|thighs?|stomach|skin)\b|\b(?:keep|carry|have|hide)\s(?:a\s)?(?:razor|blade|razor\sblade|knife|box\scutter)\s(?:[a-z]+\s){0,4}?for\swhen\s(?:it\sgets\sbad|i\sneed\sit|things\sget\sbad|i\sneed\sto)\b`,
    ],
  },
  {
    id: 'en.selfharm.urge-back',
    lang: 'en', tier: 'active', kind: 'selfharm', subject: 'open', escalates: false,
    patterns: [
      // "the urge to cut is back", "the need to hurt myself has been really strong"
      String.raw`\b(?:urges?|need|itch|temptation|craving|cravings)\s(?:to\s)?(?:cut|burn(?:\smyself)?|hurt\smyself|harm\smyself|self\s?harm|sh)\s(?:is|are|s|has|have|keeps?|came|comes|got|gets|was|were|been)\s(?:(?:been|really|so|getting|coming|back|so|super|very)\s){0,2}(?:back|strong|stronger|bad|worse|loud|louder|intense|overwhelming|constant|returning|there)\b`,
      // "i gave in" after an urge to cut
      String.raw`\b(?:gave|give|giving)\sin\b(?:\sto\s(?:it|the\surges?|them))?(?<=\b(?:cut|cutting|burn|burning|self\s?harm|sh|urges?\sto\s(?:cut|burn|hurt))\b[^\n]{0,100})`,
    ],
  },
  {
    id: 'en.selfharm.on-purpose',
    lang: 'en', tier: 'active', kind: 'selfharm', subject: 'open',
    patterns: [
      // "burned my hand on the stove on purpose", "hit my head on the door on purpose"
      String.raw`\b(?:burn(?:ed|t|ing|s)?|press(?:ed|ing)?|held|holding|cut(?:ting|s)?|scald(?:ed|ing)?|hit(?:ting|s)?|punch(?:ed|ing)?|bit|bite|biting|scratch(?:ed|ing)?|smash(?:ed|ing)?|slam(?:med|ming)?|broke|break|stab(?:bed|bing)?|hurt(?:ing|s)?|injur(?:ed|ing)|twist(?:ed|ing)?|sprain(?:ed)?|jam(?:med)?)\s(?:my\s(?:own\s)?(?:[a-z]+\s)?(?:${BODY}|hands?|fingers?|knuckles?|face|head|feet|foot|toes?|nails?|lips?|tongue|cheeks?)|myself)\s(?:[a-z]+\s){0,5}?on\spurpose\b`,
    ],
  },
  {
    id: 'en.selfharm.walls-until',
    lang: 'en', tier: 'active', kind: 'selfharm', subject: 'open',
    patterns: [
      // "i punch walls til my knuckles split", "hit the mirror until my hand bled"
      String.raw`\b(?:punch(?:es|ed|ing)?|hit(?:s|ting)?|smash(?:es|ed|ing)?|slam(?:s|med|ming)?|bang(?:s|ed|ing)?|beat(?:s|ing)?)\s(?:the\s|a\s)?(?:walls?|doors?|mirrors?|concrete|brick|bricks|windows?|steering\swheel)\s(?:[a-z]+\s){0,3}?(?:until|till|til|so\shard|hard\senough|to\sthe\spoint)\s(?:(?:that\s)?(?:my|the|i|it)\s)?(?:(?:knuckles?|hands?|fists?|fingers?|skin)\s)?(?:split|splits|bleed|bleeds|bled|bleeding|broke|break|cracked|crack|bruised|swell|swelled|(?:were|was|are|is)\sbloody|bloody|raw|broken)\b`,
    ],
  },
];
