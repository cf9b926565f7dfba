/**
 * The stand-in's own asynchronous work: status callbacks and the webhooks Twilio fires after a REST call.
 * Twilio sends these some time after it answered the API call; tests need that to be deterministic and
 * awaitable instead of timed. So every job runs on one serial queue, in the order it was scheduled, and
 * `settle()` resolves once the queue is empty, including jobs that were scheduled while it waited.
 */
export class Outbox {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  private idleWaiters: Array<() => void> = [];
  /** Bumped by reset(): jobs scheduled before a reset are dropped instead of calling anyone. */
  private generation = 0;

  constructor(private readonly onError: (error: unknown) => void) {}

  /**
   * Queues a job. It starts only after `startAfter` resolves (for instance, once the API response that
   * created the message has been written, so a callback never overtakes the answer it belongs to).
   */
  schedule(job: () => Promise<void>, startAfter: Promise<void> = Promise.resolve()): void {
    const generation = this.generation;
    this.pending += 1;
    this.tail = this.tail
      .then(() => startAfter)
      .then(() => (generation === this.generation ? job() : undefined))
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.pending -= 1;
        if (this.pending === 0) this.idleWaiters.splice(0).forEach((wake) => wake());
      });
  }

  settle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Forgets queued jobs (the one running finishes, then the rest are skipped). */
  reset(): void {
    this.generation += 1;
  }

  /** The generation a job belongs to; a running multi-step job checks it between steps. */
  get currentGeneration(): number {
    return this.generation;
  }
}
