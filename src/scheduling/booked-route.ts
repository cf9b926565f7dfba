import restify from 'restify';
import { z } from 'zod';
import type { Store } from '../store/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { SIGNATURE_HEADER, verifyIntakeSignature } from '../escalation/notifiers/webhook-signature';
import { followUpKey } from './job-kinds';

export const BOOKED_PATH = '/api/scheduling/booked';

const bookedBody = z.object({
  handoffId: z.uuid(),
  /** When the booking was made; default: when we hear of it. */
  bookedAt: z.iso.datetime({ offset: true }).optional(),
});

/**
 * POST /api/scheduling/booked: the scheduling side tells us a candidate booked (from the booking tool's own
 * webhook, through whatever glue the clinic runs), so the follow-up is cancelled. JSON `{"handoffId": "..."}`,
 * signed exactly like our hand-off webhook (X-Intake-Signature with HANDOFF_WEBHOOK_SECRET, 5 minute
 * tolerance). 413 over the size limit, 403 for a bad or stale signature, 400 for a body that is not that JSON,
 * 404 for an unknown hand-off, 200 otherwise (a repeat says "already-booked").
 */
export function mountBookedCallback(server: restify.Server, deps: { store: Store; clock: Clock; logger: Logger; secret: string; maxBodyBytes: number }): void {
  server.post(BOOKED_PATH, restify.plugins.bodyReader({ maxBodySize: deps.maxBodyBytes }), async (req: restify.Request, res: restify.Response) => {
    const raw: unknown = req.body;
    const body = typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
    const now = deps.clock.now();
    if (!verifyIntakeSignature(req.header(SIGNATURE_HEADER) || undefined, body, deps.secret, 300, now.getTime())) {
      deps.logger.warn('handoff.booked-bad-signature', { route: BOOKED_PATH });
      res.send(403, { error: `missing, invalid or stale ${SIGNATURE_HEADER}` });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      res.send(400, { error: 'expected a JSON body like {"handoffId": "..."}' });
      return;
    }
    const parsed = bookedBody.safeParse(json);
    if (!parsed.success) {
      res.send(400, { error: `invalid booking callback: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'} ${i.message}`).join('; ')}` });
      return;
    }
    const handoff = await deps.store.getHandoff(parsed.data.handoffId);
    if (!handoff) {
      res.send(404, { error: 'no such hand-off' });
      return;
    }
    const already = handoff.bookedAt !== null;
    await deps.store.updateHandoff(handoff.id, { bookedAt: parsed.data.bookedAt ?? now.toISOString() });
    await deps.store.cancelPendingJob(followUpKey(handoff.id), 'booked', now.toISOString());
    deps.logger.info('handoff.booked', { conversation: deps.logger.hashId(handoff.conversationId), route: BOOKED_PATH });
    res.send(200, { handoffId: handoff.id, status: already ? 'already-booked' : 'booked' });
  });
}
