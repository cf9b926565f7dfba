import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { TwilioLocal } from '../../tools/twilio-local';
import { writeRoster } from '../escalation/support';

const ROOT = join(__dirname, '..', '..');

/**
 * Starts the real service (test/support/child-service.ts) as a child process on SQLite file `dbFile`, wired to
 * the local Twilio stand-in and the test roster, and resolves once it says "ready". It is node itself with
 * tsx's loader, not the tsx CLI: the CLI runs the program in a grandchild that a SIGKILL would leave listening.
 */
export function spawnService(args: { port: number; dbFile: string; twilio: TwilioLocal; env?: NodeJS.ProcessEnv }): Promise<ChildProcess> {
  const { port, dbFile, twilio } = args;
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'support', 'child-service.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: `sqlite:${dbFile}`,
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_API_BASE_URL: twilio.url,
      TWILIO_FROM_NUMBER: twilio.phoneNumber,
      ONCALL_ROSTER_FILE: writeRoster(),
      ...args.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(proc));
    proc.once('exit', (code) => reject(new Error(`service exited early (${code}): ${stderr.slice(0, 1500)}`)));
  });
}

/** SIGKILL, as a crash would: no shutdown code runs. */
export function killService(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}
