import { randomBytes } from 'node:crypto';

/**
 * Twilio SIDs are a two-letter type prefix and 32 lowercase hex digits. The product stores and dedupes by
 * them, so the stand-in must produce the same shape (and never the same value twice).
 */
export type SidPrefix = 'SM' | 'IM' | 'CH' | 'MB' | 'IS' | 'MG' | 'WH';

export function newSid(prefix: SidPrefix): string {
  return prefix + randomBytes(16).toString('hex');
}
