import Database from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type {
  CaseCommit,
  CaseEvent,
  CaseRecord,
  ChannelExchange,
  DirectLineActivityRecord,
  DirectLineAppend,
  DirectLineAppended,
  DirectLineConversationRecord,
  CommitResult,
  DeliveryReport,
  HandoffChange,
  HandoffRow,
  NewHandoff,
  NewJob,
  ConversationRecord,
  JobRecord,
  MessageRecord,
  OutcomeRecord,
  Store,
  TurnCommit,
} from '../types';

const SCHEMA = readFileSync(join(__dirname, 'schema.sql'), 'utf8');

type Row = Record<string, unknown>;

/**
 * The embedded default store: one SQLite file in WAL mode. better-sqlite3 is synchronous, which makes each
 * turn's transaction atomic within this process; the async interface is what PostgreSQL needs too.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL still survives a process crash (a killed process loses nothing committed); only a
    // power cut can lose the last transactions. FULL would fsync every turn.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    // A second process (npm run chat beside npm start) waits for the writer instead of failing at once.
    this.db.pragma('busy_timeout = 5000');
  }

  /** Prepared statements are cached: preparing costs more than running most of these queries. */
  private readonly statements = new Map<string, Database.Statement>();
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async migrate(): Promise<void> {
    this.db.exec(SCHEMA);
    // Columns added to tables that already exist in older files (CREATE TABLE IF NOT EXISTS leaves those as they were).
    this.addColumnIfMissing('outcomes', 'revision', 'INTEGER');
    // In-order hand-off to the web bot: conversations from before it count as delivered up to now (their
    // activities were handed over the old way; handing them over again would repeat turns).
    if (this.addColumnIfMissing('directline_conversations', 'delivered_seq', 'INTEGER NOT NULL DEFAULT 0')) {
      this.db.exec('UPDATE directline_conversations SET delivered_seq = last_seq');
    }
    this.addColumnIfMissing('directline_conversations', 'delivery_claimed_until', 'TEXT');
  }

  /** True when the column was added now. */
  private addColumnIfMissing(table: string, column: string, type: string): boolean {
    const columns = this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    if (columns.some((c) => c.name === column)) return false;
    this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
    return true;
  }

  async getConversation(id: string): Promise<ConversationRecord | undefined> {
    const row = this.stmt('SELECT * FROM conversations WHERE id = ?').get(id) as Row | undefined;
    return row && toConversation(row);
  }

  async findConversation(channel: string, participant: string): Promise<ConversationRecord | undefined> {
    const row = this.stmt('SELECT * FROM conversations WHERE channel = ? AND participant = ?').get(channel, participant) as Row | undefined;
    return row && toConversation(row);
  }

  async findInbound(channel: string, externalId: string) {
    const row = this.stmt("SELECT * FROM messages WHERE channel = ? AND external_id = ? AND direction = 'in'")
      .get(channel, externalId) as Row | undefined;
    if (!row) return undefined;
    const message = toMessage(row);
    const replies = (this.stmt('SELECT * FROM messages WHERE in_reply_to = ? ORDER BY id').all(message.id) as Row[]).map(toMessage);
    return { message, replies };
  }

  async commitTurn(turn: TurnCommit): Promise<CommitResult> {
    try {
      return this.commit(turn);
    } catch (error) {
      if (isUniqueViolation(error, 'messages')) return { ok: false, reason: 'duplicate' };
      // Two processes opening the same person's first conversation at once: the loser recomputes.
      if (isUniqueViolation(error, 'conversations')) return { ok: false, reason: 'conflict' };
      throw error;
    }
  }

  private readonly commit = (turn: TurnCommit): CommitResult =>
    this.db.transaction((): CommitResult => {
      const c = turn.conversation;
      let revision: number;
      if (turn.expectedRevision === null) {
        revision = 1;
        this.stmt(
            `INSERT INTO conversations (id, channel, participant, machine_id, machine_version, snapshot, state, risk, locale, awaiting, revision, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
          )
          .run(c.id, c.channel, c.participant, c.machineId, c.machineVersion, c.snapshot, c.state, c.risk, c.locale, json(c.awaiting), turn.at, turn.at);
      } else {
        revision = turn.expectedRevision + 1;
        const changed = this.stmt(
            `UPDATE conversations SET machine_id = ?, machine_version = ?, snapshot = ?, state = ?, risk = ?, locale = ?, awaiting = ?, revision = ?, updated_at = ?
             WHERE id = ? AND revision = ?`,
          )
          .run(c.machineId, c.machineVersion, c.snapshot, c.state, c.risk, c.locale, json(c.awaiting), revision, turn.at, c.id, turn.expectedRevision).changes;
        if (changed === 0) return { ok: false, reason: 'conflict' };
      }

      let inboundId: number | null = null;
      if (turn.inbound) {
        inboundId = Number(
          this.stmt(`INSERT INTO messages (conversation_id, direction, channel, external_id, body, payload, in_reply_to, created_at) VALUES (?, 'in', ?, ?, ?, NULL, NULL, ?)`)
            .run(c.id, c.channel, turn.inbound.externalId, turn.inbound.body, turn.at).lastInsertRowid,
        );
      }
      const insertOut = this.stmt(
        `INSERT INTO messages (conversation_id, direction, channel, external_id, body, payload, in_reply_to, created_at) VALUES (?, 'out', ?, NULL, ?, ?, ?, ?)`,
      );
      for (const out of turn.outbound) insertOut.run(c.id, c.channel, out.body, json(out.payload), inboundId, turn.at);

      const insertJob = this.stmt(
        `INSERT INTO jobs (kind, payload, run_at, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
      );
      for (const job of turn.jobs) insertJob.run(job.kind, JSON.stringify(job.payload), job.runAt, job.idempotencyKey, turn.at);

      if (turn.outcome) {
        this.stmt('INSERT INTO outcomes (conversation_id, kind, detail, revision, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(c.id, turn.outcome.kind, JSON.stringify(turn.outcome.detail), revision, turn.at);
      }
      return { ok: true, revision };
    })();

  async listMessages(conversationId: string): Promise<MessageRecord[]> {
    return (this.stmt('SELECT * FROM messages WHERE conversation_id = ? ORDER BY id').all(conversationId) as Row[]).map(toMessage);
  }

  async recentInbound(conversationId: string, limit: number): Promise<{ body: string; createdAt: string }[]> {
    return this.stmt(`SELECT body, created_at AS createdAt FROM messages WHERE conversation_id = ? AND direction = 'in' ORDER BY id DESC LIMIT ?`).all(conversationId, limit) as {
      body: string;
      createdAt: string;
    }[];
  }

  async getMessage(id: number): Promise<MessageRecord | undefined> {
    const row = this.stmt('SELECT * FROM messages WHERE id = ?').get(id) as Row | undefined;
    return row && toMessage(row);
  }

  async recordChannelExchange(exchange: ChannelExchange) {
    try {
      return this.db.transaction(() => {
        const inboundId = Number(
          this.stmt(`INSERT INTO messages (conversation_id, direction, channel, external_id, body, payload, in_reply_to, created_at) VALUES (?, 'in', ?, ?, ?, NULL, NULL, ?)`)
            .run(exchange.conversationId, exchange.channel, exchange.inbound.externalId, exchange.inbound.body, exchange.at).lastInsertRowid,
        );
        const insertOut = this.stmt(
          `INSERT INTO messages (conversation_id, direction, channel, external_id, body, payload, in_reply_to, created_at) VALUES (?, 'out', ?, NULL, ?, ?, ?, ?)`,
        );
        for (const out of exchange.outbound) insertOut.run(exchange.conversationId, exchange.channel, out.body, json(out.payload), inboundId, exchange.at);
        if (exchange.optOut === 'set') {
          this.stmt('INSERT INTO opt_outs (channel, participant, opted_out_at) VALUES (?, ?, ?) ON CONFLICT (channel, participant) DO NOTHING')
            .run(exchange.channel, exchange.participant, exchange.at);
        } else if (exchange.optOut === 'clear') {
          this.stmt('DELETE FROM opt_outs WHERE channel = ? AND participant = ?').run(exchange.channel, exchange.participant);
        }
        const replies = (this.stmt('SELECT * FROM messages WHERE in_reply_to = ? ORDER BY id').all(inboundId) as Row[]).map(toMessage);
        return { ok: true as const, replies };
      })();
    } catch (error) {
      if (isUniqueViolation(error, 'messages')) return { ok: false as const, reason: 'duplicate' as const };
      throw error;
    }
  }

  async recordProactive(message: { conversationId: string | null; channel: string; body: string; payload: unknown; idempotencyKey: string; at: string }) {
    return this.db.transaction(() => {
      const externalId = `out:${message.idempotencyKey}`;
      const existing = this.stmt('SELECT id FROM messages WHERE channel = ? AND external_id = ?').get(message.channel, externalId) as { id: number } | undefined;
      if (existing) {
        const sent = this.stmt('SELECT 1 FROM deliveries WHERE message_id = ?').get(existing.id) !== undefined;
        return { id: Number(existing.id), alreadySent: sent };
      }
      const id = Number(
        this.stmt(`INSERT INTO messages (conversation_id, direction, channel, external_id, body, payload, in_reply_to, created_at) VALUES (?, 'out', ?, ?, ?, ?, NULL, ?)`)
          .run(message.conversationId, message.channel, externalId, message.body, json(message.payload), message.at).lastInsertRowid,
      );
      return { id, alreadySent: false };
    })();
  }

  async listProactive(limit: number) {
    return (this.stmt(`SELECT * FROM messages WHERE direction = 'out' AND external_id LIKE 'out:%' ORDER BY id DESC LIMIT ?`).all(limit) as Row[]).map((r) => ({
      ...toMessage(r),
      channel: String(r.channel),
    }));
  }

  async isOptedOut(channel: string, participant: string): Promise<boolean> {
    return this.stmt('SELECT 1 FROM opt_outs WHERE channel = ? AND participant = ?').get(channel, participant) !== undefined;
  }

  async isDelivered(messageId: number): Promise<boolean> {
    return this.stmt('SELECT 1 FROM deliveries WHERE message_id = ?').get(messageId) !== undefined;
  }

  async recordDelivery(report: DeliveryReport): Promise<string | null> {
    return this.db.transaction(() => {
      const previous = this.stmt('SELECT status FROM deliveries WHERE provider_id = ?').get(report.providerId) as { status: string } | undefined;
      this.stmt(
          `INSERT INTO deliveries (provider_id, message_id, status, error_code, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (provider_id) DO UPDATE SET status = excluded.status, error_code = excluded.error_code, updated_at = excluded.updated_at,
             message_id = COALESCE(deliveries.message_id, excluded.message_id)`,
        )
        .run(report.providerId, report.messageId, report.status, report.errorCode, report.at);
      return previous?.status ?? null;
    })();
  }

  async enqueueJobs(jobs: NewJob[], at: string): Promise<void> {
    const insertJob = this.stmt(
      `INSERT INTO jobs (kind, payload, run_at, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
    );
    this.db.transaction(() => {
      for (const job of jobs) insertJob.run(job.kind, JSON.stringify(job.payload), job.runAt, job.idempotencyKey, at);
    })();
  }

  async listOutcomes(conversationId?: string): Promise<OutcomeRecord[]> {
    const rows = conversationId
      ? this.stmt('SELECT * FROM outcomes WHERE conversation_id = ? ORDER BY id').all(conversationId)
      : this.stmt('SELECT * FROM outcomes ORDER BY id').all();
    return (rows as Row[]).map((r) => ({
      id: Number(r.id),
      conversationId: String(r.conversation_id),
      kind: String(r.kind),
      detail: JSON.parse(String(r.detail)),
      revision: r.revision === null || r.revision === undefined ? null : Number(r.revision),
      createdAt: String(r.created_at),
    }));
  }

  async listJobs(status?: JobRecord['status']): Promise<JobRecord[]> {
    const rows = status
      ? this.stmt('SELECT * FROM jobs WHERE status = ? ORDER BY id').all(status)
      : this.stmt('SELECT * FROM jobs ORDER BY id').all();
    return (rows as Row[]).map(toJob);
  }

  async claimDueJobs(kinds: readonly string[], now: string, claimUntil: string, limit: number): Promise<JobRecord[]> {
    if (kinds.length === 0) return [];
    const marks = kinds.map(() => '?').join(', ');
    return this.db.transaction(() => {
      const rows = this.db
        // Escalation first: a page must never wait behind a burst of reminders.
        .prepare(
          `SELECT id FROM jobs WHERE status IN ('pending', 'running') AND run_at <= ? AND kind IN (${marks})
           ORDER BY CASE WHEN kind LIKE 'escalation.%' OR kind = 'clinician.forward' THEN 0 ELSE 1 END, run_at, id LIMIT ?`,
        )
        .all(now, ...kinds, limit) as { id: number }[];
      const claim = this.stmt(`UPDATE jobs SET status = 'running', run_at = ?, attempts = attempts + 1 WHERE id = ?`);
      for (const row of rows) claim.run(claimUntil, row.id);
      return rows.map((row) => toJob(this.stmt('SELECT * FROM jobs WHERE id = ?').get(row.id) as Row));
    })();
  }

  async completeJob(id: number, _at: string): Promise<void> {
    this.stmt(`UPDATE jobs SET status = 'done', last_error = NULL WHERE id = ?`).run(id);
  }

  async rescheduleJob(id: number, runAt: string, error: string | null, countAttempt: boolean): Promise<void> {
    this.stmt(`UPDATE jobs SET status = 'pending', run_at = ?, last_error = ?, attempts = attempts - ? WHERE id = ?`)
      .run(runAt, error, countAttempt ? 0 : 1, id);
  }

  async killJob(id: number, error: string, _at: string): Promise<void> {
    this.stmt(`UPDATE jobs SET status = 'dead', last_error = ? WHERE id = ?`).run(error, id);
  }

  async raiseAlarm(kind: string, detail: unknown, at: string): Promise<void> {
    this.stmt('INSERT INTO alarms (kind, detail, created_at) VALUES (?, ?, ?)').run(kind, JSON.stringify(detail), at);
  }

  async listAlarms() {
    return (this.stmt('SELECT * FROM alarms ORDER BY id').all() as Row[]).map((r) => ({
      id: Number(r.id),
      kind: String(r.kind),
      detail: JSON.parse(String(r.detail)),
      createdAt: String(r.created_at),
    }));
  }

  async findOpenCase(conversationId: string): Promise<CaseRecord | undefined> {
    const row = this.stmt(`SELECT * FROM cases WHERE conversation_id = ? AND status <> 'resolved' ORDER BY created_at DESC LIMIT 1`)
      .get(conversationId) as Row | undefined;
    return row && toCase(row);
  }

  async getCase(id: string): Promise<CaseRecord | undefined> {
    const row = this.stmt('SELECT * FROM cases WHERE id = ?').get(id) as Row | undefined;
    return row && toCase(row);
  }

  async findOpenCaseByCode(code: string): Promise<CaseRecord | undefined> {
    const row = this.stmt(`SELECT * FROM cases WHERE code = ? AND status <> 'resolved'`).get(code) as Row | undefined;
    return row && toCase(row);
  }

  async listOpenCases(): Promise<CaseRecord[]> {
    return (this.stmt(`SELECT * FROM cases WHERE status <> 'resolved' ORDER BY created_at`).all() as Row[]).map(toCase);
  }

  async commitCase(commit: CaseCommit) {
    try {
      return this.db.transaction(() => {
        const c = commit.record;
        let revision: number;
        if (commit.expectedRevision === null) {
          revision = 1;
          this.stmt(
              `INSERT INTO cases (id, code, conversation_id, tier, status, snapshot, held_by, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
            )
            .run(c.id, c.code, c.conversationId, c.tier, c.status, c.snapshot, c.heldBy, commit.at, commit.at);
        } else {
          revision = commit.expectedRevision + 1;
          const changed = this.stmt(`UPDATE cases SET tier = ?, status = ?, snapshot = ?, held_by = ?, revision = ?, updated_at = ? WHERE id = ? AND revision = ?`)
            .run(c.tier, c.status, c.snapshot, c.heldBy, revision, commit.at, c.id, commit.expectedRevision).changes;
          if (changed === 0) return { ok: false as const, reason: 'conflict' as const };
        }
        const insertJob = this.stmt(
          `INSERT INTO jobs (kind, payload, run_at, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
        );
        for (const job of commit.jobs) insertJob.run(job.kind, JSON.stringify(job.payload), job.runAt, job.idempotencyKey, commit.at);
        const insertEvent = this.stmt('INSERT INTO case_events (case_id, kind, actor, detail, created_at) VALUES (?, ?, ?, ?, ?)');
        for (const event of commit.events) insertEvent.run(c.id, event.kind, event.actor, JSON.stringify(event.detail), commit.at);
        return { ok: true as const, revision };
      })();
    } catch (error) {
      // Two instances opening a case with the same code, or for the same conversation, at once: recompute.
      if (isUniqueViolation(error, 'cases')) return { ok: false as const, reason: 'conflict' as const };
      throw error;
    }
  }

  async appendCaseEvent(caseId: string, event: { kind: string; actor: string; detail: unknown }, at: string): Promise<void> {
    this.stmt('INSERT INTO case_events (case_id, kind, actor, detail, created_at) VALUES (?, ?, ?, ?, ?)').run(caseId, event.kind, event.actor, JSON.stringify(event.detail), at);
  }

  async listCaseEvents(caseId: string): Promise<CaseEvent[]> {
    return (this.stmt('SELECT * FROM case_events WHERE case_id = ? ORDER BY id').all(caseId) as Row[]).map((r) => ({
      id: Number(r.id),
      caseId: String(r.case_id),
      kind: String(r.kind),
      actor: String(r.actor),
      detail: JSON.parse(String(r.detail)),
      createdAt: String(r.created_at),
    }));
  }

  // --- scheduling hand-offs ----------------------------------------------------------------------------------
  async hasAnyCase(conversationId: string): Promise<boolean> {
    return this.stmt('SELECT 1 FROM cases WHERE conversation_id = ? LIMIT 1').get(conversationId) !== undefined;
  }

  async recordHandoff(handoff: NewHandoff, jobs: NewJob[], at: string) {
    return this.db.transaction(() => {
      const created =
        this.stmt(
          `INSERT INTO handoffs (id, conversation_id, outcome, record, supersedes, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        ).run(handoff.id, handoff.conversationId, handoff.outcome, JSON.stringify(handoff.record), handoff.supersedes, handoff.createdAt).changes > 0;
      if (created) {
        const insertJob = this.stmt(
          `INSERT INTO jobs (kind, payload, run_at, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
        );
        for (const job of jobs) insertJob.run(job.kind, JSON.stringify(job.payload), job.runAt, job.idempotencyKey, at);
      }
      return { created, handoff: toHandoff(this.stmt('SELECT * FROM handoffs WHERE id = ?').get(handoff.id) as Row) };
    })();
  }

  async getHandoff(id: string): Promise<HandoffRow | undefined> {
    const row = this.stmt('SELECT * FROM handoffs WHERE id = ?').get(id) as Row | undefined;
    return row && toHandoff(row);
  }

  async latestHandoff(conversationId: string): Promise<HandoffRow | undefined> {
    const row = this.stmt('SELECT * FROM handoffs WHERE conversation_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(conversationId) as Row | undefined;
    return row && toHandoff(row);
  }

  async listHandoffs(): Promise<HandoffRow[]> {
    return (this.stmt('SELECT * FROM handoffs ORDER BY created_at, rowid').all() as Row[]).map(toHandoff);
  }

  async updateHandoff(id: string, change: HandoffChange): Promise<void> {
    // Timestamps keep their first value: a retried delivery does not move "delivered at".
    this.stmt(
      `UPDATE handoffs SET status = COALESCE(?, status), withheld_reason = COALESCE(withheld_reason, ?),
         webhook_delivered_at = COALESCE(webhook_delivered_at, ?), confirmation_sent_at = COALESCE(confirmation_sent_at, ?),
         follow_up_sent_at = COALESCE(follow_up_sent_at, ?), booked_at = COALESCE(booked_at, ?)
       WHERE id = ?`,
    ).run(
      change.status ?? null,
      change.withheldReason ?? null,
      change.webhookDeliveredAt ?? null,
      change.confirmationSentAt ?? null,
      change.followUpSentAt ?? null,
      change.bookedAt ?? null,
      id,
    );
  }

  async cancelPendingJob(idempotencyKey: string, reason: string): Promise<boolean> {
    return this.stmt(`UPDATE jobs SET status = 'done', last_error = ? WHERE idempotency_key = ? AND status = 'pending'`).run(`cancelled: ${reason}`, idempotencyKey).changes > 0;
  }

  async withholdHandoffs(conversationId: string, reason: string, at: string, plan: (handoff: HandoffRow) => { cancel: string[]; jobs: NewJob[] }): Promise<HandoffRow[]> {
    // IMMEDIATE: the write lock is held from the first read, so a delivery recorded by another process lands
    // either before (and this sees it delivered) or after (and its sink sees the hand-off withheld).
    return this.db.transaction(() => {
      const ready = (this.stmt(`SELECT * FROM handoffs WHERE conversation_id = ? AND status = 'ready' ORDER BY created_at, rowid`).all(conversationId) as Row[]).map(toHandoff);
      const withhold = this.stmt(`UPDATE handoffs SET status = 'withheld', withheld_reason = ? WHERE id = ? AND status = 'ready'`);
      const cancel = this.stmt(`UPDATE jobs SET status = 'done', last_error = ? WHERE idempotency_key = ? AND status = 'pending'`);
      const insertJob = this.stmt(
        `INSERT INTO jobs (kind, payload, run_at, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
      );
      return ready.map((handoff) => {
        withhold.run(reason, handoff.id);
        const { cancel: keys, jobs } = plan(handoff);
        for (const key of keys) cancel.run(`cancelled: ${reason}`, key);
        for (const job of jobs) insertJob.run(job.kind, JSON.stringify(job.payload), job.runAt, job.idempotencyKey, at);
        return { ...handoff, status: 'withheld' as const, withheldReason: reason };
      });
    }).immediate();
  }
  // --- end scheduling hand-offs ---------------------------------------------------------------------------
  // >>> web chat (local Direct Line; src/channels/web)
  async createDirectLineConversation(row: { id: string; userId: string; locale: string; at: string }): Promise<void> {
    this.stmt('INSERT INTO directline_conversations (id, user_id, locale, created_at) VALUES (?, ?, ?, ?)').run(row.id, row.userId, row.locale, row.at);
  }

  async getDirectLineConversation(id: string): Promise<DirectLineConversationRecord | undefined> {
    const r = this.stmt('SELECT * FROM directline_conversations WHERE id = ?').get(id) as Row | undefined;
    return (
      r && {
        id: String(r.id),
        userId: String(r.user_id),
        locale: String(r.locale),
        startRequestedAt: r.start_requested_at === null ? null : String(r.start_requested_at),
        startedAt: r.started_at === null ? null : String(r.started_at),
        lastSeq: Number(r.last_seq),
        deliveredSeq: Number(r.delivered_seq),
        createdAt: String(r.created_at),
      }
    );
  }

  async requestDirectLineStart(id: string, at: string, job: { kind: string; runAt: string }) {
    // IMMEDIATE: the write lock is taken before anything is read, so two processes cannot both win.
    return this.db.transaction(() => {
      const changed = this.stmt('UPDATE directline_conversations SET start_requested_at = ? WHERE id = ? AND start_requested_at IS NULL').run(at, id).changes;
      if (changed === 0) return { requested: false, jobId: null };
      return { requested: true, jobId: this.insertJobReturningId({ kind: job.kind, runAt: job.runAt, idempotencyKey: `${job.kind}:${id}:start`, payload: { conversationId: id, start: true } }, at) };
    }).immediate();
  }

  async claimDirectLineDelivery(id: string, now: string, until: string): Promise<boolean> {
    const sql = 'UPDATE directline_conversations SET delivery_claimed_until = ? WHERE id = ? AND (delivery_claimed_until IS NULL OR delivery_claimed_until <= ?)';
    return this.stmt(sql).run(until, id, now).changes > 0;
  }

  async releaseDirectLineDelivery(id: string, until: string): Promise<void> {
    this.stmt('UPDATE directline_conversations SET delivery_claimed_until = NULL WHERE id = ? AND delivery_claimed_until = ?').run(id, until);
  }

  async markDirectLineDelivered(id: string, seq: number): Promise<void> {
    this.stmt('UPDATE directline_conversations SET delivered_seq = MAX(delivered_seq, ?) WHERE id = ?').run(seq, id);
  }

  async markDirectLineStarted(id: string, at: string): Promise<void> {
    this.stmt('UPDATE directline_conversations SET started_at = COALESCE(started_at, ?) WHERE id = ?').run(at, id);
  }

  async appendDirectLineActivity(entry: DirectLineAppend): Promise<DirectLineAppended> {
    return this.db.transaction((): DirectLineAppended => {
      if (entry.dedupeKey !== null) {
        const prior = this.stmt('SELECT seq, activity FROM directline_activities WHERE conversation_id = ? AND dedupe_key = ?').get(entry.conversationId, entry.dedupeKey) as Row | undefined;
        if (prior) {
          const activity = JSON.parse(String(prior.activity)) as Record<string, unknown> & { id: string; timestamp: string };
          return { id: activity.id, seq: Number(prior.seq), timestamp: activity.timestamp, duplicate: true, jobId: null, prior: activity };
        }
      }
      const conversation = this.stmt('SELECT last_seq, last_timestamp FROM directline_conversations WHERE id = ?').get(entry.conversationId) as Row | undefined;
      if (!conversation) throw new Error('no such Direct Line conversation');
      const seq = Number(conversation.last_seq) + 1;
      // Strictly increasing even when the clock stands still or steps back: at least 1 ms after the last one.
      const last = conversation.last_timestamp === null ? -Infinity : Date.parse(String(conversation.last_timestamp));
      const timestamp = new Date(Math.max(Date.parse(entry.at), last + 1)).toISOString();
      const id = `${entry.conversationId}|${String(seq).padStart(7, '0')}`;
      const activity = { ...entry.activity, id, timestamp };
      this.stmt('INSERT INTO directline_activities (conversation_id, seq, activity, dedupe_key, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(entry.conversationId, seq, JSON.stringify(activity), entry.dedupeKey, entry.at);
      this.stmt('UPDATE directline_conversations SET last_seq = ?, last_timestamp = ? WHERE id = ?').run(seq, timestamp, entry.conversationId);
      const jobId = entry.job
        ? this.insertJobReturningId({ kind: entry.job.kind, runAt: entry.job.runAt, idempotencyKey: `${entry.job.kind}:${id}`, payload: { conversationId: entry.conversationId, seq } }, entry.at)
        : null;
      return { id, seq, timestamp, duplicate: false, jobId };
    }).immediate();
  }

  async listDirectLineActivities(conversationId: string, afterSeq: number, limit: number): Promise<DirectLineActivityRecord[]> {
    return (this.stmt('SELECT seq, activity FROM directline_activities WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?').all(conversationId, afterSeq, limit) as Row[]).map(
      (r) => ({ seq: Number(r.seq), activity: JSON.parse(String(r.activity)) as Record<string, unknown> }),
    );
  }

  async saveConversationReference(participant: string, reference: unknown, at: string): Promise<void> {
    this.stmt(
      `INSERT INTO bot_conversation_references (participant, reference, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (participant) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at WHERE reference <> excluded.reference`,
    ).run(participant, JSON.stringify(reference), at);
  }

  async getConversationReference(participant: string): Promise<unknown | undefined> {
    const row = this.stmt('SELECT reference FROM bot_conversation_references WHERE participant = ?').get(participant) as Row | undefined;
    return row ? JSON.parse(String(row.reference)) : undefined;
  }

  /** Inserts a job (its key dedupes) and returns its id, new or existing. */
  private insertJobReturningId(job: NewJob, at: string): number {
    this.stmt(`INSERT INTO jobs (kind, payload, run_at, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`)
      .run(job.kind, JSON.stringify(job.payload), job.runAt, job.idempotencyKey, at);
    return Number((this.stmt('SELECT id FROM jobs WHERE idempotency_key = ?').get(job.idempotencyKey) as Row).id);
  }
  // <<< web chat

  async close(): Promise<void> {
    this.db.close();
  }
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Checked by code and message, not instanceof: errors from the native module may come from another realm. */
function isUniqueViolation(error: unknown, table: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes(`${table}.`);
}

function toConversation(r: Row): ConversationRecord {
  return {
    id: String(r.id),
    channel: String(r.channel),
    participant: String(r.participant),
    machineId: String(r.machine_id),
    machineVersion: Number(r.machine_version),
    snapshot: String(r.snapshot),
    state: String(r.state),
    risk: r.risk as ConversationRecord['risk'],
    locale: String(r.locale),
    awaiting: r.awaiting === null ? null : JSON.parse(String(r.awaiting)),
    revision: Number(r.revision),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
}

function toCase(r: Row): CaseRecord {
  return {
    id: String(r.id),
    code: String(r.code),
    conversationId: String(r.conversation_id),
    tier: r.tier as CaseRecord['tier'],
    status: r.status as CaseRecord['status'],
    snapshot: String(r.snapshot),
    heldBy: r.held_by === null ? null : String(r.held_by),
    revision: Number(r.revision),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
}

function toJob(r: Row): JobRecord {
  return {
    id: Number(r.id),
    kind: String(r.kind),
    payload: JSON.parse(String(r.payload)),
    runAt: String(r.run_at),
    status: r.status as JobRecord['status'],
    attempts: Number(r.attempts),
    idempotencyKey: String(r.idempotency_key),
    lastError: r.last_error === null ? null : String(r.last_error),
    createdAt: String(r.created_at),
  };
}

function toMessage(r: Row): MessageRecord {
  return {
    id: Number(r.id),
    conversationId: r.conversation_id === null ? null : String(r.conversation_id),
    direction: r.direction as MessageRecord['direction'],
    externalId: r.external_id === null ? null : String(r.external_id),
    body: String(r.body),
    payload: r.payload === null ? null : JSON.parse(String(r.payload)),
    inReplyTo: r.in_reply_to === null ? null : Number(r.in_reply_to),
    createdAt: String(r.created_at),
  };
}

// --- scheduling hand-offs ---
function toHandoff(r: Row): HandoffRow {
  const text = (v: unknown) => (v === null ? null : String(v));
  return {
    id: String(r.id),
    conversationId: String(r.conversation_id),
    outcome: r.outcome as HandoffRow['outcome'],
    record: JSON.parse(String(r.record)),
    status: r.status as HandoffRow['status'],
    supersedes: text(r.supersedes),
    webhookDeliveredAt: text(r.webhook_delivered_at),
    confirmationSentAt: text(r.confirmation_sent_at),
    followUpSentAt: text(r.follow_up_sent_at),
    bookedAt: text(r.booked_at),
    withheldReason: text(r.withheld_reason),
    createdAt: String(r.created_at),
  };
}
// --- end scheduling hand-offs ---
