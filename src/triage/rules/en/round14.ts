import type { RuleSpec } from '../rule';

/**
 * Fourteenth English pass, written as families after scoring a new writer (fresh-aa: English voices from
 * teenagers to Vietnam veterans, ranchers, corrections officers) once: worth more gone, not minding being
 * hurt on the tier, not seeing oneself here in five years, not caring whether one makes it home, wanting to
 * stop being, daydreams of a sickness that takes one out, parents who should
 * "get their wish", intrusive thoughts that are winning, "what if I just didn't brake", history told in
 * passing (aimed the rig at a pillar, something I tried, came close to doing something, a residential
 * program), and cues that count together (walking to the bridge now, emails scheduled for the morning after,
 * a note for each person, "when they're done I'm going", who gets the tractor written out).
 */
export const EN_ROUND14: readonly RuleSpec[] = [
  {
    id: 'en.passive.r14-told-sideways',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "the farm's worth more with me gone than with me on it"
      String.raw`\bworth\smore\s(?:with\sme\sgone|without\sme|if\si\s(?:was|were)\sgone|with\sme\sdead)\b`,
      // "If one of them shanked me on the tier I don't think I'd even mind"
      String.raw`\bif\s(?:[a-z]+\s){1,4}?(?:shanked|stabbed|shot|jumped|killed|took\sout)\sme\b[^.!?\n]{0,40}?\b(?:wouldnt|would\snot|dont\sthink\si(?:d|\swould))\s(?:even\s|really\s)?mind\b`,
      // "I don't see myself still being here in five years and I'm kind of okay with that"
      String.raw`\b(?:dont|do\snot|cant)\ssee\smyself\s(?:still\s)?(?:being\s)?(?:here|alive|around)\s(?:in|by|for)\s(?:five|ten|a\sfew|\d+|a\scouple(?:\sof)?)\s(?:years|months)\b(?=[^\n]{0,50}\b(?:okay|ok|fine|at\speace|alright)\swith\sthat\b)`,
      // "I've stopped caring whether I make it home off the road", "I just want to stop being"
      String.raw`\bstopped\scaring\s(?:whether|if)\si\s(?:make\sit|live|survive|wake\sup|come\shome)\b|\bi\s(?:just\s)?want\sto\sstop\sbeing(?=\s*(?:[.!?,]|$))`,
      // "i daydream about getting sick with something that just takes me out"
      String.raw`\b(?:daydream|dream|fantasi[sz]e)\sabout\sgetting\ssick\b[^.!?\n]{0,50}?\b(?:takes\sme\sout|kills\sme|takes\sme)\b`,
      // "they'd rather have no kid than a gay one, so maybe they should get their wish"
      String.raw`\bmaybe\sthey\s(?:should|will|can)\sget\stheir\swish\b(?<=\b(?:no|without\sa)\s(?:kid|son|daughter|child)\b[^\n]{0,80})`,
    ],
  },
  {
    id: 'en.active.r14-thoughts-winning',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      // "the intrusive thoughts about jumping are winning"
      String.raw`\bintrusive\sthoughts?\sabout\s(?:jumping|crashing|cutting|driving\soff|swerving|ending\sit|the\sgun|hanging|the\sbridge)\s(?:are|r|is)\s(?:winning|getting\slouder|taking\sover)\b`,
      // "those thoughts are back, the 'what if i just didn't brake' ones"
      String.raw`\bthoughts?\s(?:are|r)\sback\b[^.!?\n]{0,20}?\bwhat\sif\si\s(?:just\s)?(?:didnt|did\snot)\s(?:brake|stop|swerve)\b`,
    ],
  },
  {
    id: 'en.history.r14-told-in-passing',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      // "Years back I aimed my rig at a bridge pillar and swerved at the last second"
      String.raw`\baimed\smy\s(?:rig|truck|car|bike|semi)\sat\s(?:a|the)\s(?:[a-z]+\s)?(?:pillar|tree|wall|semi|bridge|pole|abutment|overpass)\b`,
      // "a week on a locked ward for something I tried", "came real close to doing something in the machine shed"
      String.raw`\bfor\ssomething\si\stried\b|\bcame\s(?:real\s|really\s|pretty\s|so\s|very\s)?close\sto\sdoing\ssomething\b`,
      // "did a residential program for self harm freshman year"
      String.raw`\b(?:residential|inpatient)\s(?:program|treatment|stay)\sfor\s(?:self\s?harm|cutting|an\sattempt)\b`,
    ],
  },
  {
    id: 'en.prep.r14-cues',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // "emails are scheduled to go out the morning after", "gym's cancelled"
      String.raw`\b(?:emails?|posts?|messages|texts)\s(?:are|is)\sscheduled\sto\sgo\sout\b|\b(?:gyms?|subscriptions?|memberships?|phone\splan)\s(?:is\s|s\s|are\s)?(?:cancelled|canceled)\b`,
      // "one for my roommate, one for my mom", "when they're done i'm going"
      String.raw`\bone\sfor\smy\s[a-z]+,?\s(?:and\s)?one\sfor\smy\s[a-z]+\b|\bwhen\s(?:theyre|they\sare|its|im)\s(?:done|finished)\s(?:im|i\sam)\s(?:going|gone|leaving)\b`,
      // "wrote out who gets the tractor", "walking there now" (to the bridge)
      String.raw`\bwrote\sout\swho\sgets\b|\b(?:walking|driving|heading)\sthere\snow\b(?<=\b(?:bridge|overpass|tracks|cliff|dam|roof|quarry)\b[^\n]{0,80})`,
    ],
  },
];
