/**
 * An email address from "ana@example.com", "my email is Ana@Example.COM." or "mi correo es ...".
 * Pragmatic, not RFC 5322: the shapes real mail providers accept, ASCII only, so that the intake team
 * gets an address that works. Two different addresses in one answer is `undefined` (which one?).
 */
import { isTooLong } from './normalize';

const MAX_EMAIL_CHARS = 254;
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
const DOMAIN_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^[a-z]{2,63}$|^xn--[a-z0-9-]{1,59}$/;

/** Characters that surround an address in a sentence but are never part of one we accept. */
const EDGE_PUNCTUATION = /^[<("'`[{]+|[>)"'`\]}.,;:!?]+$/g;

function valid(candidate: string): string | undefined {
  const at = candidate.lastIndexOf('@');
  if (at <= 0 || candidate.indexOf('@') !== at || candidate.length > MAX_EMAIL_CHARS) return undefined;
  const local = candidate.slice(0, at);
  const domain = candidate.slice(at + 1).toLowerCase();
  if (local.length > 64 || !LOCAL_PART.test(local)) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return undefined;
  if (!TOP_LEVEL.test(labels[labels.length - 1])) return undefined;
  // The local part keeps its case (some servers honour it); the domain never cares.
  return `${local}@${domain}`;
}

/** The one email address in the answer, with its domain lower-cased, or undefined. */
export function parseEmail(text: string): string | undefined {
  if (isTooLong(text, 400)) return undefined;
  const words = text.normalize('NFKC').split(/[\s,;]+/).filter((w) => w.includes('@'));
  const found = new Set<string>();
  for (const word of words) {
    const candidate = valid(word.replace(/^mailto:/i, '').replace(EDGE_PUNCTUATION, ''));
    if (candidate === undefined) return undefined;
    found.add(candidate);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
