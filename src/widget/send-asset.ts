import type restify from 'restify';
import type { Encoding, LoadedAsset } from './assets';
import { chooseEncoding, etagFor, matchesEtag } from './negotiate';

/** A year, immutable: for names that carry their content hash, which change whenever the content does. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** The embed's address never changes, so browsers keep it briefly and then revalidate with its ETag. */
export const CACHE_REVALIDATE = 'public, max-age=300, must-revalidate';

/**
 * Sends one built asset in the best encoding the client accepts, with its ETag (304 when the client has it),
 * Vary: Accept-Encoding for caches, and the given Cache-Control. HEAD gets the headers only.
 */
export function sendAsset(req: restify.Request, res: restify.Response, asset: LoadedAsset, cacheControl: string): void {
  const available = Object.keys(asset.variants) as Encoding[];
  const encoding = chooseEncoding(req.header('accept-encoding'), available);
  const body = asset.variants[encoding]!;
  const etag = etagFor(asset.hash, encoding);
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  // The launcher is loaded by other sites' pages; a page with Cross-Origin-Embedder-Policy needs this to load it.
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (matchesEtag(req.header('if-none-match'), etag)) {
    res.sendRaw(304, '');
    return;
  }
  res.setHeader('Content-Type', asset.contentType);
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', String(body.length));
  // restify leaves the body out for HEAD.
  res.sendRaw(200, body);
}
