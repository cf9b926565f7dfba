import type restify from 'restify';
import { clientAddress, networkOf, rateLimitKey } from '../../src/channels/web/client-address';

function request(remoteAddress: string, forwardedFor?: string): restify.Request {
  return { header: (name: string) => (name.toLowerCase() === 'x-forwarded-for' ? forwardedFor : undefined), socket: { remoteAddress } } as unknown as restify.Request;
}

describe('the address a token rate limit counts against', () => {
  it('when no proxy is trusted, then X-Forwarded-For is ignored (a client could write anything there)', () => {
    expect(clientAddress(request('203.0.113.9', '198.51.100.1'), 0)).toBe('203.0.113.9');
  });

  it('when one proxy is trusted, then the address it appended counts, not what the client claimed before it', () => {
    expect(clientAddress(request('10.0.0.2', 'spoofed, 198.51.100.7'), 1)).toBe('198.51.100.7');
  });

  it('when a CDN and a load balancer are in front (two hops), then the visitor is the address the CDN appended', () => {
    // visitor -> CDN (appends the visitor) -> load balancer (appends the CDN) -> service
    expect(clientAddress(request('10.0.0.2', 'spoofed, 198.51.100.7, 192.0.2.50'), 2)).toBe('198.51.100.7');
  });

  it('when every visitor shares a network of 2^64 IPv6 addresses, then they share one limit', () => {
    expect(rateLimitKey(request('2001:db8:abcd:12:1::9'), 0)).toBe('2001:db8:abcd:12::/64');
    expect(rateLimitKey(request('2001:db8:abcd:12:ffff:1:2:3'), 0)).toBe('2001:db8:abcd:12::/64');
    expect(rateLimitKey(request('2001:db8:abcd:13::1'), 0)).toBe('2001:db8:abcd:13::/64');
  });

  it('when the address is IPv4, or IPv4 mapped into IPv6, then it counts as itself', () => {
    expect(networkOf('198.51.100.7')).toBe('198.51.100.7');
    expect(networkOf('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
  });
});
