/**
 * Carrier keywords, as Twilio and US carriers define them, plus the plain-language ways people ask to stop.
 * They count only as the whole message (trimmed, any case, trailing punctuation ignored), so "I can't stop
 * thinking about it" is an answer, not an opt-out.
 */
export type SmsKeyword = 'opt-out' | 'opt-in' | 'help';

const OPT_OUT = new Set(['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'revoke', 'optout', 'opt out']);
const OPT_IN = new Set(['start', 'unstop', 'yes']);
const HELP = new Set(['help', 'info']);

/** "stop texting me", "please stop messaging me", "deja de escribirme", "no me escribas mas". */
const PLAIN_OPT_OUT =
  /^(please )?(stop|quit) (texting|messaging|contacting|sending)( me)?( messages| texts)?( please)?$|^(please )?(do not|dont) (text|message|contact) me( again| anymore)?( please)?$|^(por favor )?(deja|dejen) de (escribirme|mandarme mensajes|enviarme mensajes|contactarme)( por favor)?$|^no me (escribas|escriban|manden|envien) (mas|mas mensajes)( por favor)?$/;

export function smsKeyword(text: string): SmsKeyword | undefined {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[.!¡¿?,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length > 60) return undefined;
  if (OPT_OUT.has(plain) || PLAIN_OPT_OUT.test(plain)) return 'opt-out';
  if (OPT_IN.has(plain)) return 'opt-in';
  if (HELP.has(plain)) return 'help';
  return undefined;
}
