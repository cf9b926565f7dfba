import { isIPv6 } from 'node:net';
import type restify from 'restify';

/**
 * Who is asking, for per-address rate limits on the open token route.
 * - Behind `trustedHops` proxies (a CDN and a load balancer are two), the address the outermost trusted proxy
 *   appended to X-Forwarded-For; entries further left are whatever the client claimed and are ignored.
 * - IPv6 clients are keyed by their /64: one household or phone network gets 2^64 addresses, so per-address
 *   limits would not limit anything.
 */
export function rateLimitKey(req: restify.Request, trustedHops: number): string {
  return networkOf(clientAddress(req, trustedHops));
}

export function clientAddress(req: restify.Request, trustedHops: number): string {
  if (trustedHops > 0) {
    const forwarded = (req.header('x-forwarded-for') || '').split(',').map((s) => s.trim()).filter(Boolean);
    if (forwarded.length > 0) return forwarded[Math.max(0, forwarded.length - trustedHops)];
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

/** An IPv4 address as it is (an IPv4-mapped IPv6 one unwrapped); an IPv6 address as its /64 prefix. */
export function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}
