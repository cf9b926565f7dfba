import type { RuleSpec } from '../rule';

/**
 * Thirteenth English pass, written as families after scoring a new writer (fresh-z, complete one- and
 * two-sentence messages) once: making sure one never gets up, going home to Him, knowing what to grab from
 * the truck, pills and drink both gone, envying the patients who get to go, praying for the final bell,
 * still here out of spite, hoping for something terminal, thoughts "to finish my life" in a second language.
 */
export const EN_ROUND13: readonly RuleSpec[] = [
  {
    id: 'en.active.r13-told-plainly',
    lang: 'en', tier: 'active', kind: 'suicide',
    patterns: [
      // "i want to go to sleep and make sure i never get up"
      String.raw`\bmake\ssure\si\s(?:never|dont|do\snot|wont)\s(?:get\sup|wake\sup|wake\sagain)\b`,
      // "God forgive me, I'm going home to Him tonight on my own terms"
      String.raw`\bgoing\shome\sto\s(?:him|god|jesus|the\slord)\b(?=[^\n]{0,40}\b(?:own\sterms|tonight|today|forgive\sme|my\sway)\b)`,
      // "I know what to grab from the truck and I'm doing it after shift" (not "... for the job site")
      String.raw`\b(?:i\s)?know\s(?:exactly\s)?what\sto\s(?:grab|take|use)\s(?:from|out\sof)\sthe\s(?:truck|rig|ambulance|cart|cabinet|pyxis|supply\sroom|med\sroom)\b(?=[^\n]{0,60}\b(?:doing\sit|do\sit|tonight|after\s(?:my\s)?shift|when\si\sget\shome|im\sready|its\stime)\b)`,
      // "I am having thoughts to finish my life" (English as a second language)
      String.raw`\bthoughts?\sto\s(?:finish|end|stop|take)\smy\s(?:own\s)?life\b|\b(?:want|wanna|going|decided)\sto\sfinish\smy\s(?:own\s)?life\b`,
    ],
  },
  {
    id: 'en.imminent.r13-pills-and-drink-gone',
    lang: 'en', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "the sleeping pills are all gone and so is the whiskey. feel real heavy now"
      String.raw`\b(?:the\s)?(?:sleeping\s)?(?:pills|tablets|meds)\s(?:are|r)\s(?:all\s)?gone\sand\sso\sis\sthe\s(?:whiskey|vodka|wine|bottle|beer|booze|liquor|tequila|rum)\b`,
    ],
  },
  {
    id: 'en.passive.r13-told-sideways',
    lang: 'en', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "Some nights I envy the patients who get to go peacefully"
      String.raw`\benvy\s(?:the\s)?(?:patients|people|ones|guys|those|folks)\s(?:who|that)\s(?:get\sto\s)?(?:go|die|pass|slip\saway|rest)\b`,
      // "praying for the final bell", "only still here out of spite"
      String.raw`\bpraying\sfor\sthe\s(?:final|last)\s(?:bell|whistle|buzzer|call|out)\b|\b(?:only|just)\s(?:still\s)?here\sout\sof\sspite\b`,
      // "hoping the doctor finds something terminal"
      String.raw`\bhop(?:e|ing|ed)\s(?:the\s)?(?:doctor|doc|scan|biopsy|tests?|results)\s(?:finds|shows|come\sback|comes\sback)\s(?:with\s)?(?:something\s)?terminal\b`,
    ],
  },
];
