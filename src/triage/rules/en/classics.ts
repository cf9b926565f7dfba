import type { RuleSpec } from '../rule';

/**
 * Classic phrasings that came out none in a probe of 300 common crisis sentences and their look-alikes
 * (fourth session, 2026-11-28): the writer's own wish asked as a question about what is normal, a
 * rehearsal with a ligature, a pet or a gun handed on for when the writer is gone, a note written
 * while waiting for the house to sleep, dying "by my own hand", and asking God to take one home. A question about what is normal is how many people first say it ("is it
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
    near: { excludes: String.raw`\b(?:climb\w*|sail\w*|boat|knots?\sclass|scouts?|rodeo|lasso|jump\srope|gym|crossfit|rappel\w*|rescue|training|drill|class|truck|car|engine|serpentine|sander|karate|judo|bjj|jiu\sjitsu|belt\stest|black\sbelt|brown\sbelt)\b`, before: 60, after: 60 },
    patterns: [
      // "I practiced with the rope last night", "did a practice run with the belt"
      String.raw`\b(?:practiced|practised|practicing|practising|rehearsed|rehearsing|did\sa\s(?:practice|dry|test)\srun)\s(?:with\s|on\smyself\swith\s)?(?:the|my|a)\s(?:rope(?!\s(?:swings?|ladders?|course|bridge))|noose|belt|cord|extension\scord|ligature|knot)\b`,
    ],
  },
  {
    id: 'en.imminent.handed-on-for-when-gone',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "gave my dog to my sister so she's taken care of when I'm gone"; not "when I'm gone for the weekend"
      String.raw`\b(?:gave|giving|given|left|leaving|signed\sover)\s(?:away\s)?(?:my|the)\s(?:dogs?|cats?|pets?|guns?|rifles?|pistol|truck|stuff|things|tools|medals)\s(?:away\s)?to\s[^.!?\n]{0,80}?\bwhen\s(?:im|i\sam)\s(?:gone|dead|not\s(?:here|around))\b(?!\s(?:for|on|to|at|over|this|next|during))`,
    ],
  },
  {
    id: 'en.imminent.note-and-the-house-asleep',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    // a note to a teacher, a quiet evening once the kids sleep
    near: { excludes: String.raw`\b(?:teacher|school|landlord|boss|doctor|coach|so\si\scan|to\swatch|movie|tv|show|game|netflix|homework|gaming)\b`, before: 40, after: 80 },
    patterns: [
      // "wrote my note, just waiting for everyone to go to sleep"
      String.raw`\b(?:wrote|written|finished|left|leaving)\s(?:my|the|a)\s(?:(?:last|final|goodbye)\s)?(?:notes?|letters?)\b[^\n]{0,60}?\b(?:waiting\sfor|until|till|once|when)\s(?:everyone|everybody|they|my\s[a-z]+|the\s(?:house|kids))\s(?:(?:is|are|goes|go|gets|get|falls|fall)\s)?(?:to\s)?(?:asleep|sleep|fall\sasleep|go\sto\s(?:sleep|bed)|in\sbed)\b`,
    ],
  },
  {
    id: 'en.active.by-my-own-hand',
    lang: 'en', tier: 'active', kind: 'suicide',
    // "going home tonight by my own hand"; not a thing built, written or earned by one's own hand
    near: {
      requires: String.raw`\b(?:die|dying|death|dead|going\shome|go\shome|end\s(?:it|this|my\slife)|tonight|leave|leaving|gone|forgive\sme|goodbye|bye|sorry|life)\b`,
      excludes: String.raw`\b(?:built|build|made|make|wrote|written|write|craft\w*|paint\w*|cook\w*|sew\w*|sewn|plant\w*|raised|earned|carved|fixed|grown|grew|restored|signed|letter|card|business|house|garden)\b`,
      before: 60, after: 40,
    },
    patterns: [String.raw`\b(?:by|with|at)\smy\sown\shands?\b`],
  },
  {
    id: 'en.passive.asks-god-to-take-me',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "i just want the Lord to call me home already", "praying God takes me tonight"
      String.raw`\b(?:want|wanna|wish|need|praying\sfor|pray\sfor|asking|asked|begging|begged|waiting\sfor|ready\sfor)\s(?:god|the\slord|lord|jesus|the\sman\supstairs|my\sgod)\sto\s(?:just\s)?(?:take|call|bring|carry)\sme\s(?:home|away|now|already|up|with\shim|tonight|in\smy\ssleep)\b`,
      String.raw`\b(?:praying|pray|prayed|hoping|hope)\s(?:that\s)?(?:god|the\slord|jesus)\s(?:takes|calls|will\stake|will\scall|would\stake|would\scall)\sme\s(?:home|away|now|already|tonight|in\smy\ssleep|soon)\b`,
    ],
  },
];
