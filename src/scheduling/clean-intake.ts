import type { ConversationRecord, Store } from '../store/types';
import { intakeContextOf } from './record/build';

/**
 * Why a conversation may not be handed to scheduling as a clean intake, or undefined when it may. A
 * conversation that ever entered crisis belongs to the clinician on its case, whatever its outcome says:
 * checked on the conversation's risk tier (it never goes down), on the machine's own record of signals, and on
 * the cases table, once when the hand-off job is written and again before anything is sent.
 */
export async function whyNotClean(store: Store, conversation: ConversationRecord): Promise<string | undefined> {
  if (conversation.risk !== 'none') return `crisis (${conversation.risk})`;
  if ((intakeContextOf(conversation)?.signals.length ?? 0) > 0) return 'crisis signal on record';
  if (await store.hasAnyCase(conversation.id)) return 'crisis case on record';
  return undefined;
}
