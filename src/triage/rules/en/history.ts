import type { RuleSpec } from '../rule';

/**
 * History: a past attempt, past self-harm, past ideation or a past crisis hold, told as past. A recent
 * time ("last night", "yesterday") raises these through the tense modifier: an attempt last night is
 * an emergency, not a history.
 */
export const EN_HISTORY: readonly RuleSpec[] = [
  {
    id: 'en.history.attempt',
    lang: 'en', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      String.raw`\b(?:suicid(?:e|al)|od|overdose)\sattempts?\b`,
      String.raw`\bmy\s(?:(?:first|last|second|third|previous|prior|most\srecent|recent|latest|only|failed|serious)\s)?attempts?\b(?!\s(?:at|to|of|on\b|in\sthe\s(?:interview|test)))`,
      String.raw`\b(?:(?:had|made|survived|have\shad|ive\shad|there\swas|there\swere)\s)?(?:an?|one|two|three|four|five|several|multiple|a\scouple|a\sfew|many|\d)\s(?:(?:previous|prior|past|serious|failed|real|actual|suicide)\s)?attempts?\b(?!\s(?:at|to|of|on\b|per|remaining|left))`,
      String.raw`\b(?:first|second|third|last|1st|2nd|3rd|latest|most\srecent|previous|only)\sattempts?\s(?:was|were|happened|came)\s(?:at|in|when|after|around|about|back)\b`,
      String.raw`\battempted\s(?:suicide\s)?(?:at|in|when|back\sin|around|aged?)\s(?:\d{1,2}|(?:19|20)\d\d|the\sage|i\swas|high\sschool|college|my\s(?:teens|twenties|thirties))\b`,
      String.raw`\battempted\s(?:suicide\s)?(?:twice|once|(?:\d|one|two|three|four|five|several|multiple|a\scouple\sof)\s(?:times|x))\b`,
      String.raw`\battempts?\son\smy\sown\slife\b`,
      String.raw`\b(?:past|previous|prior|earlier|former)\s(?:suicide\s)?attempts?\b(?!\s(?:at|to|of|on\b))`,
      String.raw`\b(?:i|ive|i\shave|i\shad|i\sve)\s(?:(?:already|also|once|twice|actually|previously|even|have|had)\s){0,2}attempted\b(?=\s*(?:[.!?,;]|$)|\s(?:suicide|twice|once|before|again|back|in\b|when\b|as\sa|after|at\b|a\scouple|several|multiple|(?:one|two|three|four|five|\d+)\s(?:times?|x)|years|last|this|yesterday|but|and|it|to\s(?:kill|end|take|hang|overdose|die|commit|off|od|shoot|jump|drown|slit|cut)))`,
    ],
  },
  {
    id: 'en.history.survivor',
    lang: 'en', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      String.raw`\b(?:survived|survivor\sof|surviving)\s(?:an?\s|my\s|two\s|multiple\s|several\s)?(?:suicide\s|od\s|overdose\s)?(?:attempts?|overdoses?)\b|\b(?:attempt|suicide\sattempt)\ssurvivor\b`,
    ],
  },
  {
    id: 'en.history.hold',
    lang: 'en', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      String.raw`\b(?:hospitali[sz]ed|admitted|committed|locked\sup|inpatient|psych\sward|psychiatric\sward|put\s(?:in|on)\s(?:a\s)?(?:psych|psychiatric)\s(?:ward|hold|unit|hospital))\b(?=[^.!?\n]{0,90}\b(?:suicid\w*|attempt\w*|overdos\w*|od|had\sa\splan|kill\smyself|end\smy\slife|wanted\sto\sdie|self\s?harm\w*|cutting|cut\smyself|hurt\smyself|tried\sto))`,
      String.raw`\b(?:they|she|he|my\s[a-z]+|someone|somebody|the\scops|police|paramedics|ems)\sfound\sme\s(?:unconscious|passed\sout|unresponsive|hanging|on\sthe\sfloor|in\sthe\s(?:bathtub|tub|garage|bathroom|car|woods|closet)|after\si|before\sit|with\s(?:the|a|my))\b`,
      String.raw`\b(?:baker\s?act(?:ed)?|5150(?:d|ed)?|pink\s?slipped|sectioned|involuntary\s(?:hold|commitment)|psych\shold|72\shour\shold|(?<=\b(?:i|im|me|was|been|got|they\sput\sme|put\sme)\s(?:[a-z]+\s){0,2})on\ssuicide\swatch)\b(?!\s(?:duty|detail|shift|rotation|for\s(?:a|an|the)\s(?:inmate|prisoner|patient|detainee)))`,
    ],
  },
  {
    id: 'en.history.stopped',
    lang: 'en', tier: 'history', kind: 'history', negatable: false,
    patterns: [
      String.raw`\b(?:stopped|quit|gave\sup|been\sclean\sfrom|clean\sfrom|free\sfrom|free\sof|recovered\sfrom|sober\sfrom|sober\sof|clean\sof)\s(?:[a-z]+\s)?(?:cutting(?!\s(?:carbs|sugar|back|down|corners|class|classes|school|meat|gluten|dairy|calories|hair|costs|ties))|self\s?harm(?:ing)?|hurting\smyself|burning\smyself|sh)\b`,
      String.raw`\b(?:havent|have\snot|hasnt|didnt|not|no|never)\s(?:(?:cut|cutting|self\s?harmed|self\s?harm|hurt\smyself|harmed\smyself|burned\smyself|tried\sagain|attempted\sagain|had\sany\sthoughts|had\sthoughts|had\ssuicidal\sthoughts|felt\ssuicidal|been\ssuicidal|had\sany\ssuicidal\sthoughts|thought\sabout\s(?:it|suicide))\s)(?:(?:in|for|since)\s(?:years|months|ages|a\s(?:long\s)?while|a\scouple|a\sfew|\d+|(?:one|two|three|four|five|six|ten)\s(?:years?|months?)|long|19\d\d|20\d\d|high\sschool|college|my(?!\s(?:whole\s|entire\s)?life\b)|the|then|i\swas|getting|starting|being))\b`,
      String.raw`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\sfew|several)\s(?:days?|weeks?|months?|years?)\s(?:clean|free)\s(?:from|of)\s(?:cutting|self\s?harm(?:ing)?|sh)\b`,
    ],
  },
  {
    id: 'en.history.scars',
    lang: 'en', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      String.raw`\bscars?\s(?:from|of)\s(?:cutting|self\s?harm(?:ing)?|when\si\s(?:used\sto\s)?(?:cut|self\sharmed)|my\sattempt|the\sattempt|hurting\smyself|my\sold\scuts)\b|\b(?:self\s?harm|cutting|sh)\sscars\b`,
      // "the scars on my wrists are from when i was 17", "i have scars on my thighs from high school"
      String.raw`\bscars?\s(?:on|across|all\sover|up\sand\sdown)\s(?:both\s)?(?:of\s)?(?:my\s)?(?:wrists?|forearms?|arms?|thighs?|legs?|hips?|stomach)\s(?:(?:are|were|is|s|all|mostly|come)\s){0,2}(?:from\s)(?:when\si\s(?:was|used)|back\s(?:when|in|then)|high\sschool|middle\sschool|college|my\s(?:teens|teenage\syears|twenties|attempt|old\scuts|cutting|past)|(?:\d+|many|a\sfew|several|ten|twenty)\syears\sago|years\sago|a\slong\stime\sago|cutting|self\s?harm|(?:19|20)\d\d|age\s\d+|when\si\scut|an\sold\sattempt|before)\b`,
    ],
  },
  {
    id: 'en.history.crisis-line',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      String.raw`\b(?:i\s)?(?:called|texted|contacted|reached\sout\sto|phoned|hit\sup|chatted\swith|talked\sto)\s(?:the\s)?(?:988|suicide\s(?:hotline|lifeline|line|prevention\s(?:line|hotline|lifeline))|crisis\s(?:line|text\sline|hotline)|veterans\scrisis\sline|vcl|crisis\stext)\b(?!\s(?:with|for|about|on\sbehalf\sof)\s(?:him|her|them|my\s[a-z]+))`,
    ],
  },
  {
    id: 'en.history.tried-dated',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      // "I tried in 2019", "long ago I tried", "yeah I tried once": an attempt named only by its date
      String.raw`\bi\s(?:have\s|ve\s|had\s)?(?:tried|attempted)\s(?:it\s)?(?:before|once|twice|(?:\d|two|three|a\sfew|several)\stimes|in\s(?:19|20)\d\d|back\sin|years\sago|long\sago|a\slong\stime\sago|as\sa\s(?:kid|teen|teenager)|when\si\swas|in\s(?:high\sschool|college|the\s(?:army|service|military)))\b`,
      String.raw`\b(?:long\sago|years\sago|a\slong\stime\sago|back\sthen|once|in\s(?:19|20)\d\d),?\si\s(?:tried|attempted)\b(?=\s*(?:[.!?,;]|$))`,
      // "tried in 2019, and the thoughts are back", "attempted twice in 2010": the subject dropped
      String.raw`(?:^|[.!?,;:]\s?|\b(?:yes|yeah|and|but)\s)(?:i\s)?(?:tried|attempted)\s(?:(?:once|twice|again)\s)?(?:in|back\sin|around)\s(?:19|20)\d\d\b(?!\sto\b)`,
      // "ive tried before ... 2010 and 2014", "i tried before, pills"
      String.raw`\b(?:ive|i\shave|i)\s(?:tried|attempted)\s(?:it\s)?before\b(?=[^\n]{0,80}?\b(?:(?:19|20)\d\d|pills|overdose|od|rope|gun|hanging|wrists|hospital|icu|er|psych|ward|hotline)\b)`,
      // an answer about past attempts: "once, in 2002, with pills", "yes, 2009, hospitalized", "twice. 2010 and 2014, pills both times"
      String.raw`(?:^|[.!?:;]\s?)(?:(?:yes|yeah|yep|once|twice|one\stime|two\stimes|tried|attempted|almost|nearly)\s?,?\s){1,2}(?:(?:in|back\sin|around)\s)?(?:19|20)\d\d\s?,?\s(?:(?:and\s(?:19|20)\d\d)\s?,?\s)?(?:(?:with|by|using|on|and|via)\s)?(?:(?:a|an|my|the|some)\s)?(?:pills|meds|gun|rope|hanging|overdose|od|cutting|wrists|razor|car|exhaust|bridge|jumping|hospitali[sz]ed|icu|inpatient|psych\sward)\b`,
    ],
  },
  {
    id: 'en.history.thoughts-back',
    lang: 'en', tier: 'active', kind: 'suicide', needsContext: true,
    patterns: [
      String.raw`\b(?:the\s|those\s|these\s|my\s)?(?:thoughts|urges|feelings|ideas)\s(?:are|have\sbeen|came|come|keep\scoming|have\scome|started\scoming)\s(?:back|again)\b|\bthinking\sabout\s(?:doing\s)?it\sagain\b|\b(?:the\s)?(?:thoughts|urges)\s(?:have\s)?returned\b`,
    ],
  },
  {
    id: 'en.history.talked-down',
    lang: 'en', tier: 'history', kind: 'history', subject: 'open',
    patterns: [
      // "in 2021 I stood on the bridge for an hour. a cop talked me down"
      String.raw`\b(?:stood|was\sstanding|sat|was\ssitting|climbed|went)\s(?:on|at|over|onto|up\son|up\sto|out\son)\s(?:the|a|that|this)\s(?:[a-z0-9]+\s)?(?:bridge|ledge|edge|roof|rooftop|railing|overpass|tracks|cliff)\b(?=[^\n]{0,120}?\b(?:talked\sme\s(?:down|off|out\sof\sit)|talked\swith\sme\sfor\s(?:\d+|an|two|three|a\scouple)\s(?:hours?|minutes)|pulled\sme\s(?:back|off|down)|got\sme\sdown|for\s(?:an\shour|hours|(?:\d+|two|three)\shours|a\slong\stime|a\swhile)|ready\sto\sjump|to\sjump|about\sto\sjump|almost\sjumped|thinking\sabout\sjumping|didnt\sjump|couldnt\sjump|couldnt\sdo\sit|didnt\sdo\sit|wanting\sto\sjump|wanted\sto\sjump)\b)`,
      String.raw`\b(?:talked|talking)\sme\s(?:down\s(?:from|off)|off)\s(?:the|a|that)\s(?:[a-z]+\s)?(?:bridge|roof|rooftop|railing|overpass|tracks|cliff)\b|\btalked\sme\sdown\b(?<=\b(?:bridge|roof|rooftop|ledge|railing|overpass|tracks|cliff|jump|jumping|gun|pills|rope)\b[^\n]{0,150})`,
    ],
  },
  {
    id: 'en.history.almost-did-it',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      // "almost did it in 2020 but i called the hotline", "came so close to doing it, my wife walked in"
      String.raw`\b(?:almost|nearly|came\s(?:so\s)?close\sto|was\sabout\sto)\s(?:doing|did|do|going\sthrough\swith|went\sthrough\swith|go\sthrough\swith)\s(?:it|things)\b(?=[^\n]{0,80}?\b(?:(?:19|20)\d\d|hotline|988|crisis\sline|pills|gun|rope|bridge|note|hospital|called\s(?:my|the|a)|stopped\sme|walked\sin|found\sme|talked\sme)\b)`,
      // "i had the rope and everything ... i didnt go through with it"
      String.raw`\b(?:didnt|did\snot|never|couldnt|could\snot)\sgo\sthrough\swith\sit\b(?:(?=[^\n]{0,150}\b(?:rope|gun|pills|bridge|noose|jump|note|overdose)\b)|(?<=\b(?:rope|gun|pills|bridge|noose|jump|note|overdose)\b[^\n]{0,150}))`,
    ],
  },
];
