import twilio from 'twilio';

type RequestOptions = Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0];

/**
 * The twilio library calls https://api.twilio.com, https://conversations.twilio.com and so on, with no
 * base-URL option. When TWILIO_API_BASE_URL is set (development and tests, against tools/twilio-local), this
 * HTTP client rewrites every *.twilio.com origin to it and otherwise leaves the request to the library's own.
 */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string) {
    super();
  }

  override request<TData>(opts: RequestOptions & { data?: TData }) {
    const uri = opts.uri.replace(/^https:\/\/[a-z0-9.-]*twilio\.com/, this.baseUrl.replace(/\/$/, ''));
    return super.request({ ...opts, uri });
  }
}

export type TwilioClient = ReturnType<typeof twilio>;

export function createTwilioClient(args: { accountSid: string; authToken: string; apiBaseUrl?: string }): TwilioClient {
  return twilio(args.accountSid, args.authToken, args.apiBaseUrl ? { httpClient: new RebasedRequestClient(args.apiBaseUrl) } : {});
}
