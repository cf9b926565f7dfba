import { randomUUID } from 'node:crypto';
import { question } from '../../dialogs/questions';
import { localeOfGreeting, parseCommand } from '../../dialogs/parse/commands';
import { render, type ChannelStyle, type RenderedReply } from '../../dialogs/render';
import type { ProgramFacts } from '../../dialogs/copy/program';
import type { Locale } from '../../dialogs/locale';
import { INTAKE_MACHINE_ID, INTAKE_MACHINE_VERSION } from '../../machines/intake/machine';
import type { IntakeContext, IntakeEvent, IntakeOptions, Reply } from '../../machines/intake/types';
import { maxTier, triage, type RiskTier, type TriageContext } from '../triage';
import type { Awaiting, ConversationRecord, Store } from '../store/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { describeError } from '../logging';
import { KeyedLock } from './keyed-lock';
import { runTurn, type TurnOutput } from './run-turn';
import { restoreSnapshot } from './snapshots';
import { effectsToWrites } from './effects';

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
}

/** Commits that lost a race with another instance are recomputed from the fresh state this many times. */
const MAX_ATTEMPTS = 3;

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

  /** Opens a conversation with the welcome, before the person has typed anything (web chat, terminal). */
  startConversation(args: { channel: string; style: ChannelStyle; participant: string; locale?: Locale }): Promise<TurnResult> {
    return this.handleInbound({ ...args, text: '', externalId: null, locale: args.locale });
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
      if (prior) return this.replayed(prior.message.conversationId, prior.replies.map((r) => ({ ...(r.payload as object), text: r.body })));
    }

    const row = await store.findConversation(message.channel, message.participant);
    // 1. Crisis triage, before any dialog logic.
    const triaged = triage(message.text, row?.awaiting ? triageContext(row.awaiting) : undefined);
    const at = clock.now().toISOString();

    // 2. The conversation's machine state, started fresh for a new or unreadable conversation.
    const restored = row ? restoreSnapshot(row) : undefined;
    const fresh = !row || restored?.kind === 'reset';
    const locale = message.locale ?? (row?.locale as Locale | undefined) ?? localeOfGreeting(message.text) ?? 'en';
    const input = { locale, options: this.deps.options };
    const priorRisk: RiskTier = row?.risk ?? 'none';
    const risk = maxTier(priorRisk, triaged.risk);

    // 3. One event: a crisis signal wins over everything; a fresh conversation that never had one just opens.
    let event: IntakeEvent | undefined;
    if (triaged.risk !== 'none') {
      event = { type: 'crisis.detected', tier: triaged.risk, source: 'free-text', reasons: triaged.reasons, at };
    } else if (fresh && priorRisk !== 'none') {
      // A reset must not forget a crisis: go straight back into it at the tier the conversation had.
      event = { type: 'crisis.detected', tier: priorRisk, source: 'free-text', reasons: [], at };
    } else if (!fresh) {
      event = toEvent(message.text, at);
    }

    let output: TurnOutput;
    let reset = restored?.kind === 'reset';
    try {
      const snapshot = restored?.kind === 'ok' ? restored.snapshot : undefined;
      output = runTurn({ snapshot, input, event, onlyEventReplies: fresh && event !== undefined });
    } catch (error) {
      if (restored?.kind !== 'ok') throw error;
      // A snapshot this machine cannot run (a state that no longer exists): start again, keeping any crisis.
      logger.warn('snapshot.unreadable', { conversation: logger.hashId(row!.id), error: describeError(error) });
      reset = true;
      const crisisTier = risk === 'none' ? undefined : risk;
      output = runTurn({
        input,
        event: crisisTier && { type: 'crisis.detected', tier: crisisTier, source: 'free-text', reasons: triaged.reasons, at },
        onlyEventReplies: crisisTier !== undefined,
      });
    }
    if (restored?.kind === 'reset') logger.warn('snapshot.reset', { conversation: logger.hashId(row!.id), error: restored.why });
    const replies: Reply[] = reset ? [{ kind: 'message', key: 'snapshotReset' }, ...output.replies] : output.replies;

    const conversationId = row?.id ?? randomUUID();
    const rendered = replies.map((r) => render(r, output.context, message.style, this.deps.program)).filter((r) => r.text !== '');
    const writes = effectsToWrites(output.effects, { conversationId, revision: (row?.revision ?? 0) + 1, at });

    const result = await store.commitTurn({
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
      inbound: message.text === '' && message.externalId == null ? null : { externalId: message.externalId ?? null, body: message.text },
      outbound: rendered.map(({ text, ...payload }) => ({ body: text, payload })),
      jobs: writes.jobs,
      outcome: writes.outcome,
      at,
    });
    if (!result.ok && result.reason === 'conflict') return 'conflict';
    if (!result.ok) {
      // The same message id committed by a concurrent delivery of the same webhook: answer as it was answered.
      const prior = await store.findInbound(message.channel, message.externalId!);
      return this.replayed(conversationId, prior?.replies.map((r) => ({ ...(r.payload as object), text: r.body })) ?? []);
    }

    const fields = { conversation: logger.hashId(conversationId), channel: message.channel, state: output.state };
    if (triaged.risk !== 'none') logger.warn('crisis.detected', { ...fields, tier: triaged.risk, rules: triaged.reasons.map((r) => r.rule) });
    logger.info('turn', { ...fields, jobs: writes.jobs.length, durationMs: Number(process.hrtime.bigint() - started) / 1e6 });
    return { conversationId, replies: rendered, duplicate: false, risk: maxTier(risk, output.context.risk), state: output.state };
  }

  private async replayed(conversationId: string, replies: RenderedReply[]): Promise<TurnResult> {
    const row = await this.deps.store.getConversation(conversationId);
    return { conversationId, replies, duplicate: true, risk: row?.risk ?? 'none', state: row?.state ?? '' };
  }
}

function toEvent(text: string, at: string): IntakeEvent {
  const command = parseCommand(text);
  if (command?.type === 'command') return { type: 'user.command', command: command.command, at };
  if (command?.type === 'language') return { type: 'user.language', locale: command.locale, at };
  return { type: 'user.message', text, at };
}

function triageContext(awaiting: Awaiting): TriageContext {
  return { answerKind: awaiting.answerKind, aboutSelfHarm: awaiting.aboutSelfHarm };
}

/** What the open question is, stored beside the snapshot so triage can read it without running the machine. */
function awaitingFor(state: string, context: IntakeContext): Awaiting | null {
  const id = state === 'crisis.askingRecentBehaviour' ? 'cssrs_6_recent' : state.startsWith('active.') ? context.current : undefined;
  if (!id) return null;
  const q = question(id);
  return { questionId: id, answerKind: q.answerKind, aboutSelfHarm: q.aboutSelfHarm ?? false };
}
