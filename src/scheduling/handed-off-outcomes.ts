/**
 * The outcomes that are handed to scheduling: a clinician-bound `likely-fit` or `needs-review`. `not-eligible`
 * is counted, never handed off; `crisis` belongs to the clinician on the case. One list, so the engine that
 * writes the hand-off job, the job itself, the booking-link setting and the intake team's counts agree.
 */
export const HANDED_OFF_OUTCOMES = ['likely-fit', 'needs-review'] as const;

export type HandedOffOutcome = (typeof HANDED_OFF_OUTCOMES)[number];

export function isHandedOffOutcome(kind: string): kind is HandedOffOutcome {
  return (HANDED_OFF_OUTCOMES as readonly string[]).includes(kind);
}
