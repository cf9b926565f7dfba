import type { RuleSpec } from '../rule';

/**
 * "It" and "that" pointing back across sentences: "Last year I tried to end things. I'm thinking about
 * it now, a lot." The second sentence alone says nothing; after an earlier mention of the writer's own
 * suicide, ending it, or wanting to die, it is current ideation. The earlier mention must be in the
 * same message, before the cue (near.before), and must be the writer's: "my grandma died. I think about
 * it every day" is grief, and "ending it with my boyfriend" is a breakup.
 */

/** The writer's own suicide, ending it, or wish to die, named before the cue. */
const OWN_DEATH_BEFORE = String.raw`\b(?:suicidal|(?:about|considering|contemplating|committing|commit|attempted|attempt|my)\ssuicide|suicide\s(?:attempt|note|plan|thoughts|ideation)|(?:^|[.!?]\s?)suicide\s(?:has|is|was|keeps)|kill(?:ing|ed)?\s(?:my\s?self|me)|(?:end|ending|ended)\s(?:it|it\sall|things|everything|my\s(?:own\s)?life)(?!\swith\b)|(?:take|taking|took)\smy\s(?:own\s)?life|(?:want|wanted|wanting|wanna|wish|wished|wishing)\s(?:to\s)?(?:die|be\sdead|not\sbe\shere|not\sexist|not\swake\sup)|overdos(?:e|ed|ing)|(?:my|an?|suicide)\sattempts?|(?:tried|attempted)\sto\s(?:kill|end|die|hang|overdose|take\smy)|unaliv\w*|kms|hang(?:ing|ed)?\smyself|shoot(?:ing)?\smyself|better\soff\sdead)`;

/** Any suicide, the writer's or someone else's: "my dad killed himself. I think about doing it too." */
const ANY_SUICIDE_BEFORE = String.raw`\b(?:suicid\w*|kill(?:ed|ing)?\s(?:my\s?self|himself|herself|themselves|themself)|(?:took|take|taking)\s(?:his|her|their|my)\s(?:own\s)?life|(?:shot|hanged|hung)\s(?:himself|herself|themselves|myself)|overdos(?:e|ed|ing)|(?:end|ending|ended)\s(?:it|it\sall|things|his\slife|her\slife|my\slife)(?!\swith\b)|unaliv\w*)`;

/** A present, ongoing cue after "thinking about it": "now", "a lot", "lately", "every day". */
const ONGOING = String.raw`(?:now|again|a\slot|lately|more|more\sand\smore|more\soften|constantly|every\s(?:single\s)?(?:day|night|hour)|all\sthe\stime|these\sdays|nonstop|non\sstop|recently|daily|right\snow|tonight|today|so\smuch|way\stoo\smuch|too\smuch|a\sbunch|seriously|nearly\severy\sday|most\sdays|most\snights)`;

export const EN_ANAPHORA: readonly RuleSpec[] = [
  {
    id: 'en.anaphora.thinking-about-it',
    lang: 'en', tier: 'active', kind: 'suicide', escalates: false,
    near: { requires: OWN_DEATH_BEFORE, before: 300, after: 0 },
    patterns: [
      // "I'm thinking about it now, a lot", "been thinking about that a lot lately", "I think about it every day"
      String.raw`\b(?:im|i\sam|ive\sbeen|i\shave\sbeen|been|i|i\sstill|i\skeep|keep|i\sve\sbeen)\s(?:(?:still|always|really|seriously|honestly|just|kinda|kind\sof|constantly|also)\s)?(?:thinking|think|thinkin|thought)\s(?:about|of|abt|bout)\s(?:(?:doing|trying)\s)?(?:it|that|this)\s?,?\s(?:(?:again|so|like|honestly|really|way)\s?,?\s)?${ONGOING}\b(?!\s?,?\s(?:because|since|cause|bc|cuz)\s(?:my|his|her|the)\s(?:son|daughter|kids?|friend|brother|sister|anniversary|therapist|movie|show|book|news|article|podcast|class)\b)`,
      // "I can't stop thinking about it", "I keep thinking about it"
      String.raw`\b(?:cant|can\snot|cannot|couldnt)\sstop\s(?:thinking|think)\s(?:about|of)\s(?:(?:doing|trying)\s)?(?:it|that)\b`,
      // "it's on my mind a lot now", "that's all I think about"
      String.raw`\b(?:its|it\sis|thats|that\sis|its\sbeen|it\shas\sbeen)\s(?:(?:always|still|constantly|really|been)\s)?(?:on\smy\smind|in\smy\shead|stuck\sin\smy\shead|all\si\s(?:think|can\sthink)\sabout)\b`,
      // "I've been considering it again", "I'm seriously considering it"
      String.raw`\b(?:im|i\sam|ive\sbeen|been|i)\s(?:(?:really|seriously|actually|still)\s)?(?:considering|contemplating|weighing)\s(?:it|that)\b`,
    ],
  },
  {
    id: 'en.anaphora.do-it-too',
    lang: 'en', tier: 'active', kind: 'suicide',
    near: { requires: ANY_SUICIDE_BEFORE, before: 300, after: 0 },
    patterns: [
      // "my dad killed himself. sometimes I think about doing it too", "I want to do the same"
      String.raw`\b(?:want|wanna|wanting|wanted|tempted|feel\slike|thinking\sabout|think\sabout|thought\sabout|considering|urge|urges)\s(?:to\s)?(?:do|doing|try|trying)\s(?:it|that|the\ssame(?:\sthing)?)\s(?:too|as\swell|myself|also|like\s(?:him|her|them))\b|\b(?:want|wanna|thinking\sabout|think\sabout)\s(?:to\s)?(?:do|doing)\sthe\ssame(?:\sthing)?\b`,
    ],
  },
];
