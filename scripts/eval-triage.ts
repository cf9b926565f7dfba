/**
 * `npm run eval:triage`: accuracy of the crisis-triage rules on the project's labelled corpus and on
 * the shared dev examples. Prints recall, imminent recall, false alarms, a confusion matrix, figures per
 * language and every miss; exits non-zero when a target is missed so that CI can gate on it.
 * `--verbose` also lists tier disagreements that are not misses (e.g. gold active, predicted passive).
 */
import { existsSync } from 'fs';
import path from 'path';
import { evaluate, pct, readLabelled, TARGETS, type Evaluation, type Figures } from '../src/triage/evaluate';
import { triage } from '../src/triage';
import { RISK_ORDER } from '../src/triage/tiers';

const repoRoot = path.resolve(__dirname, '..');
const FILES = [
  path.join(repoRoot, 'test', 'fixtures', 'triage-corpus.jsonl'),
  path.resolve(repoRoot, '..', 'shared', 'crisis', 'dev.jsonl'),
];
const verbose = process.argv.includes('--verbose');

function line(label: string, f: Figures): string {
  return (
    `${label.padEnd(8)} n=${String(f.total).padStart(4)}  any-risk recall ${pct(f.anyRiskRecall).padStart(6)} (${f.risky})` +
    `  imminent recall ${pct(f.imminentRecall).padStart(6)} (${f.imminent})  false alarms ${pct(f.falseAlarmRate).padStart(5)} (${f.none})`
  );
}

function matrix(e: Evaluation): string {
  const head = 'gold \\ predicted'.padEnd(18) + RISK_ORDER.map((t) => t.padStart(9)).join('');
  const rows = RISK_ORDER.map((g) => g.padEnd(18) + RISK_ORDER.map((p) => String(e.confusion[g][p]).padStart(9)).join(''));
  return [head, ...rows].join('\n');
}

let failed = false;
console.log(`targets: any-risk recall >= ${pct(TARGETS.anyRiskRecall)}, imminent recall >= ${pct(TARGETS.imminentRecall)}, false alarms <= ${pct(TARGETS.falseAlarmRate)}\n`);
for (const file of FILES) {
  const shown = path.relative(repoRoot, file);
  if (!existsSync(file)) {
    console.log(`== ${shown}: not found, skipped\n`);
    continue;
  }
  const messages = readLabelled(file);
  const e = evaluate(messages);
  console.log(`== ${shown}`);
  console.log(line('all', e));
  for (const [lang, f] of Object.entries(e.byLang).sort()) console.log(line(lang, f));
  console.log(`\n${matrix(e)}\n`);
  if (e.misses.length === 0) console.log('misses: none');
  else {
    console.log(`misses (${e.misses.length}):`);
    for (const m of e.misses) {
      console.log(`  ${m.id}  gold=${m.gold} predicted=${m.predicted} [${m.kind}]  ${JSON.stringify(m.text.length > 140 ? `${m.text.slice(0, 140)}…` : m.text)}${m.rules.length ? `  rules=${m.rules.join(',')}` : ''}`);
    }
  }
  if (verbose) {
    const off = messages.filter((m) => {
      const p = triage(m.text).risk;
      return p !== m.risk && m.risk !== 'none' && p !== 'none' && !(m.risk === 'imminent');
    });
    console.log(`\ntier disagreements that still route (${off.length}):`);
    for (const m of off) console.log(`  ${m.id}  gold=${m.risk} predicted=${triage(m.text).risk}  ${JSON.stringify(m.text.slice(0, 120))}`);
  }
  console.log(e.passed ? '\nresult: PASS\n' : `\nresult: FAIL (${e.failures.join('; ')})\n`);
  if (!e.passed) failed = true;
}
process.exitCode = failed ? 1 : 0;
