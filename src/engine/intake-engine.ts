import { randomUUID } from 'node:crypto';
import { question } from '../../dialogs/questions';
import { localeOfGreeting, parseCommand } from '../../dialogs/parse/commands';
import { render, type ChannelStyle, type RenderedReply } from '../../dialogs/render';
import type { ProgramFacts } from '../../dialogs/copy/program';
import type { Locale } from '../../dialogs/locale';
import { INTAKE_MACHINE_ID, INTAKE_MACHINE_VERSION } from '../../machines/intake/machine';
import type { IntakeContext, IntakeEvent, IntakeOptions, Reply } from '../../machines/intake/types';
import { maxTier, triage, type RiskTier, type TriageContext, type TriageResult } from '../triage';
import type { Awaiting, ConversationRecord, MessageRecord, Store, TurnCommit } from '../store/types';
import { MESSAGES } from '../../dialogs/copy/messages';
import { crisisReply } from '../../dialogs/copy/crisis';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { describeError } from '../logging';
import { KeyedLock } from './keyed-lock';
import { runTurn, type TurnOutput } from './run-turn';
import { restoreSnapshot } from './snapshots';
import { effectsToWrites } from './effects';
import { REMINDER_JOB } from '../reminders/reminder-job';
import { clinicalHoldJob } from '../scheduling/job-kinds';

export interface InboundMessage {
  channel: string;
  style: ChannelStyle;
  /** The channel's address for the person. Never logged. */
  participant: string;
  /** The channel's message id, when it has one; a retry with the same id is answered from the store. */
  externalId?: string | null;
  text: string;
  /** A locale the channel knows (the web page's language); otherwise a Spanish greeting picks Spanish. */
  locale?: Locale;
  /**
   * An edited message: not an answer to the question now asked, so it counts only when it carries a
   * crisis signal (triaged as any message, with the same context); otherwise nothing is written or sent.
   */
  onlyIfCrisis?: boolean;
}

export interface TurnResult {
  conversationId: string;
  replies: RenderedReply[];
  /** True when this message id was seen before; the replies are the ones sent the first time. */
  duplicate: boolean;
  risk: RiskTier;
  state: string;
}

export interface EngineDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  options: IntakeOptions;
  program: ProgramFacts;
  /** Channels that can text a reminder to someone who stopped mid-way, and after how long. */
  reminders?: { channels: readonly string[]; delayMs: number };
  /** Called after a commit that wrote jobs (the job worker runs them at once instead of at its next poll). */
  onJobsWritten?: () => void;
}

/** Commits that lost a race with another instance are recomputed from the fresh state this many times. */
const MAX_ATTEMPTS = 3;
/** How many of the person's earlier messages, and how recent, crisis triage reads beside a new one. */
const EARLIER_MESSAGES = 3;
const EARLIER_WINDOW_MS = 15 * 60 * 1000;

/**
 * The use case every channel calls: dedupe, triage, advance, commit, reply. Crisis triage runs on the raw
 * text before the machine sees anything, on every message, whatever state the conversation is in.
 */
export class IntakeEngine {
  private readonly lock = new KeyedLock();

  constructor(private readonly deps: EngineDeps) {}

  handleInbound(message: InboundMessage): Promise<TurnResult> {
    return this.lock.run(`${message.channel}\u0000${message.participant}`, () => this.withRetries(message));
  }

  /**
   * Opens a conversation with the welcome, before the person has typed anything (web chat, terminal).
   * For a conversation that already exists it changes nothing and returns the last replies again.
   */
  startConversation(args: { channel: string; style: ChannelStyle; participant: string; locale?: Locale }): Promise<TurnResult> {
    return this.lock.run(`${args.channel}\u0000${args.participant}`, async () => {
      const row = await this.deps.store.findConversation(args.channel, args.participant);
      if (row) return this.replayed(row.id, await this.lastReplies(row.id));
      return this.withRetries({ ...args, text: '', externalId: null });
    });
  }

  /**
   * Delivers an event that did not come from the person (a clinician releasing a crisis case) and returns what
   * the bot says as a result; the caller sends it on the person's channel. With `storeReplies: false` the
   * replies are not written here, because the caller's delivery stores what it sends (once, by its key).
   */
  applyEvent(conversationId: string, event: IntakeEvent, style: ChannelStyle, options: { storeReplies?: boolean } = {}): Promise<TurnResult> {
    const storeReplies = options.storeReplies ?? true;
    return this.deps.store.getConversation(conversationId).then((row) => {
      if (!row) throw new Error('no such conversation');
      return this.lock.run(`${row.channel}\u0000${row.participant}`, async () => {
        const fresh = (await this.deps.store.getConversation(conversationId))!;
        const restored = restoreSnapshot(fresh);
        if (restored.kind !== 'ok') throw new Error(`conversation snapshot cannot be used: ${restored.why}`);
        const input = { locale: fresh.locale as Locale, options: this.deps.options };
        const output = runTurn({ snapshot: restored.snapshot, input, event });
        const rendered = output.replies.map((r) => render(r, output.context, style, this.deps.program)).filter((r) => r.text !== '');
        const at = this.deps.clock.now().toISOString();
        const writes = effectsToWrites(output.effects, { conversationId, revision: fresh.revision + 1, at, risk: maxTier(fresh.risk, output.context.risk) });
        const { revision: _r, createdAt: _c, updatedAt: _u, ...conversation } = fresh;
        const result = await this.deps.store.commitTurn({
          conversation: { ...conversation, snapshot: JSON.stringify(output.persisted), state: output.state, awaiting: awaitingFor(output.state, output.context) },
          expectedRevision: fresh.revision,
          inbound: null,
          outbound: storeReplies ? rendered.map(({ text, ...payload }) => ({ body: text, payload })) : [],
          jobs: writes.jobs,
          outcome: writes.outcome,
          at,
        });
        if (!result.ok) throw new Error('conversation changed while applying the event; try again');
        return { conversationId, replies: rendered, duplicate: false, risk: fresh.risk, state: output.state };
      });
    });
  }

  /**
   * The person's own last messages in this conversation, oldest first, sent within EARLIER_WINDOW_MS: a
   * crisis is often texted in pieces ("got the rope" … "tonight"), and triage reads the pieces together.
   */
  private async earlierMessages(conversationId: string): Promise<string[]> {
    const since = this.deps.clock.now().getTime() - EARLIER_WINDOW_MS;
    const recent = await this.deps.store.recentInbound(conversationId, EARLIER_MESSAGES);
    return recent
      .filter((m) => Date.parse(m.createdAt) >= since)
      .map((m) => m.body)
      .reverse();
  }

  private async withRetries(message: InboundMessage): Promise<TurnResult> {
    for (let attempt = 1; ; attempt++) {
      const result = await this.turn(message);
      if (result !== 'conflict') return result;
      if (attempt >= MAX_ATTEMPTS) throw new Error('conversation kept changing under this turn');
    }
  }

  private async turn(message: InboundMessage): Promise<TurnResult | 'conflict'> {
    const { store, clock, logger } = this.deps;
    const started = process.hrtime.bigint();
    if (message.externalId) {
      const prior = await store.findInbound(message.channel, message.externalId);
      if (prior) return this.replayed(prior.message.conversationId, prior.replies.map(storedReply));
    }

    const row = await store.findConversation(message.channel, message.participant);
    // 1. Crisis triage, before any dialog logic, with the question asked; a cue such as "tonight." with
    // nothing in the message to anchor it is read again beside the person's last few messages
    let triaged = triage(message.text, triageContext(row?.awaiting, []));
    if (row && triaged.needsEarlier) {
      const earlier = await this.earlierMessages(row.id);
      if (earlier.length > 0) triaged = triage(message.text, triageContext(row.awaiting, earlier));
    }
    if (message.onlyIfCrisis === true && triaged.risk === 'none') {
      return { conversationId: row?.id ?? '', replies: [], duplicate: false, risk: row?.risk ?? 'none', state: row?.state ?? '' };
    }
    const at = clock.now().toISOString();
    let computed: ComputedTurn;
    try {
      computed = this.compute(message, row, triaged, at);
    } catch (error) {
      // A defect must not cost the person their message or leave them without a reply.
      logger.error('turn.failed', { conversation: row ? logger.hashId(row.id) : undefined, channel: message.channel, error: describeError(error) });
      if (!row) throw error;
      computed = this.fallback(message, row, triaged.risk, at);
    }

    const result = await store.commitTurn({ ...computed.commit, at });
    if (!result.ok && result.reason === 'conflict') return 'conflict';
    if (!result.ok) {
      // The same message id committed by a concurrent delivery of the same webhook: answer as it was answered.
      const prior = await store.findInbound(message.channel, message.externalId!);
      return this.replayed(computed.commit.conversation.id, prior?.replies.map(storedReply) ?? []);
    }

    if (computed.commit.jobs.length > 0) this.deps.onJobsWritten?.();
    const { id, state, risk } = computed.commit.conversation;
    const fields = { conversation: logger.hashId(id), channel: message.channel, state };
    if (triaged.risk !== 'none') logger.warn('crisis.detected', { ...fields, tier: triaged.risk, rules: triaged.reasons.map((r) => r.rule) });
    logger.info('turn', { ...fields, jobs: computed.commit.jobs.length, durationMs: Number(process.hrtime.bigint() - started) / 1e6 });
    return { conversationId: id, replies: computed.replies, duplicate: false, risk, state };
  }

  /** Steps 2 to 5: restore, advance, render, and everything the one transaction will write. */
  private compute(message: InboundMessage, row: ConversationRecord | undefined, triaged: TriageResult, at: string): ComputedTurn {
    const { logger } = this.deps;
    const restored = row ? restoreSnapshot(row) : undefined;
    if (restored?.kind === 'reset') logger.warn('snapshot.reset', { conversation: logger.hashId(row!.id), error: restored.why });
    const priorRisk: RiskTier = row?.risk ?? 'none';
    const risk = maxTier(priorRisk, triaged.risk);
    const input = { locale: message.locale ?? (row?.locale as Locale | undefined) ?? firstLocale(message.text, triaged), options: this.deps.options };

    // One event: a crisis signal wins over everything. A conversation started fresh (new, or reset) that has
    // a crisis, now or before, goes straight into it at the higher tier; otherwise a fresh one just opens.
    const crisis = (tier: RiskTier): IntakeEvent | undefined =>
      tier === 'none' ? undefined : { type: 'crisis.detected', tier, source: 'free-text', reasons: triaged.reasons, at, text: message.text };
    const fresh = restored?.kind !== 'ok';
    let event = triaged.risk !== 'none' ? crisis(fresh ? risk : triaged.risk) : fresh ? crisis(priorRisk) : toEvent(message.text, at);

    let output: TurnOutput;
    let reset = restored?.kind === 'reset';
    try {
      output = runTurn({ snapshot: restored?.kind === 'ok' ? restored.snapshot : undefined, input, event, onlyEventReplies: fresh && event !== undefined });
    } catch (error) {
      if (restored?.kind !== 'ok') throw error;
      // A snapshot this machine cannot run (a state that no longer exists): start again, keeping any crisis.
      logger.warn('snapshot.unreadable', { conversation: logger.hashId(row!.id), error: describeError(error) });
      reset = true;
      event = crisis(risk);
      output = runTurn({ input, event, onlyEventReplies: event !== undefined });
    }
    const inCrisis = output.state.startsWith('crisis');
    const replies: Reply[] = reset && !inCrisis ? [{ kind: 'message', key: 'snapshotReset' }, ...output.replies] : output.replies;
    // Every message gets an answer: if the machine said nothing (a defect), say so rather than go quiet.
    if (replies.length === 0 && row) {
      logger.error('turn.silent', { conversation: logger.hashId(row.id), state: output.state });
      replies.push(inCrisis ? { kind: 'crisisFollowUp' } : { kind: 'message', key: 'fallback' });
    }

    const conversationId = row?.id ?? randomUUID();
    const rendered = replies.map((r) => render(r, output.context, message.style, this.deps.program)).filter((r) => r.text !== '');
    const writes = effectsToWrites(output.effects, { conversationId, revision: (row?.revision ?? 0) + 1, at, risk: maxTier(risk, output.context.risk) });
    const reminders = this.deps.reminders;
    if (reminders?.channels.includes(message.channel) && (output.state.startsWith('active.') || output.state === 'stopped')) {
      // One per conversation (the key); the job itself waits until the person has been quiet long enough.
      writes.jobs.push({ kind: REMINDER_JOB, runAt: new Date(Date.parse(at) + reminders.delayMs).toISOString(), idempotencyKey: `${conversationId}:reminder`, payload: { conversationId } });
    }
    return {
      replies: rendered,
      commit: {
        conversation: {
          id: conversationId,
          channel: message.channel,
          participant: message.participant,
          machineId: INTAKE_MACHINE_ID,
          machineVersion: INTAKE_MACHINE_VERSION,
          snapshot: JSON.stringify(output.persisted),
          state: output.state,
          risk: maxTier(risk, output.context.risk),
          locale: output.context.locale,
          awaiting: awaitingFor(output.state, output.context),
        },
        expectedRevision: row?.revision ?? null,
        inbound: inboundOf(message),
        outbound: rendered.map(({ text, ...payload }) => ({ body: text, payload })),
        jobs: writes.jobs,
        outcome: writes.outcome,
      },
    };
  }

  /** The message is kept and answered, the conversation's state is left as it was (and any crisis stands). */
  private fallback(message: InboundMessage, row: ConversationRecord, triagedRisk: RiskTier, at: string): ComputedTurn {
    const locale = row.locale as Locale;
    const risk = maxTier(row.risk, triagedRisk);
    const text = risk === 'none' ? MESSAGES.fallback[locale] : crisisReply(risk, locale, message.style === 'sms' ? 'sms' : 'web');
    const replies: RenderedReply[] = [{ text, ...(risk === 'none' ? {} : { crisisTier: risk }) }];
    const { revision: _r, createdAt: _c, updatedAt: _u, ...conversation } = row;
    return {
      replies,
      commit: {
        conversation: { ...conversation, risk },
        expectedRevision: row.revision,
        inbound: inboundOf(message),
        outbound: replies.map(({ text: body, ...payload }) => ({ body, payload })),
        // A new or higher crisis tier must reach a clinician even when the dialog failed.
        jobs:
          risk !== row.risk
            ? [
                { kind: 'escalation.page', runAt: at, idempotencyKey: `${row.id}:escalate-${risk}:${row.revision + 1}`, payload: { conversationId: row.id, tier: risk, source: 'free-text', rules: [] } },
                clinicalHoldJob(row.id, String(row.revision + 1), at),
              ]
            : [],
        outcome: null,
      },
    };
  }

  private async lastReplies(conversationId: string): Promise<RenderedReply[]> {
    const messages = await this.deps.store.listMessages(conversationId);
    const lastIn = messages.filter((m) => m.direction === 'in').at(-1);
    return messages.filter((m) => m.direction === 'out' && m.inReplyTo === (lastIn?.id ?? null)).map(storedReply);
  }

  private async replayed(conversationId: string | null, replies: RenderedReply[]): Promise<TurnResult> {
    const row = conversationId ? await this.deps.store.getConversation(conversationId) : undefined;
    return { conversationId: conversationId ?? '', replies, duplicate: true, risk: row?.risk ?? 'none', state: row?.state ?? '' };
  }
}

interface ComputedTurn {
  replies: RenderedReply[];
  commit: Omit<TurnCommit, 'at'>;
}

function storedReply(message: MessageRecord): RenderedReply {
  return { ...(message.payload as object | null), text: message.body };
}

function inboundOf(message: InboundMessage): TurnCommit['inbound'] {
  return message.text === '' && message.externalId == null ? null : { externalId: message.externalId ?? null, body: message.text };
}

/**
 * The language of a new conversation: a Spanish greeting, or a first message whose crisis signal was read by
 * Spanish rules only, starts in Spanish (the 988 copy must be in the person's language).
 */
function firstLocale(text: string, triaged: TriageResult): Locale {
  const greeting = localeOfGreeting(text);
  if (greeting) return greeting;
  const languages = new Set(triaged.reasons.map((r) => r.rule.split('.')[0]));
  return languages.size === 1 && languages.has('es') ? 'es' : 'en';
}

function toEvent(text: string, at: string): IntakeEvent {
  const command = parseCommand(text);
  if (command?.type === 'command') return { type: 'user.command', command: command.command, at };
  if (command?.type === 'language') return { type: 'user.language', locale: command.locale, at };
  return { type: 'user.message', text, at };
}

function triageContext(awaiting: Awaiting | null | undefined, earlier: readonly string[]): TriageContext | undefined {
  if (!awaiting && earlier.length === 0) return undefined;
  const context: TriageContext = {};
  if (awaiting) {
    context.answerKind = awaiting.answerKind;
    context.aboutSelfHarm = awaiting.aboutSelfHarm;
    context.questionId = awaiting.questionId;
    if (awaiting.asksForTime) context.asksForTime = true;
  }
  if (earlier.length > 0) context.earlier = earlier;
  return context;
}

/** What the open question is, stored beside the snapshot so triage can read it without running the machine. */
function awaitingFor(state: string, context: IntakeContext): Awaiting | null {
  const id = state === 'crisis.screening' || state.startsWith('active.') ? context.current : undefined;
  if (!id) return null;
  const q = question(id);
  return { questionId: id, answerKind: q.answerKind, aboutSelfHarm: q.aboutSelfHarm ?? false, ...(q.asksForTime ? { asksForTime: true } : {}) };
}
