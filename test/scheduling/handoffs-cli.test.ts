import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handoffRecordSchema } from '../../src/scheduling';
import { csvCell, toCsv } from '../../src/scheduling/export/csv';
import { cleanAnswers } from './support';

/**
 * The embedded sink as the intake team uses it: an `npm run chat` session hands off a clean intake, and
 * `npm run handoffs` lists it, counts what was not handed off, and exports CSV (safe to open in a
 * spreadsheet) and NDJSON (each record valid against the schema).
 */
const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'handoffs-cli-'));
const env = {
  ...process.env,
  NODE_ENV: 'test',
  DATABASE_URL: `sqlite:${join(dir, 'intake.db')}`,
  BOOKING_LINK_TEMPLATE: 'https://cal.com/harbor/consult?name={name}&email={email}&notes={notes}',
};

function run(script: string, args: string[], input = '') {
  const result = spawnSync(TSX, [join(ROOT, script), ...args], { input, env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function chat(lines: string[]): string {
  const result = run('src/cli/chat.ts', [], `${lines.join('\n')}\n`);
  if (result.status !== 0) throw new Error(`chat exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

function handoffs(...args: string[]) {
  return run('src/cli/handoffs.ts', args);
}

describe('npm run handoffs', () => {
  let transcript: string;
  beforeAll(() => {
    transcript = chat(cleanAnswers());
  });

  it('when a chat session finishes a clean intake, then the chat shows the next step and npm run handoffs lists the hand-off', () => {
    expect(transcript).toContain('Thank you, Ana');
    expect(transcript).toMatch(/bot> Next step, Ana: .*https:\/\/cal\.com\/harbor\/consult\?name=Ana&email=ana%40example\.com/);
    const listed = handoffs();
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/^Hand-offs: 1 \(likely-fit 1, needs-review 0/m);
    expect(listed.stdout).toMatch(/\n[0-9A-F]{8} +\S+ \S+ +likely-fit +Ana +ana@example\.com +CO +America\/Denver +mon tue wed thu fri +morning +waiting +[0-9a-f-]{36}\n/);
  });

  it('when other sessions end not eligible or are typed with a formula, then they are counted, and the CSV cannot run a formula', () => {
    chat(['yes', '16']);
    const risky = cleanAnswers({ name: 'Bea', email: 'bea@example.com' });
    risky[36] = '=HYPERLINK("http://attacker.example","click"), xanax';
    chat(risky);

    const listed = handoffs();
    expect(listed.stdout).toMatch(/^Hand-offs: 2 \(likely-fit 1, needs-review 1/m);
    expect(listed.stdout).toMatch(/^Not handed off: not eligible 1 \(age 1, state 0\); withheld because the conversation entered crisis 0 \(with the clinician on the case\); not handed off \(pending\/failed\) 0$/m);
    // --since counts outcomes from then on too, not only hand-offs.
    expect(handoffs('--since', '2999-01-01').stdout).toMatch(/^Not handed off: not eligible 0 \(age 0, state 0\)/m);

    const csv = handoffs('--format', 'csv');
    expect(csv.status).toBe(0);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0].split(',')).toContain('medications_reported');
    expect(lines.filter((l) => l !== '')).toHaveLength(3);
    const bea = lines.find((l) => l.includes('bea@example.com'))!;
    expect(bea).toContain(`"'=HYPERLINK(""http://attacker.example"",""click""), xanax"`);
    expect(bea).toContain(',needs-review,medication-benzodiazepine,');
  });

  it('when exported as NDJSON, then every line is a hand-off whose record passes the intake.completed v1 schema', () => {
    const ndjson = handoffs('--format', 'ndjson');
    const lines = ndjson.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatchObject({ status: 'waiting', withheldReason: null, crisisSinceHandoff: false, bookedAt: null });
      expect(handoffRecordSchema.parse(line.record).handoffId).toBe(line.handoffId);
    }
  });

  it('when written to a file, then only its owner can read it; an unknown format is refused with a reason', () => {
    const out = join(dir, 'handoffs.csv');
    expect(handoffs('--format', 'csv', '--out', out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('ana@example.com');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const bad = handoffs('--format', 'xlsx');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--format must be table, csv or ndjson');
  });
});

describe('CSV cells', () => {
  it('quote commas, quotes and line breaks, and defuse every formula prefix', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).startsWith(`'`) || csvCell(`${start}1+1`).startsWith(`"'`)).toBe(true);
    expect(csvCell('+15555550100')).toBe("'+15555550100");
    expect(csvCell(60)).toBe('60');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [{ a: 'x', b: null }])).toBe('a,b\r\nx,\r\n');
  });
});
