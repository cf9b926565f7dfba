import { signIntakeBody, verifyIntakeSignature } from '../escalation/notifiers/webhook-signature';

/**
 * The booking callback's signature: the same X-Intake-Signature header and secret as our hand-off webhook,
 * but over "booked.<t>.<body>" instead of "<t>.<body>". A hand-off delivery we signed therefore never passes
 * as a booking callback, even replayed within the five minutes and with HANDOFF_WEBHOOK_SECRET shared.
 */
export const BOOKED_SIGNING_SCOPE = 'booked';

/** For the clinic's glue that reports bookings (and for tests): the header value for `body`. */
export function signBookedCallback(body: string, secret: string, unixSeconds: number): string {
  return signIntakeBody(body, secret, unixSeconds, BOOKED_SIGNING_SCOPE);
}

export function verifyBookedCallback(header: string | undefined, body: string, secret: string, now: number, toleranceSeconds = 300): boolean {
  return verifyIntakeSignature(header, body, secret, toleranceSeconds, now, BOOKED_SIGNING_SCOPE);
}
