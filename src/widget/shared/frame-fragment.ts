/**
 * What the launcher hands the panel in the iframe address's fragment (never sent to a server; the panel
 * removes it from its address at once):
 * - `host`: the origin of the clinic's page (the launcher's location.origin). The panel posts its messages to
 *   that origin only, so its session state (a Direct Line token, when the browser denies the panel storage)
 *   can reach no other page, whatever ends up framing it.
 * - `state`: the panel's state kept by the page, when the browser denies the panel storage (panel-storage.ts).
 */
export const HOST_PARAM = 'host';
export const STATE_PARAM = 'state';

export interface FrameFragment {
  /** An http(s) origin, or undefined when none (or nothing usable) was given: then the panel posts nothing. */
  hostOrigin: string | undefined;
  /** The kept panel state (string values only). */
  state: Record<string, string>;
}

export function buildFrameFragment(hostOrigin: string, state: string | null): string {
  const params = new URLSearchParams({ [HOST_PARAM]: hostOrigin });
  if (state) params.set(STATE_PARAM, state);
  return params.toString();
}

/** Reads a fragment ("#host=…&state=…" or without the "#"); anything malformed is left out, never thrown. */
export function parseFrameFragment(hash: string): FrameFragment {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { hostOrigin: originOf(params.get(HOST_PARAM)), state: stateOf(params.get(STATE_PARAM)) };
}

function originOf(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    // Only a bare http(s) origin: "null" (a file: page), paths or other schemes are not a target for postMessage.
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

function stateOf(raw: string | null): Record<string, string> {
  try {
    const parsed = raw ? (JSON.parse(raw) as unknown) : {};
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}
