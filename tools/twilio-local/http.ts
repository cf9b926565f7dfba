import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { twilioError } from './twilio-json';

/** Small helpers over node:http so each route reads as what it does. */

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

/** Request bodies here are forms or small JSON documents; anything larger is a mistake or an attack. */
const MAX_BODY_BYTES = 256 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, twilioError(413, 20001, 'Request body too large'));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A form body as Twilio reads it: the first value of each parameter. */
export function parseForm(body: string): Map<string, string> {
  const form = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(body)) if (!form.has(key)) form.set(key, value);
  return form;
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req);
  try {
    return body ? JSON.parse(body) : {};
  } catch {
    throw new HttpError(400, { error: 'the body is not valid JSON' });
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Resolves once the response has been handed to the client (or the client went away). */
export function responseDone(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    if (res.writableFinished) return resolve();
    res.once('finish', () => resolve());
    res.once('close', () => resolve());
  });
}

/**
 * HTTP Basic auth with the account SID and auth token, as the `twilio` library sends it. Twilio answers
 * anything else with 401, error 20003 and a WWW-Authenticate challenge.
 */
export function requireBasicAuth(req: IncomingMessage, accountSid: string, authToken: string): void {
  const header = req.headers.authorization ?? '';
  const match = /^Basic\s+(\S+)$/i.exec(header);
  const decoded = match?.[1] ? Buffer.from(match[1], 'base64').toString('utf8') : '';
  const expected = `${accountSid}:${authToken}`;
  if (!sameString(decoded, expected)) {
    throw new HttpError(401, twilioError(401, 20003, 'Authenticate', 'Your AccountSid or AuthToken was incorrect.'), {
      'WWW-Authenticate': 'Basic realm="Twilio API"',
    });
  }
}

function sameString(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
