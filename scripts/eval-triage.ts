/**
 * `npm run eval:triage`: accuracy of crisis triage (rules plus the statistical stage) on the project's
 * labelled corpus and on the shared dev examples. Prints recall, imminent recall, false alarms, a
 * confusion matrix, figures per language and every miss; exits non-zero when a target is missed so that
 * CI can gate on it. `--verbose` also lists tier disagreements that are not misses (e.g. gold active,
 * predicted passive).
 *
 * Those figures are in-sample: the rules were written and the model trained on these files.
 * `npm run eval:triage -- --cv` adds the honest estimate: nested leave-one-file-out cross-validation,
 * each labelled file (a different writer each) scored by a model trained on the other files, with
 * thresholds chosen on the other files only (see src/triage/model/crossval.ts). It takes about a minute.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { evaluate, pct, readLabelled, TARGETS, type Evaluation, type Figures } from '../src/triage/evaluate';
import { triage } from '../src/triage';
import { triageRules } from '../src/triage/detect';
import { combined, DEFAULT_CV, figuresOf, modelRank, nestedCv, prepare, type FoldFigures, type Scored } from '../src/triage/model/crossval';
import { RISK_ORDER, tierRank } from '../src/triage/tiers';
import { trainingFiles } from './triage-data';

const repoRoot = path.resolve(__dirname, '..');
const FILES = [
  path.join(repoRoot, 'test', 'fixtures', 'triage-corpus.jsonl'),
  path.resolve(repoRoot, '..', 'shared', 'crisis', 'dev.jsonl'),
];
const verbose = process.argv.includes('--verbose');
const crossValidate = process.argv.includes('--cv');

/**
 * Files whose words the rules were written against (the rules are in-sample there, even in
 * cross-validation): fresh-c and fresh-e through their Spanish rows, the others whole. The honest
 * figure for a new writer is a held-out set scored once (test/fixtures/README.md), not this table.
 */
const RULES_TUNED_ON = new Set([
  'triage-corpus.jsonl', 'triage-fresh-a.jsonl', 'triage-fresh-b.jsonl', 'triage-fresh-c.jsonl', 'triage-fresh-e.jsonl',
  'triage-fresh-f.jsonl', 'triage-fresh-g.jsonl', 'triage-fresh-h.jsonl', 'triage-fresh-j.jsonl', 'triage-fresh-k.jsonl', 'triage-fresh-m.jsonl', 'triage-fresh-n.jsonl', 'triage-fresh-o.jsonl', 'triage-fresh-r.jsonl', 'triage-fresh-s.jsonl', 'triage-fresh-t.jsonl', 'triage-fresh-u.jsonl', 'triage-fresh-w.jsonl', 'triage-fresh-x.jsonl', 'triage-fresh-y.jsonl', 'triage-fresh-z.jsonl', 'triage-fresh-aa.jsonl', 'triage-fresh-ac.jsonl', 'triage-fresh-ae.jsonl', 'dev.jsonl',
]);

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
if (crossValidate) crossValidation();
process.exitCode = failed ? 1 : 0;

function cvCells(f: FoldFigures): string {
  return `${pct(f.recall).padStart(6)} ${pct(f.imminentRecall).padStart(6)} ${pct(f.falseAlarms).padStart(5)}`;
}

function crossValidation(): void {
  const started = Date.now();
  const items = prepare(trainingFiles(), (text) => tierRank(triageRules(text).risk));
  console.log('== nested leave-one-file-out cross-validation');
  console.log('each file scored by a model trained on the other files (plus the regression examples), with thresholds');
  console.log('chosen by an inner leave-one-file-out on those other files only; columns: any-risk recall, imminent recall, false alarms\n');
  console.log(`${'held-out file'.padEnd(24)} ${'n'.padStart(5)}   ${'rules alone (before)'.padEnd(20)}   ${'model alone'.padEnd(20)}   ${'rules + model (after)'.padEnd(20)}  thresholds`);
  const all: Scored[] = [];
  const afterRank = new Map<Scored, number>();
  nestedCv(items, DEFAULT_CV, (fold) => {
    const rules = figuresOf(fold.file, fold.scored, (x) => x.rules);
    const model = figuresOf(fold.file, fold.scored, (x) => modelRank(x.p, fold.thresholds));
    const after = figuresOf(fold.file, fold.scored, (x) => combined(x, fold.thresholds));
    const mark = RULES_TUNED_ON.has(fold.file) ? '*' : ' ';
    console.log(
      `${(fold.file + mark).padEnd(24)} ${String(fold.scored.length).padStart(5)}   ${cvCells(rules)}   ${cvCells(model)}   ${cvCells(after)}  ` +
        `${fold.thresholds.risk.toFixed(3)} / ${fold.thresholds.imminent.toFixed(3)}`,
    );
    for (const x of fold.scored) {
      all.push(x);
      afterRank.set(x, combined(x, fold.thresholds));
    }
  });
  const unseen = all.filter((x) => !RULES_TUNED_ON.has(x.file));
  const show = (label: string, xs: Scored[]): void => {
    const rules = figuresOf(label, xs, (x) => x.rules);
    const after = figuresOf(label, xs, (x) => afterRank.get(x) as number);
    console.log(`${label.padEnd(24)} ${String(xs.length).padStart(5)}   ${cvCells(rules)}   ${''.padEnd(20)}   ${cvCells(after)}`);
  };
  show('all files', all);
  if (unseen.length > 0) show('files the rules never saw', unseen);
  console.log('\n* the rules were written against this file, so its "rules" and "after" figures are optimistic; the files');
  console.log('  without a star were scored by the rules untouched, so their "after" figures are the honest estimate.');
  if (unseen.length === 0) console.log('  Every file is starred: the model columns still measure a writer the model has not seen, the rules columns do not.');

  // false alarms on the hard negatives, by kind (the corpus tags its messages)
  const tags = new Map<string, readonly string[]>();
  for (const line of readFileSync(FILES[0] as string, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { id: string; tags?: string[] };
    tags.set(row.id, row.tags ?? []);
  }
  const byTag = new Map<string, { n: number; alarms: number }>();
  for (const x of all) {
    if (x.file !== 'triage-corpus.jsonl' || x.gold !== 0) continue;
    for (const tag of tags.get(x.id) ?? []) {
      const t = byTag.get(tag) ?? { n: 0, alarms: 0 };
      t.n++;
      if ((afterRank.get(x) as number) > 0) t.alarms++;
      byTag.set(tag, t);
    }
  }
  console.log('\nfalse alarms on the corpus hard negatives in cross-validation (rules + model), by tag:');
  for (const [tag, t] of [...byTag.entries()].sort((a, b) => b[1].n - a[1].n)) {
    if (t.n >= 10) console.log(`  ${tag.padEnd(22)} ${String(t.alarms).padStart(3)} / ${String(t.n).padStart(3)}  ${pct(t.alarms / t.n)}`);
  }
  if (verbose) {
    console.log('\nout-of-fold misses (rules + model):');
    for (const x of all) {
      const r = afterRank.get(x) as number;
      const kind = x.gold === 0 ? (r > 0 ? 'false-alarm' : '') : r === 0 ? 'missed-risk' : x.gold === 4 && r < 4 ? 'imminent-under-called' : '';
      if (kind !== '') console.log(`  ${x.file} ${x.id} gold=${RISK_ORDER[x.gold]} got=${RISK_ORDER[r]} [${kind}] p=${Array.from(x.p, (v) => v.toFixed(2)).join('/')} ${JSON.stringify(x.text.slice(0, 140))}`);
    }
  }
  console.log(`\ncross-validation took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
