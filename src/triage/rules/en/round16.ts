import type { RuleSpec } from '../rule';

/**
 * Round 16 (fifth session, 2026-11-28): families a new writer (fresh-ae: messages written as answers in
 * the middle of the questionnaire, 170 of 200 risky ones told indirectly) found missing, each with its
 * look-alikes (rules-r16.test.ts).
 */
export const EN_ROUND16: readonly RuleSpec[] = [
  {
    id: 'en.imminent.last-one-i-talk-to',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "You're the last one I'm talking to. Take care of yourselves."; not the last call of the day
      String.raw`\b(?:youre|you\sare|yall\sare|you\sguys\sare)\sthe\slast\s(?:one|ones|person|people)\s(?:im\s|i\sam\s|ill\sbe\s)?(?:talking\sto|talk\sto|telling|writing\sto)\b(?![^.!?\n]{0,30}\b(?:today|tonight|this\s(?:week|morning|afternoon)|before\s(?:my|the|i\s(?:go|leave|head))|on\smy\s(?:list|calls)|in\sline)\b)`,
    ],
  },
  {
    id: 'en.imminent.so-they-dont-find-me',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // a place chosen so the family does not find the writer: "rented a motel room so my kids don't have to find me"
      // (hiding a mood is not: "so my kids dont find me like that", as in en.prep.wont-be-alive)
      String.raw`\bso\s(?:my\s(?:kids|wife|husband|family|son|daughter|mom|parents|roommate)|nobody|no\sone|they)\s(?:doesnt|dont|wont|does\snot|do\snot|will\snot|never)\s(?:have\sto\s)?(?:find|see)\sme\b(?!\s(?:smoking|drinking|drunk|crying|hiding|like\s(?:this|that)|sad|upset|here|at\s|in\sthe\s))`,
    ],
  },
  {
    id: 'en.imminent.edging-closer',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    // a high place or the tracks, named beside it
    near: { requires: String.raw`\b(?:platform|bridge|roof|rooftop|ledge|balcony|overpass|cliff|tracks|railing|parking\sgarage|top\sfloor)\b`, before: 100, after: 60 },
    patterns: [
      // "standing on the train platform and i keep stepping closer to the edge"
      String.raw`\b(?:keep|kept|been|im|i\sam)\s(?:stepping|inching|edging|leaning|moving|getting)\s(?:closer\sto|toward|towards|out\sover|over)\sthe\s(?:edge|tracks|rail|railing|ledge)\b`,
    ],
  },
  {
    id: 'en.imminent.plan-and-date',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "I have a plan and a date"
      String.raw`\b(?:i\s(?:have|got)|ive\sgot|i\salready\shave)\s(?:a\s)?plan\sand\s(?:a\s)?(?:date|day|time)\b(?!\s(?:for|to|with|at|in|on)\b)`,
    ],
  },
  {
    id: 'en.prep.dont-schedule-me',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // cues that count beside another: "dont schedule me", "cancel my intake", "I won't finish this form", "he'll understand why"
      String.raw`\b(?:dont|do\snot|no\sneed\sto)\s(?:bother\s)?(?:schedul(?:e|ing)|book(?:ing)?)(?:\sme|\sanything)?(?=\s*(?:[.!?,;:]|$))|\bscheduling:?\s(?:dont|do\snot)\sbother\b`,
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
      // "I'm not safe with my thoughts at night", "I don't feel safe with myself"
      String.raw`\b(?:im|i\sam|i\sdont\sfeel|i\sdo\snot\sfeel|not\sfeeling)\s(?:not\s)?safe\swith\s(?:my\s(?:own\s)?(?:thoughts|mind|head)|myself)\b`,
    ],
  },
  {
    id: 'en.active.thread-letting-go',
    lang: 'en', tier: 'active', kind: 'die', wish: true,
    patterns: [
      // "hanging on by a thread and thinking about letting go"
      String.raw`\bhanging\son\sby\sa\s(?:thread|string)\b[^.!?\n]{0,40}?\b(?:letting\sgo|let\sgo|to\slet\sgo)\b`,
    ],
  },
  {
    id: 'en.active.reckless-hoping',
    lang: 'en', tier: 'active', kind: 'die', wish: true,
    patterns: [
      // risk taken as a wish: "ride at 100+ no helmet at night hoping something happens"
      String.raw`\b(?:ride|riding|rode|drive|driving|drove|speed|speeding|no\shelmet|drunk|wasted|reckless\w*)\b[^.!?\n]{0,60}?\bhoping\s(?:something\shappens|i\s(?:crash|wreck|dont\smake\sit|dont\scome\sback)|it\sends)\b`,
    ],
  },
  {
    id: 'en.passive.god-forgot-me',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "God forgot to take me with the others in Fallujah", "I wish I'd gone with them"
      String.raw`\b(?:god|the\slord|death)\s(?:forgot|missed|skipped|passed\sover)\s(?:to\stake\s)?me\b(?!\s(?:for|on|in\sthe\s(?:lottery|draft|raffle)|when\s(?:he|they|god)\s(?:handed|gave|passed)\sout))`,
      String.raw`\bwish\s(?:id|i\swould|i\scould|i\shad|i\sd)\s(?:go|gone|went)\swith\s(?:them|her|him)\b(?=[^.!?\n]{0,20}?(?:[.!?,;]|$|\squietly|\stoo))`,
    ],
  },
  {
    id: 'en.passive.why-keep-going',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "nothing is worth it. why keep going"; not "why keep going to that gym"
      String.raw`\bwhy\s(?:keep\sgoing|go\son|keep\sliving|stay\salive|bother\sliving)\b(?!\s(?:to|with|at|on\sthis|on\swith|back|there|here)\b)`,
      // "I hate waking up ... disappointed I did"
      String.raw`\bwak(?:e|ing)\sup\b[^.!?\n]{0,40}?[.!?,;]?[^.!?\n]{0,40}?\bdisappointed\s(?:that\s)?i\s(?:did|do|still\sdo|woke\sup)\b`,
    ],
  },
  {
    id: 'en.active.the-self-harm-thing',
    lang: 'en', tier: 'active', kind: 'selfharm',
    patterns: [
      // "I still do the safety pin thing on my leg"
      String.raw`\b(?:do|doing|did)\sthe\s(?:safety\spin|pin|razor|blade|lighter|burning|cutting|scratching|carving)\sthing\son\smy\s(?:legs?|arms?|wrists?|thighs?|stomach|skin|hips?)\b`,
    ],
  },
  {
    id: 'en.history.talked-down-from',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      // "I stood on the Coronado bridge once in 2018 and a CHP officer talked with me for 2 hours"
      String.raw`\b(?:stood|was\sstanding|sat|was\ssitting|climbed)\s(?:up\s)?on\s(?:the\s)?(?:[a-z]+\s){0,2}?(?:bridge|ledge|overpass|roof|rooftop|railing|tracks)\b[^.!?\n]{0,60}?\b(?:talked\s(?:with\sme|to\sme|me\sdown|me\soff|me\sback)|pulled\sme\s(?:back|off|down)|got\sme\sdown)\b`,
    ],
  },
];
