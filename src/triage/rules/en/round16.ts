import type { RuleSpec } from '../rule';
import { INNOCENT } from './logistics';

/**
 * Round 16 (fifth session, 2026-11-28): families a new writer (fresh-ae: messages written as answers in
 * the middle of the questionnaire, 170 of 200 risky ones told indirectly) found missing, each with its
 * look-alikes, then narrowed against 60 look-alikes a reviewer wrote to break them (rules-r16.test.ts).
 */

/** A surprise, a game, hiding a mood: ordinary reasons not to be found or seen. */
const HIDING_FOR_FUN = String.raw`\b(?:surprise|party|gift|present|wrapping|cake|game|paintball|airsoft|hide\sand\seek|hiding\sspot|escond\w*|sorpresa|regalo|pastel|juego|fiesta)\b`;

/** Ordinary reasons to cancel, not to be scheduled, or to say someone will understand. */
const ORDINARY_REASON = String.raw`${INNOCENT}|\b(?:insurance|lawyer|attorney|graduation|wedding|party|job|work|shift|busy|conflict|baby|pregnan\w*|billing|bill|school|class|kids?\spickup|car\strouble|sick|flu|covid)\b`;

export const EN_ROUND16: readonly RuleSpec[] = [
  {
    id: 'en.imminent.last-one-i-talk-to',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "You're the last one I'm talking to. Take care of yourselves."; not the last before boarding, or about a bill
      String.raw`\b(?:youre|you\sare|yall\sare|you\sguys\sare|your)\sthe\slast\s(?:one|ones|1|person|people)\s(?:im\s|i\sam\s|ill\sbe\s|i\swill\s|im\sever\sgonna\s|im\sever\sgoing\sto\s)?(?:talking|talkin|talk)\sto(?=\s*(?:[.!?,;]|$)|\s(?:ever|again|in\s(?:this|my)\slife))`,
      // "this chat is the last conversation I'm going to have with anyone"
      String.raw`\bthe\slast\sconversation\s(?:im|i\sam|ill|i\swill)\s(?:ever\s)?(?:going\sto\s|gonna\s)?(?:have|be\shaving)\swith\s(?:anyone|anybody)\b`,
    ],
  },
  {
    id: 'en.imminent.so-they-dont-find-me',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    near: { excludes: HIDING_FOR_FUN, before: 80, after: 60 },
    patterns: [
      // a place chosen so the family does not find the writer: "rented a motel room so my kids don't have to find me"
      // (hiding a mood is not: "so my kids dont find me like that", as in en.prep.wont-be-alive)
      String.raw`\bso\s(?:my\s(?:kids|wife|husband|family|son|daughter|mom|parents|roommate)|nobody|no\sone|they)\s(?:doesnt|dont|wont|does\snot|do\snot|will\snot|never)\s(?:have\sto\sfind\sme\b(?!\s(?:at|in|on|like|crying|drunk)\b)|find\sme(?=\s*(?:[.!?,;]|$)))`,
    ],
  },
  {
    id: 'en.imminent.edging-closer',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    // a high place or the tracks named beside it; not a photo, a view or work on a roof
    near: {
      requires: String.raw`\b(?:platform|bridge|roof|rooftop|ledge|balcony|overpass|cliff|tracks|railing|parking\sgarage|top\sfloor)\b`,
      excludes: String.raw`\b(?:photo|picture|pic|selfie|view|sunset|gutters?|clean\w*|fix\w*|repair\w*|shingles|paint\w*|work\w*|toddler|kid|dog)\b`,
      before: 100, after: 60,
    },
    patterns: [
      // "standing on the train platform and i keep stepping closer to the edge"
      String.raw`\b(?:i\s(?:keep|kept)|im|i\sam|ive\sbeen|i\sve\sbeen)\s(?:just\s)?(?:stepping|inching|edging|leaning|moving|getting)\s(?:closer\sto|toward|towards|out\sover|over)\sthe\s(?:edge|tracks|rail|railing|ledge)\b`,
    ],
  },
  {
    id: 'en.imminent.plan-and-date',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "I have a plan and a date." said as a whole; not "a plan and a date: moving out", "a date tonight"
      String.raw`\b(?:i\s(?:have|got)|ive\sgot|i\salready\shave|got)\s(?:a\s)?plan\s(?:and|n)\s(?:a\s)?(?:date|day|time)(?=\s*(?:[.!]|$)|\s?,\s(?:dont\sworry|no\sworries|dont\slook|goodbye|bye|thanks|thank\syou|sorry))`,
    ],
  },
  {
    id: 'en.prep.dont-schedule-me',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    near: { excludes: ORDINARY_REASON, before: 120, after: 120 },
    patterns: [
      // cues that count beside another: "dont schedule me", "cancel my intake", "I won't finish this form", "he'll understand why"
      String.raw`\b(?:dont|do\snot|no\sneed\sto)\s(?:bother\s)?(?:schedul(?:e|ing)|book(?:ing)?)(?:\sme|\sanything)?(?=\s*(?:[.!?,;:]|$))|\bscheduling:?\s(?:dont|do\snot)\sbother\b|\bno\spoint\s(?:in\s)?(?:schedul\w*|book\w*)\s(?:me|anything)\b`,
      String.raw`\bcancel\s(?:my|the)\s(?:intake|consult|consultation|enrollment)(?=\s*(?:[.!?,;:]|$))`,
      String.raw`\b(?:wont|will\snot|not\sgoing\sto|not\sgonna)\s(?:finish|complete)\s(?:the|this)\s(?:form|questionnaire|intake|survey)(?=\s*(?:[.!?,;:]|$))`,
      String.raw`\b(?:hell|shell|theyll|he\swill|she\swill|they\swill)\s(?:understand|know|figure\sout)\swhy(?=\s*(?:[.!?,;:]|$))`,
      // "I've got it planned for my birthday, the 19th"
      String.raw`\b(?:ive\sgot|i\sgot|i\shave|its)\s(?:it\s|everything\s|it\sall\s)?(?:all\s)?planned\sfor\s(?:my\sbirthday|our\sanniversary|the\s\d{1,2}(?:st|nd|rd|th)?|(?:this\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tonight|tomorrow)\b`,
    ],
  },
  {
    id: 'en.active.not-safe-with-my-thoughts',
    lang: 'en', tier: 'active', kind: 'suicide', negatable: false,
    patterns: [
      // "I'm not safe with my thoughts at night", "I don't feel safe with myself"; never "I'm safe with myself"
      String.raw`\b(?:im\snot|i\sam\snot|i\sdont\sfeel|i\sdo\snot\sfeel|not\sfeeling|i\snever\sfeel)\ssafe\swith\s(?:my\s(?:own\s)?(?:thoughts|mind|head)|myself)\b`,
      // "my thoughts aren't safe to be alone with", "I don't trust myself to be alone tonight" (around a means: en.active.means-calling)
      String.raw`\bmy\s(?:own\s)?thoughts\s(?:arent|are\snot)\ssafe\b|\bi\s(?:dont|do\snot|cant|can\snot)\strust\smyself\s(?:to\sbe\salone|alone|right\snow|tonight)\b`,
    ],
  },
  {
    id: 'en.active.thread-letting-go',
    lang: 'en', tier: 'active', kind: 'die', wish: true,
    patterns: [
      // "hanging on by a thread and thinking about letting go"; not letting go of contracts or drivers
      String.raw`\b(?:hanging|holding)\son\sby\sa\s(?:thread|string)\b[^.!?\n]{0,60}?\b(?:(?:letting|let)\sgo|stop\sholding\son|quit\sholding\son)(?=\s*(?:[.!?,;]|$))`,
    ],
  },
  {
    id: 'en.active.reckless-hoping',
    lang: 'en', tier: 'active', kind: 'die', wish: true,
    patterns: [
      // risk taken as a wish: "ride at 100+ no helmet at night hoping something happens"
      String.raw`\b(?:no\shelmet|without\sa\shelmet|no\sseatbelt|without\sa\sseatbelt|drunk|wasted|\d{3}\+?|reckless\w*|red\slights?|wrong\sway|no\slights|full\sspeed|as\sfast\sas\s(?:it|i)\s(?:goes|can))\b[^.!?\n]{0,60}?\bhoping\s(?:something\shappens|i\s(?:crash|wreck|dont\smake\sit|dont\scome\sback))(?=\s*(?:[.!?,;]|$))`,
    ],
  },
  {
    id: 'en.passive.god-forgot-me',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "God forgot to take me with the others in Fallujah"; not at a raffle
      String.raw`\b(?:god|the\slord)\s(?:forgot|skipped|passed\sover)\s(?:to\stake\s)?me\b(?!\s(?:for|on|at|in|when)\b)`,
    ],
  },
  {
    id: 'en.passive.why-keep-going',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    // said of life, beside its weight (not a recipe or a game at halftime)
    near: { requires: String.raw`\b(?:nothing|no\spoint|pointless|worthless|empty|tired|hopeless|cant|alone|numb|worth\sit|anymore|no\sone|nobody)\b`, before: 80, after: 40 },
    patterns: [
      // "nothing is worth it. why keep going"; not "why keep going to that gym" ("why bother living" is en.passive.point-of-living's)
      String.raw`\bwhy\s(?:keep\sgoing|go\son|keep\sliving|stay\salive)(?=\s*(?:[.!?,;]|$)|\s(?:you\sknow|honestly|anymore|like\sthis))`,
    ],
  },
  {
    id: 'en.passive.disappointed-to-wake',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "I hate waking up ... disappointed I did"
      String.raw`\bwak(?:e|ing)\sup\b[^.!?\n]{0,40}?[.!?,;]?[^.!?\n]{0,40}?\bdisappointed\s(?:that\s)?i\s(?:did|do|still\sdo|woke\sup)\b`,
    ],
  },
  {
    id: 'en.active.the-self-harm-thing',
    lang: 'en', tier: 'active', kind: 'selfharm', subject: 'open',
    patterns: [
      // "I still do the safety pin thing on my leg"; not a neurologist's pin test
      String.raw`\b(?:do|doing|did)\sthe\s(?:safety\spin|razor|blade|lighter|burning|cutting|scratching|carving)\sthing\son\smy\s(?:legs?|arms?|wrists?|thighs?|stomach|skin|hips?)\b`,
      // "went back to hurting my skin with the safety pin"
      String.raw`\bhurting\smy\s(?:skin|arms?|legs?|wrists?|thighs?)\swith\s(?:a|the|my)\s(?:safety\spin|pin|razor|blade|lighter|knife|scissors)\b`,
    ],
  },
];
