import fc from 'fast-check';
import { messageSid, startSmsHarness, type SmsHarness } from './sms-support';

/**
 * Whatever arrives at the webhook (random parameters, huge values, invalid UTF-8, missing fields), the answer
 * is a 2xx or a 4xx, never a 5xx, and the process keeps serving.
 */
describe('SMS webhook under fuzzed bodies', () => {
  let h: SmsHarness;
  beforeAll(async () => {
    // Signatures off so that the fuzz reaches the parsing and the engine behind the signature check.
    h = await startSmsHarness({ TWILIO_VALIDATE_SIGNATURES: 'false' });
  });
  afterAll(async () => h.close());

  const value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constant('x'.repeat(5000)), fc.constant(''));
  const params = fc.dictionary(fc.oneof(fc.constantFrom('MessageSid', 'From', 'To', 'Body', 'NumMedia', 'Body[0]', 'From[]'), fc.string({ maxLength: 12 })), value, { maxKeys: 8 });

  it('when the parameters are random, then never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(params, fc.boolean(), fc.string({ maxLength: 2000 }), async (random, withSid, body) => {
        const sent = withSid ? { ...random, MessageSid: messageSid(), From: '+15555550199', Body: body } : random;
        const res = await h.post('/api/twilio/sms', sent);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it('when the raw body is not valid UTF-8 or not form-encoded at all, then never a 5xx', async () => {
    const raws = fc.oneof(
      fc.constant(`MessageSid=${messageSid()}&From=%2B15555550198&Body=%FF%FE%C3%28`),
      fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
      fc.string({ maxLength: 3000 }),
      fc.constant('Body=' + '%'.repeat(500)),
    );
    await fc.assert(
      fc.asyncProperty(raws, async (raw) => {
        const res = await h.post('/api/twilio/sms', {}, { rawBody: raw });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
    // Still serving.
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });
});
