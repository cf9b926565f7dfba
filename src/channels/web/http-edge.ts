import type restify from 'restify';

/**
 * What the web chat routes share at the HTTP edge: a bounded JSON body reader (413 over the limit, 400 with
 * the reason for anything that is not a JSON object), Direct Line's error shape, CORS for pages on the
 * clinic's own site, and the client address used for rate limits.
 */
/** Bodies larger than this are not even read to the end. */
const DRAIN_LIMIT = 8 * 1024 * 1024;

export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly retryAfterSeconds?: number) {
    super(message);
  }
}

/** `{ error: { code, message } }`, the Direct Line 3.0 error body. */
export function sendError(res: restify.Response, error: HttpError): void {
  if (error.retryAfterSeconds) res.header('Retry-After', String(error.retryAfterSeconds));
  res.send(error.status, { error: { code: error.code, message: error.message } });
}

/**
 * The request body as a JSON object. An empty body is `undefined` when `optional`. Reads at most `maxBytes`
 * (restify parses no body unless asked, and its parser has no limit by default).
 */
export async function readJsonObject(req: restify.Request, maxBytes: number, options: { optional?: boolean } = {}): Promise<Record<string, unknown> | undefined> {
  const tooBig = new HttpError(413, 'MessageSizeTooBig', `the body is larger than ${maxBytes} bytes`);
  if (Number(req.header('content-length') || 0) > DRAIN_LIMIT) throw tooBig;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Past the limit the rest is read and dropped (up to a point), so the client gets the 413 rather than a
    // connection reset in the middle of its upload.
    if (size > DRAIN_LIMIT) throw tooBig;
    if (size <= maxBytes) chunks.push(chunk);
  }
  if (size > maxBytes) throw tooBig;
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') {
    if (options.optional) return undefined;
    throw new HttpError(400, 'BadArgument', 'the body is empty; expected a JSON object');
  }
  const type = req.header('content-type') || '';
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) throw new HttpError(415, 'BadArgument', 'the body must be application/json');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BadArgument', 'the body is not valid JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'BadArgument', 'the body must be a JSON object');
  return value as Record<string, unknown>;
}

/**
 * CORS for the widget running on the clinic's pages: the token and Direct Line routes carry bearer tokens (no
 * cookies), so allowing an origin only lets that page's script call them. `allowed` is a list of origins,
 * or ['*'].
 */
export function applyCors(req: restify.Request, res: restify.Response, allowed: readonly string[]): void {
  const origin = req.header('origin');
  if (!origin) return;
  if (allowed.includes('*')) res.header('Access-Control-Allow-Origin', '*');
  else if (allowed.includes(origin)) {
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Vary', 'Origin');
  } else return;
  res.header('Access-Control-Expose-Headers', 'Retry-After');
}

/** The answer to a CORS preflight (OPTIONS). */
export function preflight(req: restify.Request, res: restify.Response, allowed: readonly string[]): void {
  applyCors(req, res, allowed);
  const requested = req.header('access-control-request-headers') || '';
  res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.header('Access-Control-Allow-Headers', /^[\w-]+(\s*,\s*[\w-]+)*$/.test(requested) ? requested : 'Authorization, Content-Type, x-ms-bot-agent');
  res.header('Access-Control-Max-Age', '600');
  res.send(204);
}
