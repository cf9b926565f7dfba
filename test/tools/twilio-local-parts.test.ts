import { rewriteTwilioUrl } from '../../tools/twilio-local/rewrite-http-client';
import { countSegments } from '../../tools/twilio-local/segments';
import { parseMessagingTwiml, TwimlError } from '../../tools/twilio-local/twiml';

/** The Twilio stand-in's pure parts: segment counting, TwiML reading and URL rewriting. */

describe('countSegments', () => {
  it.each([
    ['', 'GSM-7', 1],
    ['a'.repeat(160), 'GSM-7', 1],
    ['a'.repeat(161), 'GSM-7', 2],
    ['a'.repeat(306), 'GSM-7', 2],
    ['a'.repeat(307), 'GSM-7', 3],
    // Extension characters take two septets: 80 euro signs fill one segment exactly.
    ['€'.repeat(80), 'GSM-7', 1],
    ['€'.repeat(81), 'GSM-7', 2],
    // An escape pair is never split: 152 septets, then a 2-septet character, starts a second segment.
    ['a'.repeat(152) + '€' + 'a'.repeat(9), 'GSM-7', 2],
    ['a'.repeat(152) + '€'.repeat(2) + 'a'.repeat(150), 'GSM-7', 3],
    ['ñandú'.replace('ú', 'u'), 'GSM-7', 1],
    ['é'.repeat(70) + 'í', 'UCS-2', 2],
    ['í'.repeat(70), 'UCS-2', 1],
    ['í'.repeat(134), 'UCS-2', 2],
    ['í'.repeat(135), 'UCS-2', 3],
    // A curly apostrophe is not GSM: without Smart Encoding the whole message becomes UCS-2.
    ['It’s ok', 'UCS-2', 1],
    // An emoji is a surrogate pair (2 units) and is never split across segments.
    ['😀'.repeat(35), 'UCS-2', 1],
    ['a'.repeat(66) + '😀', 'UCS-2', 1],
    ['a'.repeat(66) + '😀' + 'a'.repeat(66), 'UCS-2', 3],
  ])('%j is %s in %i segment(s)', (body, encoding, segments) => {
    expect(countSegments(body)).toEqual({ encoding, segments });
  });
});

describe('parseMessagingTwiml', () => {
  it('reads every <Message>, its Body form, attributes, entities, CDATA and character references', () => {
    const result = parseMessagingTwiml(`<?xml version="1.0" encoding="UTF-8"?>
      <!-- a comment -->
      <Response>
        <Message>Tom &amp; Jerry &#x2764; &#233;</Message>
        <Message to="+15555550188" from="+15555550100" statusCallback="/status"><Body><![CDATA[<b>raw</b>]]></Body></Message>
        <Message action="https://example.test/cb"><Body>With media</Body><Media>https://example.test/a.png</Media></Message>
      </Response>`);
    expect(result.replies).toEqual([
      { body: 'Tom & Jerry ❤ é', to: null, from: null, statusCallback: null, mediaCount: 0 },
      { body: '<b>raw</b>', to: '+15555550188', from: '+15555550100', statusCallback: '/status', mediaCount: 0 },
      { body: 'With media', to: null, from: null, statusCallback: 'https://example.test/cb', mediaCount: 1 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('sends nothing for an empty response and warns about what it does not do', () => {
    expect(parseMessagingTwiml('<Response/>')).toEqual({ replies: [], warnings: [] });
    expect(parseMessagingTwiml('<Response></Response>')).toEqual({ replies: [], warnings: [] });
    expect(parseMessagingTwiml('<Response><Redirect>/next</Redirect><Message></Message><Say>hi</Say></Response>').warnings).toHaveLength(3);
  });

  it.each([
    ['<Response><Message>a</Response>', 12100],
    ['<Response><Message>a & b</Message></Response>', 12100],
    ['<Response><Message>&nbsp;</Message></Response>', 12100],
    ['<!DOCTYPE x [<!ENTITY e "boom">]><Response/>', 12100],
    ['<Response/><Response/>', 12100],
    ['plain text', 12100],
    ['<Reply><Message>a</Message></Reply>', 12200],
  ])('rejects %j with Twilio error %i', (xml, code) => {
    expect(() => parseMessagingTwiml(xml)).toThrow(TwimlError);
    try {
      parseMessagingTwiml(xml);
    } catch (error) {
      expect(error).toMatchObject({ code });
    }
  });
});

describe('rewriteTwilioUrl', () => {
  const target = new URL('http://127.0.0.1:3979');

  it.each([
    ['https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json', 'http://127.0.0.1:3979/2010-04-01/Accounts/AC1/Messages.json'],
    ['https://conversations.twilio.com/v1/Conversations/CH1/Messages?PageSize=50', 'http://127.0.0.1:3979/v1/Conversations/CH1/Messages?PageSize=50'],
    ['https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/AC1/Messages.json', 'http://127.0.0.1:3979/2010-04-01/Accounts/AC1/Messages.json'],
    ['https://example.com/elsewhere', 'https://example.com/elsewhere'],
    ['https://nottwilio.com/x', 'https://nottwilio.com/x'],
  ])('%s -> %s', (uri, expected) => {
    expect(rewriteTwilioUrl(uri, target)).toBe(expected);
  });

  it('keeps a path prefix on the target', () => {
    expect(rewriteTwilioUrl('https://api.twilio.com/2010-04-01/x.json', new URL('http://localhost:8080/twilio/'))).toBe('http://localhost:8080/twilio/2010-04-01/x.json');
  });
});
