import { existsSync } from 'fs';
import path from 'path';
import { triage, tierRank } from '../../src/triage';
import { evaluate, pct, readLabelled, TARGETS } from '../../src/triage/evaluate';
import { EXAMPLES } from './examples';

/**
 * The accuracy gate, with the same targets as `npm run eval:triage`: any-risk recall >= 0.99,
 * imminent recall >= 0.95, false alarms on none <= 3%. CI fails when accuracy drops.
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const CORPUS = path.join(repoRoot, 'test', 'fixtures', 'triage-corpus.jsonl');
const DEV = path.resolve(repoRoot, '..', 'shared', 'crisis', 'dev.jsonl');

function gate(file: string): void {
  const e = evaluate(readLabelled(file));
  const misses = e.misses.map((m) => `${m.id} gold=${m.gold} predicted=${m.predicted} ${JSON.stringify(m.text.slice(0, 100))}`).join('\n');
  expect({ file: path.basename(file), failures: e.failures, misses: e.passed ? '' : misses }).toEqual({ file: path.basename(file), failures: [], misses: '' });
  expect(e.anyRiskRecall).toBeGreaterThanOrEqual(TARGETS.anyRiskRecall);
  expect(e.imminentRecall).toBeGreaterThanOrEqual(TARGETS.imminentRecall);
  expect(e.falseAlarmRate).toBeLessThanOrEqual(TARGETS.falseAlarmRate);
}

describe('accuracy targets', () => {
  it('hold on the project corpus (test/fixtures/triage-corpus.jsonl)', () => {
    expect(existsSync(CORPUS)).toBe(true);
    gate(CORPUS);
  });

  (existsSync(DEV) ? it : it.skip)('hold on the shared dev examples (../shared/crisis/dev.jsonl)', () => {
    gate(DEV);
  });

  it('hold on the project regression examples', () => {
    const risky = EXAMPLES.filter(([tier]) => tier !== 'none');
    const missed = risky.filter(([, text]) => triage(text).risk === 'none').map(([, t]) => t);
    const imminent = EXAMPLES.filter(([tier]) => tier === 'imminent');
    const underCalled = imminent.filter(([, text]) => triage(text).risk !== 'imminent').map(([, t]) => t);
    const none = EXAMPLES.filter(([tier]) => tier === 'none');
    const alarms = none.filter(([, text]) => triage(text).risk !== 'none').map(([, t]) => t);
    expect({ missed, underCalled, alarms }).toEqual({ missed: [], underCalled: [], alarms: [] });
  });

  it('keep the tier of each regression example within one step of its label', () => {
    const far = EXAMPLES.filter(([tier, text]) => Math.abs(tierRank(triage(text).risk) - tierRank(tier)) > 1).map(
      ([tier, text]) => `${tier} -> ${triage(text).risk}: ${text}`,
    );
    expect(far).toEqual([]);
  });

  it('report figures that add up', () => {
    const e = evaluate(readLabelled(CORPUS));
    const total = Object.values(e.confusion).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(e.total);
    expect(pct(0.5)).toBe('50.0%');
  });
});
