import http from 'node:http';
import https from 'node:https';
import { randomUUID } from 'node:crypto';
import twilio from 'twilio';

/**
 * Sends a webhook the way Twilio does: an HTTP POST of form-encoded parameters, signed with the account's
 * auth token (X-Twilio-Signature: base64 HMAC-SHA1 of the exact URL followed by every parameter name and
 * value, sorted by name), computed with the `twilio` library's own function so that the bot's
 * `validateRequest` sees exactly what it would see from Twilio. Twilio also sends an idempotency token that
 * stays the same when it retries; a resend here reuses it.
 */

export interface SignedRequest {
  url: string;
  params: Record<string, string>;
  signature: string;
  idempotencyToken: string;
  extraHeaders: Record<string, string>;
}

export interface WebhookResponse {
  status: number;
  contentType: string | null;
  body: string;
}

/** A bot's answer larger than this is cut off; TwiML for SMS is a few kilobytes at most. */
const MAX_RESPONSE_BYTES = 1024 * 1024;

export function signRequest(authToken: string, url: string, params: Record<string, string>, extraHeaders: Record<string, string> = {}): SignedRequest {
  return { url, params, signature: twilio.getExpectedTwilioSignature(authToken, url, params), idempotencyToken: randomUUID(), extraHeaders };
}

export class WebhookClient {
  // Keep-alive, like a real sender, so a load benchmark through the stand-in does not exhaust ports.
  private readonly httpAgent = new http.Agent({ keepAlive: true });
  private readonly httpsAgent = new https.Agent({ keepAlive: true });

  constructor(private readonly timeoutMs: number) {}

  send(request: SignedRequest): Promise<WebhookResponse> {
    const target = new URL(request.url);
    const body = new URLSearchParams(request.params).toString();
    const secure = target.protocol === 'https:';
    const send = secure ? https.request : http.request;
    return new Promise((resolve, reject) => {
      const outgoing = send(
        target,
        {
          method: 'POST',
          agent: secure ? this.httpsAgent : this.httpAgent,
          timeout: this.timeoutMs,
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'Content-Length': Buffer.byteLength(body),
            'User-Agent': 'TwilioProxy/1.1',
            Accept: '*/*',
            'X-Twilio-Signature': request.signature,
            'I-Twilio-Idempotency-Token': request.idempotencyToken,
            ...request.extraHeaders,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= MAX_RESPONSE_BYTES) chunks.push(chunk);
          });
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              contentType: response.headers['content-type'] ?? null,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          response.on('error', reject);
        },
      );
      // Twilio gives up on a webhook after a timeout (15 s by default) and logs error 11205.
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no response within ${this.timeoutMs} ms`)));
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
