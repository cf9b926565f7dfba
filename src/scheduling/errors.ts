/**
 * The two ways a scheduling job fails. The job worker reads `retryable`: false is dead-lettered at once with a
 * `job.dead` alarm. Messages end up in the job's last_error and in that alarm, so they name fields, statuses
 * and linkIds, never an answer or a contact detail.
 */

/** A hand-off that can never be built or sent as it is (retrying will not help): dead-letter and alarm. */
export class UnbuildableHandoffError extends Error {
  override readonly name = 'UnbuildableHandoffError';
  readonly retryable = false;
}

/** A webhook delivery that failed: worth another attempt for a network error, a timeout, 408, 409, 425, 429, 5xx. */
export class HandoffDeliveryError extends Error {
  override readonly name = 'HandoffDeliveryError';
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
