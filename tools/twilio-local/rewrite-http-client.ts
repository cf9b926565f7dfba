import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';

/**
 * Points the real `twilio` library at another server. The library builds absolute URLs on Twilio's hosts
 * (https://api.twilio.com/2010-04-01/..., https://conversations.twilio.com/v1/..., regional variants such as
 * api.dublin.ie1.twilio.com) and hands every request to its `httpClient`; this client swaps the origin for
 * the stand-in's and keeps the path and query, so one base URL serves every Twilio product.
 *
 *   const client = twilio(accountSid, authToken, { httpClient: new RewritingRequestClient(standIn.url) });
 *
 * It subclasses the library's own RequestClient rather than wrapping it in a plain object: ClientOpts wants
 * a RequestClient, whose private members make TypeScript accept only that class or a subclass.
 */
export class RewritingRequestClient extends twilio.RequestClient {
  private readonly target: URL;

  constructor(baseUrl: string, options?: RequestClient.RequestClientOptions) {
    super(options);
    this.target = new URL(baseUrl);
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    return super.request({ ...opts, uri: rewriteTwilioUrl(opts.uri, this.target) });
  }
}

/** Twilio URLs move to the target (keeping any path prefix it has); any other URL is left alone. */
export function rewriteTwilioUrl(uri: string, target: URL): string {
  const url = new URL(uri);
  if (url.hostname !== 'twilio.com' && !url.hostname.endsWith('.twilio.com')) return uri;
  const prefix = target.pathname.replace(/\/$/, '');
  return `${target.origin}${prefix}${url.pathname}${url.search}`;
}
