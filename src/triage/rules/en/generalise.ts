import type { RuleSpec } from '../rule';
import { BLADE, GUN, LIGATURE, NOW_TIME, ORDINARY_GOODBYE, PILLS, WEAPON } from './lexicon';
import { EN_ANAPHORA } from './anaphora';
import { EN_LOGISTICS } from './logistics';
import { EN_ROUND4 } from './round4';
import { EN_ROUND5 } from './round5';
import { EN_ROUND6 } from './round6';
import { EN_ROUND7 } from './round7';
import { EN_ROUND9 } from './round9';
import { EN_ROUND10 } from './round10';
import { EN_ROUND11 } from './round11';
import { EN_ROUND12 } from './round12';
import { EN_ROUND13 } from './round13';
import { EN_ROUND14 } from './round14';

/**
 * Second generalisation pass, written as families (verb forms, synonyms, word order, bounded gaps):
 * burden said as absence ("nobody'd notice if I was gone"), hoping for death by other causes
 * ("hoping the cancer comes back", "if I got hit by a bus I'd be relieved"), sleeping forever,
 * living only for someone, doing "something stupid" to oneself, bleeding and calm, a means bought
 * with a time said before it, preparations listed one by one, walking onto the tracks when the train
 * comes, driving while meaning to crash, pills washed down with alcohol, head-banging until it
 * bleeds, and history told as "had a plan once" or "drove hoping to crash".
 */

const WHEN = NOW_TIME.slice(2, -2);
/** Being gone, said without a death word. */
const ABSENT = String.raw`(?:(?:was|were|am|m|just|d|had)\s){0,2}(?:gone(?!\s(?:for|to|on|from|away\sfor|a\s|all\s(?:day|week|weekend)|shopping|fishing|hunting|camping|overnight))|dead|died|disappeared|vanished|out\sof\s(?:the|their|her|his)\spicture|killed\smyself|stopped\sexisting|didnt\sexist|never\sexisted|never\sborn|(?:wasnt|werent|was\snot|were\snot|not)\s(?:here|around|alive|in\sthe\spicture|in\stheir\slives)(?!\s(?:so\smuch|as\smuch|that\smuch|all\sthe\stime|so\soften|as\soften|for|to|on|at|this|tonight|today|tomorrow|next|during|when\s(?:they|she|he)\s(?:get|got|come|came)))|(?:never\s|didnt\s)(?:came|come|make\sit|made\sit)\s(?:home|back)|didnt\swake\sup|never\swoke\sup|died\sover\sthere|got\skilled)`;
/** A death that comes from outside: illness, accident, the heart stopping. */
const OTHER_DEATH = String.raw`(?:(?:the\s|my\s|a\s|some\s)?(?:cancer|tumou?r|disease|illness|heart|stroke|aneurysm|plane|bus|truck|car|drunk\sdriver|bullet|sniper|lightning|virus|infection|ied|semi|train|somebody|someone|something|covid|war)\s(?:(?:just|finally|would|will|could)\s){0,2}(?:comes?\sback|came\sback|returns?|spreads?|stops?|stopped|gives?\sout|gave\sout|kills?\sme|killed\sme|(?:takes?|took|gets?|got)\sme(?!\s(?:a|an|the|some|back|better|through|out|off|to|there|home|up|going|moving|closer|ready|somewhere|past|across|around|here)\b)|hits?\sme|ends?\sme|finish(?:es)?\sme(?:\soff)?|goes\sdown|crashes|wins|does\sit\sfor\sme)|(?:my\s)?(?:heart|body|lungs|liver)\s(?:(?:would|will|could|just|finally)\s){0,2}(?:quit|quits|stop\sbeating|stops\sbeating|give\sup|gives\sup|give\sout|fail|fails|shut\sdown|shuts\sdown)|i\s(?:(?:just|finally)\s)?(?:get|got|catch|caught|have|had)\s(?:hit|killed|shot|run\sover|struck|cancer|a\sheart\sattack|a\sstroke|a\sbullet|a\sround|a\sstray|taken\sout)|i\s(?:(?:just|finally)\s)?(?:crash|die\sin\smy\ssleep|drop\sdead|dont\swake\sup|dont\smake\sit\s(?:back|home)|never\swake\sup|stop\sbreathing))`;

export const EN_GENERAL: readonly RuleSpec[] = [
  ...EN_LOGISTICS,
  ...EN_ANAPHORA,
  ...EN_ROUND4,
  ...EN_ROUND5,
  ...EN_ROUND6,
  ...EN_ROUND7,
  ...EN_ROUND9,
  ...EN_ROUND10,
  ...EN_ROUND11,
  ...EN_ROUND12,
  ...EN_ROUND13,
  ...EN_ROUND14,
  {
    id: 'en.passive.absence-noticed',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "nobody'd even notice if I was gone", "no one would care if I wasn't here", "who would miss me if I disappeared"
      String.raw`\b(?:no\s?one|nobody|nobodyd|noone|no\sbody|not\sa\ssoul|not\sone\sperson|nobody\selse|no\sone\selse|who|would\sanyone|would\sanybody|does\sanyone|anyone|doubt\sanyone)\s(?:(?:would|will|d|wld|even|really|ever|actually|gonna|is\sgoing\sto|else|honestly|probably|i\sknow)\s){0,3}(?:notice|care|miss\sme|realize|realise|know\sthe\sdifference|blink|bat\san\seye)\s(?:(?:at\sall|much)\s)?(?:if|when|that|once)\si\s(?:(?:was|were|am|m|just|d|had)\s)?${ABSENT}\b`,
    ],
  },
  {
    id: 'en.passive.easier-without-me',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "everyone would be less stressed if I just wasn't here", "my family would have it easier if I'd died over there"
      String.raw`\b(?:would|d|will|could)\s(?:(?:be|have\sit|feel|do|get\salong|sleep|live|breathe)\s)(?:(?:so|a\slot|way|much|all|probably|honestly|just|really|finally)\s){0,2}(?:better|easier|happier|lighter|calmer|simpler|fine|ok|okay|relieved|freer|richer|safer|less\s[a-z]+|more\s(?:peaceful|relaxed|free)|at\speace)\s(?:off\s)?(?:(?:[a-z]+)\s){0,3}?(?:(?:if|once|when)\s(?:i\s|id\s)(?:just\s|had\s|would\shave\s|finally\s){0,2}${ABSENT}|without\sme(?:\saround|\shere|\sin\sthe\spicture)?(?=\s*(?:[.!?,;:]|$)|\s(?:honestly|tbh|anyway|and|i\b)))\b`,
    ],
  },
  {
    id: 'en.passive.death-by-other-causes',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      // "honestly hoping the cancer comes back", "some nights I hope my heart just stops", "praying a truck hits me"
      String.raw`\b(?<core>hope|hopes|hoping|hoped|wish|wishing|pray|praying|prayed|(?:wouldnt|would\snot)\smind\sif)\s(?:(?:that|maybe|really|kinda|secretly|just|honestly|sometimes|every\snight)\s){0,2}${OTHER_DEATH}\b(?!\s(?:and\s(?:be\sok|recover|get\sbetter|survive)|so\s(?:i\scan\s(?:sue|get))))`,
      // "kind of hope it's the thing that finally gets me", "hoping this flu finally takes me" (not "hope it gets me back to work")
      String.raw`\b(?<core>hope|hopes|hoping|hoped|pray|praying|prayed)\s(?:(?:that|maybe|really|kinda|kind\sof|secretly|just|honestly|sometimes)\s){0,2}(?:(?:its|it\sis|thats|this\sis)\s(?:the\s(?:one|thing|time|illness|sickness)|what)\s(?:that\s)?|(?:this|that|the)\s(?:[a-z]+\s)?|it\s)(?:(?:finally|will|would|just)\s){0,2}(?:gets|takes|kills|finishes|ends)\sme(?:\soff)?\b(?!\s(?:a|an|the|some|back|better|through|out|off|to|there|home|up|going|moving|more|closer|ready|somewhere|where|what|past|across|around)\b)`,
      // "hoping to crash", "hoping id get hit"
      String.raw`\b(?<core>hoping|hope|hoped|praying|wishing)\s(?:(?:to|that|id|i\sd|i\swould|i\sdget|i)\s){1,2}(?:crash|wreck|get\s(?:hit|killed|shot|taken\sout|blown\sup)|catch\sa\sbullet|step\son\san\sied|not\s(?:make\sit|come\shome|come\sback|survive|wake\sup)|go\sover\sthe\s(?:edge|rail)|flip\sit|die)\b`,
      // "if a semi took me out on my commute id be fine with that", "if i caught a round on a call id be ok with it"
      String.raw`\bif\s(?:i\s(?:just\s)?(?:caught|catch|took|take|stopped|stop|got|get)\s(?:a\s(?:round|bullet|stray(?:\sround|\sbullet)?)|one)|(?:a|an|the|some|something|someone|somebody|that)\s(?:[a-z]+\s)?(?:took|takes|hit|hits|killed|kills|ran\sover|runs\sover|got|gets|ended|ends|finished|finishes)\sme(?:\sout|\soff)?)\s?,?\s(?:[a-z0-9]+,?\s){0,6}?(?:id|i\sd|i\swould|itd|it\sd|it\swould|thatd|that\sd|that\swould)\s(?:(?:honestly|really|just|probably|kinda|totally|be)\s){0,3}(?:(?:fine|ok|okay|alright|good|cool)(?=\s*(?:[.!?,;:]|$)|\swith\s(?:it|that|this))|at\speace|relieved|glad|grateful|happy|thankful|a\srelief|not\smind|welcome\sit)`,
      // "if I got hit by a bus tomorrow I'd be relieved", "if I died tonight, honestly, fine"
      String.raw`\bif\si\s(?:just\s)?(?:died|die|got\s(?:hit|killed|shot|run\sover|struck|cancer)|was\s(?:hit|killed|shot)|dropped\sdead|didnt\swake\sup|never\swoke\sup|crashed|had\sa\sheart\sattack)(?:\s(?:by|from|in)\s(?:a|an|the|my)\s[a-z]+)?(?:\s(?:tomorrow|tonight|today|right\snow|this\sweek|in\smy\ssleep))?\s?,?\s(?:(?:honestly|tbh|then|well|so|like|lol|ngl|idk)\s?,?\s){0,2}(?:(?:i\s(?:would|d)|id|it\s(?:would|d)|itd|that\s(?:would|d)|thatd|would|i\sthink\sid|part\sof\sme\swould)\s(?:(?:honestly|really|just|probably|kinda|be|feel|almost)\s){0,2})?(?:fine|relieved|ok|okay|a\srelief|a\sblessing|glad|grateful|happy|at\speace|not\s(?:mad|upset|sad)|whatever|cool|good\swith\sit|so\sbe\sit|oh\swell|welcome\sit|thankful)\b(?!\s(?:with\s(?:my|the)\s(?:will|insurance)|financially))`,
    ],
  },
  {
    id: 'en.passive.sleep-forever',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      // "i want to go to sleep for like forever", "wish I could just sleep and never wake up"
      String.raw`\b(?:want|wanna|wish|need|hope|hoping|like|love|ready|could|pray|praying|just)\s(?:(?:to|i|could|just|go|and|would|id|fall|for|me)\s){0,4}(?:sleep|asleep|rest|close\smy\seyes|go\sto\ssleep|lie\sdown|disappear|vanish|fade\saway|fade\sout|float\saway)\s(?:(?:for|like|just|and|finally)\s){0,2}(?:forever|for\sever|for\sgood|permanently|and\snever\s(?:wake|come\sback|get\sup)|and\snot\s(?:wake|come\sback|get\sup))\b(?!\s(?:on\s(?:the\s)?weekends?|on\s(?:saturdays?|sundays?|my\sdays?\soff|days\soff|vacation|holidays?)|this\sweekend|after\s(?:this|my|a|the)\s(?:shift|week|exam|trip|flight)|in\sthe\smornings?|lol|haha|lmao))`,
    ],
  },
  {
    id: 'en.passive.living-only-for',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "if I didn't have my mom I don't think I'd want to be here", "if it weren't for my kids I wouldn't be alive"
      String.raw`\bif\s(?:it\s(?:wasnt|werent|was\snot|were\snot)\sfor|not\sfor|i\s(?:didnt|did\snot|dont)\shave|i\slost)\s(?:[a-z]+\s){1,4}?,?\s?(?:(?:i\s(?:dont|do\snot)\sthink|honestly|probably|tbh)\s){0,2}(?:(?:i\s(?:would|d)|id)\s(?:(?:still|even|really)\s)?(?:want\sto\sbe\s(?:here|alive|around)|have\s(?:been\sgone|ended\sit|done\sit|killed\smyself|checked\sout)|be\sgone|be\sdead|end\sit|do\sit)|(?:i\s(?:would|could)\snot|i\swouldnt|i\scouldnt|id\snot)\s(?:still\s)?(?:be\s(?:here|alive|around)|stay|keep\sgoing|go\son|last))\b`,
      String.raw`\b(?:only|one|the)\s(?:thing|reason|person|one|ones)\s(?:(?:that|who|thats|whos)\s)?(?:keeping|keeps|kept)\sme\s(?:here|alive|around|going|from\s(?:ending|doing|killing))\b|\b(?:the\s)?only\sreason\s(?:(?:im|i\sam|i)\s)(?:still\s)?(?:here|alive|around|breathing)\b`,
    ],
  },
  {
    id: 'en.active.something-to-myself',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true, subject: 'open',
    patterns: [
      // "scared I'll do something stupid to myself", "before I do something I can't take back"
      String.raw`\b(?:do|doing|did)\s(?:something|smth|sth|anything)\s(?:(?:really|so)\s)?(?:stupid|crazy|drastic|dumb|permanent|bad|dangerous|reckless|i\s(?:cant|cannot|wont\sbe\sable\sto)\s(?:take\sback|undo)|i\sll\sregret|i\sregret|final)\s(?:to|with)\smyself\b`,
      String.raw`\b(?:scared|afraid|worried|terrified|frightened|fear)\s(?:(?:that|of\swhat)\s)?(?:i(?:ll|\swill|\smight|m\sgoing\sto|m\sgonna|\sd)?|of\swhat\si(?:ll|\smight))\s(?:(?:do|end\sup\sdoing)\s)?(?:something\s(?:stupid|drastic|crazy|permanent|i\scant\s(?:take\sback|undo))|something\sto\smyself(?!\slike\s(?:cut|dye|pierce|tattoo|shave|bleach)\w*)|to\smyself|do\sto\smyself)\b|\b(?:before|or)\si\sdo\ssomething\s(?:stupid|drastic|crazy|permanent|i\scant\s(?:take\sback|undo))\b`,
    ],
  },
  {
    id: 'en.active.hold-on-without',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true, negatable: false, subject: 'open',
    patterns: [
      // "don't know how much longer I can hold on without doing something stupid"
      String.raw`\b(?:hold\son|hang\son|last|keep\sgoing|go\son|hold\sout|take\sit|handle\sit|resist|how\s(?:much\s)?long(?:er)?)\s(?:[a-z]+\s){0,3}?(?:without|before\si\s(?:end\sup\s)?)\s?(?:doing|do)\s(?:something\s(?:stupid|drastic|crazy|dumb|permanent|i\s(?:cant|cannot)\s(?:take\sback|undo))|something\sto\smyself)\b`,
    ],
  },
  {
    id: 'en.imminent.bleeding-calm',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // "I'm already bleeding and I feel kind of calm", "there's blood everywhere and it's peaceful"
      String.raw`\b(?:(?:im|i\sam)\s(?:already\s|still\s)?bleeding|(?:theres|there\sis)\s(?:so\smuch|a\slot\sof)\sblood|blood\s(?:is\s)?everywhere)\b(?=[^.!?\n]{0,60}?\b(?:calm|peaceful|at\speace|relieved|numb|finally|not\sscared|dont\scall|dont\swant\shelp|sleepy|fading|goodbye|im\ssorry|its\sfine|its\sok|weird(?:ly)?\scalm)\b)`,
    ],
  },
  {
    id: 'en.imminent.means-time-before',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // "tomorrow morning when the house is empty. I already bought the rope"
      String.raw`\b(?:(?:already|just|finally)\s)?(?:bought|got|picked\sup|ordered|purchased|loaded|tied|hid|stashed|set\sup|have|ive\sgot)\s(?:(?:a|an|the|my|some|enough)\s)?(?:[a-z]+\s)?(?:rope|noose|gun|pistol|rifle|shotgun|bullets?|ammo|razor\sblades?|razors?|blades?|charcoal|helium|poison|extension\scord)\b(?<=\b(?:${WHEN}|(?:tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\s(?:morning|night|evening|afternoon)|when\sthe\shouse\sis\sempty|when\s(?:im|i\sam)\salone)\b[^\n]{0,120})`,
    ],
  },
  {
    id: 'en.prep.listed',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // each preparation is one cue; two of them, or one with a means or a farewell, count
      String.raw`\b(?:gave|given|giving|handed|rehomed|found\sa\shome\sfor)\s(?:away\s)?(?:the|my|our)\s(?:dog|dogs|cat|cats|pets?|guns?|rifle|truck|car|bike|guitar|stuff|things|medals|watch|tools)\b(?:\s(?:away|to\s(?:my|a|the)\s[a-z]+))?`,
      String.raw`\b(?:wrote|written|writing|finished|left)\s(?:(?:the|my|all\sthe|all\smy|a\sfew|some)\s)?(?:letters|notes|goodbye\s(?:letters|notes)|last\sletters?)\b(?!\s(?:of\srecommendation|for\s(?:school|work|the\sjob|class)))`,
      String.raw`\b(?:picked|chose|chosen|set|decided\son|circled)\s(?:the|a|my)\s(?:date|day)\b`,
      // "i already wrote my sister a letter"
      String.raw`\b(?:wrote|written|writing|left|recorded)\s(?:my\s[a-z]+|each\sof\s(?:them|my\s[a-z]+)|everyone|them\sall)\s(?:a\s|goodbye\s|last\s)?(?:letters?|notes?|goodbye|video)\b`,
      String.raw`\b(?:updated|made|wrote|finished|signed)\s(?:my|a)\s(?:will|life\sinsurance\sbeneficiar(?:y|ies))\b|\b(?:put|got|getting|putting|have|had|finally\sgot)\s(?:all\s)?(?:my\s)?affairs\s(?:in\sorder|squared\saway|sorted|settled|straight|in\sline|wrapped\sup)\b|\bsaid\s(?:my\s)?goodbyes\b(?<!\b${ORDINARY_GOODBYE}\b[^\n]{0,160}goodbyes)`,
    ],
  },
  {
    id: 'en.imminent.tracks-when',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // "walking onto the tracks when the late train comes through", "stepping in front of the 6:40 when it passes"
      String.raw`(?<!\b(?:was|were|kid|guy|man|woman|he|she|they|we|someone|somebody|people)\s)\b(?:walk(?:ing)?|step(?:ping)?|lie|lying|laying|lay|jump(?:ing)?|stand(?:ing)?|go(?:ing)?|wander(?:ing)?)\s(?:out\s)?(?:onto|on\sto|on|in\sfront\sof|into|down\son|across)\s(?:the\s)?(?:train\s)?(?:tracks|rails|railway|train|subway|highway|freeway|interstate|traffic)\s(?:[a-z0-9]+\s){0,2}?(?:when|as|once|right\sas|just\sas|before)\s(?:the\s)?(?:[a-z0-9]+\s)?(?:train|express|freight|subway|truck|semi|bus|one|traffic)\s(?:comes?|passes|goes|gets|rolls|pulls|is|arrives?|runs?|hits)\b`,
    ],
  },
  {
    id: 'en.imminent.driving-to-crash',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // "I'm driving right now and I'm going to crash into the first pole I see"
      String.raw`\b(?:im|i\sam)\s(?:(?:driving|behind\sthe\swheel|in\s(?:the|my)\s(?:car|truck)|on\sthe\s(?:highway|freeway|interstate))\s)(?:[a-z]+\s){0,4}?(?:and|,)?\s?(?:im|i\sam|ill|i\swill)\s(?:going\sto|gonna|about\sto)?\s?(?:crash|wreck|swerve|drive\s(?:it\s)?(?:into|off)|aim\sfor|hit\sthe\s(?:next|first)|put\sit\sinto)\b`,
    ],
  },
  {
    id: 'en.imminent.pills-with-alcohol',
    lang: 'en', tier: 'imminent', kind: 'suicide', pastIsAct: true, subject: 'open',
    patterns: [
      // "took a bottle of pills with whiskey", "washed my meds down with vodka"
      String.raw`\b(?:took|swallowed|downed|popped|washed|chased|mixed|ive\staken|i\shave\staken|just\stook)\s(?:(?:all|a\sbunch\sof|a\shandful\sof|a\sbottle\sof|a\swhole\sbottle\sof|my|the|some|a\sfew|\d+)\s){0,2}(?:[a-z]+\s)?${PILLS}\s(?:down\s)?(?:with|and|along\swith|on\stop\sof)\s(?:(?:a|some|the|half\sa|a\sbottle\sof|a\sfifth\sof|a\sfew|my)\s){0,2}(?:whiskey|whisky|vodka|rum|tequila|gin|wine|beer|beers|booze|alcohol|liquor|bourbon|jack|fifth|bottle\sof\s[a-z]+)\b`,
    ],
  },
  {
    id: 'en.selfharm.head-until',
    lang: 'en', tier: 'active', kind: 'selfharm', wish: true, subject: 'open',
    patterns: [
      // "banging my head against the bathroom wall until it bled", "headbutting the wall till I saw blood"
      String.raw`\b(?:bang(?:s|ing|ed)?|hit(?:s|ting)?|slam(?:s|ming|med)?|smash(?:es|ing|ed)?|beat(?:s|ing)?|knock(?:s|ing|ed)?|headbutt(?:s|ing|ed)?)\s(?:my\s(?:own\s)?head|myself\sin\sthe\shead|the\swall|walls)\s(?:[a-z]+\s){0,7}?(?:until|till|til|untill|so\shard|hard\senough|to\sthe\spoint)\s(?:(?:that\s)?(?:it|i|my\s[a-z]+|there\swas|theres|its|im|to)\s)?(?:(?:starts?|started|start\sto|began\sto|actually|saw|see|could\ssee)\s)?(?:bleed(?:s|ing)?|bled|blood|bruise[sd]?|split|cut\sopen|black\sout|blacked\sout|passed\sout|pass\sout|saw\sstars|concussion|dizzy)\b`,
    ],
  },
  {
    id: 'en.history.plan-once',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      // "had a plan once, years back", "I had a whole plan back in 2015"
      String.raw`\b(?:i\s)?(?:had|made)\s(?:a|the)\s(?:(?:real|whole|full|detailed|specific|serious)\s)?plan\s(?:once|one\stime|back\s(?:then|in\s(?:19|20)\d\d)|years\s(?:ago|back)|(?:\d+|a\sfew|a\scouple|two|three|several|many)\s(?:years|yrs)\s(?:ago|back)|in\s(?:19|20)\d\d|when\si\swas)\b(?!\s(?:to\s(?:open|start|move|buy|go|get|quit|retire|travel|build|become)|for\s(?:a\s)?(?:business|bakery|trip|vacation|retirement)))`,
    ],
  },
  {
    id: 'en.history.driving-to-crash',
    lang: 'en', tier: 'active', kind: 'suicide', subject: 'open',
    patterns: [
      // "I'd drive fast hoping to crash", "used to ride the bike at 120 wanting to wreck": tense decides history
      String.raw`\b(?:driv(?:e|ing|en)|drove|ride|riding|rode|speed(?:ing)?|sped|race|racing|raced)\s(?:[a-z0-9]+\s){0,4}?(?:hoping|wanting|trying|praying|wishing|half\shoping)\s(?:(?:to|id|i\swould|i\sd|that\si\sd|that\si\swould|i|something\swould|a\struck\swould)\s){1,2}(?:crash|wreck|die|get\skilled|not\smake\sit|go\sover|flip|hit\s(?:something|a\s(?:tree|wall|pole))|end\sit|kill\sme|take\sme\sout)\b`,
    ],
  },

  // ---- third pass: plans with a time or a deception, passive wishes said sideways, history as an answer ----
  {
    id: 'en.imminent.plan-after-event',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "the plan is for after my daughter's graduation", "my plan is right after the holidays": a plan with a date and no activity named
      String.raw`\b(?:the|my)\splan\sis\s(?:for\s)?(?:right\s|just\s)?(?:after|once|the\sday\safter|the\snight\sof|the\snight\safter)\s(?:[a-z0-9]+\s){1,6}?[a-z0-9]+(?=\s*(?:[.!;]|$))`,
    ],
    near: { excludes: String.raw`\b(?:start|starting|begin|therapy|treatment|session|appointment|trip|vacation|move|moving|party|dinner|wedding|meet|visit|program|intake|schedule|enroll|sign\sup)\b`, before: 0, after: 0 },
  },
  {
    id: 'en.imminent.picked-place',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "picked the bridge. driving there when my shift ends", "chose the overpass on 5th"
      String.raw`\b(?:picked|chose|chosen|decided\son|settled\son|found)\s(?:the|a|my)\s(?:bridge|overpass|cliff|tracks|train\stracks|parking\sgarage|rooftop|building\sto\sjump|tree|spot|place|exit)\b(?=[^\n]{0,80}\b(?:when|tonight|tomorrow|after|at\s\d|by\s\d|driving\sthere|going\sthere|heading\sthere|its\stime|ready))`,
    ],
    near: { excludes: String.raw`\b(?:picnic|wedding|party|photos?|pictures?|vacation|camping|hike|hiking|restaurant|dinner|date\snight|proposal|meet\sup|meeting|reunion|view)\b`, before: 60, after: 100 },
  },
  {
    id: 'en.prep.bare-time',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // a sentence that is only a near time: "Tonight. I've made up my mind"
      String.raw`(?:^|[.!?]\s)(?:tonight|tomorrow(?:\snight)?|tmrw|this\sweekend|(?:this\s)?(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)(?:\snight)?)(?=\s*(?:[.!]|$))`,
    ],
  },
  {
    id: 'en.prep.then-thats-it',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // "everyone's out of the house at 6 and then that's it"
      String.raw`\b(?:and\s)?then\s(?:thats|that\sis|its|it\sis|it\sll\sbe)\s(?:it|over|the\send|done)(?=\s*(?:[.!?,;]|$))`,
      String.raw`\b(?:everyones|everyone\sis|everybodys|everybody\sis|the\skids\sare|my\s(?:wife|husband|roommate|parents)\s(?:is|are))\s(?:out|gone|away|asleep)\s(?:of\sthe\shouse\s)?(?:at\s\d+|by\s\d+|tonight|tomorrow|this\sweekend)\b`,
      // "it wasn't anybody's fault", "it's nobody's fault": said to someone before an act
      String.raw`\b(?:it|its|it\sis|it\swas|this)\s(?:wasnt|isnt|is\snot|was\snot|not)?\s?(?:anybodys|anyones|nobodys|no\sones)\sfault\b`,
    ],
  },
  {
    id: 'en.imminent.deception',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // "told him I was going hunting. I'm not going hunting", "told him I'm going on a trip. there's no trip"
      String.raw`\btold\s(?:him|her|them|everyone|everybody|my\s[a-z]+)\s(?:that\s)?(?:i\swas|im|i\sam|it\swas|its|i\sneeded\sit)\s(?:[a-z]+\s){0,4}?[a-z]+[.!,;]\s(?:im\snot|i\sam\snot|there\sis\sno|theres\sno|its\snot|i\swasnt|i\swont\sbe)\b`,
    ],
  },
  {
    id: 'en.imminent.means-loaded-it',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    near: { excludes: String.raw`\b(?:range|hunting|hunt|deer\sseason|season|target|competition|class|training|for\swork|on\sduty|coyotes?|snakes?|sell|sold|safe|locked)\b`, before: 80, after: 100 },
    patterns: [
      // "cleaned the pistol and loaded it"
      String.raw`\b${WEAPON}\s(?:and\s|then\s|and\sthen\s)(?:loaded|cocked|chambered\sa\sround\sin)\s(?:it|him|her)\b`,
      // "I'm in the bathtub with a razor"
      String.raw`\b(?:im|i\sam)\s(?:(?:sitting|lying|laying|hiding|locked)\s)?(?:in|at)\s(?:the|my)\s(?:bath|bathtub|tub|bathroom|garage|closet|basement|attic|woods|car|truck)\swith\s(?:a|the|my|some|his|dads)\s(?:[a-z]+\s)?(?:${BLADE}|${GUN}|${LIGATURE}|bottle\sof\s(?:[a-z]+\s)?${PILLS})\b`,
    ],
  },
  {
    id: 'en.passive.came-home-in-a-box',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "everyone would've been happier if I came home from Afghanistan in a box"
      String.raw`\bi\s(?:had\s|would\shave\s|d\s|just\s)?(?:came|come|gone|been\ssent|got\ssent)\shome\s(?:from\s(?:[a-z]+\s){1,2})?in\sa\s(?:box|body\sbag|coffin|casket|pine\sbox|flag\sdraped\s(?:box|coffin|casket))\b`,
    ],
  },
  {
    id: 'en.passive.wish-other-finished',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "I wish he'd finished the job", "wish the crash had killed me"
      String.raw`\b(?:wish|wished|wishing|hope\s(?:that\s)?)\s(?:that\s)?(?:(?:he|she|they|it|the\s[a-z]+|my\s[a-z]+)\s(?:had|d|would\shave|wouldve)|hed|shed|theyd)\s(?:just\s)?(?:finished\s(?:the\sjob|me\soff|what\s(?:he|she|they)\sstarted|it)|killed\sme|pulled\sthe\strigger|gone\sthrough\swith\sit|succeeded|got\sme)\b`,
      // "I survived the shooting but some days I wish I hadn't"
      String.raw`\bsurvived\b[^.!?\n]{0,60}\b(?:wish|wished)\si\s(?:hadnt|had\snot|didnt|did\snot|never\sdid|wouldnt\shave)\b`,
      // "some days I wish I'd been in the car with him"
      String.raw`\bwish\si(?:d|\shad)\sbeen\s(?:in|on|with)\s(?:the|that)\s(?:car|truck|plane|house|building|helicopter|humvee|convoy|vehicle|boat)(?:\swith\s(?:him|her|them)|\stoo|\sinstead)\b`,
    ],
  },
  {
    id: 'en.passive.hope-someone-hits-me',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "I kind of hope someone runs the red", "hoping a truck hits me"
      String.raw`\b(?:hope|hoping|wish|wishing|pray|praying)\s(?:that\s)?(?:someone|somebody|a\s(?:car|truck|driver|semi|bus|drunk\sdriver))\s(?:would\s|will\s|just\s){0,2}(?:runs?|blows|t\s?bones?|hits?|slams?\sinto|plows?\sinto)\s(?:the\s(?:red(?:\slight)?|light|stop\ssign)|me|my\s(?:car|truck)|into\sme)\b`,
    ],
  },
  {
    id: 'en.passive.better-off-with-other',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "my kids would honestly be better off with just their dad", "they'd be better off with my ex's new husband"
      String.raw`\b(?:kids|family|children|son|daughter|wife|husband|they|theyd|she|shed|he|hed|everyone)\s(?:(?:would|d|will|honestly|really|probably|genuinely|truly|all)\s){0,3}be\sbetter\soff\swith\s(?:(?:just|only)\s(?:their|his|her|my\sex)|a\s(?:new|different|better|real)\s[a-z]+|someone\selse|my\sexs\snew|their\sstep)\b`,
    ],
  },
  {
    id: 'en.passive.questionnaire-frequency',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      // PHQ-9 item 9 answered with a frequency: "the question about being better off dead: more than half the days"
      String.raw`\b(?:better\soff\sdead|hurting\syourself|thoughts\sof\s(?:death|suicide|hurting\syourself)|item\s(?:9|nine)|question\s(?:9|nine)|number\s(?:9|nine)|phq(?:\s9)?\s(?:last|final|item\s9|question\s9|number\s9)(?:\s(?:one|question|item))?)\b[^.!?\n]{0,25}?[:,\-]?\s?(?:several\sdays|more\sthan\shalf\s(?:the|of\sthe)\sdays|nearly\severy\sday|almost\severy\sday|most\sdays|every\sday)\b`,
      String.raw`\b(?:several\sdays|more\sthan\shalf\s(?:the|of\sthe)\sdays|nearly\severy\sday|almost\severy\sday)\s(?:for|on)\s(?:the\s)?(?:question\s(?:about|on)\s|one\sabout\s|item\sabout\s)?(?:being\s)?(?:better\soff\sdead|hurting\syourself|item\s9|question\s9|number\s9)\b`,
    ],
  },
  {
    id: 'en.history.answer-attempted',
    lang: 'en', tier: 'history', kind: 'history',
    patterns: [
      // "Have I ever attempted? Yes, once, in my twenties"
      String.raw`\b(?:ever\s)?(?:attempted|tried\sto\skill\s(?:myself|yourself)|attempted\ssuicide|made\san\sattempt)\s?\?\s(?:yes|yeah|yep|yup|once|twice|one\stime|two\stimes|a\sfew\stimes)\b`,
      // "my mom found my note when I was 16"
      String.raw`\b(?:found|read|saw|discovered)\smy\s(?:suicide\s|goodbye\s)?(?:note|letter)\b(?=[^\n]{0,60}\b(?:when\si\swas|years?\sago|back\sin|in\s(?:19|20)\d\d|in\s(?:high\sschool|middle\sschool|college|my\s(?:teens|twenties))|the\sfirst\stime|ended\sup))`,
      // "I cut for a while after the shooting. I was 14"
      String.raw`\bi\s(?:used\sto\s)?(?:cut|burned|self\s?harmed|hurt\smyself)\s(?:myself\s)?(?:for\s(?:a\s(?:while|bit|few\s(?:years|months)|couple\s(?:of\s)?(?:years|months))|years|months)|back\s(?:then|in)|in\s(?:high\sschool|middle\sschool|college))\b`,
    ],
  },
  {
    id: 'en.active.thats-me',
    lang: 'en', tier: 'active', kind: 'suicide', escalates: false,
    requires: String.raw`\b(?:suicid\w*|want(?:ing)?\sto\s(?:die|kill\s(?:myself|themselves|yourself))|self\s?harm\w*|kill\s(?:themselves|yourself)|end\s(?:their|your)\slives?|cutting)\b`,
    patterns: [
      // "do you take people who are suicidal right now? because that's me", "is it normal to want to die? bc I do"
      String.raw`\?\s(?:because|bc|cause|cuz|coz|asking\s(?:bc|because|cause)|im\sasking\s(?:bc|because))\s(?:(?:thats|that\sis|that\s(?:would|d)\sbe)\s(?:me|where\sim\sat|what\sim\sgoing\sthrough|how\si\sfeel)|i\sdo|i\sam|im\sthere)(?=\s*(?:[.!?,;]|$)|\s(?:right\snow|too|lol|tbh|honestly|every|lately))`,
      String.raw`\b(?:asking|ask)\s(?:bc|because|cause|cuz)\s(?:thats|that\sis)\s(?:me|where\sim\sat)\b`,
    ],
  },
  {
    id: 'en.active.know-what-would-do-it',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      // "I know exactly which meds would do it", "I know what dose will do it"
      String.raw`\bi\s(?:already\s)?know\s(?:exactly\s)?(?:which|what|how\smany|how\smuch)\s(?:[a-z]+\s){0,5}?(?:would|will|it\swould|itd|it\sll)\s(?:do\sit|do\sthe\sjob|kill\sme|be\senough|be\slethal|take)\b`,
    ],
  },
];
