import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * Debian's chromium, driven by playwright-core (no browser download). When it is missing, the tests try to
 * install it (apt-get, as root); only if that truly cannot work do they skip, saying why. CI (.ci/run) installs
 * it first and sets REQUIRE_BROWSER_TESTS=1, which turns a skip into a failure.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function aptInstall(): string {
  const run = (args: string[]) => spawnSync('apt-get', args, { encoding: 'utf8', timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  let result = run(['install', '-y', '-qq', 'chromium']);
  if (result.status !== 0) {
    run(['update', '-qq']);
    result = run(['install', '-y', '-qq', 'chromium']);
  }
  return `${result.error?.message ?? ''} ${(result.stderr ?? '').slice(-400)}`.trim();
}

let checked: string | undefined | null = null;

/** Undefined when chromium can run; otherwise why not. Installs it once if it is missing. */
export function chromiumUnavailable(): string | undefined {
  if (checked !== null) return checked;
  if (existsSync(CHROMIUM)) return (checked = undefined);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    return (checked = `${CHROMIUM} is missing and installing it needs root: run \`apt-get install -y chromium\``);
  }
  const output = aptInstall();
  checked = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing and \`apt-get install -y chromium\` failed: ${output}`;
  return checked;
}

/** `describe`, or `describe.skip` with the reason printed, or a failure when browser tests are required. */
export function describeInBrowser(name: string, body: () => void): void {
  const reason = chromiumUnavailable();
  if (!reason) return describe(name, body);
  if (process.env.REQUIRE_BROWSER_TESTS === '1') {
    describe(name, () => {
      it('needs chromium', () => {
        throw new Error(`browser tests are required here (REQUIRE_BROWSER_TESTS=1) but cannot run: ${reason}`);
      });
    });
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`SKIPPED browser tests "${name}": ${reason}`);
  describe.skip(name, body);
}

/** A fresh browser (Playwright gives it a new, empty profile directory each time). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A browser on a fresh user-data directory of our own whose settings allow third-party cookies, as desktop
 * Chrome does by default: third-party frames then keep storage (partitioned per site). This Chromium blocks
 * them out of the box, like a private window, which is what browser.newContext() gives.
 */
export function launchPersistentChromium(options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'widget-chromium-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(
    join(dir, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false }, tracking_protection: { block_all_3pc_toggle_enabled: false } }),
  );
  return chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: options.viewport ?? { width: 1280, height: 800 } });
}
