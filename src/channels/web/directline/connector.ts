import type { Store } from '../../../store/types';
import type { Clock } from '../../../clock';
import { BotActivity, describeIssues, keptBotFields } from './activity-schema';

/** The bot's account in local Direct Line conversations. */
export const BOT_ID = 'intake-bot';
export const DIRECTLINE_CHANNEL_ID = 'directline';

export type ConnectorResult = { status: 200; body: { id: string } } | { status: 400 | 404; body: { error: string } };

/**
 * The receiving end of the Bot Framework connector for local Direct Line conversations: what the bot sends
 * (`POST /v3/conversations/:cid/activities[/:aid]`) is validated, stamped (id, timestamp, from the bot) and
 * appended to the conversation, where the visitor's next poll finds it. The in-process bot reaches this
 * through LocalConnectorHttpClient (there is no public HTTP route to it).
 */
export class LocalConnector {
  constructor(private readonly deps: { store: Store; clock: Clock; serviceUrl: string; botName: string }) {}

  async receive(conversationId: string, replyToId: string | undefined, body: unknown): Promise<ConnectorResult> {
    const parsed = BotActivity.safeParse(body);
    if (!parsed.success) return { status: 400, body: { error: describeIssues(parsed.error) } };
    const conversation = await this.deps.store.getDirectLineConversation(conversationId);
    if (!conversation) return { status: 404, body: { error: 'no such conversation' } };
    // Only an activity of this conversation can be replied to (a proactive message names a made-up one).
    const named = replyToId ?? parsed.data.replyToId;
    const replyTo = named?.startsWith(`${conversationId}|`) ? named : undefined;
    const appended = await this.deps.store.appendDirectLineActivity({
      conversationId,
      activity: {
        ...keptBotFields(parsed.data),
        channelId: DIRECTLINE_CHANNEL_ID,
        conversation: { id: conversationId },
        from: { id: BOT_ID, name: this.deps.botName, role: 'bot' },
        recipient: { id: conversation.userId, role: 'user' },
        serviceUrl: this.deps.serviceUrl,
        ...(replyTo ? { replyToId: replyTo } : {}),
      },
      dedupeKey: parsed.data.channelData?.replyKey ? `bot:${parsed.data.channelData.replyKey}` : null,
      at: this.deps.clock.now().toISOString(),
    });
    return { status: 200, body: { id: appended.id } };
  }
}
