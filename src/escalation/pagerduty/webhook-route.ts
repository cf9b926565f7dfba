import type restify from 'restify';
import type { Clock } from '../../clock';
import type { Logger } from '../../logging';
import { describeError } from '../../logging';
import type { Store } from '../../store/types';
import { incidentEventJob } from './incident-event-job';
import { parsePagerDutyWebhook } from './webhook-payload';
import { checkPagerDutySignature, PAGERDUTY_SIGNATURE_HEADER } from './webhook-signature';

export const PAGERDUTY_WEBHOOK_PATH = '/api/pagerduty/webhook';

/**
 * POST /api/pagerduty/webhook: PagerDuty Generic Webhooks v3, so that acknowledging a crisis page in the
 * PagerDuty app stops the bot's own SMS levels too. The route only checks and files: signature over the raw
 * bytes (401 missing, 403 wrong), size (413), shape (400 with the reason), then finds the case by the
 * incident's `incident_key` (our Events API dedup_key, the case id) and writes one outbox job keyed by the
 * event id (202). A retried delivery carries the same event id, so it writes nothing new. Event types we do
 * not act on, and incidents that are not ours, are answered 200 and ignored: PagerDuty drops a delivery
 * answered 4xx and disables the subscription after three in a row.
 * No input makes a 5xx. Only a store that cannot be read or written answers 503, so that PagerDuty retries
 * (up to 5 attempts over about 20 minutes) instead of losing an acknowledgement.
 */
export function mountPagerDutyWebhook(
  server: restify.Server,
  deps: { store: Store; clock: Clock; logger: Logger; secret: string; maxBodyBytes: number; onJobsWritten?: () => void },
): void {
  const { logger } = deps;
  const route = PAGERDUTY_WEBHOOK_PATH;
  server.post(route, async (req: restify.Request, res: restify.Response) => {
    const raw = await readRawBody(req, deps.maxBodyBytes);
    if (raw === 'too-large') {
      res.setHeader('Connection', 'close');
      res.send(413, { error: `the body is larger than ${deps.maxBodyBytes} bytes` });
      return;
    }
    const signature = checkPagerDutySignature(req.header(PAGERDUTY_SIGNATURE_HEADER) || undefined, raw, deps.secret);
    if (signature !== 'ok') {
      const status = signature === 'missing' ? 401 : 403;
      logger.warn('pagerduty.webhook-bad-signature', { route, status });
      res.send(status, { error: signature === 'missing' ? `missing ${PAGERDUTY_SIGNATURE_HEADER}` : `no ${PAGERDUTY_SIGNATURE_HEADER} v1 signature matches this body` });
      return;
    }
    const parsed = parsePagerDutyWebhook(raw);
    if (!parsed.ok) {
      logger.warn('pagerduty.webhook-malformed', { route, status: 400 });
      res.send(400, { error: parsed.reason });
      return;
    }
    if (parsed.kind === 'other') {
      logger.info('pagerduty.webhook-ignored', { route, outcome: 'event-type-not-handled' });
      res.send(200, { status: 'ignored', reason: `${parsed.eventType} is not an event this service acts on` });
      return;
    }

    const { event } = parsed;
    try {
      // incident_key is the dedup_key of the Events API trigger that opened the incident: our case id.
      const record = event.incident.key ? await deps.store.getCase(event.incident.key) : undefined;
      if (!record) {
        logger.info('pagerduty.webhook-ignored', { route, outcome: 'unknown-incident' });
        res.send(200, { status: 'ignored', reason: 'no case matches this incident' });
        return;
      }
      const at = deps.clock.now().toISOString();
      await deps.store.enqueueJobs([incidentEventJob(record.id, event, at)], at);
      deps.onJobsWritten?.();
      logger.info('pagerduty.webhook-accepted', { route, conversation: logger.hashId(record.conversationId), outcome: event.eventType });
      res.send(202, { status: 'accepted' });
    } catch (error) {
      logger.error('pagerduty.webhook-not-recorded', { route, error: describeError(error) });
      res.send(503, { error: 'the event could not be recorded; retry later' });
    }
  });
}

/** The body exactly as sent (the signature covers these bytes), or 'too-large' past the limit. */
async function readRawBody(req: restify.Request, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size > limit) return 'too-large';
      chunks.push(buffer);
    }
  } catch {
    // A connection cut mid-body: what arrived cannot carry a valid signature, so it is refused as such.
    return Buffer.concat(chunks);
  }
  return Buffer.concat(chunks);
}
