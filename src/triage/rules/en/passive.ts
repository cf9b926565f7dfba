import type { RuleSpec } from '../rule';
import { ADVS, OTHERS_DEATH, THRILL, TO } from './lexicon';

/**
 * Passive ideation (C-SSRS item 1): wishing to be dead or not to wake up, no reason to live, feeling a
 * burden, others better off. Tier passive. Several patterns contain their own negation ("I don't want
 * to live"), so they are not negatable: the negation IS the statement.
 */

const END = String.raw`(?=\s*(?:[.!?,;:]|$))`;

export const EN_PASSIVE: readonly RuleSpec[] = [
  {
    id: 'en.passive.wish-dead',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:wish(?:ed|es|ing)?|hope[ds]?|hoping|pray(?:ed|ing|s)?|want(?:ed|s)?|wanna|would\srather|id\srather|rather|long)\s(?:that\s)?(?<core>(?:(?:i\s(?:was|were|would\sbe|could\sbe|had\sbeen|am)|id\sbe|id\sbeen|im)\s|to\sbe\s|be\s)(?:just\s)?(?:dead|gone(?:\s(?:forever|for\sgood|permanently))?(?=\s*(?:[.!?,;]|$)|\s(?:forever|for\sgood|permanently|already|sometimes|honestly|lol))|in\sa\s(?:coffin|grave|box)|six\sfeet\sunder|in\sthe\sground|under\sthe\sground))\b`,
    ],
  },
  {
    id: 'en.passive.wish-not-alive',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:wish(?:ed|es|ing)?|hope[ds]?|hoping|pray(?:ed|ing|s)?)\s(?:(?:every\s(?:night|day)|each\snight|at\snight|sometimes|always|often|really|so\shard|to\sgod|god|constantly|secretly|all\sthe\stime)\s)?(?:that\s)?(?<core>(?:i|id|ill|im)\s(?:(?:could|would|will|had|just|can|might|could\sjust|would\sjust|can\sjust)\s)?(?:just\s)?(?:die|died|crash|drop\sdead|get\s(?:hit|run\sover)\sby\s(?:a|an)\s(?:car|bus|truck|train|semi)|get\scancer|get\skilled|not\swake\sup|never\swake\sup|dont\swake\sup|didnt\swake\sup|wouldnt\swake\sup|wont\swake\sup|die\sin\smy\ssleep|stop\s(?:existing|breathing)|disappear(?:ed)?(?!\s(?:for\sa|into|to|from|off|on))|vanish(?:ed)?|never\s(?:existed|been\sborn|was\sborn|were\sborn|born|woke\sup|came\s(?:home|back)|made\sit(?:\s(?:home|back))?|survived)|(?:was|were)\snever\sborn|(?:wasnt|werent|hadnt\sbeen)\s(?:born|alive|here)|had\s(?:died|never\sbeen\sborn|not\ssurvived|not\smade\sit)|hadnt\s(?:survived|made\sit|come\s(?:home|back)|woken\sup)|didnt\s(?:survive|make\sit|come\s(?:home|back)|exist)))\b`,
      String.raw`\b(?:wish(?:ed|es|ing)?|hope[ds]?|hoping|pray(?:ed|ing|s)?)\s(?:that\s)?(?:a|an|some|the|this|my|someone|somebody|something|god|it|that)\s(?:[a-z]+\s)?(?:(?:would|will|could|had|d)\s)?(?:just\s)?(?:hit|hits|kill|kills|killed|run\sover|runs\sover|ran\sover|take|takes|took|taken|end|ends|ended|get|gets|got|gotten|happen\sto|happens\sto|happened\sto)\sme\b(?!\s(?:out|home|a\b|an\b|some|the\b|to\b|back|there|up|off\b|through|better|going|moving|closer|ready|somewhere|past|across|around))`,
      String.raw`\b(?:wish(?:ed|es|ing)?|hope[ds]?|hoping)\s(?:that\s)?(?:he|she|they|it|the\s[a-z]+)\s(?:had\s|would\shave\s|d\s)?finished\s(?:the\sjob|me\soff|what\s(?:he|she|they)\sstarted)\b|\b(?:wouldnt|would\snot|dont|do\snot)\smind\sif\s(?:(?:a|an|the|some|something|someone)\s(?:[a-z]+\s){0,2}(?:hit|hits|killed|kills|ran\sover|runs\sover|took|takes)\sme|i\s(?:got|get|was|were)\s(?:hit|killed|run\sover|shot|struck))\b|\b(?:angry|mad|upset|pissed|sad|disappointed|wish)\s(?:that\s)?(?:they|the\s[a-z]+|someone|he|she|my\s[a-z]+)\s(?:brought\sme\sback|saved\sme|revived\sme|resuscitated\sme|found\sme\sin\stime|narcaned\sme)\b|\bso\s(?:that\s)?i\s(?:dont|wouldnt|didnt|wont)\shave\sto\s(?:be\shere|be\salive|live|wake\sup|carry\s(?:this|it)|exist|keep\sliving|deal\swith\s(?:life|any\sof\sit|it\sanymore))\b`,
    ],
  },
  {
    id: 'en.passive.want-gone',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:want(?:s|ed|ing)?|wanna|would\slike|id\slike|need|long|wish(?:\s(?:that\s)?i\s(?:could|would|can|might|just\scould))?|rather\s(?:just\s)?)\s(?:${TO}\s)?${ADVS}(?<core>(?:go\sto\s)?sleep\s(?:and|&)\s(?:never|not)\s(?:wake|come)\sup|(?:go\sto\s)?sleep\s(?:and|&)\s(?:never|not)\s(?:have\sto\s)?(?:come\sback|wake\sup)|(?:go\sto\s)?sleep\s(?:and|&)\s(?:just\s)?stay\s(?:asleep|that\sway|under|down)(?!\s(?:through|all|until|til|till|past|for|longer|more|at\snight|again|tonight|like))|not\sbe\shere|disappear(?:\sforever|\sfor\sgood|\spermanently)?|vanish|fade\saway|cease\sto\sexist|stop\s(?:existing|breathing|living)|not\s(?:exist|be\s(?:here|alive|around)(?:\sanymore)?|wake\sup)|go\sto\ssleep\s(?:and|&)\s(?:never|not)\s(?:wake|come)\sup|go\sto\ssleep\sforever|sleep\sforever|fall\sasleep\s(?:and|&)\s(?:never|not)\swake(?:\sup)?|be\sgone\s(?:forever|for\sgood|permanently)|be\swith\s(?:my\s[a-z]+|him|her|them)\sin\sheaven|be\sin\s(?:a\scoffin|the\sground|my\sgrave))\b(?!\s(?:for\sa|for\sthe|into|to\b|from|off|on\svacation|for\sa\swhile|from\ssocial|at\b|in\sthe\s(?:morning|crowd)|today|this\sweekend|for\sthe\sweekend|on\s(?:the\s)?weekends?|on\s(?:saturdays?|sundays?|my\sdays?\soff|days\soff)|tomorrow\s(?:at|morning)|until))`,
    ],
  },
  {
    id: 'en.passive.dont-want-to-live',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, negatable: false, subject: 'open',
    patterns: [
      String.raw`\b(?:dont|do\snot|didnt|did\snot|no\slonger|not|never|barely|hardly|dont\sreally|honestly\sdont)\s(?:(?:even|really|honestly|just|fucking|think\si|feel\slike\si|know\sif\si|know\sthat\si|see\swhy\si\sshould|know\swhy\si\sshould|know\sif\si\sstill|care\sif\si|think\sthat\si)\s){0,2}(?:want|wanna|wanting|wish|feel\slike|need|care\sto|deserve|have\sthe\s(?:will|energy|strength|desire)\sto)\s(?:${TO}\s)?(?<core>live|be\salive|exist|wake\sup|keep\s(?:living|going|breathing|existing|waking\sup)|go\son|carry\son|stay\salive|survive|be\son\s(?:this|the)\s(?:earth|planet)|be\sin\sthis\sworld|be\sliving|be\shere|be\saround|continue\sliving|keep\strying\sto\slive)(?:\s(?:anymore|any\smore|no\smore|any\slonger|like\sthis|this\slife|this\sway|another\sday))?\b(?!\s(?:in\b|with\b|at\b|near\b|there\b|alone\b|on\b|by\b|together\b|far\b|close\b|without\b|under\b|through\b|off\b|for\b|like\s(?!this\b|that\b)|early|so\searly|to\b|a\b|an\b|the\b|this\b|that\b|it\b|my\b|your\b|his\b|her\b|their\b|people|crowds|them|him|anyone|others|everyone|when|if|today|this\sweek|right\snow|and\sdo|and\sfill|and\sgo\sto|tomorrow\sat|until|till))`,
      String.raw`\bnot\ssure\s(?:if\s|whether\s|that\s)?i\s(?:want|wanna|can)\s(?:to\s)?(?:live|be\salive|keep\sgoing|go\son|stay\salive|be\shere\sanymore|exist|keep\sliving)\b(?!\s(?:in\b|with\b|at\b|there|here\b|near|on\b))`,
      // "dont wanna be alive rn": alive and exist are never about a place or an event
      String.raw`\b(?:dont|do\snot|not|never)\s(?:(?:even|really|honestly)\s)?(?:want|wanna|wanting)\s(?:${TO}\s)?(?:be\salive|exist)\b(?=\s(?:right\snow|today|tonight|this\sweek|some\sdays|most\sdays|lately|anymore))`,
    ],
  },
  {
    id: 'en.passive.dont-care-if-die',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      String.raw`\b(?:dont|do\snot|wouldnt|would\snot|didnt|couldnt|could\snot)\s(?:really\s|even\s|honestly\s)?(?:care|mind)\s(?:(?:anymore|any\smore|at\sall|much)\s)?(?:if|whether|that)\s(?:i\s)?(?:live|die|died|dying|wake\sup|woke\sup|dont\swake\sup|didnt\swake\sup|never\swake\sup|never\swoke\sup|got\shit\sby|get\shit\sby|just\sdied|was\sdead|were\sdead|was\sgone)\b`,
      String.raw`\b(?:wouldnt|would\snot|dont|do\snot)\smind\s(?:dying|being\sdead|not\swaking\sup|if\si\sdied|if\sit\sall\sended|not\sbeing\shere|if\si\sdidnt\swake\sup|if\si\snever\swoke\sup)\b`,
    ],
  },
  {
    id: 'en.passive.no-reason-to-live',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      String.raw`\b(?:no|zero|not\s(?:a|any|one)|nothing|(?:dont|do\snot|cant|can\snot)\s(?:(?:really|honestly|even|just)\s)?(?:have|see|know|feel|find|think\sof)\s(?:a|any|the|one)|lost\s(?:my|the|all)|without\s(?:a|any)|what\sis\s(?:even\s)?the|whats\s(?:even\s)?the|what\sis\sthe\sreal|there\sis\sno|theres\sno|no\smore|cant\sthink\sof\s(?:a|one|any))\s(?:single\s|good\s|real\s|more\s|even\s)?(?:reason|reasons|point|purpose|will|desire|motivation|meaning|use)\s(?:(?:to|for|in|of)\s)?(?:(?:even|me|my|just|keep|even\strying\sto)\s)?(?<core>live|living|life|be\salive|being\salive|keep\s(?:going|living|trying|fighting)|keeping\son|go\son|going\son|carry\son|stay\salive|staying\salive|wake\sup|waking\sup|exist|existing|be\shere|being\shere)\b(?!\s(?:in\b|with\b|at\b|there|like\sthat|early|so\searly|on\s(?:a\s)?(?:saturday|sunday|weekend|weekends|my\sday\soff)|for\s(?:the|a|this|that|an)\b))`,
      String.raw`\bnothing\s(?:left\s)?(?:to\slive\sfor|worth\sliving\sfor)\b|\bnot(?:hing)?\sworth\sliving\sfor\b|\b(?:dont|do\snot|didnt|dont\sreally|dont\seven)\shave\s(?:anything|anyone|anybody|much|a\sthing|a\sreason|any\sreason)\s(?:left\s)?(?:to\slive\sfor|worth\sliving\sfor)\b`,
      String.raw`\b(?:life|living|my\slife|existence)\s(?:has|holds|had)\s(?:no|zero|lost\s(?:all|its))\s(?:point|meaning|purpose|value)\b`,
      String.raw`\b(?:waiting|wait)\s(?:(?:around|until|till)\s)?(?:to\sdie|for\s(?:death|it\sto\s(?:be\sover|end)|the\send|my\s(?:time|turn)\sto\sgo|my\slife\sto\send)|until\si\sdie|till\si\sdie)\b`,
      String.raw`\b(?:dont|do\snot|cant|can\snot)\ssee\smyself\s(?:being\s)?(?:alive|here|around|living)\s(?:in|by|next|much|for\smuch|a\syear|another|long|past)\b`,
      String.raw`\b(?:life|living|my\slife|this\slife|existence|being\salive)\s(?:is|s|isnt|aint|is\snot|not|feels|seems|just\sisnt|really\sisnt|is\sjust|is\sno\slonger|just\sfeels|hasnt\sbeen|has\snot\sbeen|wasnt)\s(?:not\s)?(?:really\s)?(?:worth\s(?:living|it|it\sanymore|continuing|fighting\sfor|the\sfight|the\seffort)|pointless|meaningless|not\sworth\sit)\b(?!\s(?:without|w\/o|unless|before)\s(?!you\b|them\b|her\b|him\b|my\s(?:wife|husband|kids|son|daughter|mom|dad|family)\b))`,
      String.raw`\b(?:its|it\sis|it\ss)\snot\sworth\s(?:living|being\salive|staying\salive)\b`,
      String.raw`\bwhy\s(?:should|would|do)\si\s(?:keep\s(?:living|going|waking\sup)|stay\salive|even\slive|bother\sliving|go\son\sliving)\b|\bwhy\s(?:am|m)\si\s(?:even\s)?(?:still\s)?(?:alive|breathing)\b|\bwhy\sam\si\sstill\shere\b|\bwhy\sdid\si\s(?:survive|make\sit\s(?:back|home|out)|live|come\s(?:home|back))\b`,
    ],
  },
  {
    id: 'en.passive.tired-of-living',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:tired|sick|exhausted|weary|done|fed\sup|finished|through|worn\sout)\s(?:of|with)\s(?:(?:this|my|the|being|just|fucking|all|so)\s)?(?<core>living|life|being\salive|existing|breathing|this\sworld|waking\sup|it\sall|everything\sand\severyone|fighting\sto\sstay\salive|trying\sto\sstay\salive)\b(?!\s(?:in\b|with\b|like\sthis\sjob|paycheck|alone|at\b|on\b|under\b|as\b|out\b|around|near|insurance|coach|skills|situation|style|conditions|arrangements|room|expenses|costs|wages?|up\sto|of\b|for\b|to\b|here))`,
      String.raw`\b(?:done|finished)\s(?:living|being\salive|existing|with\sthis\slife|with\smy\slife|trying\sto\sstay\salive)\b`,
    ],
  },
  {
    id: 'en.passive.burden',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    // the screening question quoted and answered no: 'they ask "do you feel like a burden" no'
    // ... or a burden on a system, not on people: "a burden on the VA system apparently, my claim's been pending"
    near: { excludes: String.raw`\byou\s(?:ever\s)?(?:feel|felt)\slike\s(?:a|such\sa)\sburden\s?[?.]{0,3}\s?(?:no|nope|never|not\sreally|nah)\b|\bburden\son\sthe\s(?:va|system|healthcare|taxpayers?|insurance|budget|state|county)\b`, before: 20, after: 40 },
    patterns: [
      String.raw`\b(?:im|i\sam|i\sm|i\sfeel(?:\slike)?|feel(?:ing)?\slike|i\sjust|being|i\swas|ive\sbecome|i\sbecame|always\sbeen|just|i\sve\sbeen|ive\sbeen|i\sthink\si\sam|i\sthink\sim)\s(?:(?:such|nothing\sbut|only|just|a\shuge|a\sbig|so\smuch\sof|becoming|such\san?|the|a|an|more\sof\sa|just\sa|a\sbig|a\sheavy|a\sfinancial|a\stotal|a\scomplete|an\semotional)\s){0,2}(?:burden|burdens|carga|estorbo|waste\sof\s(?:space|air|oxygen|skin|life|a\slife)|drain\son\severyone|dead\sweight|problem\sfor\severyone)\b`,
    ],
  },
  {
    id: 'en.passive.better-off-without-me',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      String.raw`\b(?:theyd|they\swould|everyone\swould|everybody\swould|shed|she\swould|hed|he\swould|the\skids\swould|my\s[a-z]+\swould|itd|it\swould|world\swould)\s(?:all\s|really\s|honestly\s|probably\s|just\s)?be\sbetter\soff(?:\s(?:as\s)?(?:a\s)?(?:widow|widower|widowed|orphans?))?(?=\s*(?:[.!?,;]|$)|\s(?:as\s)?(?:a\s)?(?:widow|widower|widowed|orphans?))`,
      String.raw`\b(?:doing|do)\s(?:everyone|them|the\sworld|my\s[a-z]+|everybody)\sa\sfavou?r\s(?:by|if)\s(?:not\sbeing\s(?:around|here|alive)|dying|killing\smyself|disappearing|leaving\sfor\sgood|being\sgone)\b`,
      String.raw`\b(?:keep|keeps|go|goes)\s(?:spinning|turning|going|on)\swithout\sme\b(?=[^.!?\n]{0,30}\b(?:better|fine|same|probably|notice))`,
      String.raw`\b(?:better(?:\soff)?|happier|fine|ok|okay|good|relieved|at\speace|easier|safer|freer|better\splace|better\slife|better\slives)\s(?:off\s)?(?<core>sin\smi|without\s(?:a|an)\s(?:[a-z]+\s){0,2}?like\sme|without\sme(?:\saround|\shere|\sin\sthe\spicture|\sin\stheir\slives|\sin\sthe\sworld)?|if\si\s(?:was|were|wasnt|werent|died|was\sdead|were\sdead|was\sgone|were\sgone|disappeared|killed\smyself|didnt\sexist|wasnt\saround|wasnt\shere|werent\shere|werent\saround|left\sfor\sgood|never\sexisted|was\snever\sborn|were\snever\sborn|wasnt\sborn|wasnt\salive|just\sdied|just\sdisappeared|just\sended\sit|ended\sit|wasnt\sin\sthe\spicture)|with\sme\s(?:gone|dead|out\sof\sthe\spicture)|once\sim\sgone|when\sim\sgone|if\sim\sgone|after\sim\sgone|if\sim\sdead|when\sim\sdead)\b(?!\s(?:(?:around\s|here\s)?(?:so\smuch|as\smuch|that\smuch|all\sthe\stime|so\soften|as\soften)|for\sa\s(?:while|bit|few|week|day)|on\s(?:vacation|deployment|a\strip)|to\swork|at\swork|at\sthe|in\sthe\s(?:meeting|room|house)|tonight|this\sweekend))`,
    ],
  },
  {
    id: 'en.passive.nobody-would-miss-me',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      String.raw`\b(?:no\s?one|nobody|noone|no\sbody|not\sa\ssoul|not\sanyone|no\sone\selse|nobody\selse|who|(?:no\s?one|nobody|noone)s\s(?:going\sto|gonna))\s(?:(?:would|will|d|wld|is\sgoing\sto|gonna|even|really|ever|would\seven|would\sreally|would\sever|actually)\s){0,2}(?:(?:miss|mourn)\sme|come\sto\smy\sfuneral|cry\sfor\sme|cry\sat\smy\sfuneral|notice\s(?:if\s|when\s|that\s)?i(?:m|\swas|\swere|\sam|d\sbeen|\shad\sbeen)?\s(?:gone|dead|died|disappeared|didnt\swake\sup|killed\smyself|vanished|left\sforever|wasnt\shere|wasnt\saround|wasnt\salive)|care\s(?:if|when)\si\s(?:died|was\sdead|were\sdead|was\sgone|disappeared|killed\smyself|didnt\swake\sup|lived\sor\sdied|wasnt\shere|wasnt\saround))\b(?!\s(?:at\swork|for\s(?:a|the|an|like\sa|two|three|a\scouple\sof)\s(?:while|day|days|week|weeks|weekend|month|bit|few|hour|hours)|on\s(?:vacation|a\strip|deployment|leave)|this\sweekend))`,
      String.raw`\b(?:if|when)\si\s(?:just\s)?(?:died|die|was\sgone|were\sgone|disappeared|vanished|wasnt\shere|stopped\sexisting|killed\smyself|was\sdead|didnt\swake\sup)\b[^.!?\n]{0,20}?\b(?:no\s?one|nobody|noone|not\sa\ssoul)\s(?:(?:at|in|from)\s(?:(?:the|my)\s)?[a-z]+\s)?(?:would|will|d)\s(?:even\s|really\s)?(?:notice|care|miss\sme|cry|mourn|come)\b`,
    ],
  },
  {
    id: 'en.passive.wish-it-would-end',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:want|wanna|wish|need|hope|pray(?:ing)?)\s(?:for\s)?(?:it\sall|everything|life|my\slife|the\sworld|existence|all\sof\sthis|all\sthis)\s(?:${TO}\s|would\s|could\s|will\s)?(?:just\s)?(?<core>end|stop|be\sover)\b(?!\s(?:soon\sso\si\scan|already\sso|at\s\d|early))`,
      String.raw`\b(?:itd|it\swould|would|it\sd)\sbe\s(?:better|easier|a\srelief)\s(?:if\si\s(?:didnt\sexist|wasnt\shere|was\sdead|were\sdead|died|was\sgone|wasnt\salive|wasnt\saround)|to\s(?:not\sexist|be\sdead|die|not\sbe\shere|disappear|not\swake\sup))\b`,
      String.raw`\bhate\s(?:being\salive|existing|that\si(?:m|\sam)\s(?:still\s)?alive|waking\sup\s(?:alive|every\sday|every\smorning|at\sall))\b`,
      String.raw`\b(?:wish|want|hope|pray)\s(?:that\s)?(?:it\swould\sall|it\sall\swould|everything\swould|life\swould|my\slife\swould|it\swould\sjust\sall|it\scould\sall)\s(?:just\s)?(?:end|stop|be\sover)\b`,
      String.raw`\bready\sfor\s(?:it\sall\sto\s(?:end|be\sover|stop)|the\send|death|my\send|my\slife\sto\send)\b|\bwelcome\sdeath\b`,
      String.raw`\b(?:if|when)\s(?:i\s(?:died|didnt\swake\sup|never\swoke\sup|was\sgone)|god\s(?:took|takes|would\stake)\sme|something\shappened\sto\sme),?\s(?:[a-z]+,?\s){0,4}?(?:it\s(?:would|d)\sbe\s(?:a\s)?(?:relief|blessing|mercy|for\sthe\sbest)|id\sbe\s(?:grateful|relieved|fine|ok|okay|glad|thankful|happy|at\speace)|i\swouldnt\smind|thatd\sbe\s(?:fine|ok|a\srelief))\b`,
      String.raw`\bonly\s(?:peace|way\sout|escape|rest|relief|solution|answer|option|exit)\s(?:[a-z]+\s){0,4}?(?:is|will\sbe|would\sbe|left\sis)\s(?:being\sdead|death|dying|to\sdie|suicide|killing\smyself|ending\sit|in\sthe\sground|the\sgrave|not\sbeing\shere)\b`,
      String.raw`\b(?:envy|envious\sof|jealous\sof)\s(?:the\s)?(?:guys|ones|men|women|people|those|friends|buddies|brothers|marines|soldiers)\s(?:who|that)\s(?:didnt\s(?:come\shome|make\sit|survive)|died|are\sdead|got\skilled|passed|are\sgone)\b`,
      String.raw`\b(?:id|i\sd|i\swould)\srather\s(?:just\s)?not\s(?:be\shere|exist|be\salive|wake\sup|be\saround)\b`,
      String.raw`\b(?:it\s)?(?:should\s(?:have|of|ve)|shouldve|shoulda)\sbeen\sme\b(?=\s*(?:[.!?,;]|$)|\s(?:that|who|instead|not\s(?:him|her|them)|(?:in|on|under)\s(?:that|the|this)\s(?:[a-z]+\s)?(?:truck|humvee|vehicle|car|convoy|fire|blast|crash|wreck|ground|coffin|casket|grave|box|bag|bed|seat|helicopter|bird|patrol|ambush|field|road)))`,
      String.raw`\b(?:death|dying|being\sdead|not\sexisting|not\swaking\sup|sleep(?:ing)?\sforever|eternal\ssleep|the\sgrave|coffin|grave)\s(?:(?:would|will|could|might)\s)?(?:be|sounds|seems|feels|looks|is)\s(?:like\s)?(?:(?:so|really|such|a|kind\sof|kinda|pretty|the\sonly|the\sbest|an)\s){0,2}(?:relief|better|easier|welcome|gift|peaceful|peace|nice|good|appealing|tempting|escape|sweet|release|answer|way\sout|option)\b`,
      String.raw`\bbetter\soff\sdead\b(?!\sto\s(?:her|him|them|me|us|you)\b)`,
      String.raw`\b(?:envy|envious\sof|jealous\sof)\s(?:the\sdead|dead\speople|people\swho\s(?:die|died|are\sdead))\b`,
      String.raw`\b(?:pray|praying|ask(?:ing)?|beg(?:ging)?|hope|hoping|wish)\s(?:that\s)?(?:god|the\slord|jesus|he)\s(?:(?:would|will|just|would\sjust)\s)?(?:takes?|calls?)\sme(?:\shome|\saway|\snow|\ssoon)?\b`,
      String.raw`\b(?:rather|d\srather)\s(?:just\s)?die\b(?!\sthan\s(?!(?:live|go\son|keep\sliving|keep\sgoing|be\salive|wake\sup|feel\sthis|live\slike|spend\sanother|deal\swith\sthis\spain|face\sanother|continue)))`,
    ],
  },
  {
    id: 'en.passive.should-have-died',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    // "doctors said by all rights I shouldn't have survived": a medical fact reported, not a wish
    near: { excludes: String.raw`\b(?:doctors?|docs?|surgeons?|nurses?|medics?|paramedics|the\s(?:er|hospital|trauma\steam|team))\s(?:said|say|says|told\sme|tell\sme|keep\ssaying)\s(?:that\s)?(?:[a-z]+\s){0,4}?(?:i|you)\s(?:should|shouldnt|should\snot)\b`, before: 80, after: 12 },
    patterns: [
      String.raw`\b(?:should\s(?:have|of|ve)|shouldve|shoulda|should\shave\sjust|shouldve\sjust|was\ssupposed\sto\shave|it\sshould\shave\sbeen\sme\swho)\s(?<core>died|been\skilled|stayed\sdead|been\sthe\sone\swho\sdied|not\s(?:survived|made\sit|come\s(?:back|home))|never\s(?:survived|made\sit|come\s(?:back|home)))\b`,
      String.raw`\b(?:shouldnt|should\snot)\s(?:(?:have|of|ve|even|still)\s){0,2}(?<core>survived|made\sit(?:\sback|\shome|\sout)?|come\s(?:back|home)|be\s(?:alive|here|breathing)|exist|have\sbeen\sborn|been\sborn)\b(?!\s(?:on\stime|today|at\b|in\b|yet|with\b))`,
    ],
  },
  {
    id: 'en.passive.cant-go-on',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      String.raw`\b(?:cant|can\snot|unable\sto|dont\sthink\si\scan|not\ssure\s(?:if\s)?i\scan|dont\sknow\sif\si\scan|dont\sknow\show\s(?:much\s)?(?:longer|long)\si\scan|no\slonger\swant\sto|dont\sknow\show\sto)\s${ADVS}(?<core>go\son(?:${END}|\s(?:living|anymore|like\sthis|any\slonger|much\slonger|with\slife|without\s(?:him|her|them)))|keep\s(?:living|going\son|on\sliving|existing)|live\s(?:like\sthis|anymore|with\smyself|another\sday)|stay\salive|hold\son(?:\s(?:much|any))?\s(?:longer|anymore)|keep\smyself\salive|survive\sanother\s(?:day|night|week)|keep\sgoing(?:${END}|\s(?:anymore|like\sthis|much\slonger|any\slonger)))`,
    ],
  },
  {
    id: 'en.passive.thoughts-of-death',
    lang: 'en', tier: 'passive', kind: 'passive', subject: 'open',
    // the death named right after as someone else's: "thinking about death a lot, my mom's specifically", "death, not my own"
    near: {
      excludes: OTHERS_DEATH,
      before: 0, after: 50,
    },
    patterns: [
      String.raw`\b(?:think(?:s|ing)?|thought|thoughts|dream(?:ing|s)?|fantasiz(?:e|ing)|obsess(?:ed|ing)?|fixat(?:ed|ing)|preoccupied|ruminat(?:e|ing))\s(?:(?:a\slot|constantly|all\sthe\stime|so\smuch|often|every\sday|always|mostly)\s)?(?:about|of|abt|bout|with|on)\s(?<core>dying(?!\s(?:in\s(?:that|the)|that\sday|over\sthere|my\shair|hair))|death(?!\s(?:of|in|at|from|row|metal|penalty|toll|certificate|benefits|anniversary))|being\sdead|my\s(?:own\s)?(?:death|funeral)|not\s(?:being\s(?:here|alive|around)|existing|waking\sup)|no\slonger\sexisting)\b`,
    ],
  },
  {
    id: 'en.passive.passive-si',
    lang: 'en', tier: 'passive', kind: 'passive', subject: 'open',
    // thrill-seeking told as past: "I had a death wish when I skydived in my twenties" (not "I've had a death wish for months")
    near: {
      excludes: String.raw`\b(?:had|must\shave\shad|musta\shad)\sa\s(?:real\s|serious\s|total\s)?death\swish\b[^\n.!?]{0,50}?\b${THRILL}\b(?![^\n]{0,60}\b(?:still|now|again|these\sdays|lately|anymore|tonight|today|for\s(?:months|weeks|years))\b)|\b${THRILL}\b[^\n.!?]{0,60}?\b(?:had|must\shave\shad|musta\shad)\sa\s(?:real\s|serious\s|total\s)?death\swish\b(?![^\n]{0,60}\b(?:still|now|again|these\sdays|lately|anymore|tonight|today|for\s(?:months|weeks|years))\b)|\b(?:i\s(?:joke|jokingly\ssay|kid)|(?:people|everyone|my\s(?:wife|husband|friends|buddies|mom|family))\s(?:joke|jokes|say|says|tease\sme))\s(?:that\s)?(?:i\s(?:have\sgot|have|got)|ive\sgot)\sa\s(?:real\s|serious\s|total\s)?death\swish\s(?:because|cause|cuz|since|when|for)\s(?:i\s)?(?:[a-z]+\s){0,2}?${THRILL}\b(?![^\n]{0,80}\b(?:maybe\si\sdo|i\sdo\sthough|i\smean\sit|part\sof\sme|honestly\si|hoping|want\sto\sdie|dont\scare\sif\si)\b)`,
      before: 100, after: 100,
    },
    patterns: [String.raw`\bpassive\s(?:s\.i|si|suicidal\s(?:ideation|thoughts)|ideation|death\swish)\b|\bdeath\swish\b`],
  },
  {
    id: 'en.passive.wish-taken',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      // "wish covid had taken me instead", "i wish the war had killed me", "wish that ied got me too"
      String.raw`\b(?:wish(?:ed|es|ing)?|if\sonly)\s(?:(?:that|it)\s)?(?:(?:the|that|this|a|an|my)\s)?(?:[a-z]+\s){1,2}?(?:had|would\shave|d|could\shave|just)\s(?:taken|took|killed|got(?:ten)?|claimed|finished)\sme(?:\soff)?\b(?!\s(?:to|with|along|out|home|back|there|in\b|on\b|seriously|more|for\b|as\b|under|away|aside))`,
      // "i wish it had been me instead", "wish it was me who died"
      String.raw`\b(?:wish(?:ed|es|ing)?|if\sonly)\s(?:that\s)?it\s(?:had\sbeen|was|were|would\shave\sbeen)\sme\s(?:instead|who\s(?:died|got\skilled|didnt\smake\sit)|that\s(?:died|got\skilled)|in\sthat\s(?:coffin|casket|grave|car))\b`,
      // "some days i wish id gone with them", "should have gone with my guys"
      String.raw`\b(?:wish(?:ed)?|should\shave|shouldve|should\sve|should\sof)\s(?:(?:i|id|i\sd|i\shad|that\si\shad)\s)?(?:gone|go|went|died|left)\swith\s(?:them|him|her|my\s[a-z]+|the\sguys|the\sboys)(?=\s*(?:[.!?,;:]|$)|\s(?:that\s(?:day|night)|over\sthere|in\s(?:the|that)\s(?:crash|blast|fire|ambush|wreck|attack|explosion)|sometimes|honestly|too|when|quietly))`,
    ],
  },
  {
    id: 'en.passive.dont-come-back',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "part of me hopes it's the call I don't come back from", "every deployment i hoped i wouldnt make it home"
      String.raw`\b(?:hope[sd]?|hoping|wish(?:ed|ing)?|pray(?:ed|ing)?)\s(?:(?!you\b|he\b|she\b|they\b|we\b)[a-z]+\s){0,7}?(?:i\s)?(?:dont|wont|never|do\snot|will\snot|didnt|wouldnt|would\snot)\s(?:come\s(?:back|home)|make\sit\s(?:back|home|out)|survive|wake\sup)(?:\s(?:from|alive))?(?=\s*(?:[.!?,;:]|$)|\s(?:this\stime|from\s(?:this|that|it|one|the\snext|a\scall|a\sfire|the\sfire|a\srun|the\srun|a\smission|deployment)))`,
    ],
  },
  {
    id: 'en.passive.woke-up-disappointed',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      // "disappointed i woke up at all", "mad that i survived", "upset to still be alive"
      String.raw`\b(?:disappointed|upset|annoyed|angry|mad|sad|pissed|bummed|frustrated|devastated|sorry|crushed)\s(?:that\s)?(?:i\s)?(?:(?:woke|wake)(?:\sup)?(?:\s(?:again|at\sall|alive|this\smorning|today|another\sday))?|(?:am|im|was)\sstill\s(?:here|alive|breathing)|survived|lived|made\sit|didnt\sdie|didnt\ssucceed|to\s(?:wake\sup|still\sbe\s(?:here|alive)|be\salive|have\ssurvived|be\sbreathing))(?=\s*(?:[.!?,;:]|$)|\s(?:again|every|each|at\sall|some|most|lol|honestly|tbh|and|but|alive))`,
      // "i wake up disappointed im still alive", "woke up angry to be breathing"
      String.raw`\b(?:wake|woke|waking)\sup\s(?:(?:so|kind\sof|kinda|really)\s)?(?:disappointed|sad|angry|upset|annoyed|pissed|mad)\s(?:that\s)?(?:(?:i\s(?:am|m|was)|im)\s)?(?:still\s)?(?:alive|here|breathing)\b|\b(?:wake|woke|waking)\sup\s(?:(?:so|kind\sof|kinda|really)\s)?(?:disappointed|sad|angry|upset|pissed|mad)\s(?:to\s(?:be\s(?:alive|breathing)|still\sbe\s(?:here|alive)|wake\sup))\b`,
    ],
  },
  {
    id: 'en.passive.ready-to-go',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    // faith that waits its turn: "ready to go home to the Lord whenever He calls, but not a day before"
    near: { excludes: String.raw`\bnot\sa\s(?:day|minute|second|moment)\s(?:before|sooner|early|earlier)\b|\bbut\snot\s(?:yet|today|before)\b|\bnot\sbefore\s(?:my|its|his)\stime\b`, before: 0, after: 120 },
    patterns: [
      // "ready to go whenever the man upstairs calls, sooner the better", "god can take me any day now"
      String.raw`\b(?:ready\sto\s(?:go|die|meet\s(?:my\smaker|god|the\slord|jesus)|be\scalled\shome|check\sout)|(?:god|the\slord|jesus|the\sman\supstairs|the\sgood\slord|death|the\sreaper)\s(?:can\s|could\s|should\s|would\s)?(?:take|takes|call|calls|come\sget|comes\sfor|come\sfor)\sme(?:\shome)?)\b(?=[^\n]{0,80}?\b(?:sooner\sthe\sbetter|cant\scome\ssoon\senough|the\ssooner|any\s(?:day|time)\snow|hurry|please|today|tonight|right\snow|id\swelcome|welcome\sit|whenever|anytime)\b)`,
      String.raw`\b(?:death|my\stime|my\sturn|my\slast\sday|the\sreaper|the\send\sof\smy\slife)\s(?:cant|cannot|couldnt|can\snot)\scome\s(?:soon|fast|quick|quickly)\senough\b`,
    ],
  },
  {
    id: 'en.passive.worth-more-dead',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "my kids would be better off with a dead dad", "better off with me gone", "than with me around"
      String.raw`\bbetter\soff\s(?:with|having)\s(?:a\s)?(?:dead|no)\s(?:dad|mom|father|mother|parent|husband|wife|son|daughter|brother|sister|me)\b|\bbetter\soff\s(?:[a-z]+\s){0,5}?(?:with\sme\s(?:dead|gone|out\sof\sthe\spicture|in\sthe\sground)|than\s(?:with\s)?me\s(?:around|alive|here|in\s(?:their|the)\s(?:lives|life|picture)))\b`,
      // "im worth more dead than alive", "my family would be better off collecting my life insurance", "life insurance pays more than i make"
      String.raw`\bworth\smore\s(?:to\s(?:them|her|him|my\s[a-z]+|everyone)\s)?dead\b|\b(?:better\soff|be\sfine|be\sset|richer|rich|set\sfor\slife)\s(?:[a-z]+\s){0,3}?(?:with|collecting|cashing\sin|from|getting|on)\s(?:on\s)?my\slife\sinsurance\b|\b(?:cash\sin|collect|cashing\sin|collecting)\s(?:on\s)?my\slife\sinsurance\b|\b(?:my\s)?life\sinsurance\s(?:(?:policy|payout|money)\s)?(?:pays|would\spay|is\sworth|pays\sout|payout\sis)\s(?:out\s)?(?:more|way\smore|a\slot\smore|double|better)\s(?:than\s)?(?:i\s(?:make|earn|bring\sin|do|am\sworth)|me\salive|my\s(?:salary|paycheck|income))\b`,
    ],
  },
  {
    id: 'en.passive.taking-up-space',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "im just taking up space", "i feel like im wasting oxygen"
      String.raw`\b(?:im|i\sam|i\sm|im\sjust|i\sjust|feel\slike\si\sam|feel\slike\sim|just)\s(?:just\s)?(?:taking\sup\s(?:space|air|oxygen|room)|wasting\s(?:space|air|oxygen))\b(?!\s(?:in\s(?:the|your|my)\s(?:garage|car|driveway|schedule|calendar|closet|inbox|fridge)|on\s(?:the|your|my)))`,
    ],
  },
  {
    id: 'en.passive.only-want',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "the only thing i want is to not be alive", "all i want some days is to not wake up"
      String.raw`\b(?:the\sonly\sthing\si\s(?:want|wanna|need)|all\si\s(?:want|wanna|need)|what\si\s(?:really\s)?want)\s(?:(?:right\snow|anymore|some\sdays|most\sdays|lately)\s)?(?:is|s)\s(?:(?:to|just|just\sto)\s)?(?<core>not\s(?:to\s)?(?:be\s(?:alive|here|around)|exist|wake\sup)|die|be\sdead|be\sgone(?:\sforever)?|stop\sexisting|sleep\sforever|never\swake\sup)\b`,
      // "wouldnt be upset if it stopped", "wouldnt mind if it all ended"
      String.raw`\b(?:wouldnt|would\snot|wont|will\snot)\s(?:be\s)?(?:upset|sad|mad|mind|care|cry|complain|fight\sit)\sif\s(?:it\s(?:all\s)?|life\s|everything\s|my\slife\s|my\sheart\s|i\s)(?:just\s)?(?:stopped|ended|ends|stops|was\sover|were\sover|went\sdark|didnt\swake\sup|was\sgone)(?=\s*(?:[.!?,;:]|$)|\s(?:tomorrow|tonight|today|honestly|tbh|lol|right\snow|one\sday|someday))`,
    ],
  },
  {
    id: 'en.passive.pray-taken',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      // "I pray every night God takes me in my sleep", "hoping each night the lord calls me home"
      String.raw`\b(?:pray(?:s|ed|ing)?|hope[sd]?|hoping|wish(?:ed|ing)?)\s(?:(?:every|each)\s(?:night|day|morning)|at\snight|sometimes|always|really|secretly|so\shard|to\sgod|some\snights)\s(?:that\s)?(?:god|the\slord|jesus|death|the\sman\supstairs)\s(?:(?:would|will|just)\s)?(?:take|takes|call|calls)\sme(?:\shome|\sin\smy\ssleep|\saway|(?=\s*(?:[.!?,;:]|$)))`,
    ],
  },
];
