import type { AddressInfo } from 'node:net';
import { composeApp, type App } from '../../src/compose';
import { createHttpApp } from '../../src/http-app';
import { ManualClock } from '../../src/clock';
import { captureLogger } from '../support/harness';
import { DirectLineClient } from './direct-line-client';

/** What a web visitor types, and who they are, never reaches the logs, even when a turn fails. */
describe('web chat logs', () => {
  let app: App;
  let server: ReturnType<typeof createHttpApp>;
  let lines: string[];
  let base: string;
  beforeAll(async () => {
    const captured = captureLogger();
    lines = captured.lines;
    app = await composeApp({ env: { DATABASE_URL: 'sqlite::memory:' }, clock: new ManualClock(), logger: captured.logger });
    server = createHttpApp(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await app.store.close();
  });

  it('when a visitor writes a crisis sentence and a turn fails, then the log lines carry events and hashes only', async () => {
    const visitor = await DirectLineClient.open(base);
    await visitor.connect();
    await visitor.say('yes');
    await visitor.say('I am going to kill myself tonight, write to maria.lopez@example.com');
    jest.spyOn(app.engine, 'handleInbound').mockRejectedValueOnce(new Error('database is locked'));
    await visitor.send('my name is Maria Lopez');
    await visitor.post({ type: 'message', text: 'x'.repeat(30_000) }); // refused: 400

    const log = lines.join('\n');
    expect(log).toContain('crisis.detected');
    expect(log).toContain('directline.to-bot-failed');
    const user = JSON.parse(Buffer.from(visitor.token.split('.')[1], 'base64url').toString()).user as string;
    for (const secret of ['kill myself', 'maria.lopez', 'Maria Lopez', visitor.conversationId, user, visitor.token]) expect(log).not.toContain(secret);
  });
});
