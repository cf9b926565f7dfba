import type { Encoding } from './assets';

/**
 * Picks the encoding to send from an Accept-Encoding header (RFC 9110 §12.5.3): brotli, then gzip, then the
 * file as is, each only if the client accepts it (q > 0, directly or through "*"). "identity;q=0" with nothing
 * else acceptable still gets the plain file: a response beats a 406 for a script tag.
 */
export function chooseEncoding(header: string | undefined, available: readonly Encoding[]): Encoding {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(token, Number.isFinite(value) ? value : 0);
  }
  const accepts = (token: string) => (q.get(token) ?? (token === 'identity' ? 1 : (q.get('*') ?? 0))) > 0;
  for (const encoding of ['br', 'gzip'] as const) if (available.includes(encoding) && accepts(encoding)) return encoding;
  return 'identity';
}

/** One ETag per encoding: the bytes differ, and a cache must not answer a gzip request with brotli bytes. */
export function etagFor(hash: string, encoding: Encoding): string {
  return encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding === 'br' ? 'br' : 'gz'}"`;
}

/** If-None-Match matches (weak comparison, as caches use for GET, and "*"). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
