import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Store } from '../../../store/types';
import type { Locale } from '../../../../dialogs/locale';
import { proactiveActivity } from './reply-activity';

/**
 * Sends to a web visitor outside a reply (a clinician's words, the message after a release) with
 * continueConversationAsync on the conversation reference stored at their last turn. The reply goes where
 * that reference points: the local connector, or an Azure channel that authenticated the visitor's activity.
 * Returns false when the visitor was never seen by the bot (no reference).
 */
export function webProactiveSender(deps: { adapter: CloudAdapter; store: Store; appId: string | undefined }) {
  return async (participant: string, text: string, locale: Locale, replyKey: string): Promise<boolean> => {
    const reference = (await deps.store.getConversationReference(participant)) as Partial<ConversationReference> | undefined;
    if (!reference) return false;
    await deps.adapter.continueConversationAsync(deps.appId ?? '', reference, async (context) => {
      await context.sendActivity(proactiveActivity(text, locale, replyKey));
    });
    return true;
  };
}

export type WebProactiveSender = ReturnType<typeof webProactiveSender>;
