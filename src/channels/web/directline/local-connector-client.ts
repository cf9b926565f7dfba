import { ConnectorClient, type ConnectorClientOptions } from 'botframework-connector';
import type { LocalConnector } from './connector';

/**
 * A Bot Framework ConnectorClient whose requests never leave the process: the SDK builds and serialises each
 * connector call as usual (`POST {serviceUrl}/v3/conversations/{id}/activities/{replyToId}`) and this HTTP
 * client hands it to the local connector, the same code the HTTP routes run. So the in-process bot has no
 * network path at all: it cannot be pointed at another address, and needs no credentials.
 * (botbuilder's own StreamingHttpClient plugs into ConnectorClient the same way.)
 */
export function localConnectorClient(serviceUrl: string, connector: LocalConnector): ConnectorClient {
  const httpClient = {
    async sendRequest(request: { method: string; url: string; body?: unknown }) {
      const { status, body } = await dispatch(connector, request);
      return { status, bodyAsText: JSON.stringify(body), headers: new JsonHeaders(), request };
    },
  };
  // A no-op signer: nothing is sent over a network.
  const credentials = { signRequest: async <T>(request: T) => request };
  return new ConnectorClient(credentials, { baseUri: serviceUrl, httpClient: httpClient as unknown as ConnectorClientOptions['httpClient'] });
}

const ACTIVITIES = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?\/?$/;

async function dispatch(connector: LocalConnector, request: { method: string; url: string; body?: unknown }): Promise<{ status: number; body: unknown }> {
  const match = ACTIVITIES.exec(new URL(request.url).pathname);
  if (request.method.toUpperCase() !== 'POST' || !match) {
    // Updating, deleting or listing activities, members or conversations: not part of this subset.
    return { status: 405, body: { error: { code: 'MethodNotAllowed', message: `${request.method} ${new URL(request.url).pathname} is not supported by the local Direct Line` } } };
  }
  let body: unknown;
  try {
    body = typeof request.body === 'string' ? JSON.parse(request.body) : request.body;
  } catch {
    return { status: 400, body: { error: { code: 'BadArgument', message: 'the activity is not JSON' } } };
  }
  const result = await connector.receive(decodeURIComponent(match[1]), match[2] ? decodeURIComponent(match[2]) : undefined, body);
  return result.status === 200 ? result : { status: result.status, body: { error: { code: 'BadArgument', message: result.body.error } } };
}

/** The few header operations the SDK's response handling uses (toJson, get, contains). */
class JsonHeaders {
  private readonly values = new Map<string, string>([['content-type', 'application/json; charset=utf-8']]);
  get(name: string): string | undefined {
    return this.values.get(name.toLowerCase());
  }
  set(name: string, value: string | number): void {
    this.values.set(name.toLowerCase(), String(value));
  }
  contains(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }
  remove(name: string): boolean {
    return this.values.delete(name.toLowerCase());
  }
  rawHeaders(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
  toJson(): Record<string, string> {
    return this.rawHeaders();
  }
  headersArray(): { name: string; value: string }[] {
    return [...this.values].map(([name, value]) => ({ name, value }));
  }
  headerNames(): string[] {
    return [...this.values.keys()];
  }
  headerValues(): string[] {
    return [...this.values.values()];
  }
  clone(): JsonHeaders {
    const copy = new JsonHeaders();
    for (const [name, value] of this.values) copy.set(name, value);
    return copy;
  }
}
