import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { composeApp, type App } from '../../src/compose';
import { createHttpApp } from '../../src/http-app';
import { ManualClock } from '../../src/clock';
import { captureLogger } from '../support/harness';

/** The public address Twilio is told to call: the service sits behind a proxy at another address. */
export const PUBLIC_BASE_URL = 'https://intake.example.org';
export const AUTH_TOKEN = 'test-auth-token-123';

export interface SmsHarness {
  app: App;
  url: string;
  clock: ManualClock;
  logLines: string[];
  /** Posts a webhook signed the way Twilio signs it, over the public URL. */
  post(path: string, params: Record<string, string>, options?: { signature?: string | null; rawBody?: string; contentType?: string }): Promise<Response>;
  /** A phone texting the bot; returns the TwiML <Message> bodies. */
  text(from: string, body: string, sid?: string): Promise<string[]>;
  close(): Promise<void>;
}

export function messageSid(): string {
  return `SM${randomBytes(16).toString('hex')}`;
}

export async function startSmsHarness(env: Record<string, string> = {}): Promise<SmsHarness> {
  const clock = new ManualClock();
  const { logger, lines } = captureLogger();
  const app = await composeApp({
    env: { DATABASE_URL: 'sqlite::memory:', PUBLIC_BASE_URL, TWILIO_AUTH_TOKEN: AUTH_TOKEN, PROGRAM_NAME: 'Harbor PTSD Program', SUPPORT_CONTACT: 'help@harbor.example', ...env },
    clock,
    logger,
  });
  const server = createHttpApp(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const post: SmsHarness['post'] = (path, params, options = {}) => {
    const body = options.rawBody ?? new URLSearchParams(params).toString();
    const signature = options.signature === undefined ? twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}${path}`, params) : options.signature;
    const headers: Record<string, string> = { 'Content-Type': options.contentType ?? 'application/x-www-form-urlencoded' };
    if (signature !== null) headers['X-Twilio-Signature'] = signature;
    return fetch(`${url}${path}`, { method: 'POST', headers, body });
  };

  return {
    app,
    url,
    clock,
    logLines: lines,
    post,
    async text(from, body, sid = messageSid()) {
      const res = await post('/api/twilio/sms', { MessageSid: sid, AccountSid: 'AC' + '0'.repeat(32), From: from, To: '+15555550000', Body: body, NumMedia: '0' });
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
      return parseTwiml(await res.text());
    },
    async close() {
      server.close();
      await app.store.close();
    },
  };
}

/** The <Message> bodies of a TwiML response, entities decoded. */
export function parseTwiml(xml: string): string[] {
  const bodies: string[] = [];
  for (const match of xml.matchAll(/<Message[^>]*>([\s\S]*?)<\/Message>/g)) {
    bodies.push(match[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  }
  return bodies;
}
