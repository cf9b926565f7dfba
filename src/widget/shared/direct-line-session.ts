import { clearSession, decideResume, sessionFromToken, writeSession, type KeyValueStorage, type WidgetSession } from './session';

/**
 * How the panel gets the Direct Line session it connects with: the stored one, the stored one's conversation
 * with a refreshed token, or a new conversation.
 *
 * Why a refresh comes before anything new: an expired token does not mean the conversation is over. A visitor
 * who called 988 from the crisis reply, or whose phone slept, comes back after the token's 30 minutes, and a
 * clinician's relayed reply goes to the conversation the visitor was in. The service refreshes a token that
 * expired recently (valid signature, same conversation), so the widget asks for that first and continues the
 * same conversation with its whole transcript. Only when the service refuses (too long ago, a conversation it
 * no longer knows) does a new conversation start, and then the visitor is always told so.
 *
 * No DOM: the HTTP call is passed in, so the rules are unit-tested against the service's contract.
 */
export interface TokenAnswer {
  token: string;
  conversationId: string;
  expires_in?: number;
}

export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** POST a JSON body (or none), with the token as a bearer; throws HttpError on a non-2xx answer. */
export type PostJson = (url: string, body: unknown, token?: string) => Promise<TokenAnswer>;

/**
 * Why the panel connects:
 * - 'load': the panel opens (or the page reloads): a stored conversation is continued, refreshed first if its
 *   token is close to or past its expiry;
 * - 'lost': the service stopped accepting the token in use (ExpiredToken, a refused refresh): refresh it for
 *   the same conversation whatever its stored expiry says;
 * - 'abandon': the same conversation could not be continued even so: start a new one.
 */
export type ConnectReason = 'load' | 'lost' | 'abandon';

export interface ObtainedSession {
  session: WidgetSession;
  /** A conversation existed but could not be continued, so a new one was started: the visitor must be told. */
  restarted: boolean;
}

/** The service's answers that mean "this token will never be accepted again"; anything else may pass. */
function refused(error: unknown): boolean {
  return error instanceof HttpError && [401, 403, 404, 410].includes(error.status);
}

export async function obtainSession(input: {
  storage: KeyValueStorage | undefined;
  reason: ConnectReason;
  locale: string;
  /** The service's origin: /api/web/token and /v3/directline live there. */
  origin: string;
  now: () => number;
  post: PostJson;
}): Promise<ObtainedSession> {
  const { storage, reason, now, post } = input;
  const decision = decideResume(storage, now());
  const stored = decision.kind === 'new' ? undefined : decision.session;

  if (decision.kind === 'resume' && reason === 'load') return { session: decision.session, restarted: false };

  if (stored && reason !== 'abandon') {
    try {
      const answer = await post(`${input.origin}/v3/directline/tokens/refresh`, undefined, stored.token);
      const sameConversation = !answer.conversationId || answer.conversationId === stored.conversationId;
      const session = sessionFromToken({ ...answer, conversationId: stored.conversationId }, now(), stored.locale, stored.watermark);
      if (sameConversation) {
        writeSession(storage, session);
        return { session, restarted: false };
      }
      // A token for some other conversation is not a continuation: fall through to a new one, and say so.
    } catch (error) {
      // Offline, rate-limited or the service restarting: the conversation may still be there; the panel offers
      // "Try again" rather than throwing it away.
      if (!refused(error)) throw error;
    }
  }

  clearSession(storage);
  const answer = await post(`${input.origin}/api/web/token`, { locale: input.locale });
  const session = sessionFromToken(answer, now(), input.locale);
  writeSession(storage, session);
  return { session, restarted: stored !== undefined || reason !== 'load' };
}
