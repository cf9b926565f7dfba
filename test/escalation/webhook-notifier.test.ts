import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PermanentNotifyError, TransientNotifyError, type PageRequest } from '../../src/escalation/notifiers/notifier';
import { WebhookNotifier } from '../../src/escalation/notifiers/webhook-notifier';
import { signIntakeBody, verifyIntakeSignature } from '../../src/escalation/notifiers/webhook-signature';

/** The generic webhook: a signed JSON POST a receiver can check, and a signature that refuses tampering and replays. */

const secret = 'whsec-0123456789abcdef';
const page: PageRequest = {
  caseId: 'case-01',
  caseCode: '4821',
  tier: 'active',
  channel: 'web',
  at: new Date('2026-03-09T15:05:00Z'),
  link: 'https://intake.example.org/case/c_1?sig=abc',
  reason: 'free-text',
  action: 'trigger',
  idempotencyKey: 'case-01:page:level-0:round-0:contact-2',
};

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let url: string;
let received: Received[] = [];
let answer = 204;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answer, answer === 302 ? { Location: 'https://elsewhere.example.org/' } : {});
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/intake`;
});
afterEach(() => {
  received = [];
  answer = 204;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('WebhookNotifier', () => {
  const now = Date.parse('2026-03-09T15:05:07Z');
  const notifier = () => new WebhookNotifier({ now: () => now });
  const contact = () => ({ name: 'Pager bridge', webhook: { url, secret } });

  it('when a page is triggered, then the receiver gets the page as JSON, signed and with the idempotency key', async () => {
    await notifier().notify(contact(), page);
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received;
    expect(JSON.parse(body)).toEqual({
      type: 'page.trigger',
      caseId: 'case-01',
      caseCode: '4821',
      tier: 'active',
      channel: 'web',
      at: '2026-03-09T15:05:00.000Z',
      link: 'https://intake.example.org/case/c_1?sig=abc',
      reason: 'free-text',
    });
    expect(headers['content-type']).toBe('application/json');
    expect(headers['idempotency-key']).toBe(page.idempotencyKey);
    expect(headers['x-intake-signature']).toMatch(/^t=1773068707,v1=[0-9a-f]{64}$/);
    expect(verifyIntakeSignature(headers['x-intake-signature'] as string, body, secret, 300, now)).toBe(true);
  });

  it.each(['acknowledge', 'resolve'] as const)('sends %s as page.%s', async (action) => {
    await notifier().notify(contact(), { ...page, action });
    expect(JSON.parse(received[0].body).type).toBe(`page.${action}`);
  });

  it.each([
    [500, TransientNotifyError],
    [503, TransientNotifyError],
    [429, TransientNotifyError],
    [400, PermanentNotifyError],
    [410, PermanentNotifyError],
    [302, PermanentNotifyError],
  ])('when the receiver answers %i, then the error is %p', async (status, kind) => {
    answer = status;
    await expect(notifier().notify(contact(), page)).rejects.toBeInstanceOf(kind);
    expect(received).toHaveLength(1);
  });

  it('when the receiver cannot be reached, then the error is retryable', async () => {
    const gone = { name: 'Gone', webhook: { url: 'http://127.0.0.1:1/hooks', secret } };
    await expect(notifier().notify(gone, page)).rejects.toBeInstanceOf(TransientNotifyError);
  });

  it('when the contact has no webhook, then it fails for good', async () => {
    await expect(notifier().notify({ name: 'Dr. Rivera', sms: '+15555550101' }, page)).rejects.toBeInstanceOf(PermanentNotifyError);
  });
});

describe('verifyIntakeSignature', () => {
  const body = JSON.stringify({ type: 'page.trigger', caseId: 'case-01' });
  const now = Date.parse('2026-03-09T15:05:00Z');
  const t = Math.floor(now / 1000);
  const header = signIntakeBody(body, secret, t);

  it('accepts the body it signed, within the tolerance', () => {
    expect(verifyIntakeSignature(header, body, secret, 300, now)).toBe(true);
    expect(verifyIntakeSignature(header, Buffer.from(body), secret, 300, now + 299_000)).toBe(true);
  });

  it('refuses a tampered body', () => {
    expect(verifyIntakeSignature(header, body.replace('case-01', 'case-02'), secret, 300, now)).toBe(false);
    expect(verifyIntakeSignature(header, `${body} `, secret, 300, now)).toBe(false);
  });

  it('refuses a changed timestamp, which is part of the signed text', () => {
    expect(verifyIntakeSignature(header.replace(`t=${t}`, `t=${t + 60}`), body, secret, 300, now)).toBe(false);
  });

  it('refuses the wrong secret', () => {
    expect(verifyIntakeSignature(header, body, 'another-secret-0123', 300, now)).toBe(false);
  });

  it('refuses a replay outside the tolerance, in the past or the future', () => {
    expect(verifyIntakeSignature(header, body, secret, 300, now + 301_000)).toBe(false);
    expect(verifyIntakeSignature(header, body, secret, 300, now - 301_000)).toBe(false);
    expect(verifyIntakeSignature(header, body, secret, 600, now + 301_000)).toBe(true);
  });

  it.each([undefined, null, '', 'v1=abc', `t=${t}`, `t=soon,v1=${'0'.repeat(64)}`, `t=${t},v1=xyz`, `t=${t},v1=${'0'.repeat(64)}`])('refuses the malformed header %p', (bad) => {
    expect(verifyIntakeSignature(bad, body, secret, 300, now)).toBe(false);
  });

  it('accepts a header with several v1 signatures when one matches (a rolled secret)', () => {
    const old = signIntakeBody(body, 'the-old-secret-0123', t).split(',')[1];
    expect(verifyIntakeSignature(`${header},${old}`, body, 'the-old-secret-0123', 300, now)).toBe(true);
    expect(verifyIntakeSignature(`${header},${old}`, body, secret, 300, now)).toBe(true);
  });
});
