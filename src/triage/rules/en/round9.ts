import type { RuleSpec } from '../rule';

/**
 * Ninth English pass, written as families after scoring a new writer (fresh-u, asked for indirect
 * English) once: self-harm relapse told by its tool or its marks, being done "not with the program, with
 * everything", "hang in there, but for what", thoughts of "taking myself out", reading up on ways, the
 * C-SSRS answered by item, what one would take from the cabinet at work, being found in time (history),
 * not taking the stairs back down, and anaphoric cues: no need to book anything after a date, "it's
 * handled", thanks for trying, a pet to be checked on, the back door left unlocked, telling someone first.
 * (The survivor's wish, wanting "out out", the plane hoped to go down and life insurance when it is
 * self-inflicted were added to their existing families in round4.ts, round6.ts and round7.ts.)
 */

/** The C-SSRS named, then an item answered yes: "C-SSRS q2 yes", "columbia question 4: yes". */
function cssrsItem(items: string): string {
  return String.raw`\b(?:c\s?ssrs|columbia)\b[^\n]{0,60}?\b(?:q|question|item|#)\s?${items}\s?[:=.-]?\s?(?:yes|y|si)\b`;
}

export const EN_ROUND9: readonly RuleSpec[] = [
  {
    id: 'en.selfharm.r9-relapse-marks',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true,
    // tan lines, stretch marks and tattoos are not cuts
    near: { excludes: String.raw`\b(?:tan|tattoos?|stretch|sunburn|sun|rash|eczema|hives)\b`, before: 24, after: 0 },
    patterns: [
      // "relapsed w the razor last night"
      String.raw`\b(?:relapsed\s(?:with|on)|went\sback\sto|going\sback\sto)\s(?:the\s|my\s)?(?:razors?|blades?|knife|lighter|scissors|sharpener|cutting|burning)\b`,
      // "the lines on my arms are back"
      String.raw`\b(?:the\s|new\s|fresh\s)?(?:lines|cuts|marks|scratches)\son\smy\s(?:arms?|wrists?|legs?|thighs?|stomach|hips?)\s(?:are|r)\s(?:back|fresh|new)\b`,
    ],
  },
  {
    id: 'en.passive.r9-done-with-everything',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "im done. not with the program. with everything", "hang in there, but for what"
      String.raw`\b(?:im|i\sam)\s(?:just\s)?done\b[.,;]?\s(?:not\swith\s(?:the\s|this\s)?[a-z]+[.,;]?\s)?with\s(?:everything|all\sof\s(?:it|this)|life|living|it\sall)\b(?!\s(?:on|for|in|at|from|today|tonight|this\sweek|you|but))`,
      // the advice is someone else's, the question the writer's: the match starts with who says it
      String.raw`\b(?:(?:everyone|everybody|people|they|my\s[a-z]+)\s(?:keeps?|kept)\s(?:telling|saying)\s(?:me\s)?(?:to\s)?)?(?:hang\sin\sthere|keep\sgoing|stay\sstrong|hold\son|keep\sfighting|keep\smy\shead\sup)\b[^.!?\n]{0,30}?\bbut\s(?:for\swhat|why|what\sfor|whats\sthe\spoint)\b`,
    ],
  },
  {
    id: 'en.active.r9-take-myself-out',
    lang: 'en', tier: 'active', kind: 'suicide', wish: true,
    patterns: [
      // "thoughts of taking myself out this past month" (not "taking myself out to dinner", "out of the game")
      String.raw`\b(?:take|taking|took|taken)\smyself\sout\b(?!\s(?:of|to|for|on|shopping|walking|dancing|drinking|running|hiking|fishing|alone|more|tonight\sfor|today\sfor)\b)`,
    ],
  },
  {
    id: 'en.active.r9-reading-up-on-ways',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open',
    patterns: [
      // "been reading up on ways. you asked, so there it is" (ways to what, left unsaid)
      String.raw`\b(?:reading\sup\son|reading\sabout|researching|looking\sup|googling|looked\sup|read\sup\son|searching\sfor)\s(?:different\s)?(?:ways|methods|how\sto\sdo\sit|how\sid\sdo\sit)(?=\s*(?:[.!?,;]|$))`,
      // "what I'd take from the med cabinet at work if I ever decided to"
      String.raw`\bwhat\s(?:id|i\sd|i\swould)\s(?:take|use|grab)\s(?:from|out\sof)\s(?:the\s)?(?:med(?:ication)?\s|drug\s)?(?:cabinet|cart|pyxis|closet|supply|pharmacy|room)\b[^.!?\n]{0,40}?\bif\si\s(?:ever\s)?(?:decided|did\sit|went\sthrough\swith\sit)\b`,
    ],
  },
  {
    id: 'en.screen.r9-cssrs-wish',
    lang: 'en', tier: 'passive', kind: 'passive', negatable: false,
    patterns: [cssrsItem('1')],
  },
  {
    id: 'en.screen.r9-cssrs-thoughts',
    lang: 'en', tier: 'active', kind: 'suicide', negatable: false, escalates: false,
    patterns: [cssrsItem('[23]')],
  },
  {
    id: 'en.screen.r9-cssrs-intent-plan',
    lang: 'en', tier: 'imminent', kind: 'imminent', negatable: false,
    patterns: [cssrsItem('[45]')],
  },
  {
    id: 'en.history.r9-screen-lifetime',
    lang: 'en', tier: 'history', kind: 'history', negatable: false,
    patterns: [
      // "C-SSRS lifetime Q6: yes, once, 2012", "yes to the 'ever' question. twice, both in my teens"
      cssrsItem('6'),
      String.raw`\byes\sto\s(?:the\s)?(?:ever|lifetime|past\sattempts?|attempts?)\squestion\b`,
    ],
  },
  {
    id: 'en.history.r9-found-in-time',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      // "my ex found me in time back in 2014"
      String.raw`\b(?:my\s[a-z]+|someone|somebody|they|he|she|a\sneighbou?r|the\scops|my\sroommate)\sfound\sme\s(?:just\s)?in\stime\b`,
    ],
  },
  {
    id: 'en.imminent.r9-not-coming-down',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "im up on the roof of my building. not taking the stairs back down"
      String.raw`\bnot\s(?:taking|using|going\sto\stake|gonna\stake)\sthe\s(?:stairs|elevator|ladder|steps)\s(?:back\s)?down\b`,
    ],
  },
  {
    id: 'en.prep.r9-cues',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    // a missed appointment with an ordinary reason is only that
    near: { excludes: String.raw`\b(?:reschedul\w*|another\stime|next\sweek|traffic|stuck\sat\swork|running\slate|childcare|babysitter|car\strouble|flat\stire)\b`, before: 120, after: 120 },
    patterns: [
      // "no need to book anything after the 15th", "dont schedule me for anything"
      String.raw`\bno\s(?:need|point)\s(?:to\s)?(?:book|schedule|put\sme\sdown\sfor|set\sup)\s(?:anything|me|a\s(?:slot|time|visit)|appointments?|sessions?)\s(?:after|past|beyond)\b|\b(?:dont|do\snot|no\sneed\sto)\s(?:schedule|book)\sme\s(?:for\s)?anything\b`,
      // "its handled", "I took care of things today", "I dont think I need a slot"
      String.raw`\b(?:its|it\sis|everythings|everything\sis|its\sall|all)\s(?:handled|taken\scare\sof)(?=\s*(?:[.!?]|$))|\b(?:took|taken)\scare\sof\s(?:things|everything)\s(?:today|already|this\sweek|this\smorning)\b|\b(?:dont|do\snot)\s(?:think\si\s)?need\sa\s(?:slot|time\sslot|spot)\b`,
      // thanks as a farewell, a pet to be checked on, the door left open: "tell Dr. Reyes thank you for trying"
      String.raw`\b(?:tell|thank)\s(?:dr\s[a-z]+|my\s(?:therapist|doctor|counselor|case\smanager|nurse)|everyone|them)\s(?:thank\syou|thanks)\sfor\s(?:trying|everything|all\s(?:you\sdid|your\shelp))\b|\b(?:someone|somebody)\s(?:needs\sto|will\sneed\sto|has\sto|should|will\shave\sto)\s(?:check\son|feed|let\sout|take\scare\sof)\s[a-z]+\b|\b(?:back|front|side)\sdoor\s(?:is|s|will\sbe|ll\sbe)\s(?:unlocked|open)\b`,
      // "I won't make the 3pm", "figured id text somebody first", "just wanted somebody to know"
      String.raw`\bi\s(?:wont|will\snot)\s(?:be\sable\sto\s)?make\s(?:it\sto\s)?(?:the|my|our)\s(?:\d{1,2}(?:\s?(?:pm|am|oclock))?|appt|appointment|session|call|consult|visit)\b|\b(?:figured|thought|wanted\sto)\s(?:id|i\sd|i\swould|to)\s(?:text|tell|call|let)\s(?:somebody|someone|you|anyone)\s(?:know\s)?(?:first|before)\b|\bjust\swanted\s(?:somebody|someone|you|anyone)\sto\sknow\b`,
    ],
  },
];
