import type { TriageContext } from './types';

/**
 * The question the bot last asked changes what a short answer means. A bare "yes", "2" or "b" to a
 * structured question is not free text: the structured-answer path scores it (and routes any C-SSRS
 * "yes" itself), so triage returns none. A bare "no"/"never"/"nunca" to a question about suicide is
 * none. But an affirmative to a self-harm question asked as free text, or an answer that adds a time,
 * a plan or a means ("yes, tonight"), is a signal triage must raise itself.
 */
export type BareAnswer = 'yes' | 'no' | 'choice' | 'unsure';

const YES =
  /^(?:y|yes|yeah|yea|ya|yep|yup|ye|yess|sure|correct|true|affirmative|i\sdo|i\sam|i\shave|i\sdid|sometimes|often|always|a\slot|all\sthe\stime|every\sday|everyday|every\snight|most\sdays|daily|constantly|kind\sof|kinda|sort\sof|a\slittle|a\sbit|a\slittle\sbit|maybe|probably|i\sthink\sso|yes\smaam|yes\ssir|si|claro|a\sveces|siempre|seguido|todos\slos\sdias|casi\ssiempre|mas\so\smenos|tal\svez|quizas?|creo\sque\ssi|aja|simon|sip|obvio|pues\ssi|si\ssenor|yes\sdaily)$/;
const NO =
  /^(?:n|no|nope|nah|never|not\sat\sall|not\sreally|no\snever|nunca|jamas|para\snada|nada|no\snunca|de\sninguna\smanera|nel|negative|none|no\sthanks?|no\sgracias|not\sever|no\sway|no\sno|no\sim\snot|no\si\shavent|no\si\sdont|no\sim\sfine|im\sfine|im\sok|im\sokay|estoy\sbien)$/;
const CHOICE =
  /^(?:\d{1,2}|[a-e]|option\s(?:[a-e]|\d)|several\sdays|more\sthan\shalf\sthe\sdays|nearly\severy\sday|quite\sa\sbit|moderately|extremely|slightly|mildly|somewhat|varios\sdias|mas\sde\sla\smitad\sde\slos\sdias|casi\stodos\slos\sdias|ningun\sdia|poco|bastante|mucho|muchisimo|extremadamente|moderadamente|un\spoco|algo|nada\sen\sabsoluto)$/;
const UNSURE = /^(?:idk|i\sdont\sknow|not\ssure|unsure|no\sse|no\sestoy\sseguro|no\sestoy\ssegura|dunno)$/;

/** Classify a whole message that is only a short answer. Punctuation and a trailing "thanks"/"lol" are ignored. */
export function bareAnswer(normalised: string): BareAnswer | null {
  if (normalised.length > 60) return null;
  const t = normalised
    .replace(/[.,!?;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s(?:thanks|thank\syou|thx|lol|please|gracias|pues)$/, '');
  if (t.length === 0 || t.length > 40) return null;
  if (NO.test(t)) return 'no';
  if (CHOICE.test(t)) return 'choice';
  if (YES.test(t)) return 'yes';
  if (UNSURE.test(t)) return 'unsure';
  return null;
}

export function isStructured(context: TriageContext | undefined): boolean {
  return context?.answerKind === 'yes-no' || context?.answerKind === 'choice';
}

/** An answer that starts affirmatively: "yes, tonight", "sí, a veces". */
export const AFFIRMATIVE_START = /^(?:y|yes|yeah|yea|yep|yup|sure|sometimes|often|always|kind\sof|kinda|a\slittle|a\sbit|maybe|i\sdo|i\shave|i\sam|si|claro|a\sveces|siempre|aja|simon)\b/;
export const NEGATIVE_START = /^(?:no|nope|nah|never|not|nunca|jamas|nel)\b/;
/** Time, plan or means in an answer to a question about self-harm. */
export const PLAN_OR_TIME =
  /\b(?:tonight|today|right\snow|now|tomorrow|this\sweekend|plan|planned|pills|gun|rope|razor|blade|knife|bridge|note|notes|goodbye|bye|esta\snoche|hoy|ahora|ahorita|manana|plan|pastillas|pistola|soga|cuerda|navaja|puente|carta|adios)\b/;
