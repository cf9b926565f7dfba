import type { RuleSpec } from '../rule';

/**
 * Round 15 (fifth session, 2026-11-28): families a new writer (fresh-ac: 191 of 200 risky messages told
 * indirectly) found missing, each written as a family with its look-alikes, not as that writer's sentences.
 */

/** Someone the writer has lost, for "I'd trade places with him", "I'd just as soon be with them". */
const A_DEATH = String.raw`\b(?:died|dead|killed|passed|passing|gone|funeral|grave|buried|lost\s(?:him|her|them)|kia|widow(?:ed|er)?|heaven)\b`;

/** Medicines whose skipping can kill: "skipping my insulin on purpose". */
const LIFE_MEDS = String.raw`(?:insulin|dialysis|heart\smeds|heart\spills|blood\sthinners?|seizure\smeds|transplant\smeds|anti\s?rejection\smeds|dialysis\ssessions)`;

export const EN_ROUND15: readonly RuleSpec[] = [
  {
    id: 'en.passive.taking-up-space',
    lang: 'en', tier: 'passive', kind: 'passive', negatable: false,
    patterns: [
      // "the world doesn't need another broken vet taking up space", "I'm just taking up space", "a waste of oxygen";
      // not a couch or a box taking up space
      String.raw`\b(?:im|i\sam|another\s(?:[a-z]+\s){0,2}?(?:vet|veteran|guy|man|woman|person|body|mouth|drunk|loser|burden|failure|soldier|cop|one\sof\sus))\s(?:just\s)?(?:taking|wasting)\sup\s(?:space|air|oxygen)\b`,
      String.raw`\b(?:the\sworld|nobody|no\sone|this\sworld)\s(?:doesnt|does\snot|dont)\sneed\s(?:me|another\s(?:[a-z]+\s){0,2}?(?:vet|veteran|guy|man|woman|person|mouth|drunk|loser|burden|failure|soldier|cop)|one\smore\s(?:[a-z]+\s)?(?:vet|veteran|guy|person|mouth|burden))\b`,
    ],
  },
  {
    id: 'en.passive.should-be-here-not-me',
    lang: 'en', tier: 'passive', kind: 'passive', negatable: false,
    near: { requires: A_DEATH, before: 120, after: 120 },
    patterns: [
      // survivor's guilt as a wish: "He's the one who should be here, not me", "I'd trade places with my brother in a heartbeat"
      String.raw`\b(?:hes|shes|theyre|he\sis|she\sis|they\sare|he\swas|she\swas|they\swere)\sthe\sones?\s(?:who|that)\s(?:should|deserved\sto)\s(?:be\shere|have\s(?:lived|survived|made\sit|come\shome)|live|come\shome)\b`,
      String.raw`\b(?:id|i\swould|i\sd)\s(?:gladly\s)?(?:trade|switch|swap)\splaces\swith\s(?:him|her|them|my\s[a-z]+|[a-z]+)\b`,
      // "I'd just as soon be with them" (a wife and friends gone)
      String.raw`\b(?:id|i\swould|i\sd)\s(?:just\sas\ssoon|sooner|rather)\sbe\swith\s(?:them|her|him|my\s(?:wife|husband|son|daughter|mother|mom|dad|father|friends|buddies|brothers|boys|family))\b`,
    ],
  },
  {
    id: 'en.active.hoping-someone-finishes-me',
    lang: 'en', tier: 'active', kind: 'die', wish: true,
    patterns: [
      // "picking fights hoping somebody finishes what the Taliban started", "hoping a cop shoots me"
    // (a truck or an illness doing it is a passive wish: en.passive)
      String.raw`\b(?:hoping|hope|praying|wishing)\s(?:that\s)?(?:some(?:one|body)|somebody|a\s(?:cop|guy)|one\sof\sthem|they|he)\s(?:will\s|would\s|finally\s|just\s)?(?:finish(?:es)?\s(?:me(?:\soff)?|what\s(?:[a-z]+\s){0,4}?started|the\sjob)|kills?\sme|shoots?\sme|takes?\sme\sout|ends?\sit\sfor\sme|puts?\sme\sdown)\b`,
    ],
  },
  {
    id: 'en.active.skipping-life-meds-on-purpose',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true,
    // money, side effects and a diet are other reasons, told beside it
    near: { excludes: String.raw`\b(?:afford|cost|costs|price|expensive|insurance|copay|ran\sout|run\sout|side\seffects|weight|diet|pharmacy|refill|nauseous|sick\sto\smy\sstomach)\b`, before: 80, after: 80 },
    patterns: [
      // "skipping my insulin on purpose some days ... daring it"
      String.raw`\b(?:skipping|skipped|skip|stopped\staking|not\staking|quit\staking|missing|blowing\soff)\s(?:my\s)?${LIFE_MEDS}\s(?:[a-z]+\s){0,3}?(?:on\spurpose|deliberately|intentionally|hoping|to\ssee\swhat\shappens|daring)\b(?!\s(?:was|is|isnt|wasnt)\s(?:never|not)\b)`,
    ],
  },
  {
    id: 'en.active.last-try-before-i-stop-trying',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true, tenseInCore: true,
    patterns: [
      // "the last thing I'm trying before I stop trying", "my last shot before I check out"
      String.raw`\b(?:last|final)\s(?:thing|try|attempt|resort|chance|option|hope)\s(?:(?:im|i\sam|ill\sbe)\s)?(?:trying\s|going\sto\stry\s|giving\sit\s)?(?<core>before\si\s(?:stop\strying|give\sup\s(?:for\sgood|for\sreal|on\s(?:everything|life|living))|check\sout|tap\sout|end\sit|call\sit\squits\sfor\sgood))\b`,
    ],
  },
  {
    id: 'en.history.not-an-accident',
    // an attempt told as such: history, or recent / now by its time marks
    lang: 'en', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      // "a past overdose that wasn't accidental", "the crash wasn't really an accident"
      String.raw`\b(?:overdose|od|crash|wreck|fall|car\saccident)\s(?:(?:in|back\sin)\s(?:19|20)\d\d\s)?(?:that\s|which\s)?(?:wasnt|was\snot|werent|was\snever)\s(?:an\s|really\san\s|exactly\san\s|really\s)?accident(?:al)?\b`,
    ],
  },
  {
    id: 'en.history.intending-not-to-come-back',
    lang: 'en', tier: 'active', kind: 'suicide', pastIsAttempt: true,
    patterns: [
      // "went out to the barn one night intending not to come back in"; not to a job or a town
      String.raw`\b(?:intending|meaning|planning)\snot\sto\s(?:come\sback(?:\sin|\sinside|\shome)?|come\shome|make\sit\sback|wake\sup)\b(?!\s(?:to|for|here)\b)`,
    ],
  },
  {
    id: 'en.history.old-self-harm-scars',
    lang: 'en', tier: 'history', kind: 'history', negatable: false,
    near: { excludes: String.raw`\b(?:burns?|burned|fire|accident|surgery|surgeries|ied|shrapnel|blast|dog|bite|crash|bike|glass|war|chemo|port|iv|stitches|barbed\swire|knife\sfight|attack\w*|assault\w*)\b`, before: 80, after: 80 },
    patterns: [
      // "my arms have old scars from when i was a teenager" (the other order is en.history, history.ts)
      String.raw`\bmy\s(?:arms?|wrists?|thighs?|forearms?|legs|hips?|stomach)\s(?:have|has|got|still\shave)\s(?:some\s)?(?:old\s)?scars\sfrom\s(?:when\si\swas|high\sschool|middle\sschool|my\steens|back\sthen)\b`,
    ],
  },
  {
    id: 'en.active.asked-about-it-doing-it',
    lang: 'en', tier: 'active', kind: 'selfharm',
    patterns: [
      // the question named, then the answer: "I know the form asks about self-harm. I've been doing it again since March."
      String.raw`\b(?:asks|asked|asking|question)\s(?:about\s)?(?:self\s?harm|cutting|hurting\s(?:myself|yourself)|self\s?injury)\b[^\n]{0,40}?\bi(?:ve|\shave)\sbeen\sdoing\sit(?:\sagain)?\b`,
    ],
  },
  {
    id: 'en.imminent.lethal-dose-for-me',
    lang: 'en', tier: 'imminent', kind: 'imminent', negatable: false,
    patterns: [
      // a dose asked about "for someone", then owned: "how many would it take. Asking for me."
      String.raw`\bhow\s(?:many|much)\s(?:[a-z]+\s){0,6}?(?:would\sit\stake|does\sit\stake|would\sbe\s(?:fatal|lethal|enough)|to\s(?:die|od|overdose|be\sfatal|be\slethal))\b[^\n]{0,60}?\b(?:asking\sfor\s(?:me|myself)|(?:its|it\sis)\sfor\sme|im\sasking\sfor\smyself)\b`,
    ],
  },
  {
    id: 'en.prep.affairs-squared-away',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    near: { excludes: String.raw`\b(?:deploy\w*|surgery|moving|move|retir\w*|trip|travel\w*|baby|wedding|divorce|estate\splanning|lawyer|attorney)\b`, before: 100, after: 100 },
    patterns: [
      // "Got my affairs squared away": a cue that counts beside another ("Tonight's the night")
      String.raw`\b(?:got|put|have|had|getting|finally\sgot)\s(?:all\s)?(?:my|our)\saffairs\s(?:squared\saway|in\sorder|sorted|settled|straight|in\sline|wrapped\sup)\b`,
      // possessions sent to someone who will understand: "He'll know what it means."
      String.raw`\b(?:hell|shell|theyll|he\swill|she\swill|they\swill)\sknow\swhat\s(?:it|this|that)\smeans\b`,
    ],
  },
];
