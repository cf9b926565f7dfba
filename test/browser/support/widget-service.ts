import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTwilioLocal, type TwilioLocal } from '../../../tools/twilio-local';
import { ensureWidgetBuilt } from '../../../scripts/build-widget';
import { freePort } from '../../escalation/support';
import { spawnService } from '../../support/spawn-service';


export interface WidgetService {
  /** The service's address as the widget's script tag names it (127.0.0.1). */
  base: string;
  port: number;
  /** The local Twilio stand-in: the on-call clinicians' phones receive their pages here. */
  twilio: TwilioLocal;
  dbFile: string;
  stop(): Promise<void>;
}

/**
 * The real service as a child process on a free port, with a temporary SQLite file, the real clock, the test
 * roster and the Twilio stand-in for pages. The widget is built first if it is missing or stale.
 */
export async function startWidgetService(env: Record<string, string> = {}): Promise<WidgetService> {
  await ensureWidgetBuilt();
  const twilio = await startTwilioLocal({ port: 0 });
  const port = await freePort();
  const dbFile = join(mkdtempSync(join(tmpdir(), 'widget-browser-')), 'intake.db');
  const base = `http://127.0.0.1:${port}`;
  twilio.setWebhookUrls({ sms: `${base}/api/twilio/sms`, conversations: `${base}/api/twilio/conversations` });
  const child: ChildProcess = await spawnService({ port, dbFile, twilio, env });
  return {
    base,
    port,
    twilio,
    dbFile,
    async stop() {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      await twilio.close();
    },
  };
}
