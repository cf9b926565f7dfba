-- Portable SQL: the PostgreSQL store uses the same tables with its own id types.
CREATE TABLE IF NOT EXISTS conversations (
  id TEXT PRIMARY KEY,
  channel TEXT NOT NULL,
  participant TEXT NOT NULL,
  machine_id TEXT NOT NULL,
  machine_version INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  state TEXT NOT NULL,
  risk TEXT NOT NULL,
  locale TEXT NOT NULL,
  awaiting TEXT,
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (channel, participant)
);

CREATE TABLE IF NOT EXISTS messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  -- NULL for channel-level exchanges outside any conversation (an SMS STOP from an unknown number).
  conversation_id TEXT REFERENCES conversations(id),
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  channel TEXT NOT NULL,
  external_id TEXT,
  body TEXT NOT NULL,
  payload TEXT,
  in_reply_to INTEGER REFERENCES messages(id),
  created_at TEXT NOT NULL,
  UNIQUE (channel, external_id)
);
CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages (conversation_id, id);

CREATE TABLE IF NOT EXISTS outcomes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_id TEXT NOT NULL REFERENCES conversations(id),
  kind TEXT NOT NULL,
  detail TEXT NOT NULL,
  -- The conversation's revision after the turn that reached this outcome (names it in a hand-off job).
  revision INTEGER,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  run_at TEXT NOT NULL,
  -- pending, running (claimed until run_at: a crashed worker's claim expires), done, dead
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  idempotency_key TEXT NOT NULL UNIQUE,
  last_error TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_due ON jobs (status, run_at);

-- Numbers that opted out of SMS (STOP and its synonyms). Checked before every outbound message.
CREATE TABLE IF NOT EXISTS opt_outs (
  channel TEXT NOT NULL,
  participant TEXT NOT NULL,
  opted_out_at TEXT NOT NULL,
  PRIMARY KEY (channel, participant)
);

-- Delivery reports from the channel (Twilio status callbacks), newest status per provider message.
CREATE TABLE IF NOT EXISTS deliveries (
  provider_id TEXT PRIMARY KEY,
  message_id INTEGER REFERENCES messages(id),
  status TEXT NOT NULL,
  error_code TEXT,
  updated_at TEXT NOT NULL
);

-- Something a person must look at: a job that failed for good, a page that could not be delivered.
CREATE TABLE IF NOT EXISTS alarms (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- One row per crisis case: the escalation machine's snapshot and what the case view shows.
CREATE TABLE IF NOT EXISTS cases (
  id TEXT PRIMARY KEY,
  -- A short code clinicians type ("ACK 4821"); unique among cases that are not resolved.
  code TEXT NOT NULL,
  conversation_id TEXT NOT NULL REFERENCES conversations(id),
  tier TEXT NOT NULL,
  status TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  held_by TEXT,
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_by_conversation ON cases (conversation_id, created_at);
CREATE UNIQUE INDEX IF NOT EXISTS open_case_codes ON cases (code) WHERE status <> 'resolved';
-- At most one open case per conversation: two signals at once (two instances) must not open two cases.
CREATE UNIQUE INDEX IF NOT EXISTS one_open_case_per_conversation ON cases (conversation_id) WHERE status <> 'resolved';

-- Append-only audit log: every view of a case and every action on it, with who and when.
CREATE TABLE IF NOT EXISTS case_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id TEXT NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL,
  actor TEXT NOT NULL,
  detail TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- --- scheduling hand-offs (src/scheduling) -----------------------------------------------------------------
-- One row per clean intake handed to scheduling. The id is derived from the job that made it, so a retried
-- job finds its row instead of making a second one.
CREATE TABLE IF NOT EXISTS handoffs (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations(id),
  outcome TEXT NOT NULL,
  record TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'ready',
  supersedes TEXT REFERENCES handoffs(id),
  webhook_delivered_at TEXT,
  confirmation_sent_at TEXT,
  follow_up_sent_at TEXT,
  booked_at TEXT,
  withheld_reason TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS handoffs_by_conversation ON handoffs (conversation_id, created_at);
-- --- end scheduling hand-offs -------------------------------------------------------------------------------
-- >>> web chat: the local Direct Line (src/channels/web/directline) and Bot Framework conversation references
-- One row per local Direct Line conversation, created with its first token. last_seq and last_timestamp make
-- activity ids and timestamps strictly increasing, also across processes sharing this file.
CREATE TABLE IF NOT EXISTS directline_conversations (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  locale TEXT NOT NULL,
  -- The bot is sent its conversationUpdate once: requested by the first start or reconnect, done when taken.
  start_requested_at TEXT,
  started_at TEXT,
  last_seq INTEGER NOT NULL DEFAULT 0,
  last_timestamp TEXT,
  -- Visitor activities go to the bot strictly in seq order: every one up to delivered_seq has been handed over
  -- (or given up on). The instance handing them over holds delivery_claimed_until, across processes.
  delivered_seq INTEGER NOT NULL DEFAULT 0,
  delivery_claimed_until TEXT,
  created_at TEXT NOT NULL
);

-- Every activity of a conversation, in order; a client's watermark is the seq of the last one it has seen.
CREATE TABLE IF NOT EXISTS directline_activities (
  conversation_id TEXT NOT NULL REFERENCES directline_conversations(id),
  seq INTEGER NOT NULL,
  activity TEXT NOT NULL,
  -- The client's clientActivityID or the bot's reply key: a retried post is stored once. NULLs never collide.
  dedupe_key TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (conversation_id, seq),
  UNIQUE (conversation_id, dedupe_key)
);

-- Where to reach a web visitor outside a reply (a clinician's words): the Bot Framework conversation reference.
CREATE TABLE IF NOT EXISTS bot_conversation_references (
  participant TEXT PRIMARY KEY,
  reference TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- <<< web chat
