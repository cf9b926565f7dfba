import { composeApp } from './compose';
import { createHttpApp } from './http-app';
import { ConfigError } from './config';
import { describeError } from './logging';

/** `npm start`: the service on the embedded default, no configuration needed. */
async function main(): Promise<void> {
  const app = await composeApp();
  const server = createHttpApp(app);
  await new Promise<void>((resolve) => server.listen(app.config.PORT, app.config.HOST, resolve));
  const address = server.address();
  app.logger.info('server.listening', { port: typeof address === 'object' && address ? address.port : app.config.PORT, store: app.config.DATABASE_URL.split(':')[0] });

  app.worker.start();

  const shutdown = async () => {
    app.logger.info('server.stopping');
    server.close();
    await app.worker.stop();
    await app.store.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

process.on('unhandledRejection', (error) => {
  process.stderr.write(`unhandled rejection: ${describeError(error)}\n`);
});

main().catch((error) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `failed to start: ${describeError(error)}\n`);
  process.exit(1);
});
