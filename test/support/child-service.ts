import { composeApp } from '../../src/compose';
import { createHttpApp } from '../../src/http-app';
import { createLogger } from '../../src/logging';
import { FileClock } from './file-clock';

/**
 * The service as a separate process, for tests that kill it (SIGKILL) and start it again. Configuration comes
 * from the environment like the real thing; time comes from CLOCK_FILE when it is set (else the real clock,
 * which browser tests need: Web Chat shows times relative to the browser's). Prints "ready" when it listens.
 */
async function main(): Promise<void> {
  const app = await composeApp({ clock: process.env.CLOCK_FILE ? new FileClock(process.env.CLOCK_FILE) : undefined, logger: createLogger({ level: 'silent', salt: 'child-salt-1' }) });
  const server = createHttpApp(app);
  await new Promise<void>((resolve) => server.listen(app.config.PORT, '127.0.0.1', resolve));
  app.worker.start(50);
  process.stdout.write('ready\n');
}

void main();
