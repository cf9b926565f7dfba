import restify from 'restify';
import pino from 'pino';
import type { Logger } from './logging';
import { describeError } from './logging';
import type { Store } from './store/types';

export interface ServerDeps {
  logger: Logger;
  store: Store;
}

/**
 * The HTTP edge. Channels mount their routes here (SMS, web chat); this file owns what every route shares:
 * a readiness check and one error handler that never leaks a stack or a body to the client.
 */
export function createServer(deps: ServerDeps): restify.Server {
  // restify's own logger would write whole requests (message bodies, phone numbers) on warnings: silence it;
  // the allowlisted logger below reports errors instead. (restify 12 logs with pino; @types/restify still
  // describes its bunyan-era option, hence the conversion.)
  const silent = pino({ level: 'silent' }) as unknown as restify.ServerOptions['log'];
  const server = restify.createServer({ name: 'intake-bot', handleUncaughtExceptions: false, log: silent });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.get('/healthz', async (_req, res) => {
    try {
      await deps.store.getConversation('healthz');
      res.send(200, { status: 'ok' });
    } catch (error) {
      deps.logger.error('healthz.store-unavailable', { error: describeError(error) });
      res.send(503, { status: 'store unavailable' });
    }
  });

  server.on('restifyError', (req, res, error, callback) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    deps.logger[status >= 500 ? 'error' : 'warn']('http.error', { route: req.getRoute()?.path?.toString(), status, error: describeError(error) });
    return callback();
  });
  return server;
}
