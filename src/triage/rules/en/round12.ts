import type { RuleSpec } from '../rule';

/**
 * Twelfth English pass, written as families after scoring a new writer (fresh-y, short SMS in English)
 * once. Short texts drop the subject and the object: "cut again last night", "loaded it", "on the bridge
 * rn". The self-standing ones are written as such; the ones that need a referent are anaphoric cues, which
 * count beside a second cue, a means, or the writer's earlier messages (detect.ts).
 */
export const EN_ROUND12: readonly RuleSpec[] = [
  {
    id: 'en.selfharm.r12-subjectless',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true,
    // cutting something else is not self-harm
    near: { excludes: String.raw`\b(?:shav\w*|hair|nails|paper|cardboard|fabric|steak|meat|grass|lawn|hedges?|wood|costs?|carbs|sugar|back)\b`, before: 60, after: 60 },
    patterns: [
      // "cut again last night", "relapsed, cut again"
      String.raw`(?:^|[.!?,;]\s?)(?:just\s|also\s)?cut\sagain\b`,
    ],
  },
  {
    id: 'en.imminent.r12-in-the-tub-with-a-blade',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    near: { excludes: String.raw`\b(?:shav\w*|legs|beard|hair|nails)\b`, before: 60, after: 60 },
    patterns: [
      // "in the bathtub with the razor"
      String.raw`\bin\sthe\s(?:bath\s?tub|tub|bath|shower)\swith\s(?:the|a|my)\s(?:razor|razors|blade|blades|knife|box\scutter)\b`,
    ],
  },
  {
    id: 'en.active.r12-thoughts-louder',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open',
    patterns: [
      // "the thoughts of doin it are gettin louder", "thoughts of checking out are loud tonight"
      String.raw`\bthoughts?\sof\s(?:doing\sit|checking\sout|ending\sit|going\sthrough\swith\sit|not\sbeing\shere|being\sgone)\s(?:are|is|keep|been|r)\s(?:getting\s)?(?:louder|loud|worse|stronger|constant|back|nonstop)\b`,
      // "startin to think the only way out is out", "im a ghost already, might as well make it official"
      String.raw`\bthe\sonly\sway\sout\sis\sout\b|\bmight\sas\swell\smake\sit\sofficial\b(?<=\b(?:ghost|dead|gone|invisible|nobody)\b[^\n]{0,60})`,
    ],
  },
  {
    id: 'en.passive.r12-short-wishes',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "idk why im still here tbh", "whats left to stay for"
      String.raw`\b(?:idk|i\sdont\sknow|i\sdunno|dunno)\swhy\s(?:im|i\sam)\sstill\s(?:here|alive|around)\b|\bwhats\sleft\sto\s(?:stay|live|stick\saround|keep\sgoing)\sfor\b`,
      // "my baby would have a better life with a different mom"
      String.raw`\b(?:would|d|will)\shave\sa\sbetter\slife\s(?:without\sme|with\sa\sdifferent\s(?:mom|mother|dad|father|parent|wife|husband|mama))\b`,
      // "i dont see a future for me at all" (not "at this company")
      String.raw`\b(?:dont|do\snot|cant|can\snot)\ssee\sa\sfuture\sfor\s(?:me|myself)\b(?!\s(?:at\s(?!all\b)|in\s|with\s|here\b))`,
      // "world dont need me fr", "my life insurance is worth more than me"
      String.raw`\b(?:the\s)?world\s(?:dont|doesnt|does\snot)\sneed\sme\b|\bmy\slife\sinsurance\s(?:is|s)\sworth\smore\sthan\s(?:me|i\sam)\b`,
      // "ready to go be with my grandmother on the other side", "lord just call me home already"
      String.raw`\bready\sto\s(?:go\s)?be\swith\s(?:my\s[a-z]+|them|him|her)\s(?:on\sthe\sother\sside|in\sheaven|again|up\sthere)\b|\b(?:lord|god|jesus)\s(?:just\s|please\s)?(?:call|take|bring)\sme\shome\b`,
    ],
  },
  {
    id: 'en.history.r12-told-short',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      // "went off a bridge in 97 and lived", "got scars on my wrists from way back"
      String.raw`\bwent\soff\sa\s(?:bridge|cliff|roof|overpass)\b[^.!?\n]{0,30}\b(?:and\s)?(?:lived|survived|made\sit)\b|\bscars\son\smy\s(?:wrists?|arms?|thighs?)\sfrom\s(?:way\sback|back\sthen|years\sago|when\si\swas)\b`,
      // "few yrs back i wrote a note. my wife found it first", "had a plan after the fire in 2018"
      String.raw`\bwrote\sa\snote\b[^\n]{0,40}\bfound\s(?:it|me)\s(?:first|in\stime)\b|\bhad\sa\splan\s(?:after|back\sin|in)\b(?=[^.!?\n]{0,40}\b(?:19|20)\d\d\b)`,
    ],
  },
  {
    id: 'en.prep.r12-cues',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    // a cue that names a place is its own referent (detect.ts), so a commute over a bridge must be ruled out here
    near: { excludes: String.raw`\b(?:traffic|driving|drive|commute|commuting|stuck|construction|toll|lane|detour|bus|on\smy\sway|headed\sto\swork|walking\sthe\sdog|fishing|photos?|pictures?|sunset\sview)\b`, before: 80, after: 80 },
    patterns: [
      // "just finished writing my note", "on the bridge rn", "loaded it. sitting in my truck"
      String.raw`\b(?:finished|wrote|writing|written|left)\s(?:writing\s)?my\snote\b(?!\s(?:to|for)\s(?:the|my)\s(?:teacher|school|boss|landlord|doctor|work))|(?:^|[.!?]\s)(?:on|at|under)\sthe\s(?:bridge|roof|ledge|tracks|overpass|cliff|edge|quarry)\s(?:right\snow|now)\b|(?:^|[.!?]\s)loaded\s(?:it|her|the\sgun|the\spistol)\b`,
      // "its gonna be my service pistol", "bridge at sundown", "the plan is set for my birthday"
      String.raw`\b(?:its|it\sis)\s(?:gonna|going\sto)\sbe\s(?:my|the)\s(?:[a-z]+\s)?(?:pistol|gun|rifle|shotgun|rope|pills|razor|bridge)\b|\b(?:bridge|quarry|tracks|cliff|overpass|roof)\sat\s(?:sundown|sunset|sunrise|dawn|midnight|noon)\b|\bthe\splan\s(?:is|s)\s(?:set|scheduled|planned)\sfor\b`,
      // "tomorrow morning at the quarry", "sitting in my truck" (a second cue: "loaded it. sitting in my truck")
      String.raw`\b(?:tonight|tomorrow(?:\s(?:morning|night))?|today|at\s(?:sundown|sunset|dawn))\sat\sthe\s(?:quarry|bridge|tracks|cliff|overpass|dam|lake|river)\b|(?:^|[.!?]\s)sitting\sin\s(?:my|the)\s(?:truck|car|garage)(?=\s*(?:[.!?]|$))`,
      // "affairs in order", "made my peace", "im not gonna be here for the consult", "its decided"
      String.raw`(?:^|[.!?]\s)(?:affairs|everything)\s(?:is\s|are\s)?in\sorder\b|(?:^|[.!?]\s)made\smy\speace\b|\b(?:not\sgonna|not\sgoing\sto|wont)\sbe\shere\sfor\s(?:the|my|our)\s(?:consult|appointment|session|call|visit)\b|\b(?:its|it\sis)\sdecided(?=\s*(?:[.!?]|$))`,
    ],
  },
];
