/**
 * The candidate's booking page: a link template with placeholders, so any scheduler that prefills from the
 * query string works without an integration. For example
 *   Cal.com:   https://cal.com/your-clinic/consultation?name={name}&email={email}&notes={notes}
 *   Calendly:  https://calendly.com/your-clinic/consultation?name={name}&email={email}&a1={notes}
 * {name} is the first name, {email} the address they gave, {notes} a reference line with the hand-off id, and
 * {handoffId} the id alone (for a scheduler that takes it as a hidden field). Values are URL-encoded.
 * No answer, score or diagnosis ever goes into a link: links end up in browser histories and server logs.
 */
export const BOOKING_PLACEHOLDERS = ['name', 'email', 'notes', 'handoffId'] as const;
export type BookingValues = Record<(typeof BOOKING_PLACEHOLDERS)[number], string>;

/** SMS carriers filter texts that name drugs, and the link is texted: the same words the copy avoids. */
const DRUG_WORDS = /ketamin|esketamin|spravato|psilocybin|mdma|cannabis|marijuana/i;

export function fillBookingLink(template: string, values: BookingValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    (BOOKING_PLACEHOLDERS as readonly string[]).includes(key) ? encodeURIComponent(values[key as keyof BookingValues]) : whole,
  );
}

/** Why a template cannot be used, or undefined when it can. Checked at start-up (config). */
export function bookingTemplateProblem(template: string): string | undefined {
  const unknown = [...template.matchAll(/\{(\w*)\}/g)].map((m) => m[1]).filter((k) => !(BOOKING_PLACEHOLDERS as readonly string[]).includes(k));
  if (unknown.length > 0) return `unknown placeholder {${unknown[0]}} (use ${BOOKING_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`;
  if (!template.includes('{handoffId}') && !template.includes('{notes}')) return 'must carry {notes} or {handoffId}, so a booking can be matched to its hand-off';
  if (DRUG_WORDS.test(template)) return 'names a drug, and SMS carriers filter such texts: use a link without it';
  let url: URL;
  try {
    url = new URL(fillBookingLink(template, { name: 'Ana', email: 'ana@example.com', notes: 'reference', handoffId: '00000000-0000-8000-8000-000000000000' }));
  } catch {
    return 'is not a URL once its placeholders are filled';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) link';
  return undefined;
}
