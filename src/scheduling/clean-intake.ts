import type { ConversationRecord, Store } from '../store/types';
import { intakeContextOf } from './record/build';

/** The machine's own record of crisis signals cannot be read: nobody can say the intake is clean. */
export const SNAPSHOT_UNREADABLE = 'snapshot unreadable';

/**
 * Why a conversation may not be handed to scheduling as a clean intake, or undefined when it may. A
 * conversation that ever entered crisis belongs to the clinician on its case, whatever its outcome says:
 * checked on the conversation's risk tier (it never goes down), on the machine's own record of signals, and on
 * the cases table, once when the hand-off job is written and again before anything is sent. A snapshot whose
 * signals cannot be read blocks too: the absence of a signal is only known when the record of them is there.
 */
export async function whyNotClean(store: Store, conversation: ConversationRecord): Promise<string | undefined> {
  if (conversation.risk !== 'none') return `crisis (${conversation.risk})`;
  const context = intakeContextOf(conversation);
  if (!context || !Array.isArray(context.signals)) return SNAPSHOT_UNREADABLE;
  if (context.signals.length > 0) return 'crisis signal on record';
  if (await store.hasAnyCase(conversation.id)) return 'crisis case on record';
  return undefined;
}

/** A reason of whyNotClean that is a crisis (rather than a record that cannot be read). */
export function isCrisisReason(reason: string): boolean {
  return reason !== SNAPSHOT_UNREADABLE;
}
