import type { RuleSpec } from '../rule';

/**
 * Classic phrasings that came out none in a probe of 300 common crisis sentences and their look-alikes
 * (fourth session, 2026-11-28): the writer's own wish asked as a question about what is normal, and a
 * rehearsal with a ligature. A question about what is normal is how many people first say it ("is it
 * normal to want to die?"); the rehearsal is a warning sign of its own (the C-SSRS asks about it).
 */
export const EN_CLASSICS: readonly RuleSpec[] = [
  {
    id: 'en.passive.normal-to-wish-dead',
    lang: 'en', tier: 'passive', kind: 'passive', negatable: false,
    patterns: [
      String.raw`\b(?:is\sit|its|it\sis)\s(?:normal|weird|bad|wrong|okay|ok|common|crazy|selfish|a\sbad\ssign)\s(?:to|that\si|if\si)\s(?:(?:still|sometimes|constantly|kind\sof|kinda)\s)?(?:wish|wishing|hope|hoping|pray|praying)\s(?:(?:that\s)?(?:you|i)\s(?:were|was|could\sbe|would\sbe)\sdead|(?:(?:you|i)\s)?(?:would|could|wouldnt|didnt|dont|do\snot)\s(?:just\s)?(?:die|wake\sup|not\swake\sup)|to\s(?:die|not\swake\sup|be\sdead))\b`,
    ],
  },
  {
    id: 'en.active.normal-to-want-to-die',
    lang: 'en', tier: 'active', kind: 'die', negatable: false, escalates: false,
    patterns: [
      String.raw`\b(?:is\sit|its|it\sis)\s(?:normal|weird|bad|wrong|okay|ok|common|crazy|selfish|a\sbad\ssign)\s(?:to|that\si|if\si)\s(?:(?:still|sometimes|constantly|kind\sof|kinda|keep)\s)?(?:want(?:ing)?|wanna|think(?:ing)?\sabout|thinks\sabout|plan(?:ning)?)\s(?:to\s)?(?:die|dying|kill(?:ing)?\s(?:myself|yourself|oneself)|suicide|end(?:ing)?\s(?:it\sall|my\slife|your\slife|it|things))\b`,
    ],
  },
  {
    id: 'en.imminent.rehearsal',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    near: { excludes: String.raw`\b(?:climb\w*|sail\w*|boat|knots?\sclass|scouts?|rodeo|lasso|jump\srope|gym|crossfit|rappel\w*|rescue|training|drill|class)\b`, before: 60, after: 60 },
    patterns: [
      // "I practiced with the rope last night", "did a practice run with the belt", "tested the knot on the beam"
      String.raw`\b(?:practiced|practised|practicing|practising|rehearsed|rehearsing|did\sa\s(?:practice|dry|test)\srun|tried\sit\sout|tested)\s(?:with\s|on\smyself\swith\s)?(?:the|my|a)\s(?:rope|noose|belt|cord|extension\scord|ligature|knot)\b`,
    ],
  },
];
