import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { normalise } from '../../src/triage';
import { gatedMatchers, MATCHERS } from '../../src/triage/rules/index';
import { EXAMPLES } from './examples';

/**
 * Each rule runs only when one of its anchors (cheap substrings) is in the message. A rule whose
 * pattern can match without any of its anchors would silently never fire, so: run every rule on every
 * example with no gate, and check that each match would have passed the gate.
 */
const repoRoot = path.resolve(__dirname, '..', '..');

function texts(): string[] {
  const out = EXAMPLES.map(([, t]) => t);
  for (const file of [path.join(repoRoot, 'test', 'fixtures', 'triage-corpus.jsonl'), path.resolve(repoRoot, '..', 'shared', 'crisis', 'dev.jsonl')]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        out.push((JSON.parse(line) as { text: string }).text);
      } catch {
        // a malformed line is the corpus author's problem, not this test's
      }
    }
  }
  return out;
}

describe('rule anchors', () => {
  it('let through every message a rule matches', () => {
    const leaks: string[] = [];
    for (const original of texts()) {
      const text = normalise(original).text;
      const { on } = gatedMatchers(text);
      MATCHERS.forEach((matcher, k) => {
        matcher.re.lastIndex = 0;
        const m = matcher.re.exec(text);
        if (m !== null && on[k] === 0) leaks.push(`${matcher.rule.id}: "${m[0]}" in "${text.slice(0, 80)}"`);
      });
    }
    expect(leaks).toEqual([]);
  });

  it('are all lower-case normalised text', () => {
    for (const matcher of MATCHERS) for (const a of matcher.anchors) expect(a).toBe(a.toLowerCase());
  });
});
