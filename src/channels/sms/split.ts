/**
 * Splits a reply into SMS bodies of at most `limit` characters (Twilio concatenates up to 1,600), at sentence
 * boundaries where it can, then at spaces, and only as a last resort inside a word. Nothing is dropped.
 */
export const SMS_MAX_BODY = 1600;

export function splitForSms(text: string, limit = SMS_MAX_BODY): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf('\n'));
    const space = window.lastIndexOf(' ');
    const cut = sentenceEnd > limit / 2 ? sentenceEnd + 1 : space > limit / 2 ? space : limit;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}
