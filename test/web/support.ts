import { startStack, type Stack } from '../escalation/support';
import { DirectLineClient } from './direct-line-client';

export interface WebStack extends Stack {
  /** A new visitor: a token from /api/web/token, then the reconnect Web Chat makes (the welcome arrives). */
  visitor(locale?: 'en' | 'es'): Promise<DirectLineClient>;
}

/** The whole service (Twilio stand-in for pages, test roster, manual clock) with the local Direct Line. */
export async function startWebStack(env: Record<string, string> = {}): Promise<WebStack> {
  const stack = await startStack(env);
  return {
    ...stack,
    async visitor(locale) {
      const client = await DirectLineClient.open(stack.base, locale ? { locale } : {});
      const res = await client.connect();
      if (res.status !== 200) throw new Error(`reconnect answered ${res.status}`);
      return client;
    },
  };
}
