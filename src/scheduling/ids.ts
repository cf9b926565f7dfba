import { createHash } from 'node:crypto';

/**
 * Identifiers derived from what caused them, not drawn at random: a retried job, or a rebuilt bundle, gets
 * the same ids again, so a receiver deduping by hand-off id never sees one intake twice. Shaped as RFC 9562
 * UUIDs (version 8, "custom"), which any system that stores UUIDs accepts.
 */
export function derivedUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The hand-off id for the outbox job that hands one completed intake off (its key names conversation and turn). */
export function handoffIdFor(jobIdempotencyKey: string): string {
  return derivedUuid('intake.completed', jobIdempotencyKey);
}

/** What the candidate and the team quote on the phone: the first 8 characters, upper case ("3F2A9C1B"). */
export function shortReference(handoffId: string): string {
  return handoffId.replace(/-/g, '').slice(0, 8).toUpperCase();
}
