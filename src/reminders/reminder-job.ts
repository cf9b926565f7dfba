import type { JobHandler } from '../jobs/job-worker';
import { Reschedule } from '../jobs/job-worker';
import type { Store } from '../store/types';
import type { Clock } from '../clock';
import type { SmsSender } from '../channels/sms/sms-sender';
import type { ProgramFacts } from '../../dialogs/copy/program';
import type { Locale } from '../../dialogs/locale';
import { MESSAGES } from '../../dialogs/copy/messages';
import { fill } from '../../dialogs/copy/template';
import { timezoneForState } from '../../dialogs/parse/timezone';
import { nextSendableTime } from './quiet-hours';

export const REMINDER_JOB = 'reminder.send';

/** States in which a person has left the assessment unfinished. */
function unfinished(state: string): boolean {
  return state.startsWith('active.') || state === 'stopped';
}

/**
 * One reminder per conversation, `delayMs` after the person's last message, if they are still mid-way, not
 * in quiet hours where they live, and not opted out. The job is created once (its key is per conversation)
 * and moves itself later while the person keeps answering.
 */
export function reminderHandler(deps: { store: Store; clock: Clock; sender: SmsSender; program: ProgramFacts; delayMs: number }): JobHandler {
  return async (job) => {
    const { conversationId } = job.payload as { conversationId: string };
    const row = await deps.store.getConversation(conversationId);
    if (!row || !unfinished(row.state)) return;
    const now = deps.clock.now();
    const due = new Date(new Date(row.updatedAt).getTime() + deps.delayMs);
    if (now < due) return new Reschedule(due);
    const sendable = nextSendableTime(now, timeZoneOf(row.snapshot));
    if (sendable > now) return new Reschedule(sendable);
    await deps.sender.send({
      to: row.participant,
      body: fill(MESSAGES.reminder[row.locale as Locale], { ...deps.program }),
      conversationId,
      payload: { reminder: true },
      idempotencyKey: job.idempotencyKey,
    });
  };
}

/** The zone the person gave, else their state's main zone, else unknown. */
function timeZoneOf(snapshot: string): string | undefined {
  try {
    const answers = (JSON.parse(snapshot) as { context?: { answers?: Record<string, unknown> } }).context?.answers ?? {};
    if (typeof answers.timezone === 'string') return answers.timezone;
    if (typeof answers.state === 'string') return timezoneForState(answers.state);
  } catch {
    // An unreadable snapshot only costs the precise zone; the coast-to-coast check still applies.
  }
  return undefined;
}
