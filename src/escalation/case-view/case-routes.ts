import restify from 'restify';
import type { Store } from '../../store/types';
import type { Clock } from '../../clock';
import type { Logger } from '../../logging';
import { question } from '../../../dialogs/questions';
import { checkCaseLink } from '../case-link';
import type { EscalationService } from '../escalation-service';
import { renderCase, type CaseViewModel } from './render-case';

export interface CaseActions {
  /** Relays a clinician's words to the candidate on their channel, marked as from a clinician. */
  reply(caseId: string, by: string, text: string): Promise<void>;
  /** Resolves the case and lets the candidate continue the intake. */
  release(caseId: string, by: string): Promise<void>;
}

/**
 * GET /cases/:id?exp&sig (the signed link from a page) and POST /cases/:id/actions. A bad signature is 403,
 * an expired link 410, an unknown case 404. Every view and every action is written to the case's audit log.
 */
export function mountCaseView(
  server: restify.Server,
  deps: {
    store: Store;
    clock: Clock;
    logger: Logger;
    service: EscalationService;
    actions: CaseActions;
    secret: string;
    maxBodyBytes: number;
    /** Names of everyone on the roster: only they can act on a case (the audit log records who). */
    clinicians: readonly string[];
  },
): void {
  const { store } = deps;

  const authorised = (req: restify.Request, res: restify.Response): string | undefined => {
    const caseId = String(req.params.id);
    const query = (req.query ?? {}) as Record<string, unknown>;
    const check = checkCaseLink({ caseId, exp: query.exp, sig: query.sig, secret: deps.secret, now: deps.clock.now() });
    if (check === 'ok') return caseId;
    res.send(check === 'expired' ? 410 : 403, { error: check === 'expired' ? 'this case link has expired: use the link in a newer page' : 'invalid case link' });
    return undefined;
  };

  server.get('/cases/:id', async (req: restify.Request, res: restify.Response) => {
    const caseId = authorised(req, res);
    if (!caseId) return;
    const record = await store.getCase(caseId);
    const conversation = record && (await store.getConversation(record.conversationId));
    if (!record || !conversation) {
      res.send(404, { error: 'no such case' });
      return;
    }
    await store.appendCaseEvent(caseId, { kind: 'viewed', actor: 'link', detail: {} }, deps.clock.now().toISOString());
    const context = (JSON.parse(conversation.snapshot) as { context?: { signals?: CaseSignal[]; answers?: Record<string, unknown> } }).context ?? {};
    const model: CaseViewModel = {
      record,
      conversation,
      messages: await store.listMessages(conversation.id),
      events: await store.listCaseEvents(caseId),
      signals: (context.signals ?? []).map((s) => ({ tier: s.tier, source: s.source, rules: s.reasons.map((r) => r.rule), at: s.at })),
      screener: Object.entries(context.answers ?? {})
        .filter(([id]) => id.startsWith('cssrs_'))
        .map(([id, value]) => ({ question: question(id).prompt.en, answer: value === true ? 'Yes' : value === false ? 'No' : String(value) })),
      clinicians: deps.clinicians,
      linkQuery: new URLSearchParams({ exp: String((req.query as Record<string, string>).exp), sig: String((req.query as Record<string, string>).sig) }).toString(),
    };
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.sendRaw(200, renderCase(model));
  });

  server.post(
    '/cases/:id/actions',
    restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false }),
    async (req: restify.Request, res: restify.Response) => {
      const caseId = authorised(req, res);
      if (!caseId) return;
      const form = (req.body ?? {}) as Record<string, unknown>;
      const by = typeof form.by === 'string' ? form.by.trim().slice(0, 80) : '';
      const action = form.action;
      const text = typeof form.text === 'string' ? form.text.trim() : '';
      const clinician = deps.clinicians.find((name) => name.toLowerCase() === by.toLowerCase());
      if (!clinician) {
        res.send(400, { error: 'choose your name from the on-call roster so the case log shows who acted' });
        return;
      }
      if (action === 'ack') await deps.service.acknowledge(caseId, clinician);
      else if (action === 'resolve') await deps.service.resolve(caseId, clinician);
      else if (action === 'release') await deps.actions.release(caseId, clinician);
      else if (action === 'reply' && text) await deps.actions.reply(caseId, clinician, text);
      else {
        res.send(400, { error: 'unknown action, or an empty reply' });
        return;
      }
      res.redirect(303, `/cases/${encodeURIComponent(caseId)}?${new URLSearchParams({ exp: String((req.query as Record<string, string>).exp), sig: String((req.query as Record<string, string>).sig) })}`, () => undefined);
    },
  );
}

interface CaseSignal {
  tier: string;
  source: string;
  reasons: { rule: string }[];
  at: string;
}
