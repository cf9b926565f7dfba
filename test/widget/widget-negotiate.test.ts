import { chooseEncoding, etagFor, matchesEtag } from '../../src/widget/negotiate';

describe('Accept-Encoding negotiation', () => {
  const all = ['br', 'gzip', 'identity'] as const;
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.1, gzip;q=0.9', 'br'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
    ['deflate', 'identity'],
    ['BR', 'br'],
    ['gzip;q=0, br;q=0, identity;q=0', 'identity'],
  ])('when the client sends %j, then %s is sent', (header, expected) => {
    expect(chooseEncoding(header, all)).toBe(expected);
  });

  it('when a variant is not stored, then it is not chosen', () => {
    expect(chooseEncoding('br, gzip', ['gzip', 'identity'])).toBe('gzip');
  });

  it('when the client holds the ETag of the variant it would get, then it matches (weak or strong, in a list, or *)', () => {
    const etag = etagFor('abc123', 'br');
    expect(etag).toBe('"abc123-br"');
    expect(matchesEtag('"abc123-br"', etag)).toBe(true);
    expect(matchesEtag('W/"abc123-br"', etag)).toBe(true);
    expect(matchesEtag('"x", "abc123-br"', etag)).toBe(true);
    expect(matchesEtag('*', etag)).toBe(true);
    expect(matchesEtag('"abc123-gz"', etag)).toBe(false);
    expect(matchesEtag('"abc123"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
  });
});
