import { formatPageTime, MAX_PAGE_TEXT, pageKindFor, pageSummary, pageText, UNDELIVERED_988_REASON, type PageContent } from '../../src/escalation/page-content';

/** What the clinician's phone shows: the minimum to act on, never the candidate's words or number. */

const link = 'https://intake.example.org/case/c_7f3a?sig=Qm9vbGVhbi1zaWduYXR1cmUtaGVyZQ&exp=Tz';
const page: PageContent = { caseCode: '4821', tier: 'imminent', channel: 'sms', at: new Date('2026-03-09T15:05:00Z'), link, reason: 'free-text' };

const GSM7 = /^[@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà^{}\\[~\]|€]*$/;

describe('pageText', () => {
  it('carries the case code, tier, channel, time with zone, link and how to acknowledge', () => {
    const text = pageText(page, 'page', 'America/Denver');
    expect(text).toBe(`URGENT intake crisis page. Case 4821, tier IMMINENT, via sms at 09:05 MDT. ${link} Reply ACK 4821 to acknowledge, RESOLVE 4821 to close.`);
  });

  it.each(['page', 'fallback', 'undelivered-988'] as const)('a %s is short plain GSM-7 text', (kind) => {
    for (const tier of ['history', 'passive', 'active', 'imminent'] as const) {
      const text = pageText({ ...page, tier }, kind, 'America/Denver');
      expect(text.length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
      expect(text).toMatch(GSM7);
      expect(text).toContain('Case 4821');
      expect(text).toContain(tier.toUpperCase());
      expect(text).toContain(link);
      expect(text).toContain('Reply ACK 4821 to acknowledge, RESOLVE 4821 to close.');
    }
  });

  it('says when the candidate may not have received 988 information', () => {
    expect(pageText(page, 'undelivered-988')).toContain('candidate may not have received 988 information');
  });

  it('tells the fallback contact why they are being paged', () => {
    expect(pageText({ ...page, tier: 'active' }, 'fallback')).toMatch(/^Intake crisis page: no on-call clinician acknowledged, you are the fallback\./);
  });

  it('marks only imminent pages urgent', () => {
    expect(pageText(page)).toMatch(/^URGENT/);
    expect(pageText({ ...page, tier: 'active' })).toMatch(/^Intake crisis page\./);
  });

  it("never carries the candidate's words or number, even when the caller's object holds them", () => {
    const careless = { ...page, body: 'I have pills and I am going to take them tonight', from: '+15555550177', phone: '+15555550177' };
    for (const kind of ['page', 'fallback', 'undelivered-988'] as const) {
      const text = pageText(careless, kind);
      expect(text).not.toContain('pills');
      expect(text).not.toContain('5555550177');
      expect(text).not.toMatch(/\+?\d{7,}/);
    }
  });

  it('does not send the reason code, which is not for the lock screen', () => {
    expect(pageText({ ...page, reason: 'rule:imminent-plan' })).not.toContain('rule');
  });

  it('reduces odd case codes, channels and links to safe text', () => {
    const text = pageText({ ...page, caseCode: '48 21’\n', channel: 'Web Chat 💬', link: 'javascript:alert(1)' });
    expect(text).toContain('Case 4821,');
    expect(text).toContain('via webchat');
    expect(text).toContain('(open the case view)');
    expect(text).toMatch(GSM7);
  });

  it('percent-encodes a link with non-GSM characters instead of switching the SMS to UCS-2', () => {
    const text = pageText({ ...page, link: 'https://intake.example.org/case/ñ`é?x=ü' });
    expect(text).toMatch(GSM7);
    expect(text).toContain('https://intake.example.org/case/%C3%B1%60%C3%A9?x=%C3%BC');
  });

  it('falls back to a terse form when a long link would push it past 320 characters', () => {
    const longLink = `https://intake.example.org/case/${'a'.repeat(170)}`;
    const text = pageText({ ...page, tier: 'active' }, 'undelivered-988', 'America/Denver');
    const terse = pageText({ ...page, tier: 'active', link: longLink }, 'undelivered-988', 'America/Denver');
    expect(text.length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
    expect(terse.length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
    expect(terse).toContain(longLink);
    expect(terse).toContain('ACK 4821 / RESOLVE 4821');
    expect(terse).toContain('candidate may not have received 988 information');
    expect(text).not.toBe(terse);
  });
});

describe('formatPageTime', () => {
  it('shows HH:MM on a 24-hour clock and the zone', () => {
    expect(formatPageTime(new Date('2026-03-09T15:05:00Z'), 'America/Denver')).toBe('09:05 MDT');
    expect(formatPageTime(new Date('2026-01-09T03:45:00Z'), 'America/Denver')).toBe('20:45 MST');
    expect(formatPageTime(new Date('2026-01-09T00:00:00Z'))).toBe('00:00 UTC');
  });

  it('uses UTC rather than failing when the zone is unknown', () => {
    expect(formatPageTime(new Date('2026-01-09T00:00:00Z'), 'Mars/Olympus')).toBe('00:00 UTC');
  });
});

describe('pageKindFor and pageSummary', () => {
  it('maps reason codes to the wording a page needs', () => {
    expect(pageKindFor(UNDELIVERED_988_REASON)).toBe('undelivered-988');
    expect(pageKindFor('undelivered-988')).toBe('undelivered-988');
    expect(pageKindFor('fallback')).toBe('fallback');
    expect(pageKindFor('exhausted')).toBe('fallback');
    expect(pageKindFor('free-text')).toBe('page');
  });

  it('summarises without the link or reply codes', () => {
    expect(pageSummary({ ...page, tier: 'passive' })).toBe('Intake crisis page. Case 4821, tier PASSIVE, via sms at 15:05 UTC.');
  });
});
