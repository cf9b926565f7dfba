import type { RuleSpec } from '../rule';
import { PILLS } from './lexicon';
import { INNOCENT_UNLESS_PRETEXT } from './logistics';

/**
 * Seventh English pass, written as families after scoring a new writer (fresh-s) once: an overdose told
 * in the words of drinking ("down the hatch", "bottoms up", "chased it with"), a body going under after
 * it, pictures of the method that will not stop, asking the Lord to come sooner, hoping a wreck ends it,
 * not existing and being alive only for someone, self-harm as the only thing that helps, sleeping for
 * good, a plan for when nobody is around, history told as being pulled out of the water or sitting in the
 * car with a hose, a boat taken out and not brought back, and anaphoric cues that count beside a second one (a
 * last walk, the letter someone will find, a cover story, paperwork that will not matter after tonight).
 */

/** A drink or a swallow, said of pills. */
const GULP = String.raw`(?:down\sthe\shatch|bottoms\sup|chugged|chugging|chased\s(?:it|them|em)|washed\s(?:it|them|em)\sdown|knocked\s(?:it|them|em)\sback|threw\s(?:it|them|em)\sback|swallowed|downed)`;
const WATER = String.raw`(?:river|lake|ocean|sea|water|surf|bay|pond|creek|waves)`;

export const EN_ROUND7: readonly RuleSpec[] = [
  {
    id: 'en.imminent.r7-pills-gulped',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    near: { excludes: String.raw`\b(?:as\sprescribed|morning\smeds|vitamins?|with\sbreakfast|with\sdinner|my\sdose|antibiotics?|to\sthe\svet)\b`, before: 80, after: 80 },
    patterns: [
      // "lithium from my last stay, all of it, down the hatch around 9"
      String.raw`\b(?:${PILLS})\b[^.!?\n]{0,60}?\b(?:all\sof\s(?:it|them|em)|every\s(?:one|last\sone|pill)|the\swhole\s(?:bottle|thing|lot)|all)\s?,?\s(?:${GULP})\b`,
      // "I emptied his xanax sheet and chased it with half the tylenol"
      String.raw`\b(?:emptied|dumped|poured\sout)\s(?:(?:my|his|her|the|a|all|both)\s)?(?:[a-z]+\s){0,2}?(?:(?:${PILLS})\s)?(?:sheets?|blister\spacks?|strips?|bottles?|(?:${PILLS}))\b[^.!?\n]{0,20}?\b(?:and|then)\s(?:${GULP})\b`,
      // "all in one cup on the counter ... bottoms up at midnight"
      String.raw`\b(?:all|both|everything)(?:s|\sis|\sare)?\s(?:in|into)\sone\s(?:cup|glass|bowl|pile|hand)\b(?=[^\n]{0,120}\b(?:bottoms\sup|down\sthe\shatch|tonight|at\smidnight|when\s|after\s))`,
    ],
  },
  {
    id: 'en.imminent.r7-going-under',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    // the body after an overdose: only beside what was swallowed
    // (not after a nightly dose: "took my nightly meds and getting sleepy")
    requires: String.raw`\b(?:emptied|chased\s(?:it|them|em)|down\sthe\shatch|bottoms\sup|all\sof\s(?:it|them|em)|whole\s(?:bottle|pack|box)|the\srest\sof\s(?:the|my)|too\smany|a\shandful|every\s(?:pill|last\sone|one\sof))\b`,
    patterns: [
      String.raw`\b(?:getting|feeling|starting\sto\s(?:get|feel))\s(?:real\s|really\s|so\s|very\s|super\s)?(?:sleepy|drowsy|woozy|numb|floaty|heavy)\b|\bstarting\sto\s(?:shake|slur|fade|drift)\b|\bcant\skeep\smy\seyes\sopen\b`,
    ],
  },
  {
    id: 'en.active.r7-method-pictures',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      // "I can't stop picturing the noose from the barn rafters"
      String.raw`\b(?:cant|can\snot)\sstop\s(?:picturing|imagining|seeing|thinking\sabout)\s(?:the|a|my)\s(?:noose|rope|gun|barrel|muzzle|bridge|tracks|train|blade|razor|ledge|drop|fall)\b`,
      // "the thought of stepping in front of one of the big rigs has been on repeat"
      String.raw`\b(?:the\sthought|thoughts|flashes|images|pictures|visions)\s(?:of|about)\s(?:just\s)?(?:stepping|walking|driving|jumping|swerving|running)\s(?:out\s)?(?:in\sfront\sof|into|off|under)\s(?:one\sof\s)?(?:the\s|a\s)?(?:[a-z]+\s)?(?:rigs?|trucks?|semis?|trains?|traffic|bus|buses|${WATER}|bridge|cliff|tracks|ledge)\b`,
    ],
  },
  {
    id: 'en.passive.r7-lord-sooner',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "every night I tell the Lord I'm ready whenever He is, and I mean sooner"
      String.raw`\b(?:tell|told|telling|ask|asking|beg|begging|pray|praying)\s(?:to\s)?(?:the\slord|god|jesus|him)\s(?:that\s)?(?:im|i\sam)\sready\s(?:whenever|when)\s(?:he|you)\s(?:is|are)\b`,
      String.raw`\b(?:lord|god|jesus)\s?,?\s(?:please\s)?(?:just\s)?take\sme\s(?:home\s)?(?:now|already|tonight|soon|sooner)\b`,
    ],
  },
  {
    id: 'en.passive.r7-hoping-something-ends-it',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "I catch myself hoping some jackknifed rig ends my run for me"
      String.raw`\b(?:hoping|hope|hoped|wish|wishing|praying)\s(?:that\s)?(?:some|a|an|the)\s(?:[a-z]+\s){0,2}?(?:rig|truck|semi|car|driver|bus|train|drunk|storm|accident|heart\sattack|stroke|bullet|tornado)\s(?:would\s|will\s)?(?:just\s)?(?:ends?|takes?|finish(?:es)?|hits?|kills?|wipes?)\s(?:my\srun|me\sout|me|my\slife|it\sfor\sme|me\soff)\b`,
      // "boarding my flight and kinda hoping it goes down"
      String.raw`\b(?:hoping|hope|hoped|wish|wishing|praying)\s(?:that\s)?(?:it|the\splane|the\sflight|my\sflight|the\sbus)\s(?:[a-z]+\s){0,3}?(?:just\s)?(?:goes\sdown|keeps?\sgoing\sdown|crashes|doesnt\smake\sit|never\slands|falls\sout\sof\sthe\ssky)\b(?<=\b(?:flight|flying|plane|boarding|airport|bus|turbulence)\b[^\n]{0,80})`,
      // "if my flight went down next week i wouldnt exactly be upset"
      String.raw`\bif\s(?:my|the|our)\s(?:flight|plane)\s(?:went|goes|go|were\sto\sgo)\sdown\b[^.!?\n]{0,40}?\b(?:wouldnt|would\snot|wont|not)\s(?:(?:exactly|really|be|even|that|too)\s){0,3}(?:upset|sad|mind|care|complain|sorry)\b`,
    ],
  },
  {
    id: 'en.active.r7-only-cutting-helps',
    lang: 'en', tier: 'active', kind: 'selfharm', subject: 'open',
    patterns: [
      // "cutting is the only thing that helps rn"
      String.raw`\b(?:cutting|burning\smyself|hurting\smyself|self\sharm(?:ing)?)\s(?:is|s)\s(?:the\sonly\sthing|all|what)\s(?:that\s)?(?:helps|works|gets\sme\sthrough|getting\sme\sthrough|keeps\sme\sgoing|keeping\sme\sgoing|calms\sme|helping)\b`,
    ],
  },
  {
    id: 'en.active.r7-sleep-for-good',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      // "going to sleep for good tonight"
      String.raw`\b(?:go(?:ing)?\sto\ssleep|sleep|sleeping|going\sdown)\sfor\sgood\b`,
    ],
  },
  {
    id: 'en.imminent.r7-plan-when-alone',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    // a plan for an errand or a workout when it is quiet is not one
    near: { excludes: String.raw`\b(?:gym|work\s?out|pool|swim|store|shop|shopping|groceries|library|study|laundry|clean\w*|office|range|practice|mall|run|jog|hike|nap|meditat\w*|pray|read)\b`, before: 60, after: 40 },
    patterns: [
      // "my plan is the storage unit saturday morning when nobody's around"
      String.raw`\b(?:my|the)\splan\s(?:is|s)\b[^.!?\n]{0,60}?\bwhen\s(?:nobody|no\sone|noone)(?:s|\sis|\swill\sbe|ll\sbe)\s(?:around|home|here|there)\b`,
    ],
  },
  {
    id: 'en.passive.r7-never-existed',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "if I could press a button and never have existed I'd press it"
      String.raw`\b(?:press|push|hit)\sa\sbutton\sand\s(?:never\shave\sexisted|never\sexisted|not\sexist|disappear|be\sgone|stop\sexisting|never\shave\sbeen\sborn|never\sbe\sborn)\b`,
      // "wish I could not exist for a while. or forever"
      String.raw`\bwish\si\s(?:could|would)\s(?:just\s)?(?:not\sexist|stop\sexisting|cease\sto\sexist)\b`,
      // "I'm only still here for my mom"
      String.raw`\b(?:im|i\sam)\s(?:only|just)\s(?:still\s)?(?:here|alive|around)\s(?:for|because\sof)\s(?:my\s[a-z]+|the\skids|them|her|him)\b`,
    ],
  },
  {
    id: 'en.history.r7-pulled-out',
    lang: 'en', tier: 'history', kind: 'history',
    // pulled out of a current or a swim gone wrong is an accident
    near: { excludes: String.raw`\b(?:cool\soff|to\sswim|swimming|fishing|current|undertow|rip\scurrent|riptide|rapids|tubing|rafting|drunk|wasted|slipped|fell\sin)\b`, before: 60, after: 80 },
    patterns: [
      // "years ago I walked into the river in January and a fisherman pulled me out"
      String.raw`\b(?:walked|waded|swam|went|drove)\s(?:out\s)?into\sthe\s${WATER}\b[^.!?\n]{0,60}?\b(?:pulled|dragged|fished|got)\sme\sout\b`,
      // "in 2017 I sat in my car with a hose I'd bought"
      String.raw`\b(?:sat|was\ssitting)\sin\s(?:my|the)\s(?:car|truck|garage)\b[^.!?\n]{0,60}?\bwith\s(?:a|the)\s(?:hose|tube)\b`,
    ],
  },
  {
    id: 'en.imminent.r7-not-bring-it-back',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "plan is to take the boat out past the breakwater tonight and not bring it back"
      String.raw`\b(?:take|taking|row|rowing|paddle|paddling|sail|sailing)\s(?:the|my)\s(?:boat|kayak|canoe|raft|dinghy)\sout\b[^.!?\n]{0,60}?\band\snot\s(?:bring(?:ing)?\sit\sback|come\sback|coming\sback|row\sback|return)\b`,
    ],
  },
  {
    id: 'en.prep.r7-cues',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    // an innocent purpose stands unless it is the cover story told ("I told them I'm moving")
    near: { excludes: INNOCENT_UNLESS_PRETEXT, before: 80, after: 80 },
    patterns: [
      // "I'm taking my last walk down to the pond after supper"
      String.raw`\b(?:taking|take|going\son|go\son|going\sfor|go\sfor)\s(?:my|one)\s(?:last|final)\s(?:walk|drive|swim|ride|hike)\b|\bmy\s(?:last|final)\s(?:walk|drive|swim|ride|hike)\s(?:to|down|into|along|out)\b`,
      // "my grandkids will find the envelope and the letter"
      String.raw`\b(?:will|gonna|going\sto|are\sgoing\sto)\sfind\s(?:the|my)\s(?:envelope|letter|note|letters|notes)\b`,
      // a cover story: "wife thinks I'm going fishing", "I told them I'm moving"
      String.raw`\b(?:told|tell|telling)\s(?:them|everyone|everybody|people|my\s[a-z]+|her|him)\s(?:that\s)?(?:im|i\sam|i\swas|ill\sbe)\s(?:moving|going\son\sa\strip|going\saway|traveling|travelling|leaving\stown|on\svacation|going\sfishing|going\shunting|going\scamping)\b`,
      String.raw`\b(?:wife|husband|she|he|they|everyone|my\s[a-z]+)\sthinks?\s(?:im|i\sam)\s(?:just\s)?(?:going|out|at)\s(?:fishing|hunting|to\swork|for\sa\s(?:drive|walk|run)|camping)\b`,
      // a count-down in days: "Counting down. 3 days.", "counting down the days until it's over" (not to a vacation)
      String.raw`\bcounting\sdown\b(?=\s?[.,:;!]?\s?(?:\d+|one|two|three|four|five|six|seven|a\sfew)\s(?:more\s)?(?:days?|nights?|sleeps|weeks?)\b|\s(?:the\s)?(?:days|hours|nights)\b(?!\s(?:to|till|until|til|before)\s(?!(?:it|its|i|im|this|the\send)\b)))`,
      // an ultimatum: "if nobody calls me before midnight ..."
      String.raw`\bif\s(?:nobody|no\sone|noone|you|someone|somebody|they|she|he)\s(?:calls?|texts?|answers?|responds?|gets\sback\sto|writes?|comes?\sfor)\s(?:me\s)?(?:back\s)?(?:by|before|until|in\sthe\snext)\b`,
      // "i dont have 24h", "I don't have a week\"
      String.raw`\bi\s(?:dont|do\snot)\shave\s(?:24\s?h(?:ours|rs)?|24h|a\sweek|that\slong|much\stime\sleft|long\sleft)\b`,
      // "checking out on my birthday", "its planned down to the hour"
      String.raw`\b(?:its|it\sis|everything\sis|all)\s(?:planned|worked\sout|figured\sout)\s(?:down\sto\sthe\s(?:hour|minute|detail)|to\sthe\sminute)\b|\bcheck(?:ing)?\sout\son\smy\s(?:birthday|anniversary)\b`,
      // "after tonight none of this paperwork will matter\"
      String.raw`\bafter\s(?:tonight|tomorrow|this\sweekend|friday|saturday|sunday)\s(?:none\sof\s(?:this|it|that)\s(?:[a-z]+\s)?(?:will|is\sgoing\sto|gonna)|(?:this|it|that)\s(?:[a-z]+\s)?(?:wont|will\snot|isnt\sgoing\sto|is\snot\sgoing\sto))\smatter\b`,
    ],
  },
];
