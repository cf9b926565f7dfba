import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { adminRoutes } from './admin-api';
import type { Context } from './context';
import { conversationsRoutes } from './conversations-api';
import { HttpError, sendJson } from './http';
import { messagingRoutes } from './messaging-api';
import { renderPage } from './page';
import { match, type Route } from './router';
import { twilioError } from './twilio-json';

/**
 * One port for everything: Twilio's api.twilio.com paths (/2010-04-01/...), conversations.twilio.com paths
 * (/v1/...), the stand-in's own /_local API and the page at /. The path families do not overlap, so the
 * host the `twilio` library meant does not matter once its URLs are rewritten to this server.
 */
export function createStandInServer(context: Context): http.Server {
  const routes: Route[] = [...messagingRoutes(context), ...conversationsRoutes(context), ...adminRoutes(context)];

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = req.method ?? 'GET';
    if (method === 'GET' && url.pathname === '/') return servePage(res);

    const found = match(routes, method, url.pathname);
    if (found === null) return sendJson(res, 404, twilioError(404, 20404, `The requested resource ${url.pathname} was not found`));
    if ('methodNotAllowed' in found) return sendJson(res, 405, twilioError(405, 20004, 'Method not allowed'));

    found.route.handler({ req, res, params: found.params, query: url.searchParams, path: url.pathname }).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) return sendJson(res, error.status, error.body, error.headers);
      context.options.onError(error);
      sendJson(res, 500, twilioError(500, 20500, 'Internal Server Error'));
    });
  });
}

function servePage(res: http.ServerResponse): void {
  const nonce = randomBytes(16).toString('base64');
  const html = renderPage(nonce);
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(html);
}
