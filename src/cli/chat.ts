import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { composeApp } from '../compose';
import { createLogger } from '../logging';
import { ConfigError } from '../config';
import type { RenderedReply } from '../../dialogs/render';
import type { Locale } from '../../dialogs/locale';
import { JobWorker } from '../jobs/job-worker';

/**
 * `npm run chat`: the whole assessment in the terminal, on the same engine and store as the server (like
 * `rasa shell`). `--lang es` starts in Spanish; `--resume ID` continues a stored terminal conversation.
 * Every message goes through crisis triage exactly as it would on SMS or the web.
 */
const CHANNEL = 'terminal';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { lang: { type: 'string' }, resume: { type: 'string' } } });
  const locale: Locale | undefined = values.lang === 'es' ? 'es' : values.lang === 'en' ? 'en' : undefined;
  if (values.lang && !locale) throw new ConfigError('--lang must be en or es');

  // The chat prints the conversation; operational logs would only get in the way, so only errors show.
  const app = await composeApp({ logger: createLogger({ level: 'error', salt: process.env.LOG_ID_SALT ?? 'development-only-salt', write: (l) => process.stderr.write(`${l}\n`) }) });
  const { engine, store } = app;
  // A finished intake is handed to scheduling by outbox jobs; the chat runs those itself (only those), so the
  // hand-off is made (`npm run handoffs` lists it) and the confirmation the candidate gets shows up here.
  const scheduling = new JobWorker({ store, clock: app.clock, logger: app.logger, handlers: app.scheduling.handlers });
  const shown = new Set<number>();
  const showScheduled = async (conversationId: string) => {
    for (let pass = 0; pass < 5 && (await scheduling.runDue()) > 0; pass++);
    for (const message of await store.listMessages(conversationId)) {
      if (shown.has(message.id)) continue;
      shown.add(message.id);
      if (message.direction === 'out' && message.externalId?.startsWith('out:')) show([{ text: message.body }]);
    }
  };

  let participant: string;
  if (values.resume) {
    const row = await store.getConversation(values.resume);
    if (!row || row.channel !== CHANNEL) throw new ConfigError(`no terminal conversation with id ${values.resume}`);
    participant = row.participant;
    process.stdout.write(`Resuming conversation ${row.id}.\n\n`);
    // For a stored conversation this changes nothing and shows what the bot said last.
    for (const message of await store.listMessages(row.id)) shown.add(message.id);
    show((await engine.startConversation({ channel: CHANNEL, style: 'terminal', participant })).replies);
  } else {
    participant = `terminal-${randomUUID()}`;
    const opened = await engine.startConversation({ channel: CHANNEL, style: 'terminal', participant, locale });
    process.stdout.write(`Conversation ${opened.conversationId} (continue later with: npm run chat -- --resume ${opened.conversationId})\n\n`);
    show(opened.replies);
  }

  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  rl.setPrompt('you> ');
  rl.prompt();
  for await (const line of rl) {
    const result = await engine.handleInbound({ channel: CHANNEL, style: 'terminal', participant, text: line, externalId: randomUUID() });
    show(result.replies);
    await showScheduled(result.conversationId);
    rl.prompt();
  }
  await store.close();
}

function show(replies: readonly RenderedReply[]): void {
  for (const reply of replies) process.stdout.write(`bot> ${reply.text.replace(/\n/g, '\n     ')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
