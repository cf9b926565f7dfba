import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The link a page carries: it opens one case, for a limited time, and is signed (HMAC-SHA256 over the case
 * id and the expiry) so it can neither be guessed nor pointed at another case.
 */
export function signCaseLink(args: { baseUrl: string; caseId: string; secret: string; expiresAt: Date }): string {
  const exp = Math.floor(args.expiresAt.getTime() / 1000);
  return `${args.baseUrl}/cases/${encodeURIComponent(args.caseId)}?exp=${exp}&sig=${signature(args.caseId, exp, args.secret)}`;
}

export type LinkCheck = 'ok' | 'bad-signature' | 'expired';

export function checkCaseLink(args: { caseId: string; exp: unknown; sig: unknown; secret: string; now: Date }): LinkCheck {
  const exp = Number(args.exp);
  if (!Number.isInteger(exp) || typeof args.sig !== 'string') return 'bad-signature';
  const expected = Buffer.from(signature(args.caseId, exp, args.secret));
  const given = Buffer.from(args.sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'bad-signature';
  return exp * 1000 < args.now.getTime() ? 'expired' : 'ok';
}

function signature(caseId: string, exp: number, secret: string): string {
  return createHmac('sha256', secret).update(`${caseId}.${exp}`).digest('hex');
}
