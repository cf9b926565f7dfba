/**
 * The one storage contract. Async so that PostgreSQL (several instances) can implement it as well as the
 * embedded SQLite default; the same contract tests run against every implementation.
 */
export type RiskTierName = 'none' | 'history' | 'passive' | 'active' | 'imminent';

/** What triage needs to know about the open question, read with the conversation before any dialog logic. */
export interface Awaiting {
  questionId: string;
  answerKind: 'yes-no' | 'choice' | 'free-text';
  aboutSelfHarm: boolean;
  /** The question asks for a day or a time (absent in rows written before it was stored). */
  asksForTime?: boolean;
}

export interface ConversationRecord {
  id: string;
  channel: string;
  /** The channel's address for the person (phone number, web user id). Health information: never logged. */
  participant: string;
  machineId: string;
  machineVersion: number;
  /** JSON of the XState persisted snapshot. */
  snapshot: string;
  /** Dotted state value, for reports and the case view, e.g. "active.questionnaire.pcl5". */
  state: string;
  risk: RiskTierName;
  locale: string;
  awaiting: Awaiting | null;
  /** Incremented by every commit; a commit that expected another revision is rejected (lost-update guard). */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface MessageRecord {
  id: number;
  /** Null for channel-level exchanges outside a conversation (an SMS STOP from a number never seen). */
  conversationId: string | null;
  direction: 'in' | 'out';
  /** The channel's own message id for inbound messages (Twilio MessageSid, activity id); dedupes retries. */
  externalId: string | null;
  body: string;
  /** Channel extras for outbound messages (choices, crisis tier). */
  payload: unknown;
  inReplyTo: number | null;
  createdAt: string;
}

export interface OutcomeRecord {
  id: number;
  conversationId: string;
  kind: string;
  detail: unknown;
  /** The conversation's revision after the turn that reached it; null for rows stored before it was kept. */
  revision: number | null;
  createdAt: string;
}

export interface JobRecord {
  id: number;
  kind: string;
  payload: unknown;
  runAt: string;
  status: 'pending' | 'running' | 'done' | 'dead';
  attempts: number;
  idempotencyKey: string;
  lastError: string | null;
  createdAt: string;
}

export interface NewJob {
  kind: string;
  payload: unknown;
  runAt: string;
  /** Unique: a job written twice for the same cause is written once. */
  idempotencyKey: string;
}

/** Everything one turn changes, written in ONE transaction (the outbox pattern). */
export interface TurnCommit {
  conversation: Omit<ConversationRecord, 'revision' | 'createdAt' | 'updatedAt'>;
  /** The revision the turn was computed from; null for a conversation that did not exist. */
  expectedRevision: number | null;
  inbound: { externalId: string | null; body: string } | null;
  outbound: { body: string; payload: unknown }[];
  jobs: NewJob[];
  outcome: { kind: string; detail: unknown } | null;
  at: string;
}

/** A message the channel answered itself (carrier keywords), stored for dedupe and the record. */
export interface ChannelExchange {
  conversationId: string | null;
  channel: string;
  participant: string;
  inbound: { externalId: string; body: string };
  outbound: { body: string; payload: unknown }[];
  optOut: 'set' | 'clear' | null;
  at: string;
}

export interface DeliveryReport {
  providerId: string;
  messageId: number | null;
  status: string;
  errorCode: string | null;
  at: string;
}

export interface CaseRecord {
  id: string;
  code: string;
  conversationId: string;
  tier: RiskTierName;
  /** open (paging), acknowledged, exhausted (nobody answered: fallback paged), resolved. */
  status: 'open' | 'acknowledged' | 'exhausted' | 'resolved';
  /** JSON of the escalation machine's persisted snapshot. */
  snapshot: string;
  /** The clinician who acknowledged, by roster name. */
  heldBy: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface CaseEvent {
  id: number;
  caseId: string;
  kind: string;
  actor: string;
  detail: unknown;
  createdAt: string;
}

/** A case change and its consequences (jobs, audit entries) in one transaction. */
export interface CaseCommit {
  record: Omit<CaseRecord, 'revision' | 'createdAt' | 'updatedAt'>;
  expectedRevision: number | null;
  jobs: NewJob[];
  events: { kind: string; actor: string; detail: unknown }[];
  at: string;
}

// --- scheduling hand-offs (src/scheduling) ------------------------------------------------------------------
/** One clean intake handed to scheduling: the `intake.completed` record and what became of it. */
export interface HandoffRow {
  /** The hand-off id: receivers dedupe by it (Idempotency-Key). Derived from the job that made it. */
  id: string;
  conversationId: string;
  outcome: 'likely-fit' | 'needs-review';
  /** The `intake.completed` v1 record (with its FHIR bundle), as sent. Health information: never logged. */
  record: unknown;
  /** ready: handed off; withheld: the conversation entered crisis before delivery, so it was not sent. */
  status: 'ready' | 'withheld';
  /** The earlier hand-off of the same conversation this one replaces (RESTART, then finished again). */
  supersedes: string | null;
  webhookDeliveredAt: string | null;
  confirmationSentAt: string | null;
  followUpSentAt: string | null;
  bookedAt: string | null;
  withheldReason: string | null;
  createdAt: string;
}

export type NewHandoff = Pick<HandoffRow, 'id' | 'conversationId' | 'outcome' | 'record' | 'supersedes' | 'createdAt'>;

/** What happened to a hand-off after it was made; a timestamp already set is kept (the first one counts). */
export type HandoffChange = Partial<Pick<HandoffRow, 'status' | 'withheldReason' | 'webhookDeliveredAt' | 'confirmationSentAt' | 'followUpSentAt' | 'bookedAt'>>;
// --- end scheduling hand-offs ------------------------------------------------------------------------------
// >>> web chat (local Direct Line and Bot Framework conversation references; src/channels/web)
export interface DirectLineConversationRecord {
  id: string;
  /** The user id in the conversation's tokens ("dl_..."). */
  userId: string;
  /** The locale asked for with the token (en or es). */
  locale: string;
  /** When the bot's conversationUpdate was asked for (once per conversation), and when the bot took it. */
  startRequestedAt: string | null;
  startedAt: string | null;
  /** The watermark of the newest activity. */
  lastSeq: number;
  /** Every visitor activity up to this seq has been handed to the bot (they go strictly in order). */
  deliveredSeq: number;
  createdAt: string;
}

/** One activity of a local Direct Line conversation; `seq` is its watermark. */
export interface DirectLineActivityRecord {
  seq: number;
  /** The activity as clients receive it, with its `id` and `timestamp`. */
  activity: Record<string, unknown>;
}

export interface DirectLineAppend {
  conversationId: string;
  /** The activity without `id` and `timestamp`: the store stamps both (strictly increasing) in the same transaction. */
  activity: Record<string, unknown>;
  /** A retried post with the same key (the client's clientActivityID, the bot's reply key) is stored once. */
  dedupeKey: string | null;
  at: string;
  /** A job written with the activity (the hand-off to the bot); its key and payload name the activity. */
  job?: { kind: string; runAt: string };
}

export interface DirectLineAppended {
  id: string;
  seq: number;
  timestamp: string;
  /** True when the dedupe key was seen before: nothing was written and this is the first activity. */
  duplicate: boolean;
  jobId: number | null;
  /** For a duplicate: the activity stored first (a reused clientActivityID with other text is refused). */
  prior?: Record<string, unknown>;
}
// <<< web chat

export type CommitResult = { ok: true; revision: number } | { ok: false; reason: 'conflict' | 'duplicate' };

export interface Store {
  /** Creates tables that do not exist yet. */
  migrate(): Promise<void>;
  getConversation(id: string): Promise<ConversationRecord | undefined>;
  findConversation(channel: string, participant: string): Promise<ConversationRecord | undefined>;
  /** The inbound message a channel id was stored under, with the replies it got (for retried webhooks). */
  findInbound(channel: string, externalId: string): Promise<{ message: MessageRecord; replies: MessageRecord[] } | undefined>;
  commitTurn(turn: TurnCommit): Promise<CommitResult>;
  listMessages(conversationId: string): Promise<MessageRecord[]>;
  /** The person's last `limit` messages in a conversation, newest first (for crisis triage's context). */
  recentInbound(conversationId: string, limit: number): Promise<{ body: string; createdAt: string }[]>;
  getMessage(id: number): Promise<MessageRecord | undefined>;
  /** Stores a keyword exchange and the opt-out change it causes in one transaction; false if a duplicate. */
  recordChannelExchange(exchange: ChannelExchange): Promise<{ ok: true; replies: MessageRecord[] } | { ok: false; reason: 'duplicate' }>;
  isOptedOut(channel: string, participant: string): Promise<boolean>;
  /** Messages sent on the service's own initiative (pages, reminders, relays), newest first. */
  listProactive(limit: number): Promise<(MessageRecord & { channel: string })[]>;
  /**
   * Stores a message the service sends on its own (a reminder, a page) under an idempotency key, before it is
   * sent. Returns its id, and whether a delivery was already recorded for it (then it must not be sent again).
   */
  recordProactive(message: { conversationId: string | null; channel: string; body: string; payload: unknown; idempotencyKey: string; at: string }): Promise<{ id: number; alreadySent: boolean }>;
  /** Whether any delivery (a provider id) was recorded for one of our messages. */
  isDelivered(messageId: number): Promise<boolean>;
  /** Records a delivery report; returns the previous status, or null when this provider id is new. */
  recordDelivery(report: DeliveryReport): Promise<string | null>;
  /** Adds jobs outside a turn (a failed crisis reply paging on-call); idempotency keys dedupe. */
  enqueueJobs(jobs: NewJob[], at: string): Promise<void>;
  listOutcomes(conversationId?: string): Promise<OutcomeRecord[]>;
  listJobs(status?: JobRecord['status']): Promise<JobRecord[]>;
  /**
   * Claims up to `limit` due jobs of the given kinds (pending, or running with an expired claim) until
   * `claimUntil`, incrementing their attempts. A worker that dies mid-job loses its claim when it expires.
   */
  claimDueJobs(kinds: readonly string[], now: string, claimUntil: string, limit: number): Promise<JobRecord[]>;
  completeJob(id: number, at: string): Promise<void>;
  /** Back to pending at `runAt` (a retry or a reschedule); `error` is kept for the record, never message text. */
  rescheduleJob(id: number, runAt: string, error: string | null, countAttempt: boolean): Promise<void>;
  killJob(id: number, error: string, at: string): Promise<void>;
  raiseAlarm(kind: string, detail: unknown, at: string): Promise<void>;
  listAlarms(): Promise<{ id: number; kind: string; detail: unknown; createdAt: string }[]>;
  /** The newest case of a conversation that is not resolved. */
  findOpenCase(conversationId: string): Promise<CaseRecord | undefined>;
  getCase(id: string): Promise<CaseRecord | undefined>;
  findOpenCaseByCode(code: string): Promise<CaseRecord | undefined>;
  listOpenCases(): Promise<CaseRecord[]>;
  commitCase(commit: CaseCommit): Promise<{ ok: true; revision: number } | { ok: false; reason: 'conflict' }>;
  appendCaseEvent(caseId: string, event: { kind: string; actor: string; detail: unknown }, at: string): Promise<void>;
  listCaseEvents(caseId: string): Promise<CaseEvent[]>;
  // --- scheduling hand-offs ---
  /** Whether the conversation ever had a crisis case (any status): such a conversation is never handed off as clean. */
  hasAnyCase(conversationId: string): Promise<boolean>;
  /**
   * Stores a hand-off and the jobs that deliver it in one transaction. A hand-off id seen before changes
   * nothing (a retried job): the stored row is returned with created false.
   */
  recordHandoff(handoff: NewHandoff, jobs: NewJob[], at: string): Promise<{ created: boolean; handoff: HandoffRow }>;
  getHandoff(id: string): Promise<HandoffRow | undefined>;
  /** The newest hand-off of a conversation. */
  latestHandoff(conversationId: string): Promise<HandoffRow | undefined>;
  /** Oldest first. */
  listHandoffs(): Promise<HandoffRow[]>;
  updateHandoff(id: string, change: HandoffChange): Promise<void>;
  /** Marks a pending job done without running it (a follow-up made pointless by a booking); false if none was pending. */
  cancelPendingJob(idempotencyKey: string, reason: string): Promise<boolean>;
  /**
   * Withholds every `ready` hand-off of a conversation in one transaction: each becomes `withheld` with the
   * reason, the pending jobs `plan` names for it are cancelled with that reason, and the jobs it asks for are
   * written. Returns the hand-offs it withheld, as stored afterwards. Hand-offs already withheld are left alone.
   */
  withholdHandoffs(conversationId: string, reason: string, at: string, plan: (handoff: HandoffRow) => { cancel: string[]; jobs: NewJob[] }): Promise<HandoffRow[]>;
  // --- end scheduling hand-offs ---
  // >>> web chat (local Direct Line; src/channels/web)
  createDirectLineConversation(row: { id: string; userId: string; locale: string; at: string }): Promise<void>;
  getDirectLineConversation(id: string): Promise<DirectLineConversationRecord | undefined>;
  /**
   * Asks, once per conversation, for the bot's conversationUpdate: true (with the job written in the same
   * transaction) for the first caller only, false for everyone after, in any process.
   */
  requestDirectLineStart(id: string, at: string, job: { kind: string; runAt: string }): Promise<{ requested: boolean; jobId: number | null }>;
  markDirectLineStarted(id: string, at: string): Promise<void>;
  /**
   * Claims the right to hand a conversation's activities to the bot until `until`: true for one caller at a
   * time in any process (a claim that ran out can be taken over). Released with the same `until`.
   */
  claimDirectLineDelivery(id: string, now: string, until: string): Promise<boolean>;
  releaseDirectLineDelivery(id: string, until: string): Promise<void>;
  /** Moves delivered_seq forward to `seq` (never back). */
  markDirectLineDelivered(id: string, seq: number): Promise<void>;
  appendDirectLineActivity(entry: DirectLineAppend): Promise<DirectLineAppended>;
  /** Activities after a watermark, oldest first. */
  listDirectLineActivities(conversationId: string, afterSeq: number, limit: number): Promise<DirectLineActivityRecord[]>;
  /** The Bot Framework conversation reference of a web visitor (for messages outside a reply). */
  saveConversationReference(participant: string, reference: unknown, at: string): Promise<void>;
  getConversationReference(participant: string): Promise<unknown | undefined>;
  // <<< web chat
  close(): Promise<void>;
}
