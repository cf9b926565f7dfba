import type { RuleSpec } from '../rule';

/**
 * Round 15 (fifth session, 2026-11-28): families a new writer (fresh-ac: 191 of 200 risky messages told
 * indirectly) found missing, each written as a family with its look-alikes, not as that writer's
 * sentences, then narrowed against 60 look-alikes a reviewer wrote to break them (rules-r15.test.ts).
 */

/**
 * Someone the writer has lost, for "I'd trade places with him", "I'd just as soon be with them": a
 * person who died (not a phone, not "dead tired", not "passed the bar", not "gone to Hawaii").
 */
const A_DEATH = String.raw`\b(?:(?:he|she|they|who|both|brother|sister|buddy|friend|friends|wife|husband|son|daughter|mom|ma|dad|mother|father|grandpa|grandma|partner|guys)\s(?:\w+\s)?(?:died|passed(?!\s(?:the|a|an|my|his|her|out|by|through|over|up|around|along|it|that|this)\b)|was\skilled|got\skilled|were\skilled)|died\sin\smy\sarms|passed\saway|passed\son|funeral|grave|buried|kia|killed\sin\saction|widow(?:ed|er)?|in\sheaven|lost\s(?:him|her|them)|didnt\smake\sit|never\scame\shome|memorial|(?:been|is|s|are|re)\s(?:all\s)?gone\s(?:now|forever|\d+|a\s|two|three|for|since))\b`;

/** Medicines whose skipping can kill: "skipping my insulin on purpose". */
const LIFE_MEDS = String.raw`(?:insulin|dialysis|heart\smeds|heart\spills|blood\sthinners?|seizure\smeds|transplant\smeds|anti\s?rejection\smeds)`;

/** A person, for "another broken vet taking up space". */
const A_PERSON = String.raw`(?:vet|veteran|marine|grunt|soldier|sailor|airman|cop|guy|man|woman|person|body|mouth|drunk|addict|loser|burden|failure|screwup|screw\sup|mess|waste|one\sof\sus)`;

export const EN_ROUND15: readonly RuleSpec[] = [
  {
    id: 'en.passive.taking-up-space',
    lang: 'en', tier: 'passive', kind: 'passive', negatable: false,
    patterns: [
      // "I'm just taking up space", "another broken vet taking up space"; not space on a drive or in the fridge
      String.raw`\b(?:im|i\sam|another\s(?:[a-z]+\s){0,2}?${A_PERSON})\s(?:just\s)?(?:taking|wasting)\sup\s(?:space|air|oxygen)\b(?!\s(?:on|in)\s(?:the|your|my|a|our)\b)`,
      // "the world doesn't need another washed-up marine", "the planet doesnt need me"; not "another podcast",
      // not "need me to post a review"
      String.raw`\b(?:the\sworld|the\searth|the\splanet|nobody|no\sone|this\sworld)\s(?:doesnt|does\snot|dont)\sneed\s(?:me(?=\s*(?:[.!?,;]|$)|\s(?:around|here|anymore|alive|in\sit))|(?:another|one\smore)\s(?:[a-z]+\s){0,2}?${A_PERSON}(?=\s*(?:[.!?,;]|$)|\s(?:like\sme|taking|wasting|eating|around|here|alive|breathing|in\sit)))`,
    ],
  },
  {
    id: 'en.passive.should-be-here-not-me',
    lang: 'en', tier: 'passive', kind: 'passive', negatable: false, tenseInCore: true,
    near: { requires: A_DEATH, before: 160, after: 160 },
    patterns: [
      // survivor's guilt as a wish: "He's the one who should be here, not me", "I'd trade places with my brother"
      String.raw`\b(?:hes|shes|theyre|he\sis|she\sis|they\sare|he\swas|she\swas|they\swere)\sthe\sones?\s(?:who|that)\s(?:should|deserved\sto)\s(?:be\shere|have\s(?:lived|survived|made\sit|come\shome)|live|come\shome)\b`,
      String.raw`\b(?:id|i\swould|i\sd|if\si\scould|i\swish\si\scould)\s(?:gladly\s)?(?:trade|switch|swap)\s(?:places|spots)\swith\s(?:him|her|them|my\s[a-z]+|[a-z]+)\b`,
      // "should be me in the ground", "it should've been my name on that memorial wall, not his"
      String.raw`\bshould(?:ve|\shave)?\s(?:been|be)\s(?:me|my\sname)\s(?:in\sthe\sground|in\s(?:that|the|a)\s(?:grave|box|casket|coffin)|on\s(?:that|the)\s(?:memorial|wall|headstone|stone))\b`,
      // "I'd just as soon be with them", "joining her doesn't sound so bad", "I want to go wherever she went"
      String.raw`\b(?:id|i\swould|i\sd)\s(?:just\sas\ssoon|sooner|rather)\sbe\swith\s(?:them|her|him|my\slate\s[a-z]+)\b`,
      String.raw`\b(?:joining|join|being\swith)\s(?:her|him|them)\s(?:(?:doesnt|does\snot)\ssound\s(?:so\s|that\s)?bad|sounds\s(?:good|nice|ok|okay|peaceful|better|right))\b`,
      // the wish is now, whatever tense the rest of the sentence has (\"she went\")
      String.raw`\b(?<core>(?:want|wanna|ready|longing)\sto)\s(?:go\swhere(?:ver)?\s(?:she|he|they)\s(?:went|is|are)|join\s(?:her|him|them))\b`,
    ],
  },
  {
    id: 'en.active.hoping-someone-finishes-me',
    lang: 'en', tier: 'active', kind: 'die', wish: true, tenseInCore: true,
    patterns: [
      // "picking fights hoping somebody finishes what the Taliban started", "hoping a cop shoots me", "hoping somebody
      // ends me"; not a deck finished, a text shot over, a dinner out (a truck or an illness doing it is en.passive)
      String.raw`\b(?:hoping|hope|praying|wishing)\s(?:that\s)?(?:some(?:one|body)|somebody|a\s(?:cop|guy)|some\s(?:[a-z]+\s)?guy|the\snext\s(?:guy|one)|one\sof\sthem)\s(?:will\s|would\s|finally\s|just\s)?(?<core>finish(?:es)?\sme(?:\soff)?\b(?!\s(?:a|an|the|some|my|up|by|before|with)\b)|finish(?:es)?\swhat\s(?:the\s)?(?:taliban|war|enemy|insurgents?|cartel|gang|ied|bomb|blast|bullet|shrapnel|iraq|afghanistan|vietnam|korea)\s(?:started|couldnt\sfinish|didnt\sfinish)|(?:kills?|ends?)\sme\b(?!\s(?:with|at|in\s(?:a|the)\s(?:game|match|race)))|shoots?\sme\b(?!\s(?:a|an|the|some|my|up|over|down|back)\b)|puts?\sme\s(?:in\sthe\sground|out\sof\smy\smisery|down\slike\sa\s(?:dog|horse))|takes?\sme\sout(?=\s*(?:[.!?,;]|$)|\sfor\sgood|\sof\s(?:my\smisery|this\sworld)))`,
    ],
  },
  {
    id: 'en.active.skipping-life-meds-on-purpose',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true,
    // money, side effects, a diet and a doctor's orders are other reasons, told beside it
    near: {
      excludes: String.raw`\b(?:afford|pay|rent|bills|money|cost|costs|price|expensive|insurance|copay|ran\sout|run\sout|side\seffects|dizz\w*|nause\w*|weight|diet|pharmacy|refill|(?:doctor|dr|cardiologist|nurse|surgeon)\s(?:told|had|said|ordered|wants|asked)|told\sme\sto|had\sme\s(?:skip|stop|hold)|(?:called|calling|call)\smy\s(?:doctor|dr|cardiologist)|colonoscopy|procedure|surgery|bloodwork|blood\swork|labs|fasting|fast\sfor)\b`,
      before: 100, after: 100,
    },
    patterns: [
      // "skipping my insulin on purpose some days ... daring it", "dropped my dialysis on purpose"
      String.raw`\b(?:skipping|skippin|skipped|skip|stopped\staking|not\staking|quit\staking|missing|blowing\soff|dropped|ditched|havent\stouched|have\snot\stouched)\s(?:my\s)?${LIFE_MEDS}\s(?:[a-z]+\s){0,4}?(?:on\spurpose|deliberately|intentionally|hoping|to\ssee\swhat\shappens|seeing\show\slong|daring)\b(?!\s(?:was|is|isnt|wasnt)\s(?:never|not)\b)`,
      // "kind of hoping for a clot"
      String.raw`\bhoping\sfor\s(?:a|the)\s(?:clot|stroke|heart\sattack|coma|sugar\scrash)\b`,
    ],
  },
  {
    id: 'en.active.last-try-before-i-stop-trying',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, tenseInCore: true,
    patterns: [
      // "the last thing I'm trying before I stop trying"; not checking out of a hotel, a tournament, a breakup
      // or trying for a baby
      String.raw`\b(?:last|final)\s(?:thing|try|attempt|resort|chance|option|hope)\s(?:(?:im|i\sam|ill\sbe)\s)?(?:trying\s|going\sto\stry\s|giving\sit\s)?(?<core>before\si\s(?:(?:stop\strying|check\sout|tap\sout|end\sit)(?=\s*(?:[.!?,;]|$)|\s(?:for\sgood|for\sreal|forever|altogether|on\s(?:life|everything|living)))|give\sup\s(?:for\sgood|for\sreal|on\s(?:everything|life|living))))`,
    ],
  },
  {
    id: 'en.history.not-an-accident',
    // an attempt told as such: history, or recent / now by its time marks
    lang: 'en', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      // "a past overdose that wasn't accidental", "my crash in 2012 was no accident"; not a market crash,
      // a train wreck, a fall someone caused, a singer's overdose
      String.raw`\b(?:my|our|a\spast|a\sprevious|a\sprior|the)\s(?:(?:last|first|second|past|previous|old|big)\s)?(?:overdose|od|crash|wreck|car\saccident)\s(?:(?:in|back\sin)\s(?:19|20)\d\d\s)?(?:that\s|which\s)?(?:wasnt|was\snot|werent|was\snever|was\sno)\s(?:an\s|really\san\s|exactly\san\s|really\s)?accident(?:al)?\b`,
      // \"that wreck back in 2012 was no accident, i meant it\": \"that\" only with the intent said
      String.raw`\bthat\s(?:overdose|od|crash|wreck)\s(?:(?:in|back\sin)\s(?:19|20)\d\d\s)?(?:was\sno|wasnt\san|was\snot\san)\saccident\b(?=[^.!?\n]{0,20}\b(?:i\smeant\sit|on\spurpose|i\swanted\sto))`,
    ],
  },
  {
    id: 'en.history.intending-not-to-come-back',
    lang: 'en', tier: 'active', kind: 'suicide', pastIsAttempt: true, subject: 'open',
    patterns: [
      // "went out to the barn one night intending not to come back in"; not to a job, a town or before noon
      String.raw`\b(?:intending|meaning)\snot\sto\s(?:come\sback(?:\sin|\sinside|\shome)?|come\shome|make\sit\sback|wake\sup)\b(?!\s(?:to|for|here|until|till|before|after|from|this|next|early|at|in\s(?:the|a))\b)`,
    ],
  },
  {
    id: 'en.history.old-self-harm-scars',
    lang: 'en', tier: 'history', kind: 'history', negatable: false,
    near: { excludes: String.raw`\b(?:burns?|burned|fire|accident|surgery|surgeries|operation|appendix|ied|shrapnel|blast|dog|bite|crash|bike|glass|war|chemo|port|iv|stitches|barbed\swire|knife\sfight|attack\w*|assault\w*|soccer|football|hockey|rugby|sports?|cleats|skating|skateboard\w*)\b`, before: 80, after: 80 },
    patterns: [
      // "my arms have old scars from when i was a teenager" (the other order is en.history, history.ts)
      String.raw`\bmy\s(?:arms?|wrists?|thighs?|forearms?)\s(?:have|has|got|still\shave)\s(?:some\s)?(?:old\s)?scars\sfrom\s(?:when\si\swas|high\sschool|middle\sschool|my\steens|back\sthen)\b`,
    ],
  },
  {
    id: 'en.active.asked-about-it-doing-it',
    lang: 'en', tier: 'active', kind: 'selfharm',
    patterns: [
      // the question named, then the answer: "I know the form asks about self-harm. I've been doing it again",
      // "that question about hurting myself? it's been happening again"; not cutting back on sugar
      String.raw`\b(?:asks|asked|asking|question)\s(?:about|bout|abt)\s(?:self\s?harm|self\s?injury|hurting\s(?:myself|yourself)|cutting(?!\s(?:back|down|carbs|sugar|out|ties|corners|hair|costs|class|weight)))\b[^\n]{0,40}?\b(?:(?:i(?:ve|\shave)\sbeen|ive|been|ya\sbeen|yeah|yes|still)\s(?:doing|doin)\sit(?:\sagain|\sagn)?|(?:its|it\shas)\sbeen\shappening(?:\sagain)?)\b`,
    ],
  },
  {
    id: 'en.imminent.lethal-dose-for-me',
    lang: 'en', tier: 'imminent', kind: 'imminent', negatable: false,
    patterns: [
      // a dose asked about "for someone", then owned ("how many ... would it take to die" is en.imminent.plan's, owned or not);
      // not infusions or miles
      String.raw`\b(?:how\s(?:many|much)\s(?:[a-z]+\s){0,6}?(?:would\sit\stake\sfor\ssomeone\smy\ssize|would\sbe\s(?:fatal|lethal|enough\sto\s(?:die|not\swake\sup|do\sit))|would\sdo\sit|would\sbe\senough\sto\snot\swake\sup)|whats\sthe\slethal\s(?:amount|dose))\b[^\n]{0,60}?\b(?:asking\sfor\s(?:me|myself)(?!\sand)|(?:its|it\sis|this\sis)\sfor\sme)\b`,
    ],
  },
  {
    id: 'en.prep.keepsake-sent',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    near: { excludes: String.raw`\b(?:deploy\w*|surgery|moving|move|retir\w*|trip|travel\w*|baby|wedding|divorce|estate\splanning|lawyer|attorney|birthday|graduation|christmas|gift|present|new\sjob)\b`, before: 100, after: 100 },
    patterns: [
      // (affairs put in order, "squared away" too, are en.prep.listed's)
      // keepsakes sent to someone who will understand: "Sent my dog tags to my old squad leader. He'll know what it means."
      String.raw`\b(?:sent|mailed|gave|left)\s(?:my\s)?(?:dog\stags|medals|purple\sheart|bronze\sstar|flag|challenge\scoins?)\sto\s(?:my\s)?[a-z]+(?:\s[a-z]+){0,2}\b(?=[^\n]{0,60}\b(?:hell|shell|theyll|he\swill|she\swill|they\swill)\s(?:know|figure\sout|understand)\s(?:what\s(?:it|this|that)\smeans|why)\b)`,
    ],
  },
];
