import { loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logging';
import { openStore } from './store/open-store';
import type { Store } from './store/types';
import { IntakeEngine } from './engine/intake-engine';
import { systemClock, type Clock } from './clock';
import type { IntakeOptions } from '../machines/intake/types';
import type { ProgramFacts } from '../dialogs/copy/program';

/**
 * The composition root, in dependency order: config, logger, store, engine. The server and the terminal chat
 * both start from here, so they run exactly the same engine on the same store.
 */
export interface App {
  config: Config;
  logger: Logger;
  clock: Clock;
  store: Store;
  engine: IntakeEngine;
  program: ProgramFacts;
}

export function intakeOptions(config: Config): IntakeOptions {
  return {
    servedStates: config.SERVED_STATES,
    pclCutoff: config.PCL5_CUTOFF,
    pclBorderlineBand: config.PCL5_BORDERLINE_BAND,
    includePhq9: config.ENABLE_PHQ9,
    includeGad7: config.ENABLE_GAD7,
  };
}

export async function composeApp(overrides: { env?: NodeJS.ProcessEnv; clock?: Clock; logger?: Logger } = {}): Promise<App> {
  const config = loadConfig(overrides.env);
  const logger = overrides.logger ?? createLogger({ level: config.LOG_LEVEL, salt: config.LOG_ID_SALT });
  const store = await openStore(config.DATABASE_URL);
  const clock = overrides.clock ?? systemClock;
  const program = { programName: config.PROGRAM_NAME, supportContact: config.SUPPORT_CONTACT };
  const engine = new IntakeEngine({
    store,
    clock,
    logger,
    options: intakeOptions(config),
    program,
    reminders: { channels: ['sms'], delayMs: config.REMINDER_DELAY_HOURS * 3_600_000 },
  });
  return { config, logger, clock, store, engine, program };
}
