import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny bot stand-in for the stand-in's tests: records every webhook it receives and answers with whatever
 * the test decides, so the tests see exactly what the Twilio stand-in sent.
 */
export interface ReceivedWebhook {
  path: string;
  /** The full URL the sender addressed, which is what the signature covers. */
  url: string;
  headers: http.IncomingHttpHeaders;
  params: Record<string, string>;
}

export interface Answer {
  status?: number;
  contentType?: string;
  body?: string;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Decides the answer to each webhook; the default answers 204 with no body. */
  answer: (webhook: ReceivedWebhook) => Answer;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = {
    url: '',
    received: [],
    answer: () => ({ status: 204 }),
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const params: Record<string, string> = {};
      for (const [key, value] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) params[key] = value;
      const webhook: ReceivedWebhook = { path: req.url ?? '/', url: `${receiver.url}${req.url ?? '/'}`, headers: req.headers, params };
      receiver.received.push(webhook);
      const answer = receiver.answer(webhook);
      res.writeHead(answer.status ?? 200, answer.contentType ? { 'Content-Type': answer.contentType } : {});
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return receiver;
}
