import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';

import { SESSION_KEY } from '../../../src/widget/shared/session';

/** Where the launcher keeps the panel's state when the panel may not keep it itself (embed.ts). */
const PANEL_STATE_KEY = 'intake-widget/v1/panel-state';

export const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-artifacts', 'browser');

/** Web Chat's markup (4.18): bot bubbles are the ones without the from-user modifier. */
const BOT_BUBBLE = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';
const SEND_BOX = '[data-id="webchat-sendbox-input"]';
/** "Send failed. Retry." in English, "No se pudo enviar." in Spanish (Web Chat's own strings). */
const SEND_FAILED = /Send failed|No se pudo enviar/;
/** Web Chat's connectivity indicator and the panel's notice, in both languages. */
const CONNECTING = /Connecting…|Conectando…/;

/**
 * A visitor on the demo page, as a person uses it: the launcher button, Web Chat's send box and its answer
 * buttons. It also records, in the browser itself, when a click or Enter happened and when the reply
 * appeared, so the figures have no test-runner overhead in them.
 */
export class WidgetPage {
  /** Bot messages seen so far; the next reply is looked for after them. */
  private seen = 0;

  constructor(readonly page: Page) {}

  /** Opens the demo page (or any path) and notes every click's time in the page and its frames. */
  async goto(url: string): Promise<void> {
    await this.page.addInitScript(() => {
      const w = window as unknown as { __lastAction?: number };
      document.addEventListener('click', () => (w.__lastAction = Date.now()), true);
      document.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__lastAction = Date.now()), true);
    });
    await this.page.goto(url);
  }

  launcher(): Locator {
    return this.page.locator('#intake-widget button.launcher');
  }

  /** The panel's iframe element (inside the widget's shadow root). */
  panelFrameElement(): Locator {
    return this.page.locator('#intake-widget iframe');
  }

  /**
   * The panel's document, once its iframe has loaded it. (The iframe starts as about:blank; loading the
   * panel, on another origin, gives it a new frame in the browser, so the frame is looked up until it is it.)
   */
  async frame(): Promise<Frame> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const handle = await this.panelFrameElement().elementHandle({ timeout: 15_000 });
      const frame = await handle?.contentFrame();
      if (frame && frame.url().includes('/widget/panel')) return frame;
      if (Date.now() > deadline) throw new Error('the panel iframe never loaded the panel');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Clicks the launcher; returns ms from the click to the first bot message on screen. */
  async openAndTimeFirstMessage(): Promise<number> {
    await this.launcher().click();
    const frame = await this.frame();
    const shownAt = await frame.waitForFunction((sel) => (document.querySelectorAll(sel).length > 0 ? Date.now() : false), BOT_BUBBLE, { polling: 'raf', timeout: 20_000 });
    const clickedAt = await this.page.evaluate(() => (window as unknown as { __lastAction: number }).__lastAction);
    this.seen = 0;
    return (await shownAt.jsonValue() as number) - clickedAt;
  }

  async botTexts(): Promise<string[]> {
    const frame = await this.frame();
    return frame.locator(BOT_BUBBLE).allInnerTexts();
  }

  /**
   * Waits until the bot messages after those already seen contain every part; returns ms from the visitor's
   * last click or Enter (recorded in the panel) to that moment.
   */
  async expectReply(parts: string | readonly string[], timeout = 20_000): Promise<number> {
    const wanted = typeof parts === 'string' ? [parts] : [...parts];
    const frame = await this.frame();
    const handle = await frame
      .waitForFunction(
        ({ sel, after, wanted }) => {
          const texts = [...document.querySelectorAll(sel)].slice(after).map((n) => (n as HTMLElement).innerText.replace(/[’‘]/g, "'"));
          const joined = texts.join('\n');
          return wanted.every((w) => joined.includes(w)) ? Date.now() : false;
        },
        { sel: BOT_BUBBLE, after: this.seen, wanted: wanted.map((w) => w.replace(/[’‘]/g, "'")) },
        { polling: 'raf', timeout },
      )
      .catch(async (error: Error) => {
        await this.screenshot(`failure-${Date.now()}`).catch(() => undefined);
        const texts = await this.botTexts().catch(() => [] as string[]);
        throw new Error(`expected a reply with ${JSON.stringify(wanted)}; the last bot messages were:\n${texts.slice(this.seen).join('\n---\n') || '(none)'}\n${error.message}`);
      });
    const at = (await handle.jsonValue()) as number;
    const actedAt = await frame.evaluate(() => (window as unknown as { __lastAction?: number }).__lastAction ?? 0);
    this.seen = (await frame.locator(BOT_BUBBLE).count());
    return actedAt ? at - actedAt : NaN;
  }

  /** Reloads the page; the transcript the panel shows again is looked through from its start. */
  async reload(): Promise<void> {
    await this.page.reload();
    this.seen = 0;
  }

  /** Types into Web Chat's send box and presses Enter. */
  async type(text: string): Promise<void> {
    const box = (await this.frame()).locator(SEND_BOX);
    await box.fill(text);
    await box.press('Enter');
  }

  /** Clicks one of the answer buttons (suggested actions) of the bot's last message. */
  async click(label: string): Promise<void> {
    const frame = await this.frame();
    await frame.locator('.webchat__suggested-actions').getByRole('button', { name: label, exact: true }).click();
  }

  async buttons(): Promise<string[]> {
    return (await this.frame()).locator('.webchat__suggested-actions button').allInnerTexts();
  }

  /** The Direct Line conversation id the panel keeps (in its own storage, or the page's when it has none). */
  async conversationId(): Promise<string> {
    const frame = await this.frame();
    const own = await frame.evaluate((key) => {
      try {
        return sessionStorage.getItem(key);
      } catch {
        return null; // third-party storage blocked in this window
      }
    }, SESSION_KEY);
    const kept =
      own ??
      (await this.page.evaluate(({ key, session }) => (JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, string>)[session] ?? null, {
        key: PANEL_STATE_KEY,
        session: SESSION_KEY,
      }));
    if (!kept) throw new Error('the panel keeps no session');
    return (JSON.parse(kept) as { conversationId: string }).conversationId;
  }

  /** The stored Direct Line session (the panel's own storage, or the page's when the panel has none). */
  async storedSession(): Promise<{ token: string; conversationId: string; watermark: string; expiresAt: number }> {
    const frame = await this.frame();
    const own = await frame.evaluate((key) => {
      try {
        return sessionStorage.getItem(key);
      } catch {
        return null;
      }
    }, SESSION_KEY);
    if (own) return JSON.parse(own);
    const kept = await this.page.evaluate((key) => sessionStorage.getItem(key), PANEL_STATE_KEY);
    const session = kept ? (JSON.parse(kept) as Record<string, string>)[SESSION_KEY] : undefined;
    if (!session) throw new Error('the panel keeps no session');
    return JSON.parse(session);
  }

  /** Changes the stored session where it is kept, as time passing would (for the next reload). */
  async editStoredSession(change: (session: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
    const next = JSON.stringify(change(await this.storedSession()));
    const frame = await this.frame();
    const wroteOwn = await frame.evaluate(({ key, value }) => {
      try {
        if (sessionStorage.getItem(key) === null) return false;
        sessionStorage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    }, { key: SESSION_KEY, value: next });
    if (wroteOwn) return;
    await this.page.evaluate(({ key, session, value }) => {
      const kept = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, string>;
      sessionStorage.setItem(key, JSON.stringify({ ...kept, [session]: value }));
    }, { key: PANEL_STATE_KEY, session: SESSION_KEY, value: next });
  }

  /** Whether a "Connecting…" indicator (Web Chat's own or the panel's status line) is on screen in the panel. */
  async connectingShown(): Promise<boolean> {
    const text = await (await this.frame()).locator('body').innerText();
    return CONNECTING.test(text);
  }

  /** Whether Web Chat shows "Send failed" anywhere in the transcript. */
  async sendFailedShown(): Promise<boolean> {
    const text = await (await this.frame()).locator('body').innerText();
    return SEND_FAILED.test(text);
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path, fullPage: false });
    return path;
  }
}
