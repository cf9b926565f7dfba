import type { RuleSpec } from '../rule';

/**
 * Tenth English pass, written as families after scoring a new writer (fresh-w, asked for imminent risk
 * told indirectly and for its look-alikes) once: standing past the railing, "the last time you'll hear
 * from me", wishing to get sick and not recover, being fine if sleep were the end, hoping this is the last
 * time one closes one's eyes, wishing one had never come home from the war, and preparation cues that
 * count beside a second one (a letter for each child, a timer set, "it's scheduled", the plan written out
 * for a spouse, pets rehomed and things given away, rent paid so the landlord is not stuck, the beneficiary
 * changed, passwords left, a truck signed over, letters mailed to the kids, "that's where it ends for me",
 * "by Thursday it won't matter").
 */

const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;

export const EN_ROUND10: readonly RuleSpec[] = [
  {
    id: 'en.imminent.r10-past-the-railing',
    lang: 'en', tier: 'imminent', kind: 'imminent', subject: 'open',
    patterns: [
      // "I'm on the outside of my balcony railing, 14th floor", "climbed over the rail of the bridge"
      String.raw`\b(?:on|standing\son|sitting\son|over\sto)\sthe\s(?:outside|other\sside|wrong\sside|far\sside)\sof\s(?:the|my|this)\s(?:balcony\s|bridge\s|deck\s|roof\s)?(?:railing|rail|barrier|guardrail|guard\srail|parapet)\b`,
      String.raw`\b(?:climbed|climbing|stepped|stepping|got)\s(?:over|past)\s(?:the|my)\s(?:balcony\s|bridge\s|roof\s)?(?:railing|rail|guardrail|barrier|parapet)\b`,
    ],
  },
  {
    id: 'en.imminent.r10-last-time-you-hear',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "this is the last time you'll hear from me", "these are my last messages" (not "for today", "before my trip",
      // "on this number, I'm switching carriers")
      String.raw`\b(?:this\sis|this\swill\sbe|its)\sthe\slast\s(?:time\s)?(?:you(?:ll|\swill)|anyone\s(?:will|is\sgoing\sto)|youre\sgoing\sto|youre\sgonna)\shear\sfrom\sme\b(?!\s(?:today|tonight|for\s(?:today|tonight|now|a\swhile|a\sbit|a\sfew)|until|till|til|before|this\s(?:week|month)|on\s(?:this|my\sold)\s(?:number|phone|account|email|app)|at\s(?:this|my\sold)\s(?:number|address|email)))`,
      String.raw`\b(?:these\sare|this\sis)\smy\slast\s(?:messages|texts|words)\b(?!\s(?:today|tonight|for\s(?:today|tonight|now|a\swhile)|until|till|til|before|this\s(?:week|month)|on\sthis|in\sthis))`,
    ],
  },
  {
    id: 'en.passive.r10-sleep-or-sickness-as-the-end',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "I keep wishing I'd get sick and not recover"
      String.raw`\b(?:wish(?:ing|ed)?|hop(?:e|es|ing|ed))\si(?:d|\swould|\scould)?\s(?:get|catch|got|caught)\s(?:sick|something|cancer|covid|the\sflu|pneumonia)(?:\s(?:bad|badly|really\sbad))?\sand\s(?:not|never|dont|wont|just\snot)\s(?:recover|get\sbetter|make\sit|pull\sthrough)\b`,
      // "I'd be okay if I went to sleep and that was it"
      String.raw`\b(?:id|i\swould|i\sd)\sbe\s(?:ok|okay|fine|alright|at\speace|good)\sif\si\s(?:just\s)?(?:went\sto\ssleep|fell\sasleep|didnt\swake\sup|never\swoke\sup)(?:\sand\s(?:that\swas\sit|never\swoke\sup|didnt\swake\sup|that\swas\sthe\send))?\b`,
      // "when I close my eyes at night part of me hopes that's the last time"
      String.raw`\b(?:close|closing)\smy\seyes\b[^.!?\n]{0,40}?\bhopes?\s(?:its|thats|it\sis|that\sis|this\sis)\sthe\slast\stime\b`,
      // "I wish I'd never come home from Iraq"
      String.raw`\bwish\si(?:d|\shad)\snever\s(?:come|came|made\sit)\s(?:home|back)\sfrom\s(?:iraq|afghanistan|vietnam|the\swar|deployment|over\sthere|the\ssandbox|the\sgulf|somalia|korea)\b`,
    ],
  },
  {
    id: 'en.prep.r10-cues',
    lang: 'en', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // "Finished the letters. One for each of the kids"
      String.raw`\bone\sfor\seach\sof\s(?:the\s|my\s)?(?:kids|children|grandkids|boys|girls)\b`,
      // "timer's set for midnight. everything's ready"
      String.raw`\btimers?\s(?:is\s|s\s)?set\sfor\b|\b(?:everythings|everything\sis)\s(?:already\s)?ready(?=\s*(?:[.!?]|$))`,
      // "It's scheduled. Wednesday", "I've written it all out for my husband"
      String.raw`\b(?:its|it\sis)\sscheduled(?=\s*[.!]|\s(?:for\s)?${DAY})|\b(?:ive\s|i\shave\s|i\s)?written\s(?:it\sall|everything)\sout\sfor\s(?:my\s[a-z]+|them|her|him)\b`,
      // "Pets rehomed, plants given away, rent paid through the month so my landlord isn't stuck"
      String.raw`\b(?:pets?|dogs?|cats?)\s(?:rehomed|placed|given\saway)\b|\b(?:plants|stuff|things|clothes|books|tools)\s(?:given|gave)\saway\b|\brent\s(?:is\s)?paid\s(?:through|up|till|until)\b[^.!?\n]{0,40}\b(?:isnt|is\snot|wont\sbe)\sstuck\b`,
      // "Changed the beneficiary on my life insurance ... left my passwords for my wife"
      String.raw`\bchanged\s(?:the|my)\sbeneficiar(?:y|ies)\b|\bleft\s(?:my|all\smy)\spasswords\s(?:for|with)\b`,
      // "signed the truck over to my brother", "mailed the kids their letters", "that's where it ends for me"
      String.raw`\bsigned\s(?:the|my)\s(?:truck|car|house|title|deed|rig)\sover\sto\s(?:my|his|her)\s[a-z]+\b|\bmailed\s(?:the\s)?(?:kids|my\s[a-z]+|them|her|him)\s(?:their|the|my|a|his|her)\s(?:letters?|notes?)\b|\b(?:thats|this\sis)\swhere\s(?:it|everything)\s(?:all\s)?ends(?:\sfor\sme)?\b`,
      // "By Thursday it won't matter"
      String.raw`\bby\s(?:then|${DAY}|tomorrow|next\sweek|the\sweekend)\s(?:it|none\sof\s(?:it|this)|nothing)\s(?:wont|will\snot|isnt\sgoing\sto)\smatter\b`,
    ],
  },
];
