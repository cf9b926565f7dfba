import type { Store, DirectLineConversationRecord } from '../../../store/types';
import type { Clock } from '../../../clock';
import type { Logger } from '../../../logging';
import { describeError } from '../../../logging';
import type { JobHandler } from '../../../jobs/job-worker';
import { KeyedLock } from '../../../engine/keyed-lock';
import type { Locale } from '../../../../dialogs/locale';
import { LOCALE_TAGS, keptVisitorFields, type VisitorActivityInput } from './activity-schema';
import { BOT_ID, DIRECTLINE_CHANNEL_ID } from './connector';
import { newConversationId, newUserId, type DirectLineTokens, type VisitorClaims } from './tokens';

export const TO_BOT_JOB = 'directline.to-bot';

/** What the token, start and reconnect calls answer (Direct Line 3.0's Conversation object). */
export interface DirectLineSession {
  conversationId: string;
  token: string;
  expires_in: number;
}

export interface LocalDirectLineDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  tokens: DirectLineTokens;
  /** The serviceUrl stamped on every activity: where the bot's connector calls go (answered in-process). */
  serviceUrl: string;
  /** Runs the bot on one activity; resolves when the bot has sent its replies. */
  toBot: (activity: Record<string, unknown>) => Promise<void>;
  /** Activities per poll; the client asks again from the new watermark for the rest. Default 100. */
  pageSize?: number;
  /** When a hand-off that failed (or whose process died) is retried from the outbox. Default 10 s. */
  retryAfterMs?: number;
  /** Outbox attempts after which an activity that keeps failing stops holding back the ones after it. Default 3. */
  holdAttempts?: number;
}

/** What the bot is handed: the visitor's messages and events, not typing, not the bot's own replies. */
function isForBot(activity: Record<string, unknown>): boolean {
  const from = activity.from as { role?: unknown } | undefined;
  return from?.role === 'user' && activity.type !== 'typing';
}

/**
 * The Direct Line 3.0 subset that Web Chat uses when polling, kept in the store so that a restart or a second
 * process sharing the database loses nothing. Each visitor activity is appended (id, timestamp and `from`
 * stamped here) together with an outbox job, then handed to the bot at once, after any earlier one still
 * waiting (strictly in seq order, under a per-conversation claim in the store); the job is completed when the
 * bot has answered, so a crash or a failing turn is retried from the outbox instead of dropping a message
 * the visitor saw as sent. The bot's conversationUpdate is requested once per conversation, the same way.
 */
export class LocalDirectLine {
  private readonly lock = new KeyedLock();
  private readonly pageSize: number;
  private readonly retryAfterMs: number;
  private readonly holdAttempts: number;
  /** How long a delivery claim lasts: a process that dies holding it holds the conversation up this long. */
  private readonly claimMs = 60_000;

  constructor(private readonly deps: LocalDirectLineDeps) {
    this.pageSize = deps.pageSize ?? 100;
    this.retryAfterMs = deps.retryAfterMs ?? 10_000;
    this.holdAttempts = deps.holdAttempts ?? 3;
  }

  /** A new conversation and its first token (POST /api/web/token). */
  async openConversation(locale: Locale): Promise<DirectLineSession> {
    const claims = { conversationId: newConversationId(), userId: newUserId(), sessionStartedAt: Math.floor(this.deps.clock.now().getTime() / 1000) };
    await this.deps.store.createDirectLineConversation({ id: claims.conversationId, userId: claims.userId, locale, at: this.now() });
    return this.session(claims);
  }

  /** A fresh token for the same conversation and user (refresh, start, reconnect). */
  session(claims: VisitorClaims): DirectLineSession {
    const now = this.deps.clock.now();
    return { conversationId: claims.conversationId, token: this.deps.tokens.issueVisitor(claims, now), expires_in: this.deps.tokens.expiresIn(claims, now) };
  }

  conversation(id: string): Promise<DirectLineConversationRecord | undefined> {
    return this.deps.store.getDirectLineConversation(id);
  }

  /**
   * Start (POST /conversations) or reconnect (GET /conversations/:id): the bot gets its conversationUpdate the
   * first time only, whichever call comes first and however often Web Chat reconnects after a reload.
   */
  async start(claims: VisitorClaims): Promise<{ session: DirectLineSession; created: boolean }> {
    const { conversationId } = claims;
    const request = await this.deps.store.requestDirectLineStart(conversationId, this.now(), { kind: TO_BOT_JOB, runAt: this.retryAt() });
    if (request.requested) {
      await this.lock.run(conversationId, () => this.handOff(conversationId, request.jobId, () => this.sendStart(conversationId)));
    }
    return { session: this.session(claims), created: request.requested };
  }

  /** Appends a visitor's activity, echoed to them with its clientActivityID, and hands it to the bot. */
  async post(claims: VisitorClaims, input: VisitorActivityInput, conversation: DirectLineConversationRecord): Promise<{ id: string } | { conflict: string }> {
    const { conversationId, userId } = claims;
    return this.lock.run(conversationId, async () => {
      const activity = {
        ...keptVisitorFields(input, conversation.locale as Locale),
        channelId: DIRECTLINE_CHANNEL_ID,
        conversation: { id: conversationId },
        // Who said it comes from the token, whatever the client put in `from`.
        from: { id: userId, role: 'user' },
        recipient: { id: BOT_ID, role: 'bot' },
        serviceUrl: this.deps.serviceUrl,
      };
      const clientId = input.channelData?.clientActivityID;
      // Typing goes to the other side only; the bot has nothing to do with it.
      const forBot = input.type !== 'typing';
      const appended = await this.deps.store.appendDirectLineActivity({
        conversationId,
        activity,
        dedupeKey: clientId ? `client:${clientId}` : null,
        at: this.now(),
        job: forBot ? { kind: TO_BOT_JOB, runAt: this.retryAt() } : undefined,
      });
      if (appended.duplicate) {
        // A retry is the same activity again; other words under a reused clientActivityID would never be
        // triaged, so they are refused rather than answered 200 and dropped.
        const prior = appended.prior ?? {};
        const sent = activity as Record<string, unknown>;
        if (prior.type !== sent.type || (prior.text ?? null) !== (sent.text ?? null)) {
          return { conflict: 'this clientActivityID was already used for a different activity; send it with a new clientActivityID' };
        }
        return { id: appended.id };
      }
      if (forBot) {
        // Earlier activities still waiting (a failed hand-off) go first: a visitor's messages are answered in
        // the order they were sent, so a crisis sentence is never triaged after the small talk that followed it.
        const result = await this.deliverInOrder(conversationId, { seq: appended.seq, jobId: appended.jobId });
        if (!result.ok && !result.busy) {
          this.deps.logger.error('directline.to-bot-failed', { conversation: this.deps.logger.hashId(conversationId), error: describeError(result.error) });
        }
        // Busy: another instance is handing this conversation over; it, or this activity's job, takes this one in turn.
      }
      return { id: appended.id };
    });
  }

  /** Activities after the watermark, and the watermark to ask from next. */
  async activities(conversationId: string, watermark: number): Promise<{ activities: Record<string, unknown>[]; watermark: string }> {
    const rows = await this.deps.store.listDirectLineActivities(conversationId, watermark, this.pageSize);
    return { activities: rows.map((r) => r.activity), watermark: String(rows.at(-1)?.seq ?? watermark) };
  }

  /** The outbox handler: a hand-off that did not complete in its request is done again (in any process). */
  jobHandler(): JobHandler {
    return async (job) => {
      const { conversationId, seq, start } = job.payload as { conversationId: string; seq?: number; start?: boolean };
      await this.lock.run(conversationId, async () => {
        if (start) {
          // Taken by the bot already (only marking the job done was lost): greeting again could add stray replies.
          if ((await this.deps.store.getDirectLineConversation(conversationId))?.startedAt) return;
          return this.sendStart(conversationId);
        }
        if (seq === undefined) return;
        const conversation = await this.deps.store.getDirectLineConversation(conversationId);
        if (!conversation) return;
        if (seq <= conversation.deliveredSeq) {
          // Given up on so that later messages were not held back (or handed over while this job was claimed):
          // hand it over now; the engine's dedupe makes a repeat harmless.
          const [row] = await this.deps.store.listDirectLineActivities(conversationId, seq - 1, 1);
          if (row && row.seq === seq) await this.deps.toBot(row.activity);
          return;
        }
        const result = await this.deliverInOrder(conversationId, undefined, job.attempts >= this.holdAttempts ? seq : undefined);
        if (result.busy) throw new Error('another instance is handing this conversation to the bot');
        if (!result.ok) throw result.error;
        if (result.skipped.includes(seq)) throw result.skippedError;
      });
    };
  }

  /**
   * Hands the conversation's waiting visitor activities to the bot strictly in seq order, from delivered_seq
   * on, holding the conversation's delivery claim (so a second instance sharing the store cannot interleave).
   * Stops at the first failure: what follows waits for the failed one's retry. `skip` names an activity that
   * has failed often enough (`holdAttempts`) to stop holding the rest back: it is passed over and its own job
   * keeps retrying it (dead letter and alarm at the end).
   */
  private async deliverInOrder(
    conversationId: string,
    own?: { seq: number; jobId: number | null },
    skip?: number,
  ): Promise<{ ok: true; busy?: false; skipped: number[]; skippedError?: unknown } | { ok: false; busy: boolean; error?: unknown }> {
    const { store } = this.deps;
    const until = new Date(this.deps.clock.now().getTime() + this.claimMs).toISOString();
    if (!(await store.claimDirectLineDelivery(conversationId, this.now(), until))) return { ok: false, busy: true };
    const skipped: number[] = [];
    let skippedError: unknown;
    try {
      for (;;) {
        const conversation = await store.getDirectLineConversation(conversationId);
        if (!conversation) return { ok: true, skipped, skippedError };
        const batch = await store.listDirectLineActivities(conversationId, conversation.deliveredSeq, this.pageSize);
        if (batch.length === 0) return { ok: true, skipped, skippedError };
        for (const row of batch) {
          if (isForBot(row.activity)) {
            try {
              await this.deps.toBot(row.activity);
              if (own && row.seq === own.seq) {
                if (own.jobId !== null) await store.completeJob(own.jobId, this.now());
              } else {
                await store.cancelPendingJob(`${TO_BOT_JOB}:${String(row.activity.id)}`, 'handed to the bot in order');
              }
            } catch (error) {
              if (row.seq !== skip) return { ok: false, busy: false, error };
              this.deps.logger.error('directline.to-bot-passed-over', { conversation: this.deps.logger.hashId(conversationId), error: describeError(error) });
              skipped.push(row.seq);
              skippedError = error;
            }
          }
          await store.markDirectLineDelivered(conversationId, row.seq);
        }
      }
    } finally {
      await store.releaseDirectLineDelivery(conversationId, until);
    }
  }

  private async sendStart(conversationId: string): Promise<void> {
    const conversation = await this.deps.store.getDirectLineConversation(conversationId);
    if (!conversation) return;
    const user = { id: conversation.userId, role: 'user' };
    const bot = { id: BOT_ID, role: 'bot' };
    await this.deps.toBot({
      type: 'conversationUpdate',
      id: `${conversationId}|start`,
      timestamp: this.now(),
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: this.deps.serviceUrl,
      conversation: { id: conversationId },
      from: user,
      recipient: bot,
      membersAdded: [bot, user],
      locale: LOCALE_TAGS[conversation.locale as Locale] ?? LOCALE_TAGS.en,
    });
    await this.deps.store.markDirectLineStarted(conversationId, this.now());
  }

  /** Runs a hand-off now; on success its job is done, on failure the job stays for the outbox to retry. */
  private async handOff(conversationId: string, jobId: number | null, task: () => Promise<void>): Promise<void> {
    try {
      await task();
      if (jobId !== null) await this.deps.store.completeJob(jobId, this.now());
    } catch (error) {
      this.deps.logger.error('directline.to-bot-failed', { conversation: this.deps.logger.hashId(conversationId), error: describeError(error) });
    }
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }

  private retryAt(): string {
    return new Date(this.deps.clock.now().getTime() + this.retryAfterMs).toISOString();
  }
}
