/**
 * Crisis-triage command line, for evaluation and for clinicians reviewing rules.
 *
 *   npm run --silent triage < in.jsonl > out.jsonl
 *     reads one {"id","text"} object a line (optionally "context": {"answerKind","aboutSelfHarm","asksForTime","earlier"}) and
 *     writes one {"id","risk","reasons"} object a line, in the same order. A line that cannot be read
 *     yields {"id","error"} in its place: never a silent skip, never a crash. Blank lines are not records.
 *   npm run --silent triage -- --text "I want to die" [--explain]
 *     prints one result; --explain also lists on stderr every rule match and what the modifiers
 *     decided about it, for clinicians reviewing the rules.
 *
 * Nothing but results goes to stdout; diagnostics go to stderr. Exit code 1 when any line failed.
 */
import { createInterface } from 'readline';
import { explain, triage, type TriageContext } from '../triage';

const USAGE = `usage: triage < in.jsonl > out.jsonl
       triage --text "message" [--explain] [--about-self-harm] [--answer-kind yes-no|choice|free-text]`;

function contextFrom(value: unknown): TriageContext | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object') throw new Error('"context" must be an object');
  const c = value as Record<string, unknown>;
  const context: TriageContext = {};
  if (c.answerKind !== undefined) {
    if (c.answerKind !== 'yes-no' && c.answerKind !== 'choice' && c.answerKind !== 'free-text') {
      throw new Error('"context.answerKind" must be "yes-no", "choice" or "free-text"');
    }
    context.answerKind = c.answerKind;
  }
  if (c.aboutSelfHarm !== undefined) {
    if (typeof c.aboutSelfHarm !== 'boolean') throw new Error('"context.aboutSelfHarm" must be a boolean');
    context.aboutSelfHarm = c.aboutSelfHarm;
  }
  if (c.asksForTime !== undefined) {
    if (typeof c.asksForTime !== 'boolean') throw new Error('"context.asksForTime" must be a boolean');
    context.asksForTime = c.asksForTime;
  }
  if (c.earlier !== undefined) {
    if (!Array.isArray(c.earlier) || !c.earlier.every((t) => typeof t === 'string')) throw new Error('"context.earlier" must be an array of strings');
    context.earlier = c.earlier as string[];
  }
  return context;
}

export interface LineResult {
  /** The output line, without its newline. */
  readonly json: string;
  /** Set when the line could not be triaged; `json` then carries it as {"id","error"}. */
  readonly error?: string;
}

/** One input line to one output line. Never throws. */
export function processLine(line: string): LineResult {
  let id: unknown = null;
  try {
    const row: unknown = JSON.parse(line);
    if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new Error('line is not a JSON object');
    const r = row as Record<string, unknown>;
    id = r.id ?? null;
    if (typeof r.text !== 'string') throw new Error('"text" must be a string');
    const result = triage(r.text, contextFrom(r.context));
    return { json: JSON.stringify({ id, risk: result.risk, reasons: result.reasons }) };
  } catch (error) {
    const message = error instanceof SyntaxError ? `malformed JSON: ${error.message}` : (error as Error).message;
    return { json: JSON.stringify({ id, error: message }), error: message };
  }
}

function flagValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const text = flagValue(args, '--text');
  if (args.includes('--text')) {
    if (text === undefined) {
      process.stderr.write(`--text needs a message\n${USAGE}\n`);
      return 2;
    }
    const answerKind = flagValue(args, '--answer-kind');
    const context = contextFrom({
      ...(answerKind !== undefined ? { answerKind } : {}),
      ...(args.includes('--about-self-harm') ? { aboutSelfHarm: true } : {}),
    });
    const { risk, reasons } = triage(text, context);
    process.stdout.write(`${JSON.stringify({ risk, reasons })}\n`);
    if (args.includes('--explain')) for (const line of explain(text)) process.stderr.write(`${line}\n`);
    return 0;
  }

  let failed = 0;
  let lineNo = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const out = processLine(line);
    if (out.error !== undefined) {
      failed++;
      process.stderr.write(`line ${lineNo}: ${out.error}\n`);
    }
    if (!process.stdout.write(`${out.json}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  if (failed > 0) process.stderr.write(`${failed} line(s) could not be triaged\n`);
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  // a closed pipe (e.g. `| head`) is not an error worth a stack trace
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`triage: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
