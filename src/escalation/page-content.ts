import type { PageTier } from './roster-schema';

/**
 * What a page says. A page is read on a lock screen, forwarded, and kept by carriers: it carries the minimum
 * (case code, tier, channel, time, the signed link, how to acknowledge) and never the candidate's words or
 * number, so this module takes no such field. Every interpolated value is reduced to plain GSM-7 characters,
 * so a page is never switched to UCS-2 (70 characters a segment) by a stray character.
 */

export type PageKind = 'page' | 'fallback' | 'undelivered-988' | 'new-message';

export interface PageContent {
  /** The short code a clinician types in "ACK 1234". */
  caseCode: string;
  tier: PageTier;
  /** Where the candidate wrote from: sms, web, conversations. */
  channel: string;
  /** When the signal arrived. */
  at: Date;
  /** The signed, expiring case-view link. */
  link: string;
  /** A reason code from the escalation side (see pageKindFor); not shown in SMS. */
  reason: string;
}

/** The reason the SMS status callback gives when a crisis reply was not delivered (src/channels/twilio/status-route.ts). */
export const UNDELIVERED_988_REASON = 'candidate may not have received 988 information';

/** Carriers split past 160 characters; two segments is the most a page should cost. */
export const MAX_PAGE_TEXT = 320;

/** Which wording a page request needs, from its reason code. Anything unknown is an ordinary page. */
export function pageKindFor(reason: string): PageKind {
  if (reason === 'fallback' || reason === 'exhausted') return 'fallback';
  if (reason === 'undelivered-988' || reason === UNDELIVERED_988_REASON) return 'undelivered-988';
  if (reason === 'new-message') return 'new-message';
  return 'page';
}

/**
 * The SMS a clinician receives, under MAX_PAGE_TEXT characters. `timeZone` is the clinic's (IANA name);
 * the time shows as HH:MM with the zone's abbreviation. If an unusually long link pushes it over, a terse
 * form is used; past that the text is still returned (a long page beats no page; the SMS sender splits it).
 */
export function pageText(page: PageContent, kind: PageKind = 'page', timeZone = 'UTC'): string {
  const code = safeCode(page.caseCode);
  const tier = page.tier.toUpperCase();
  const when = formatPageTime(page.at, timeZone);
  const link = safeLink(page.link);
  const how = `Reply ACK ${code} to acknowledge, RESOLVE ${code} to close.`;
  const facts = `Case ${code}, tier ${tier}, via ${safeChannel(page.channel)} at ${when}.`;
  const full = `${headline(kind, page.tier)} ${facts} ${link} ${how}`;
  if (full.length <= MAX_PAGE_TEXT) return full;
  return `${shortHeadline(kind)} ${code} ${tier} ${when} ${link} ACK ${code} / RESOLVE ${code}`;
}

/** One line for PagerDuty's incident title and the like: the same facts, without the link and the reply codes. */
export function pageSummary(page: PageContent, kind: PageKind = 'page', timeZone = 'UTC'): string {
  return `${headline(kind, page.tier)} Case ${safeCode(page.caseCode)}, tier ${page.tier.toUpperCase()}, via ${safeChannel(page.channel)} at ${formatPageTime(page.at, timeZone)}.`;
}

/** "14:05 MDT" (24-hour clock; the zone's short name, or GMT-7 where it has none). */
export function formatPageTime(at: Date, timeZone = 'UTC'): string {
  const parts = timeFormatter(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return gsm(`${part('hour')}:${part('minute')} ${part('timeZoneName')}`);
}

function headline(kind: PageKind, tier: PageTier): string {
  if (kind === 'undelivered-988') return 'Intake alert: candidate may not have received 988 information.';
  if (kind === 'fallback') return 'Intake crisis page: no on-call clinician acknowledged, you are the fallback.';
  // Not a new page: the case the clinician holds has a new message from the candidate.
  if (kind === 'new-message') return 'Intake: new message from the candidate on your case.';
  return tier === 'imminent' ? 'URGENT intake crisis page.' : 'Intake crisis page.';
}

function shortHeadline(kind: PageKind): string {
  if (kind === 'undelivered-988') return 'Alert: candidate may not have received 988 information. Case';
  if (kind === 'fallback') return 'Crisis page (fallback). Case';
  if (kind === 'new-message') return 'New message on case';
  return 'Crisis page. Case';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function timeFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
    } catch {
      // A bad zone name must not stop a page: fall back to UTC, which says so on its face.
      return timeFormatter('UTC');
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Case codes are short and alphanumeric; anything else is cut away rather than sent. */
function safeCode(code: string): string {
  return code.replace(/[^A-Za-z0-9-]/g, '').slice(0, 16) || '?';
}

function safeChannel(channel: string): string {
  return channel.toLowerCase().replace(/[^a-z0-9-]/g, '').slice(0, 24) || 'unknown';
}

/** Only an http(s) URL is sent; the URL parser percent-encodes everything outside ASCII. */
function safeLink(link: string): string {
  try {
    const url = new URL(link);
    if (url.protocol === 'https:' || url.protocol === 'http:') return gsm(url.href);
  } catch {
    // fall through
  }
  return '(open the case view)';
}

/** GSM 03.38: the basic set (without its control characters) and the extension table. */
const GSM7 = /^[@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà^{}\\[~\]|€]$/;

function gsm(text: string): string {
  return Array.from(text, (ch) => (GSM7.test(ch) ? ch : '?')).join('');
}
