import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newcomer's path: `npm run chat` completes the questionnaire on the embedded store, and resumes. */
const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function chat(args: string[], lines: string[], databaseUrl: string) {
  const result = spawnSync(TSX, [join(ROOT, 'src', 'cli', 'chat.ts'), ...args], {
    input: lines.join('\n') + '\n',
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`chat exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

const pcl5 = Array.from({ length: 20 }, () => '3');

describe('npm run chat', () => {
  const databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'intake-chat-')), 'chat.db')}`;

  it('when a person answers every question in the terminal, then the chat ends with what happens next', () => {
    const out = chat(
      [],
      ['yes', '41', 'Colorado', 'yes', 'no', 'no', 'no', ...pcl5, 'yes', 'no', 'yes', 'no', 'no', 'no', 'no', 'no', 'no', 'none', 'Ana', 'ana@example.com', 'Mountain', 'weekdays', 'mornings'],
      databaseUrl,
    );
    expect(out).toContain('automated intake assistant');
    expect(out).toMatch(/\n\s+0 Not at all\n/); // choices listed one per line in the terminal
    expect(out).toContain('Thank you, Ana');
  });

  it('when a chat is left mid-way, then --resume continues at the same question, and --lang es speaks Spanish', () => {
    const first = chat(['--lang', 'es'], ['sí', '52'], databaseUrl);
    expect(first).toContain('¿En qué estado de EE. UU. vive?');
    const id = /--resume ([0-9a-f-]{36})/.exec(first)![1];
    const resumed = chat(['--resume', id], ['Texas'], databaseUrl);
    expect(resumed).toContain(`Resuming conversation ${id}`);
    expect(resumed).toContain('TEPT');
  });
});
