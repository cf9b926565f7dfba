import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A route table: method, a path pattern whose capture groups become the handler's arguments, and the
 * handler. Enough for a dozen fixed routes without a framework.
 */
export interface RouteRequest {
  req: IncomingMessage;
  res: ServerResponse;
  /** The pattern's capture groups, URL-decoded. */
  params: string[];
  query: URLSearchParams;
  path: string;
}

export type Handler = (request: RouteRequest) => Promise<void>;

export interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handler: Handler;
}

export type Match = { route: Route; params: string[] } | { methodNotAllowed: true } | null;

export function match(routes: Route[], method: string, path: string): Match {
  let pathMatched = false;
  for (const route of routes) {
    const found = route.pattern.exec(path);
    if (!found) continue;
    pathMatched = true;
    if (route.method === method) return { route, params: found.slice(1).map((p) => decodeURIComponent(p ?? '')) };
  }
  return pathMatched ? { methodNotAllowed: true } : null;
}
