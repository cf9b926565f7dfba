import { createHash } from 'crypto';
import { TurnContext, type Activity } from 'botbuilder';
import type { IntakeEngine, TurnResult } from '../../../engine/intake-engine';
import type { Store } from '../../../store/types';
import type { Clock } from '../../../clock';
import type { Locale } from '../../../../dialogs/locale';
import { localeFromTag } from '../directline/activity-schema';
import { replyActivity } from './reply-activity';

export const WEB_CHANNEL = 'web';

/** A web visitor, as the engine knows them: one Bot Framework conversation on one channel. */
export function webParticipant(channelId: string, conversationId: string): string {
  return `${channelId}:${conversationId}`;
}

/**
 * The Bot Framework bot: every web visitor's activity goes through the same engine as every other channel
 * (triage first, then the intake machine), with the web style (buttons, tap-to-call crisis links). The
 * conversation reference is stored before the turn, so that anything the turn starts (a crisis case a
 * clinician answers) can reach the visitor later.
 */
export class IntakeBot {
  constructor(private readonly deps: { engine: IntakeEngine; store: Store; clock: Clock }) {}

  async run(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!activity.conversation?.id || !activity.channelId) return;
    const participant = webParticipant(activity.channelId, activity.conversation.id);
    const locale = localeFromTag(activity.locale);
    if (activity.type === 'conversationUpdate') {
      // The visitor joined (not only the bot): open with the welcome, once.
      if (!(activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id)) return;
      await this.remember(activity, participant);
      const turn = await this.deps.engine.startConversation({ channel: WEB_CHANNEL, style: 'web', participant, locale });
      await this.send(context, turn, activity.id ?? `${activity.conversation.id}|start`);
    } else if (activity.type === 'message') {
      await this.remember(activity, participant);
      const turn = await this.deps.engine.handleInbound({
        channel: WEB_CHANNEL,
        style: 'web',
        participant,
        // Activity ids are unique only within a conversation on other Bot Framework channels.
        externalId: activity.id ? `${activity.channelId}:${activity.conversation.id}:${activity.id}` : null,
        text: typeof activity.text === 'string' ? activity.text : '',
        locale,
      });
      await this.send(context, turn, activity.id ?? `${activity.conversation.id}|${activity.timestamp?.toString() ?? ''}`);
    } else if (activity.type === 'messageUpdate' && typeof activity.text === 'string') {
      // An edited message (Teams and other channels; Web Chat never edits) is not a new answer to the
      // current question, but a crisis signal typed into an edit must route like any other message.
      await this.remember(activity, participant);
      const edit = `${activity.channelId}:${activity.conversation.id}:${activity.id ?? ''}:edit:${createHash('sha256').update(activity.text).digest('hex').slice(0, 16)}`;
      const turn = await this.deps.engine.handleInbound({ channel: WEB_CHANNEL, style: 'web', participant, externalId: edit, text: activity.text, locale, onlyIfCrisis: true });
      await this.send(context, turn, edit);
    }
    // Typing, events, edits without a signal and the rest: nothing to say.
  }

  /** Without the activity id, the reference stays the same turn after turn (no write) and names no message to reply to. */
  private async remember(activity: Activity, participant: string): Promise<void> {
    const { activityId: _turnSpecific, ...reference } = TurnContext.getConversationReference(activity);
    await this.deps.store.saveConversationReference(participant, reference, this.deps.clock.now().toISOString());
  }

  /** The replies, in the language the conversation is in after the turn (a visitor may switch). */
  private async send(context: TurnContext, turn: TurnResult, answering: string): Promise<void> {
    if (turn.replies.length === 0) return;
    const conversation = turn.conversationId ? await this.deps.store.getConversation(turn.conversationId) : undefined;
    const locale = (conversation?.locale ?? 'en') as Locale;
    await context.sendActivities(turn.replies.map((reply, i) => replyActivity(reply, locale, `${answering}#${i}`)));
  }
}
