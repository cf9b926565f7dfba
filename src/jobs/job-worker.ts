import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { describeError } from '../logging';
import type { JobRecord, Store } from '../store/types';

/** What a handler may say about a job besides succeeding (returning) or failing (throwing). */
export class Reschedule {
  /** Not a failure: run again at `runAt` (a reminder waiting out quiet hours). */
  constructor(readonly runAt: Date) {}
}

export const DEFAULT_CLAIM_MS = 20_000;

export type JobHandler = (job: JobRecord) => Promise<void | Reschedule>;

export interface JobWorkerOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  handlers: Readonly<Record<string, JobHandler>>;
  /** Attempts before a job is dead and an alarm is raised. Default 8. */
  maxAttempts?: number;
  /** Per-kind overrides of maxAttempts (a hand-off waits out a receiver's longer outage than a page would). */
  maxAttemptsByKind?: Readonly<Record<string, number>>;
  /** How long a claim lasts; a worker that dies mid-job releases it when this runs out. Default 20 s. */
  claimMs?: number;
  /** Delay before retry n (1-based). Default 5 s doubling, at most 1 h. */
  backoffMs?: (attempt: number) => number;
}

/**
 * Delivers the outbox: jobs written in the same transaction as the state change that caused them, run at
 * least once by kind, with exponential backoff, and dead-lettered with an alarm after `maxAttempts`.
 * Handlers must be idempotent (each job has an idempotency key to pass on). Kinds without a handler here are
 * left for a worker that has one.
 */
export class JobWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private started = false;
  private again = false;
  private readonly maxAttempts: number;
  private readonly claimMs: number;
  private readonly backoffMs: (attempt: number) => number;

  constructor(private readonly options: JobWorkerOptions) {
    this.maxAttempts = options.maxAttempts ?? 8;
    // Short, because a page held by a crashed worker waits this long; long enough for a notifier's 10 s timeout.
    this.claimMs = options.claimMs ?? DEFAULT_CLAIM_MS;
    this.backoffMs = options.backoffMs ?? ((attempt) => Math.min(5_000 * 2 ** (attempt - 1), 3_600_000));
  }

  /** Runs every due job once; returns how many ran. Tests call this after moving the clock. */
  async runDue(limit = 10): Promise<number> {
    const { store, clock, logger, handlers } = this.options;
    const now = clock.now();
    const jobs = await store.claimDueJobs(Object.keys(handlers), now.toISOString(), new Date(now.getTime() + this.claimMs).toISOString(), limit);
    for (const job of jobs) {
      const at = clock.now();
      try {
        const result = await handlers[job.kind](job);
        if (result instanceof Reschedule) await store.rescheduleJob(job.id, result.runAt.toISOString(), null, false);
        else await store.completeJob(job.id, at.toISOString());
      } catch (error) {
        const reason = describeError(error);
        // An error that says it will never succeed (a provider rejecting the request) is dead at once.
        const permanent = (error as { retryable?: unknown } | null)?.retryable === false;
        if (permanent || job.attempts >= (this.options.maxAttemptsByKind?.[job.kind] ?? this.maxAttempts)) {
          await store.killJob(job.id, reason, at.toISOString());
          await store.raiseAlarm('job.dead', { jobId: job.id, kind: job.kind, attempts: job.attempts, error: reason }, at.toISOString());
          logger.error('job.dead', { route: job.kind, error: reason });
        } else {
          await store.rescheduleJob(job.id, new Date(at.getTime() + this.backoffMs(job.attempts)).toISOString(), reason, true);
          logger.warn('job.retry', { route: job.kind, error: reason });
        }
      }
    }
    return jobs.length;
  }

  /** Polls every `intervalMs` in production; one pass at a time. */
  start(intervalMs = 1_000): void {
    this.started = true;
    this.timer = setInterval(() => this.pass(), intervalMs);
    this.timer.unref();
  }

  /**
   * New jobs were just committed: run a pass now instead of at the next poll, so a page leaves within
   * milliseconds of the crisis message. Passes never overlap; a poke during a pass runs one more after it.
   */
  poke(): void {
    if (!this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.pass();
  }

  private pass(): void {
    if (this.running) return;
    this.running = this.runDue()
      .catch((error) => {
        this.options.logger.error('job.pass-failed', { error: describeError(error) });
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.pass();
        }
      });
  }

  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
