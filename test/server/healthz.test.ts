import type { AddressInfo } from 'node:net';
import { createServer } from '../../src/server';
import { captureLogger, memoryStore } from '../support/harness';

describe('server', () => {
  it('when the store is open, then GET /healthz answers 200; when it is closed, then 503', async () => {
    const store = await memoryStore();
    const { logger } = captureLogger();
    const server = createServer({ logger, store });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ status: 'ok' });
      await store.close();
      const down = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(down.status).toBe(503);
      const missing = await fetch(`http://127.0.0.1:${port}/nope`);
      expect(missing.status).toBe(404);
    } finally {
      server.close();
    }
  });
});
