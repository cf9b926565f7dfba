import { createServer as netServer, type AddressInfo } from 'node:net';

/** A loopback port nobody is listening on right now, for a child service or a local stand-in. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = netServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
