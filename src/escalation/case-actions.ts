import type { Store } from '../store/types';
import type { Clock } from '../clock';
import type { IntakeEngine } from '../engine/intake-engine';
import type { Locale } from '../../dialogs/locale';
import { CLINICIAN_SAYS } from '../../dialogs/copy/clinician';
import { fill } from '../../dialogs/copy/template';
import type { Delivery } from '../channels/deliver-to-candidate';
import type { ConversationRecord } from '../store/types';
import type { EscalationService } from './escalation-service';
import type { CaseActions } from './case-view/case-routes';

type Deliver = (conversation: ConversationRecord, body: string, idempotencyKey: string, payload: unknown) => Promise<Delivery>;

/** What a clinician does from the case page that reaches the candidate: reply, and release to the intake. */
export function caseActions(deps: { store: Store; clock: Clock; engine: IntakeEngine; service: EscalationService; deliver: Deliver }): CaseActions {
  const { store, clock } = deps;
  const load = async (caseId: string) => {
    const record = await store.getCase(caseId);
    const conversation = record && (await store.getConversation(record.conversationId));
    if (!record || !conversation) throw new Error('no such case');
    return { record, conversation };
  };
  return {
    async reply(caseId, by, text) {
      const { conversation } = await load(caseId);
      const body = fill(CLINICIAN_SAYS[conversation.locale as Locale], { clinicianName: by, text });
      const at = clock.now().toISOString();
      const delivery = await deps.deliver(conversation, body, `${caseId}:reply:${at}`, { fromClinician: by });
      await store.appendCaseEvent(caseId, { kind: 'replied', actor: by, detail: { delivery } }, at);
    },
    async release(caseId, by) {
      const { conversation } = await load(caseId);
      const style = conversation.channel === 'sms' || conversation.channel === 'twilio-conversations' ? 'sms' : 'web';
      const at = clock.now().toISOString();
      // Leave crisis mode first: if that fails the case stays open (and paging goes on) rather than closed
      // on a conversation still in crisis mode.
      // The delivery stores what it sends, so the turn itself stores nothing (one copy in the transcript).
      const turn = await deps.engine.applyEvent(conversation.id, { type: 'clinician.released', by, at }, style, { storeReplies: false });
      await deps.service.resolve(caseId, by);
      const body = turn.replies.map((r) => r.text).join('\n\n');
      // The question the person resumes at keeps its answer buttons on channels that show them.
      const choices = turn.replies.at(-1)?.choices;
      const delivery = body ? await deps.deliver(conversation, body, `${caseId}:released`, { releasedBy: by, ...(choices ? { choices } : {}) }) : 'stored-only';
      await store.appendCaseEvent(caseId, { kind: 'released-to-intake', actor: by, detail: { delivery } }, at);
    },
  };
}
