import type { JobHandler } from '../jobs/job-worker';
import type { Store } from '../store/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { describeError } from '../logging';
import { SIGNATURE_HEADER, signIntakeBody } from '../escalation/notifiers/webhook-signature';
import { whyNotClean } from './clean-intake';
import { UnbuildableHandoffError } from './record/build';
import { WEBHOOK_JOB, followUpKey } from './job-kinds';

/** Worth another attempt: a network error, a timeout, 408, 409 (the receiver is still processing this key), 425, 429, 5xx. */
export class HandoffDeliveryError extends Error {
  override readonly name = 'HandoffDeliveryError';
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const RETRYABLE_STATUSES = new Set([408, 409, 425, 429]);

/**
 * `scheduling.webhook`: POSTs the stored `intake.completed` record to HANDOFF_WEBHOOK_URL. Headers:
 * `Idempotency-Key: <hand-off id>` (the same on every retry, so the receiver keeps one) and
 * `X-Intake-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, signed at each attempt so that a
 * retry an hour later is not refused as a replay. Any 2xx is accepted. The outbox retries everything else
 * worth retrying with exponential backoff, and dead-letters the rest with an alarm.
 *
 * Checked again just before sending: a conversation that entered crisis since the hand-off was made is
 * withheld, not sent.
 */
export function webhookHandler(deps: {
  store: Store;
  clock: Clock;
  logger: Logger;
  url: string;
  secret: string;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}): JobHandler {
  const { store, clock, logger } = deps;
  const send = deps.fetch ?? globalThis.fetch;
  return async (job) => {
    const { handoffId } = job.payload as { handoffId: string };
    const handoff = await store.getHandoff(handoffId);
    if (!handoff) throw new UnbuildableHandoffError('no such hand-off');
    if (handoff.webhookDeliveredAt || handoff.status === 'withheld') return;
    const conversation = await store.getConversation(handoff.conversationId);
    const fields = { conversation: logger.hashId(handoff.conversationId), route: WEBHOOK_JOB };
    const unclean = conversation ? await whyNotClean(store, conversation) : 'conversation missing';
    if (unclean) {
      const at = clock.now().toISOString();
      await store.updateHandoff(handoffId, { status: 'withheld', withheldReason: unclean });
      await store.cancelPendingJob(followUpKey(handoffId), 'withheld', at);
      logger.warn('handoff.withheld', { ...fields, outcome: unclean });
      return;
    }

    const body = JSON.stringify(handoff.record);
    const signature = signIntakeBody(body, deps.secret, Math.floor(clock.now().getTime() / 1000));
    let response: Response;
    try {
      response = await send(deps.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': handoffId, [SIGNATURE_HEADER]: signature },
        body,
        signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
        // A redirect would send health information somewhere the configuration never named.
        redirect: 'manual',
      });
    } catch (error) {
      throw new HandoffDeliveryError(`hand-off webhook unreachable (${describeError(error)})`, true);
    }
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) {
      await store.updateHandoff(handoffId, { webhookDeliveredAt: clock.now().toISOString() });
      logger.info('handoff.delivered', { ...fields, status: response.status });
      return;
    }
    // The receiver's body is not quoted: it is not ours and may echo what we sent.
    const retryable = RETRYABLE_STATUSES.has(response.status) || response.status >= 500;
    throw new HandoffDeliveryError(`hand-off webhook answered HTTP ${response.status}`, retryable);
  };
}
