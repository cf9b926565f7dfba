import type { RuleSpec } from '../rule';
import { ADV, ADVS, PET_ATE, PILLS, QUANT, SELF, TO } from './lexicon';

/**
 * Direct statements about killing oneself: the words, the slang, the methods. Tier active: a statement
 * about killing oneself is current ideation unless a modifier says otherwise (intent or a near time
 * raises it, the past lowers it to history, negation and third person remove it).
 */

/** Stance words that can sit before a method verb that is not itself reflexive ("going to jump"). */
const STANCE = String.raw`(?:want|wanna|wanted|going\sto|gonna|about\sto|ready\sto|thinking\sabout|think\sabout|thought\sabout|tell(?:s|ing)?\sme\sto|keeps?\stelling\sme\sto|says\sto|hoping\sto|dream\sabout|fantasize\sabout|urges?\sto|tempted\sto|could|might|should|will|ill|imma|plan\sto|planning\sto|planned\sto|need\sto|tried\sto|try\sto|trying\sto|almost|nearly|decided\sto)`;

const HEIGHTS = String.raw`(?:bridge|roof|rooftop|building|cliff|overpass|balcony|ledge|tower|parking\s(?:garage|structure|deck)|window|dam|overlook|skyscraper|high\s?rise|apartment\sbuilding|hotel|edge)`;
const VEHICLES = String.raw`(?:train|bus|truck|semi|subway|metro|tracks|train\stracks|railroad\stracks|traffic|oncoming\straffic|highway|freeway|interstate|car)`;

export const EN_DIRECT: readonly RuleSpec[] = [
  {
    id: 'en.direct.kill-self',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true,
    patterns: [
      // "kill myself", "off myself", "top myself" (UK), "neck myself", "unalive myself", "delete myself"
      String.raw`\b(?:kill(?:ing|ed|s)?|murder(?:ing|ed)?|off(?:ing|ed)?|unaliv(?:e|ed|ing)|top(?:ping|ped)?|neck(?:ing|ed)?|delet(?:e|ing|ed)|end(?:ing)?)\s${SELF}\b(?!\s(?:laughing|at\swork|working|over\s(?:this|it|that)|for\s(?:this|that|nothing|my\s(?:job|work|boss|family|kids))|trying|to\s(?:get|make|finish|pay|please|keep|provide|support)|with\s(?:work|overtime|shifts|doubles|the\s(?:work|job|overtime))|with\s(?:all\s)?(?:(?:the|this|that|these|those|my|so\smuch)\s)?(?:energy\sdrinks|coffee|caffeine|sugar|junk\sfood|fast\sfood|smoking|cigarettes|stress|worry|worrying|cardio|homework|studying)|at\sthe\sgym|in\sthe\sgym))`,
      String.raw`\bdo(?:ing)?\s${SELF}\sin\b`,
      String.raw`\b(?<!\b(?:shes|hes|theyre|she\sis|he\sis|they\sare|she|he|they|shell|hell|theyll)\s(?:(?:literally|just|really|actually)\s)?(?:going\sto|gonna|bout\sto|about\sto|finna|will|wants\sto|want\sto)\s)k\.?m\.?s\b`,
    ],
  },
  {
    id: 'en.direct.end-life',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true,
    patterns: [
      String.raw`\b(?:end(?:s|ing|ed)?|tak(?:e|es|ing)|took|taken)\s(?:my|me)\s(?:own\s)?(?:life|existence)\b(?!\s(?:back|into\smy\sown\shands|seriously|one\sday\sat\sa\stime|in\sa\snew\sdirection|more\sseriously|off\shold))`,
    ],
  },
  {
    id: 'en.direct.end-it',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:want|wanna|wanted|wanting|going\sto|gonna|ready\sto|decided\sto|about\sto|just|should|could|might|will|ill|imma|im|i\sam|plan\sto|planning\sto|need\sto|time\sto|thinking\sabout|think\sabout|thought\sabout|thoughts?\s(?:about|of)|urges?\sto|considering|contemplating|contemplate|fantasizing\sabout|fantasize\sabout|dreaming\sabout|obsessing\sover|obsessing\sabout|researching|tempted\sto|urge\sto|wish\si\scould|way\sto|how\sto|tried\sto|going\sto\sjust)\s(?:${TO}\s)?${ADVS}(?<core>end(?:ing)?\s(?:it|things|everything)(?:\sall)?|end(?:ing)?\s(?:the|my|this)\spain\s(?:permanently|for\sgood|forever|once\sand\sfor\sall)|check(?:ing)?\sout\s(?:for\sgood|permanently|early|of\slife|of\sthis\sworld))\b(?!\s(?:with|between|early|off|on\sa|here\sand|for\stoday|for\sthe\sday|for\snow|there|soon\sand\sgo|tonight\swith|at\s\d))`,
      String.raw`\bend(?:ing)?\s(?:it|everything)\sall\b`,
      // "i just think about checking out more than i should"
      String.raw`\b(?:think(?:ing)?|thought|thoughts)\s(?:about|of)\schecking\sout(?=\s*(?:[.!?,;:]|$)|\s(?:more|a\slot|sometimes|lately|every|all\sthe\stime|again|too|daily|early))`,
      // "i look at the potassium in the med room and think how easy it would be"
      String.raw`\b(?:think(?:ing)?|thought)\s(?:about\s)?how\seasy\s(?:it\s(?:would|d)\sbe|itd\sbe|it\sis)(?=\s*(?:[.!?,;:]|$)|\sto\s(?:die|end\sit|do\sit|just\s(?:end|do)|overdose|not\swake|take\sthem|use\sit|jump|inject|step\soff|let\sgo))(?:(?<=\b(?:potassium|insulin|pills|gun|rope|bridge|meds|ledge|edge|tracks|morphine|fentanyl|overdose|rifle|pistol|cliff|roof|train)\b[^\n]{0,120})|(?=[^\n]{0,80}\b(?:potassium|insulin|pills|gun|rope|bridge|meds|ledge|edge|tracks|morphine|fentanyl|rifle|pistol|cliff|roof|train)\b))`,
      String.raw`\b(?:want|wanna|need|ready\sto\sget|going\sto\sget|gonna\sget)\sout\b[\s.,!]*(?:permanently|for\sgood|of\s(?:this\s)?life|of\sthis\sworld|forever)\b`,
    ],
  },
  {
    id: 'en.direct.suicide',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, subject: 'open', postSubject: true,
    // "died by suicide" is always someone else's death, whoever the nearest subject ("a nurse I worked with died by suicide")
    // "the villain got unalived": a character in a story, the slang said of someone else
    near: { excludes: String.raw`\b(?<!(?:nearly|almost)\s)(?:died|dies|passed|passed\saway|was\slost|lost\s(?:him|her|them))\sby\ssuicide\b|\b(?:villains?|characters?|bad\sguys?|hero|npcs?|boss|monsters?|zombies?|enemy|enemies)\s(?:got|gets|getting|was|were|is|being)\sunalived$`, before: 30, after: 0 },
    patterns: [
      // singular only: "suicides" are other people's
      // the song title ("posted the lyrics to suicide is painless, the MASH theme")
      String.raw`\b(?<!passive\s)\bsuicide\b(?!\sis\spainless\s?[,;]?\s(?:the\s(?:mash|m\sa\ss\sh)\s(?:theme|song)|(?:from|by|on)\s(?:the\s)?(?:mash|m\sa\ss\sh|movie|show|soundtrack))\b(?![^\n]{0,80}\b(?:how\si\s(?:feel|felt)|i\smeant\sit|i\smean\sit|i\swant\sto|i\swanna|about\sme|goodbye)\b))(?!\s(?:scenes?|themes?|content|storyline|plot|episode|warnings?|tw|trigger\swarning|documentary|movie|film|song|novel|book|jokes?|memes?|bombers?|attempts?|survivors?|notes?|letters?|mission|squad|doors?|runs?|sprints?|drills?|burpees?|bomb\w*|vests?|attacks?|prevention|awareness|hotline|lifeline|rates?|calls?|cases?|victims?|investigations?|statistics|stats|watch|wings|seat|hill|king|crisis\sline|line|risk\sassessment|screening|screener|questions?|pact\sbetween|epidemic|loss\ssurvivors?|by\scop|among|in\s(?:the\s)?(?:military|army|veterans|police|first\sresponders)))`,
      String.raw`\bsewer\s?slid(?:e|ed|es|ing)\b`,
      String.raw`\bunaliv(?:e|ed|es|ing)\b`,
      String.raw`\bself\s?delet(?:e|ed|es|ing|ion)\b`,
      String.raw`\bctb(?:d|ed|ing)?\b`,
      String.raw`\bcommit(?:ting)?\s(?:sudoku|toaster\sbath|die)\b|\btoaster\sbath\b`,
      String.raw`\b(?<!(?:homicidal|violent)\s)\bideation\b`,
      String.raw`\b(?:become|became|be|becoming|end\sup\sas|ended\sup\sas|just)\s(?:one\sof\sthe\s22|the\s23rd|another\s(?:statistic|22|veteran\sstatistic)|a\sstatistic|part\sof\sthe\s22)\b|\b(?:make\sit|ill\sbe|be\snumber|im\snumber)\s(?:23|twenty\sthree|the\s23rd)\b`,
    ],
  },
  {
    id: 'en.direct.suicidal',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, subject: 'open', escalates: false,
    // "if someone in my house is suicidal": someone else, whatever possessive follows
    near: {
      excludes: String.raw`\b(?:if|when|whether)\s(?:someone|somebody|anyone|anybody|a\s(?:friend|family\smember|loved\sone|relative|client|patient|kid|child|roommate|partner))\b[^.?!]{0,30}\s(?:is|was|gets|becomes|feels|were)\s(?:[a-z]+\s)?suicidal\b|\bif\si\s(?:say|said|tell\syou|told\syou|type|typed|mention|write|wrote|answer)\s(?:that\s)?(?:im|i\sam|i\swas)\ssuicidal(?:\s[a-z]+){0,4}?\s?[?.!,]*\s?(?:(?:im\s|just\s)?asking\s)?(?:hypothetically|for\sa\sfriend|(?:but\s)?im\snot|(?:but\s)?i\sam\snot|not\sthat\si\sam)\b|\bif\si\s(?:mention|mentioned|bring\sup|brought\sup|say|said|use|used|type|write|talk\sabout)\s(?:the\s(?:word|words)\s|having\s|any\s)?suicidal\s(?:thoughts|feelings|ideation)\s?[?.!,]{0,3}\s?(?:(?:im\s|just\s)?asking\s)?(?:hypothetically)\b(?![^.!?\n]{0,30}\b(?:but|though)\s(?:(?:honestly|actually|really)\s)?i\s(?:do|did|have|am|get)\b)`,
      // "what happens if I say I'm suicidal? asking hypothetically, I'm not": the denial right after it
      before: 60, after: 60,
    },
    patterns: [
      String.raw`\b(?<!passive\s)\bsuicidal(?:ity|ly)?\b(?!\s(?:people|patients|clients|individuals|persons?|folks|veterans|vets|friends?|teens|kids|ones|members|callers|behavior\sin|risk\sin))`,
      String.raw`\b(?:feel(?:ing)?|im|i\sam|was|been|so|very|kinda|getting)\ssui\b|\bsui\s(?:thoughts|ideation|urges|vibes)\b`,
    ],
  },
  {
    id: 'en.direct.si-abbrev',
    lang: 'en', tier: 'active', kind: 'suicide', escalates: false, subject: 'open',
    patterns: [
      String.raw`\b(?:having|have|had|with|struggle\swith|struggling\swith|dealing\swith|experiencing|my|some|bad|intrusive|active|chronic|constant|daily)\s(?:s\.i|si)\b(?!\s(?:se|no|yo|ya|que|tu|mi|el|la|lo|me|te|es|senor|puedo|quiero|tengo|claro|pero|porque))`,
      // clinical shorthand with a count in English: "SI 4 of 7 days last week" (Spanish "si" never takes "of";
      // "si most days" stays out: it is as often "yes, most days")
      String.raw`\b(?:s\.i|si)\s(?:on\s)?\d\s(?:of|out\sof)\s\d\s(?:days|nights)\b`,
      // "past SI yes, current no" (told as past: history)
      String.raw`\b(?:past|prior|previous|history\sof|hx\sof)\s(?:s\.i|si)\s?[:,-]?\s?(?:yes|yeah|yep)\b`,
    ],
  },
  {
    id: 'en.direct.method',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:hang(?:ing|ed|s)?|hung|shoot(?:ing|s)?|shot|drown(?:ing|ed|s)?|poison(?:ing|ed|s)?|gas(?:sing|sed)?|suffocat(?:e|ing|ed)|electrocut(?:e|ing|ed)|stab(?:bing|bed|s)?|gun|knife|immolat(?:e|ing|ed)|asphyxiat(?:e|ing|ed)|smother(?:ing|ed)?|strangl(?:e|ing|ed))\s${SELF}\b(?!\s(?:in\sthe\s(?:foot|leg|knee)|out\sto\sdry|up\son|a\s(?:message|text|note|reminder|email)|an\semail|with\s(?:the\s)?(?:camera|phone)|in\sthe\smirror|on\scamera|with\swork|with\sfood|in\swork))`,
      String.raw`\b(?:slit(?:ting|s)?|slic(?:e|ing|ed)|cut(?:ting|s)?|open(?:ing|ed)?\sup)\s(?:my|me)\s(?:own\s)?(?:wrists?|throat|veins?)\b(?!\s(?:on\s(?:a|the|some)|while|by\saccident|accidentally|at\swork|shaving|cooking))`,
      String.raw`\b(?:blow(?:ing|n)?|blew)\s(?:my|me)\s(?:own\s)?(?:brains?|head|face)\s(?:out|off)\b|\bblow\s(?:out|off)\smy\s(?:brains?|head)\b`,
      String.raw`\b(?:put(?:ting)?|stick(?:ing)?|pop(?:ping)?|lodg(?:e|ing))\s(?:a|one|the|my)\s(?:bullet|round|slug|gun|barrel|pistol|rifle|shotgun|hole)\s(?:in|into|through|thru|to)\s(?:my|me)\s(?:own\s)?(?:head|brain|brains|skull|mouth|temple|heart|chest)\b`,
      String.raw`\b(?:eat(?:ing|s)?|ate|suck(?:ing)?(?:\son)?|swallow(?:ing)?|taste)\s(?:my|a|the|his|her|one|their)\s(?:gun|bullet|barrel|pistol|glock|revolver|shotgun|round|lead|sidearm|service\sweapon)\b`,
      String.raw`\bsuicide\sby\scop\b`,
      String.raw`\b(?:use|using|used|turn|turning|turned|point|pointing|pointed)\s(?:it|them|one|one\sof\s(?:them|my\s[a-z]+)|(?:the|my|a|his|dads)\s(?:[a-z]+\s)?(?:gun|weapon|pistol|rifle|shotgun|knife|pills|razor|blade|rope|belt|sidearm|glock))\s(?:around\s)?(?:on|against|at)\s(?:${SELF}|me)\b`,
      String.raw`\b(?:jump(?:ing|s)?|leap(?:ing|s)?|throw(?:ing)?\s${SELF}|threw\s${SELF}|hurl(?:ing)?\s${SELF}|launch(?:ing)?\s${SELF})\s(?:off|from|of|over)\s(?:(?:a|an|the|this|that|my|some|our)\s)?(?:[a-z]+\s){0,2}?${HEIGHTS}\b(?!\s(?:into\s(?:the|a)\s(?:water|lake|river|ocean|sea|pool)|for\sfun))`,
      String.raw`\b(?:jumped|leapt|leaped)\s(?:off|from)\s(?:(?:a|an|the|this|that)\s)?(?:[a-z]+\s)?(?:bridge|overpass|building|parking\sgarage|skyscraper|tower|balcony|window|cliff)\b(?!\s(?:into\s(?:the|a)\s(?:water|lake|river|ocean|sea|pool)|for\sfun|on\sa\sdare))`,
      String.raw`\b(?:jump(?:ing|s|ed)?|step(?:ping|s|ped)?|walk(?:ing|s|ed)?|run(?:ning|s)?|lay(?:ing)?|lie|lying|throw(?:ing)?\s${SELF}|threw\s${SELF})\s(?:down\s)?(?:out\s)?(?:in\sfront\sof|infront\sof|into|onto|under|on)\s(?:(?:a|an|the|some)\s)?(?:[a-z]+\s)?${VEHICLES}\b(?!\s(?:stop|station|ride|pass|ticket|to\swork|home|schedule))`,
    ],
  },
  {
    id: 'en.direct.stance-method',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      String.raw`\b${STANCE}\s(?:${TO}\s)?${ADVS}(?<core>driv(?:e|ing)\s(?:my\s(?:car|truck|jeep|bike|motorcycle)\s)?(?:off|into|over)(?:\s(?:a|an|the|this|that|some|oncoming)\s(?:[a-z]+\s)?(?:bridge|cliff|tree|wall|pole|river|lake|overpass|semi|truck|traffic|ditch|guardrail|embankment|canyon|ravine|pillar|barrier|edge|median|train|overlook|road))?(?!\s(?:to|with|home|for|after|in|and\sgo|and\sget|into\sthe\ssunset|now|the\slot|the\sparking))|crash(?:ing)?\smy\s(?:car|truck|bike|motorcycle)|(?:steer(?:ing)?|swerv(?:e|ing)|aim(?:ing)?|yank(?:ing)?\sthe\swheel)\s(?:my\s(?:car|truck)\s)?(?:into|off)\s(?:a|an|the|oncoming)\s(?:[a-z]+\s)?(?:tree|wall|pole|semi|truck|traffic|bridge|barrier|pillar|river|lake|ditch|train|overpass|median|guardrail)|(?:go(?:ing)?|step(?:ping)?)\s(?:over|off)(?=\s*(?:[.!?,;]|$)|\s(?:the\s)?(?:edge|side|rail|railing|ledge))|jump(?:ing)?(?!\s(?:in\b|on\b|into\b|at\b|to\b|through|ahead|start|right|ship|rope|the\sgun|back|up|around|for|over\sthe\s(?:fence|puddle)|higher|high|out\sof\sbed))|overdos(?:e|ing)(?!\s(?:if|when)\s(?:i|you)\s(?:mix|take|combine|drink|use|double|accidentally))|tak(?:e|ing)\s(?:all|every|the\swhole|a\sbunch\sof|a\shandful\sof)\s(?:(?:my|the|of\smy|of\sthe)\s)?(?:[a-z]+\s)?${PILLS}|pull(?:ing)?\sthe\strigger(?!\s(?:on|and\s(?:sign|buy|book|enroll|apply|order|get|go|commit|register|start|quit|move|do|call|send|hire|put)))|swallow(?:ing)?\s(?:them\sall|it\sall|the\swhole\sbottle|a\sbullet)|rop(?:e|ing)(?!\s(?:in|off|a|the|them|him|her|swing))|slit(?:ting)?\s(?:my|me)|drown(?:ing)?(?!ed\b))`,
    ],
  },
  {
    id: 'en.direct.overdose',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open', pastIsAttempt: true,
    // a cause of death given by the police or the coroner, someone else's: "last month it was a body. police said overdose"
    near: { excludes: String.raw`(?:\b(?:coroner|medical\sexaminer|autopsy|toxicology|tox\s(?:report|screen)|cause\sof\sdeath)|\b(?:body|bodies|corpse|remains|dead|died)\b[^\n]{0,60}?\b(?:police|cops|detectives?))(?:\s(?:said|says|say|thinks?|thought|ruled\sit|called\sit|listed\sit\sas|said\sit\swas|came\sback))?\s?[:,]?\s(?:(?:as\s)?an?\s)?(?:overdos(?:e|ed|ing)|over\sdos(?:e|ed|ing))$`, before: 130, after: 0 },
    patterns: [
      String.raw`\b(?<!(?:risk|chance|danger|signs?|symptoms?|threat|possibility|fear|afraid|scared|worried|prevent|preventing|reverse|reversing|treat|treating|narcan|naloxone|accidental|accidentally|unintentional|opioid|fentanyl)\s(?:of\s)?(?:an?\s)?)\b(?:overdos(?:e|ed|ing)|over\sdos(?:e|ed|ing))\b(?<!\b(?:another|next\sone|first\sone|one|call|the\scall|a\scall)\s(?:was|is|were)\s(?:an?\s)?(?:overdos(?:e|ed|ing)|over\sdos(?:e|ed|ing)))(?!\s(?:if|when)\s(?:i|you)\s(?:mix|take|combine|drink|use|double|accidentally)|\s(?:was|were|is|got\sruled|ruled|had\sbeen)\s(?:an?\s)?(?:accident|accidental|unintentional|ruled\saccidental)|\s(?:on\saccident|by\saccident|accidentally|prevention|risk|symptoms|kit|deaths?|crisis|epidemic|reversal|training|medication|response|responder|prevention|awareness|education|class|classes|course|drills?)|\s(?:on|of)\s(?:[a-z]+\s)?(?:netflix|tv|television|work|coffee|caffeine|sugar|candy|chocolate|sun|sunshine|love|info|information|cuteness|drama|social\smedia|youtube|tiktok|games|gaming|carbs|pizza|exercise|cardio|nostalgia|memes|news|homework|paperwork|meetings|studying|emails?|overtime|shows|anime|christmas|holidays|fun|sleep|naps?)\b)`,
      String.raw`\b(?:i|im|to|2|gonna|wanna|almost|nearly|just|might|could|will|ill|imma|about\sto|tried\sto|want\sto|going\sto)\s(?:od|odd|oded|oding|odeing)\b(?!\s(?:green|color))`,
    ],
  },
  {
    id: 'en.direct.pills',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open', pastIsAct: true,
    // a pet got into the bottle: "my dog ate a whole bottle of my prazosin"; "took all my morning meds" is the regimen
    near: { excludes: String.raw`${PET_ATE}|\b(?:morning|evening|nightly|night|bedtime|daily|regular|usual|am|pm)\s(?:meds|pills|medications?|doses?)\b`, before: 40, after: 0 },
    patterns: [
      String.raw`\b(?:take|takes|taking|took|taken|swallow(?:ed|ing|s)?|down(?:ed|ing)?|pop(?:ped|ping)?|eat|ate|eaten|chug(?:ged|ging)?|inject(?:ed|ing)?|shot\sup|snort(?:ed|ing)?)\s(?:(?:like|about|around|maybe|probably|over|almost|at\sleast|roughly|nearly|basically|literally|just)\s)?${QUANT}\s(?:of\s)?(?:(?:my|the|these|those|her|his|all|them|mine|our)\s)?(?:[a-z0-9]+\s){0,2}?${PILLS}\b(?!\s(?:today|this\smorning|tonight|on\stime|like\s(?:i\s(?:should|was\stold|am\ssupposed\sto)|a\sgood|my\sdoctor)|as\sprescribed|yesterday|for\sthe\sday|every\s(?:day|morning|night)|each\s(?:day|morning|night)|a\s(?:day|night)|per\sday|daily|earlier|already\stoday|at\sonce\s(?:every|each)|with\sfood|in\sthe\smorning|of\s(?:antibiotics|vitamins|probiotics|cough\ssyrup|allergy\smeds)\b|(?:[a-z]+\s){0,4}?like\s(?:the|my)\s(?:doctor|doc|nurse|pharmacist)\s(?:said|told|ordered|prescribed)))`,
      String.raw`\b(?:took|take|taking|swallowed|swallow|swallowing|taken|ate|eat|downed|down)\s(?:everything|all|every\spill|whatever)\s(?:in|from|i\s(?:had|have|could\sfind|found|can\sfind))(?:\s(?:my|the|our))?(?:\s(?:medicine\s(?:cabinet|chest|drawer|box)|cabinet|pill\s?box|pill\sorganizer|pharmacy|purse|bathroom|house|stash|drawer|bottle))?`,
      String.raw`\b(?:took|take|taking|swallowed|swallow|drank|ate|bought|injected|mixed)\s(?:[a-z0-9]+\s){1,5}?(?:to|so\si\s(?:would|could|wouldnt|wont))\s(?:die|kill\smyself|end\s(?:it|it\sall|my\slife)|not\swake\sup|never\swake\sup)\b`,
      // "I took my amitriptyline and my husbands percocet, all of it"
      String.raw`\b(?:took|swallowed|downed|ate|taken)\s(?:(?:my|his|her|the|our|dads|moms)\s)(?:[a-z]+\s){0,5}?${PILLS}\b[^.!?\n]{0,40}?,?\s(?:all\sof\s(?:it|them|em)|every\s(?:one|last\sone|pill|single\sone)|the\swhole\s(?:bottle|thing|lot))\b(?![^.!?\n]{0,40}\b(?:as\sprescribed|like\s(?:the|my|i\swas)\s(?:doctor|doc|nurse|pharmacist|told|supposed)|on\stime|this\smorning|with\sfood|every\s(?:day|morning|night)|each\s(?:day|morning|night))\b)`,
      String.raw`\b(?:took|swallowed|taken|downed|ate)\s(?:way\s)?too\smany(?=\s*(?:[.!?,;]|$)|\sof\s(?:them|my|the)|\s${PILLS})`,
    ],
  },
  {
    id: 'en.direct.means-run',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      // two or more lethal-means emoji in a row ("💊💊💊", "🔫⚰️") turn into this
      String.raw`\b(?:pills|gun|rope|knife|razor|blood|noose|poison)(?:\s(?:pills|gun|rope|knife|razor|blood|noose|coffin|grave|poison|the\send|alcohol)){1,8}\b`,
      String.raw`\b(?:coffin|grave)\s(?:pills|gun|rope|knife|razor|noose|poison)\b`,
    ],
  },
  {
    id: 'en.direct.weapon-thoughts',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:thinking\sabout|think\sabout|thought\sabout|urges?\sto|tempted\sto|fantasiz\w*\sabout|obsess\w*\s(?:about|over)|cant\sstop\sthinking\sabout)\s(?:grab(?:bing)?|get(?:ting)?|load(?:ing)?|reach(?:ing)?\sfor|pick(?:ing)?\sup|us(?:e|ing)|tak(?:e|ing)\sout)\s(?:my|the|a|dads|his)\s(?:[a-z]+\s)?(?:rifle|gun|pistol|shotgun|glock|revolver|handgun|weapon|sidearm)\b`,
    ],
  },
  {
    id: 'en.direct.picturing',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true,
    patterns: [
      String.raw`\b(?:picture|picturing|pictured|imagine|imagining|imagined|see|seeing|visuali[sz]e|visuali[sz]ing|fantasi[sz]e|fantasi[sz]ing)\smyself\s(?:hanging|dead|in\sa\s(?:coffin|casket|grave|body\sbag)|jumping|shooting\smyself|with\sa\s(?:gun|rope|noose)|overdosing|bleeding\sout|drowning|at\smy\sown\sfuneral|not\sbeing\shere|dying|killing\smyself|ending\sit)\b`,
    ],
  },
  {
    id: 'en.direct.scared-of-self',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      String.raw`\b(?:scared|afraid|terrified|frightened)\sof\s(?:myself|what\s(?:i\s(?:might|could|will|would|am\sgoing\sto)|ill|id|im\sgoing\sto|im\sgonna|i\sd)\s(?:end\sup\s)?do(?:ing)?(?:\sto\smyself)?|being\salone\swith\s(?:my\sthoughts|my\sgun|the\spills))\b|\b(?:dont|do\snot|cant)\strust\smyself\s(?:alone|with\s(?:my|the|a)\s[a-z]+|right\snow|tonight|anymore)\b`,
    ],
  },
  {
    id: 'en.direct.on-purpose',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open', pastIsAttempt: true,
    patterns: [
      // not when the thing cut, burned or hit is not the writer's body ("I cut my hair on purpose lol")
      String.raw`\b(?:drove|drive|driving|crashed|crash|crashing|wrecked|steered|swerved|jumped|stepped|overdosed|od|odd|cut|cutting|burned|burnt|burning|hurt|stabbed|shot|swallowed|took|drank|hit|wrapped|fell)\s(?!(?:(?:my|the|a|an|his|her|their|our|your|some|off|out|in|it|all|those|these)\s){0,2}(?:hair|bangs|beard|fringe|nails|grass|lawn|class|classes|corners?|school|cake|bread|toast|steak|fabric|paper|ties|cord|line|him|her|them|people|someone|somebody|everyone|contact|sugar|carbs|caffeine|hours|budget|cable|the\scheck|dinner|toast)\b)(?:[a-z0-9]+\s){0,6}?on\spurpose\b`,
      String.raw`\b(?:drive|drove|driving|speed|speeding)\s(?:[a-z]+\s){0,3}?hoping\s(?:i|to|that\si)\s(?:crash|die|dont\smake\sit|get\skilled|wreck|flip)\b`,
    ],
  },
  {
    id: 'en.direct.poison',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open', pastIsAct: true,
    patterns: [
      String.raw`\b(?:drank|drink|drinking|swallowed|swallow|ate|eat|took|take|chugged|chug)\s(?:(?:some|a\sbottle\sof|a\sglass\sof|a\scup\sof|the|half\sa\sbottle\sof)\s)?(?:bleach|antifreeze|poison|rat\spoison|drain\scleaner|lye|pesticide|weed\skiller|toilet\sbowl\scleaner)\b`,
    ],
  },
  {
    id: 'en.direct.euphemism',
    lang: 'en', tier: 'active', kind: 'die', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:want|wanna|wanted|going\sto|gonna|ready\sto|about\sto|will|ill|imma|thinking\sabout|think\sabout|time\sto|should|could|might|need\sto|plan\sto|planning\sto)\s(?:${TO}\s)?${ADVS}(?<core>kick\sthe\sbucket|take\sa\sdirt\snap|push\sup\sdaisies|meet\smy\smaker|cash\sin\smy\schips|take\sthe\s(?:easy|coward\s?s?)\sway\sout|take\sthe\slong\ssleep|clock\sout\s(?:for\sgood|permanently)|lights\sout\sfor\sgood|make\sit\spermanent|find\sa\spermanent\ssolution|go\sto\svalhalla|tap(?:ping)?\sout\s(?:for\sgood|permanently|of\s(?:life|this\slife))|punch\smy\s(?:own\s)?ticket)\b`,
      String.raw`\b(?:tap(?:ping)?\sout\s(?:for\sgood|permanently|of\slife)|my\s(?:end\sof\swatch|eow)\s(?:is\s)?(?:coming|near|close|soon|today|tonight))\b`,
      String.raw`\b(?:permanent\ssolution|final\sexit|easy\sway\sout)\b(?=[^.!?\n]{0,40}\b(?:for\sme|is\sthe\sonly|looking\sbetter|seems|sounds|tempting|im\sconsidering|i\skeep))`,
    ],
  },
  {
    id: 'en.direct.join-the-dead',
    lang: 'en', tier: 'active', kind: 'die', wish: true,
    requires: String.raw`\b(?:died|dead|death|funeral|grave|killed|passed|heaven|didnt\smake\sit|didnt\scome\shome|lost\s(?:him|her|them)|fallen|murio|muerte|fallecio|cementerio|panteon)\b`,
    patterns: [
      String.raw`\b(?:going\sto|gonna|want\sto|wanna|will|ill|ready\sto|time\sto|need\sto|should|about\sto|wish\si\scould)\s(?:just\s)?(?<core>(?:go\s)?(?:be\swith|join|follow|see)\s(?:him|her|them|my\s(?:[a-z]+\s)?(?:son|daughter|wife|husband|brother|sister|mom|mother|dad|father|buddy|buddies|guys|brothers|boys|friend|friends|baby|kid|kids|girl|boy|squad|unit)|the\sguys))\b(?!\s(?:at|for|to|in\s(?:the\scar|line|town)|on\s(?:the|a)|tomorrow\sat|after\swork|this\sweekend\sat))`,
      String.raw`\b(?:go\sbe|be|join|reunite)\swith\s(?:my\s[a-z]+|them|him|her|the\sguys)\s(?:who|that)\s(?:died|didnt\smake\sit|didnt\scome\shome|passed|are\sgone|killed\sthemselves|we\slost)\b`,
    ],
  },
  {
    id: 'en.direct.voices',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      String.raw`\b(?:voices?|voice\sin\smy\shead|my\shead|my\sbrain|my\smind|my\sthoughts)\s(?:[a-z]+\s){0,3}?(?:says?|tells?\sme|telling\sme|keeps\ssaying|keep\ssaying|keeps\stelling\sme|keep\stelling\sme|saying)\s(?:to\s|that\si\sshould\s|i\sshould\s)?(?:just\s)?(?:kill\s(?:yourself|myself)|kys|die|end\sit|hurt\s(?:yourself|myself)|jump|do\sit|finish\s(?:the\sjob|it|me\soff|(?:yourself|myself)\soff|what\s(?:they|he|she|the\s[a-z]+|[a-z]+s)(?=\s(?:started|began))))\b`,
    ],
  },
  {
    id: 'en.direct.all-i-think-about',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      String.raw`\b(?:gun|rope|pills|knife|razor|noose|coffin|grave|poison|death|dying|suicide|killing\smyself|ending\sit|ending\smy\slife|not\sbeing\shere)\s(?:(?:is|are|s)\s)?(?:all|the\sonly\sthing)\s(?:i\s)?(?:(?:can|ever)\s)?(?:think|thinking)\sabout\b|\b(?:thats|that\sis|its)\sall\si\s(?:can\s)?think\sabout\b(?<=(?:gun|rope|pills|knife|razor|noose|coffin|grave|poison|death|dying|suicide)[^.!?\n]{0,30})`,
    ],
  },
  {
    id: 'en.direct.asking-for-me',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      // a question about the program, then the disclosure: "does it help with suicidal thoughts? asking because I have them"
      String.raw`\b(?:suicidal\sthoughts|thoughts\sof\s(?:suicide|killing\smyself|dying)|suicide|self\s?harm|cutting|killing\syourself|hurting\syourself|wanting\sto\sdie|kill\syourself)\b[^\n]{0,60}?\b(?:(?:because|cause|cuz|since|asking\sbecause|asking\scause)\s(?:i\s(?:have\sthem|do|get\sthem|have\sthose|am|have\sbeen)|i\sdo)|i\shave\sthem|i\sget\sthem|i\sdo\stoo|me\stoo|like\si\sdo)\b`,
    ],
  },
  {
    id: 'en.desire.die',
    lang: 'en', tier: 'active', kind: 'die', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:want(?:s|ed|ing)?|wanna|need(?:ed|s)?|ready|long(?:ing)?|yearn(?:ing)?|would\slove|id\slove|deserve(?:d|s)?|trying|tryna|choose|chose|let\sme|going\sto\slet\s${SELF}|urge\sto|wish\sto|begging\sto|aching\sto)\s(?:${TO}\s)?${ADVS}(?<core>die|d13|dye(?=\s*(?:[.!?,;]|$)))\b(?!\s(?:my|her|his|their|the|it|a|your)\s(?:hair|beard|clothes|shirt|roots|eyebrows|jeans|eggs)|\s(?:(?:peacefully|happy|happily|old|in\smy\ssleep|in\smy\sown\sbed|at\shome)\s)?(?:when\si(?:m|\sam)\s(?:old|older|ready|\d+|an\sold|gray)|of\sold\sage|of\snatural\scauses|at\s(?:a\sripe|\d{2}\b)|an\sold\s(?:man|woman|lady)|old\b|surrounded\sby|before\smy\s(?:kids|children)))`,
    ],
  },
  {
    id: 'en.desire.die-soon',
    lang: 'en', tier: 'active', kind: 'die', wish: true, subject: 'open',
    patterns: [
      // "I'm going to die" alone is usually panic ("I felt like I was going to die"); with a near time or a farewell it is intent
      String.raw`\b(?<!(?:thought|felt\slike|feel\slike|like|afraid|scared|sure|think|worried|believed|knew|swear)\s(?:i\s(?:was|am|m)\s|im\s)?)\b(?:going\sto|gonna|will|ill|imma|about\sto)\s${ADVS}(?<core>die|d13)\s(?:tonight|today|tomorrow|this\sweekend|by\smorning|(?:on\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|and\s(?:nobody|no\sone)|by\smy\sown\shand|on\smy\sown\sterms)\b`,
    ],
  },
  {
    id: 'en.desire.feel-like-dying',
    lang: 'en', tier: 'active', kind: 'die', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:feel(?:s|ing)?|felt)\slike\s${ADVS}(?<core>dying|i\swant\sto\sdie|i\sshould\sdie|i\sneed\sto\sdie)\b(?!\s(?:of|from|laughing|inside|when|after))`,
    ],
  },
];

/** Exported for the means-at-hand and means + intent checks. */
export { ADV };
