import fc from 'fast-check';
import { startWebStack, type WebStack } from './support';
import type { DirectLineClient } from './direct-line-client';

/**
 * Whatever arrives at the web chat routes (random JSON, random bytes, wrong types, huge values, odd paths and
 * tokens), the answer is a 2xx or a 4xx, never a 5xx, and the service keeps serving the visitor.
 */
describe('web chat routes under fuzzed requests', () => {
  let s: WebStack;
  let visitor: DirectLineClient;
  beforeAll(async () => {
    s = await startWebStack({ WEB_POSTS_PER_MINUTE: '100000', WEB_POLLS_PER_MINUTE: '100000', WEB_TOKENS_PER_IP_PER_MINUTE: '100000' });
    visitor = await s.visitor();
  });
  afterAll(async () => s.close());

  const json = fc.jsonValue({ maxDepth: 4 });
  const activityLike = fc.record(
    {
      type: fc.oneof(fc.constantFrom('message', 'typing', 'event', 'conversationUpdate', 'invoke', ''), fc.string(), fc.integer()),
      text: fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.constant('x'.repeat(25_000)), fc.integer(), fc.constant(null)),
      locale: fc.oneof(fc.constantFrom('en-US', 'es-MX', 'zz', ''), json),
      channelData: fc.oneof(json, fc.record({ clientActivityID: fc.oneof(fc.string({ maxLength: 300 }), fc.integer()) })),
      from: json,
      value: json,
      name: fc.oneof(fc.string({ maxLength: 300 }), json),
      attachments: fc.oneof(fc.constant([]), fc.array(json, { maxLength: 2 }), json),
      suggestedActions: json,
    },
    { requiredKeys: [] },
  );
  const routes = fc.constantFrom(
    ['POST', '/api/web/token'],
    ['POST', '/v3/directline/tokens/refresh'],
    ['POST', '/v3/directline/conversations'],
    ['GET', '/v3/directline/conversations/{id}'],
    ['POST', '/v3/directline/conversations/{id}/activities'],
    ['GET', '/v3/directline/conversations/{id}/activities?watermark={w}'],
    ['POST', '/api/messages'],
  );
  const authorization = fc.oneof(
    fc.constant('own'),
    fc.constant(undefined),
    fc.string({ maxLength: 60 }).map((t) => `Bearer ${t}`),
    fc.string({ maxLength: 200 }),
    fc.constant('Bearer eyJhbGciOiJub25lIn0.eyJjb252IjoieCJ9.'),
  );
  const segment = fc.oneof(fc.constant('own'), fc.string({ maxLength: 40 }), fc.constant('%00'), fc.constant('..'), fc.constant('a'.repeat(500)));

  it('when the body is random JSON or an activity with random fields, then never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(routes, fc.oneof(activityLike, json), authorization, segment, fc.oneof(fc.constant(''), fc.string({ maxLength: 20 })), async ([method, path], body, auth, id, w) => {
        const url = s.base + path.replace('{id}', encodeURIComponent(id === 'own' ? visitor.conversationId : id)).replace('{w}', encodeURIComponent(w));
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (auth === 'own') headers.Authorization = `Bearer ${visitor.token}`;
        else if (auth !== undefined) headers.Authorization = auth;
        const res = await fetch(url, { method, headers, body: method === 'POST' ? JSON.stringify(body) : undefined });
        await res.arrayBuffer();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  it('when the raw body is not JSON, not UTF-8, or far too large, then a 4xx, and the visitor carries on', async () => {
    const raws = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes)),
      fc.string({ maxLength: 3000 }).map((t) => Buffer.from(t)),
      fc.constant(Buffer.from('{"type":"message","text":"\uD800"}')),
      fc.constant(Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0xff, 0xfe, 0x7d])),
      fc.constant(Buffer.alloc(200_000, 0x61)),
    );
    const types = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '');
    await fc.assert(
      fc.asyncProperty(routes, raws, types, async ([method, path], raw, type) => {
        if (method !== 'POST') return;
        const url = s.base + path.replace('{id}', visitor.conversationId).replace('{w}', '1');
        const headers: Record<string, string> = { Authorization: `Bearer ${visitor.token}` };
        if (type) headers['Content-Type'] = type;
        const res = await fetch(url, { method, headers, body: raw });
        await res.arrayBuffer();
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(500);
        if (raw.length > 70_000 && path.startsWith('/v3/directline/conversations/')) expect(res.status).toBe(413);
      }),
      { numRuns: 150 },
    );
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    expect(await visitor.say('yes')).toMatch(/How old are you|age/);
  });
});
