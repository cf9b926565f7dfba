import { randomUUID } from 'node:crypto';
import { IntakeEngine } from '../../src/engine/intake-engine';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import type { Store } from '../../src/store/types';
import { ManualClock } from '../../src/clock';
import { createLogger, type Logger } from '../../src/logging';
import type { IntakeOptions } from '../../machines/intake/types';
import type { ChannelStyle } from '../../dialogs/render';
import type { Locale } from '../../dialogs/locale';
import { US_STATES } from '../../dialogs/parse/us-state';

export const TEST_PROGRAM = { programName: 'Harbor PTSD Program', supportContact: 'help@harbor.example' };

export function testOptions(overrides: Partial<IntakeOptions> = {}): IntakeOptions {
  return {
    servedStates: US_STATES.map((s) => s.code),
    pclCutoff: 33,
    pclBorderlineBand: 5,
    includePhq9: false,
    includeGad7: false,
    ...overrides,
  };
}

/** Captures log lines so tests can check what was (and was not) logged. */
export function captureLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { lines, logger: createLogger({ level: 'debug', salt: 'test-salt-123', write: (l) => lines.push(l) }) };
}

export async function memoryStore(path = ':memory:'): Promise<SqliteStore> {
  const store = new SqliteStore(path);
  await store.migrate();
  return store;
}

export function makeEngine(store: Store, options: Partial<IntakeOptions> = {}, clock = new ManualClock()) {
  const { logger, lines } = captureLogger();
  const engine = new IntakeEngine({ store, clock, logger, options: testOptions(options), program: TEST_PROGRAM });
  return { engine, clock, logLines: lines };
}

/** A person on one channel: `say` sends a message and returns the bot's replies joined into one string. */
export function person(engine: IntakeEngine, args: { channel?: string; style?: ChannelStyle; locale?: Locale; participant?: string } = {}) {
  const channel = args.channel ?? 'sms';
  const participant = args.participant ?? `+1555${Math.floor(Math.random() * 1e7).toString().padStart(7, '0')}`;
  return {
    participant,
    async say(text: string): Promise<string> {
      const result = await engine.handleInbound({ channel, style: args.style ?? 'sms', participant, text, externalId: randomUUID(), locale: args.locale });
      return result.replies.map((r) => r.text).join('\n');
    },
    async turn(text: string) {
      return engine.handleInbound({ channel, style: args.style ?? 'sms', participant, text, externalId: randomUUID(), locale: args.locale });
    },
  };
}
