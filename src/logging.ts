import { createHmac } from 'node:crypto';

/**
 * Structured logs with an allowlist of fields. Message text, phone numbers and answers are health
 * information: they have no field here, and unknown fields are dropped, so a careless call cannot leak them.
 * Conversation ids are logged as keyed hashes so that a log line can be correlated but not looked up
 * without the salt.
 */
export interface LogFields {
  conversation?: string;
  channel?: string;
  state?: string;
  tier?: string;
  rules?: string[];
  outcome?: string;
  jobs?: number;
  durationMs?: number;
  status?: number;
  route?: string;
  port?: number;
  store?: string;
  error?: string;
}

const ALLOWED = new Set<keyof LogFields>([
  'conversation', 'channel', 'state', 'tier', 'rules', 'outcome', 'jobs', 'durationMs', 'status', 'route', 'port', 'store', 'error',
]);

type Level = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** Keyed hash of an identifier, for the `conversation` field. */
  hashId(id: string): string;
}

export function createLogger(options: { level: Level | 'silent'; salt: string; write?: (line: string) => void }): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const log = (level: Level) => (event: string, fields: LogFields = {}) => {
    if (RANK[level] < RANK[options.level]) return;
    const safe: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (ALLOWED.has(key as keyof LogFields)) safe[key] = value;
    write(JSON.stringify({ time: new Date().toISOString(), level, event, ...safe }));
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    hashId: (id) => createHmac('sha256', options.salt).update(id).digest('hex').slice(0, 16),
  };
}

/** The error's class and message, never its data: a stack is fine, a request body is not. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'non-error thrown';
  // Provider errors quote the number they refused ("The 'To' number +1555... is not valid"): scrub them.
  return `${error.name}: ${error.message}`.replace(/\+?\d[\d\s().-]{6,}\d/g, '[number]').slice(0, 300);
}
