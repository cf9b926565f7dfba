import { launchChromium, chromiumUnavailable } from '../test/browser/support/chromium';
import { startWidgetService } from '../test/browser/support/widget-service';
import { WidgetPage } from '../test/browser/support/widget-page';
import { formatTimings, type Timings } from '../test/browser/support/timings';
import { englishWebAssessment } from '../test/web/web-transcripts';

/**
 * `npm run bench:widget [-- --visitors 6 --polling 2000]`: the website widget in headless Chromium against the
 * real service (a child process on SQLite), as in the browser tests. Each visitor opens the demo page, opens
 * the widget and answers the first 15 questions with buttons and typing. Printed, never asserted:
 * - launcher click -> first bot message, straight away (cold: the panel and Web Chat load after the click);
 * - the same once the panel has preloaded (the pointer rested on the launcher until Web Chat was loaded);
 * - the visitor's click or Enter -> the bot's reply on screen.
 * The times are taken in the browser (Date.now() at the click and when the message is painted).
 */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const unavailable = chromiumUnavailable();
  if (unavailable) throw new Error(`cannot run: ${unavailable}`);
  const visitors = arg('visitors', 6);
  const polling = arg('polling', 0);
  const steps = englishWebAssessment.steps.slice(0, 15);
  const service = await startWidgetService({ WEB_TOKENS_PER_IP_PER_MINUTE: '1000', ...(polling ? { WIDGET_POLLING_INTERVAL_MS: String(polling) } : {}) });
  const browser = await launchChromium();
  const cold: Timings = { firstMessage: [], reply: [] };
  const warm: number[] = [];
  try {
    for (let v = 0; v < visitors; v++) {
      for (const preload of [false, true]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const widget = new WidgetPage(await context.newPage());
        await widget.goto(`http://localhost:${service.port}/`);
        if (preload) {
          // The pointer rests on the launcher until the panel it preloads has Web Chat ready, then clicks. (Polled
          // on a timer: a hidden frame gets no animation frames.)
          await widget.launcher().hover();
          await (await widget.frame()).waitForFunction(() => typeof (window as unknown as { WebChat?: unknown }).WebChat === 'object', null, { polling: 50, timeout: 20_000 });
          warm.push(await widget.openAndTimeFirstMessage());
        } else {
          cold.firstMessage.push(await widget.openAndTimeFirstMessage());
          await widget.expectReply(englishWebAssessment.welcome);
          for (const [action, expected] of steps) {
            if (typeof action === 'string') await widget.type(action);
            else await widget.click(action.click);
            cold.reply.push(await widget.expectReply(expected));
          }
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await service.stop();
  }
  process.stdout.write(`${formatTimings(cold, polling || undefined)}\n`);
  const sorted = [...warm].sort((a, b) => a - b);
  process.stdout.write(`${'open preloaded widget -> first message'.padEnd(38)} n=${String(warm.length).padStart(3)}  median ${sorted[Math.floor(sorted.length / 2)].toFixed(0).padStart(5)} ms  max ${Math.max(...warm).toFixed(0).padStart(5)} ms\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:widget failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
