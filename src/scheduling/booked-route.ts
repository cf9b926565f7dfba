import restify from 'restify';
import { z } from 'zod';
import { SIGNATURE_HEADER } from '../escalation/notifiers/webhook-signature';
import { whyNotClean } from './clean-intake';
import { verifyBookedCallback } from './booked-signature';
import { followUpKey } from './job-kinds';
import { holdHandoffs, type HoldDeps } from './withhold';

export const BOOKED_PATH = '/api/scheduling/booked';

/** Strict: a body with any other member (a hand-off record replayed here, say) is refused, not trimmed. */
const bookedBody = z.strictObject({
  handoffId: z.uuid(),
  /** When the booking was made; default: when we hear of it. */
  bookedAt: z.iso.datetime({ offset: true }).optional(),
});

/**
 * POST /api/scheduling/booked: the scheduling side tells us a candidate booked (from the booking tool's own
 * webhook, through whatever glue the clinic runs), so the follow-up is cancelled. JSON
 * `{"handoffId": "...", "bookedAt": "..."}` and nothing else, signed with HANDOFF_WEBHOOK_SECRET over
 * "booked.<t>.<body>" (src/scheduling/booked-signature.ts; 5 minute tolerance). 413 over the size limit, 403
 * for a bad or stale signature, 400 for a body that is not that JSON, 404 for an unknown hand-off, 409 for a
 * hand-off on clinical hold (the booking is not recorded; an alarm is raised and the crisis case gets an
 * entry, so the clinician knows a slot was booked), 200 otherwise (a repeat says "already-booked").
 */
export function mountBookedCallback(server: restify.Server, deps: HoldDeps & { secret: string; maxBodyBytes: number }): void {
  const { store, clock, logger } = deps;
  server.post(BOOKED_PATH, restify.plugins.bodyReader({ maxBodySize: deps.maxBodyBytes }), async (req: restify.Request, res: restify.Response) => {
    const raw: unknown = req.body;
    const body = typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
    const now = clock.now();
    if (!verifyBookedCallback(req.header(SIGNATURE_HEADER) || undefined, body, deps.secret, now.getTime())) {
      logger.warn('handoff.booked-bad-signature', { route: BOOKED_PATH });
      res.send(403, { error: `missing, invalid or stale ${SIGNATURE_HEADER} (the booking callback is signed over "booked.<t>.<body>")` });
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
    const handoff = await store.getHandoff(parsed.data.handoffId);
    if (!handoff) {
      res.send(404, { error: 'no such hand-off' });
      return;
    }
    const at = now.toISOString();
    const bookedAt = parsed.data.bookedAt ?? at;
    const fields = { conversation: logger.hashId(handoff.conversationId), route: BOOKED_PATH };
    const conversation = await store.getConversation(handoff.conversationId);
    const unclean = handoff.status === 'withheld' ? handoff.withheldReason ?? 'withheld' : conversation ? await whyNotClean(store, conversation) : 'conversation missing';
    if (unclean) {
      if (handoff.status !== 'withheld') await holdHandoffs(deps, handoff.conversationId, unclean, BOOKED_PATH);
      await store.raiseAlarm('handoff.booked-on-hold', { handoffId: handoff.id, bookedAt }, at);
      const open = await store.findOpenCase(handoff.conversationId);
      if (open) await store.appendCaseEvent(open.id, { kind: 'booked-on-hold', actor: 'scheduling', detail: { handoffId: handoff.id, bookedAt } }, at);
      logger.warn('handoff.booked-on-hold', fields);
      res.send(409, {
        handoffId: handoff.id,
        status: 'clinical-hold',
        error: 'this hand-off is on clinical hold: do not keep the booking or contact the candidate; the clinical team is in touch with them',
      });
      return;
    }
    const already = handoff.bookedAt !== null;
    await store.updateHandoff(handoff.id, { bookedAt });
    await store.cancelPendingJob(followUpKey(handoff.id), 'booked');
    logger.info('handoff.booked', fields);
    res.send(200, { handoffId: handoff.id, status: already ? 'already-booked' : 'booked' });
  });
}
