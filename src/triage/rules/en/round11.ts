import type { RuleSpec } from '../rule';

/**
 * Eleventh English pass, written as families after scoring a new writer (fresh-x, asked for passive and
 * active ideation told indirectly) once: not caring what happens any more, not minding being hit by a bus,
 * wanting to be a ghost, waiting one's turn gladly, the dead called lucky, the family better off with the
 * benefit, the plan one's brain keeps handing over, wondering whether the fan would hold, letting go on a
 * ladder, a blade taken out of a sharpener, holding the weapon too long or feeling its pull, planning one's
 * own exit (history when dated), and the cues of a place or of leaving: at the tracks with "sorry everyone",
 * a badge and a ring left on the dresser, "I'm not coming home tonight".
 */

/** A weapon or a height named shortly before: what makes "a pull toward it" or "letting go" a means. */
const WEAPON_NEAR = String.raw`\b(?:guns?|pistols?|rifles?|shotguns?|revolvers?|weapons?|firearms?|sidearms?|glocks?|9mm|45)\b`;
const HEIGHT_NEAR = String.raw`\b(?:ladder|roof|ledge|bridge|edge|scaffold\w*|balcony|railing|cliff|overpass|catwalk)\b`;

export const EN_ROUND11: readonly RuleSpec[] = [
  {
    id: 'en.passive.r11-not-caring',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "idc what happens anymore", "stopped wearing my seatbelt"
      String.raw`\b(?:idc|i\sdont\scare|dont\scare)\s(?:what|if\sanything)\shappens(?:\sto\sme)?\s(?:anymore|any\smore)\b`,
      // "honestly wouldnt mind getting hit by a bus"
      String.raw`\b(?:wouldnt|would\snot)\s(?:really\s)?mind\s(?:getting|if\si\sgot|being)\s(?:hit|run\sover|killed|taken\sout|struck)\b`,
      // "i lowkey want to be a ghost" (not a costume)
      String.raw`\b(?:want|wanna|wish\si\scould|would\slove)\sto\sbe\sa\sghost\b(?!\s(?:for|costume|this\shalloween|at\sthe\sparty))`,
      // "Im waiting my turn and Id be glad if it came tomorrow"
      String.raw`\bwaiting\s(?:for\s)?my\sturn\b[^.!?\n]{0,60}\b(?:glad|happy|fine|ok|okay|relieved|ready)\sif\sit\s(?:came|comes)\b|\bwaiting\sfor\smy\snumber\sto\scome\sup\b[^.!?\n]{0,30}\b(?:sooner|the\ssooner|cant\scome\s(?:soon|fast)\senough)\b`,
      // "cant wait for it all to be over. life i mean"
      String.raw`\bcant\swait\sfor\s(?:it\sall|everything|all\sof\sthis|this\slife|life)\sto\sbe\sover\b(?=[^\n]{0,40}\b(?:life|living|being\salive|existing|all\sof\sit)\b)`,
    ],
  },
  {
    id: 'en.passive.r11-the-dead-were-lucky',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    near: { requires: String.raw`\b(?:doa|dead|died|body|bodies|funerals?|caskets?|coffins?|obituar(?:y|ies)|killed|passed|gone|wakes?|graves?)\b`, before: 100, after: 20 },
    patterns: [
      // "on a call with a DOA sometimes I catch myself thinking lucky bastard"
      String.raw`\b(?:thinking|think|thought)\s(?:(?:hes|shes|theyre|he\sis|she\sis|they\sare|he\swas|she\swas|they\swere)\s)?(?:a\s)?lucky\s(?:bastard|son\sof\sa\sgun|guy|dude|one|sob)\b`,
    ],
  },
  {
    id: 'en.passive.r11-better-off-with-the-benefit',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "my wife and kids would be better off with the VA benefit than with me"
      String.raw`\b(?:would|d)\sbe\sbetter\soff\s(?:with|collecting|getting|cashing)\s(?:the|my)\s(?:[a-z]+\s)?(?:benefits?|insurance|money|payout|pension|check)\sthan\s(?:with\s|dealing\swith\s|putting\sup\swith\s|having\s)?me\b`,
    ],
  },
  {
    id: 'en.active.r11-method-in-mind',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open',
    patterns: [
      // "my brain keeps handing me the plan and I keep handing it back"
      String.raw`\bmy\s(?:brain|head|mind)\s(?:keeps\s)?(?:handing|giving|showing|feeding|handed|offering|offers|offered)\sme\sthe\s(?:plan|method|way|exit|way\sout)\b`,
      // "staring at the ceiling fan wondering if it'd hold me"
      String.raw`\bwonder(?:ing|ed)?\sif\s(?:itd|(?:it|the\s(?:fan|ceiling\sfan|beam|rafters?|pipe|rod|closet\srod|door|railing))\s(?:would|d|could|will))\shold\s(?:me|my\sweight)\b`,
      // "got the blade out of my pencil sharpener again"
      String.raw`\b(?:got|took|pulled|popped)\s(?:the|a)\sblades?\sout\sof\s(?:my|a|the)\s(?:pencil\s)?sharpener\b`,
    ],
  },
  {
    id: 'en.active.r11-weapon-pull',
    lang: 'en', tier: 'active', kind: 'suicide',
    near: { requires: WEAPON_NEAR, before: 100, after: 20 },
    patterns: [
      // "cleaning my service weapon sometimes I hold it a little too long", "I feel this pull toward it"
      String.raw`\bhold\s(?:it|her)\s(?:a\slittle\s|a\sbit\s|way\s)?too\slong\b|\b(?:feel|feeling|felt)\s(?:this|a|that)\s(?:pull|tug|urge)\s(?:toward|towards)\s(?:it|them)\b`,
    ],
  },
  {
    id: 'en.active.r11-letting-go-up-high',
    lang: 'en', tier: 'active', kind: 'suicide',
    near: { requires: HEIGHT_NEAR, before: 80, after: 10 },
    patterns: [
      // "sometimes up on the ladder at work i think about just letting go"
      String.raw`\b(?:think|thinking|thought)\sabout\s(?:just\s)?(?:letting\sgo|stepping\soff|leaning\sforward)\b`,
    ],
  },
  {
    id: 'en.imminent.r11-own-exit',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "I was planning my own exit for months. that was 2016" (dated: history)
      String.raw`\b(?:planning|planned|plan)\smy\s(?:own\s)?(?:exit|way\sout)\b`,
    ],
  },
  {
    id: 'en.imminent.r11-at-the-tracks-sorry',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // a place with no subject, then a goodbye: "at the tracks behind the walmart. sorry everyone"
      String.raw`(?:^|[.!?]\s)(?:at|on|by|under|near)\s(?:the|a)\s(?:[a-z]+\s)?(?:tracks|train\stracks|bridge|overpass|roof|rooftop|ledge|cliff|dam)\b(?=[^\n]{0,80}\b(?:sorry|goodbye|bye|love\syou|forgive\sme|tell\s(?:my|them|everyone)|thank\syou|thanks\sfor)\b)`,
    ],
  },
  {
    id: 'en.prep.r11-cues',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // "left my badge and my ring on the dresser", "im not coming home tonight"
      String.raw`\bleft\smy\s(?:badge|ring|wedding\sring|wallet|keys|phone|dog\stags)\s(?:and\s(?:my\s)?(?:badge|ring|wedding\sring|wallet|keys|phone|dog\stags)\s)?(?:on|in)\s(?:the|my)\s(?:dresser|table|counter|nightstand|kitchen\stable|seat|desk)\b`,
      String.raw`\b(?:im|i\sam)\snot\scoming\s(?:home|back)\s(?:tonight|today|again|this\stime)\b`,
    ],
  },
];
