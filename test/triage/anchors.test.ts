import { readdirSync, readFileSync, existsSync } from 'fs';
import path from 'path';
import fc from 'fast-check';
import { normalise } from '../../src/triage';
import { LiteralGate } from '../../src/triage/rules/gate';
import { MATCHERS } from '../../src/triage/rules/index';
import { gatedMatchers, scanMessage } from '../../src/triage/scan';
import { MESSAGE_EXPRESSIONS } from '../../src/triage/modifiers/escalate';
import { requiredLiterals, topLevelAlternatives } from '../../src/triage/rules/literals';
import { searchInWindows, windowsAround } from '../../src/triage/windows';
import { EXAMPLES } from './examples';

/**
 * Each expression runs only when one of its required literals is in the message. The literals are
 * derived from the expression (literals.ts); if the derivation were wrong, an expression would
 * silently never fire. So: the derivation on known cases, and every expression run ungated on every
 * labelled message and on generated ones, each match checked against the gate.
 */
const repoRoot = path.resolve(__dirname, '..', '..');

function labelledTexts(): string[] {
  const out = EXAMPLES.map(([, t]) => t);
  const fixtures = path.join(repoRoot, 'test', 'fixtures');
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(fixtures, f));
  files.push(path.resolve(repoRoot, '..', 'shared', 'crisis', 'dev.jsonl'));
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() !== '') out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return out;
}

function show(lits: ReturnType<typeof requiredLiterals>): string[] | null {
  return lits === null ? null : lits.map((l) => `${l.boundaryBefore ? '\\b' : ''}${l.text}${l.boundaryAfter ? '\\b' : ''}`).sort();
}

/** Every matcher that matches `text` ungated but is not let through by the gate. */
function leaks(text: string): string[] {
  const on = new Set(gatedMatchers(text).on);
  const out: string[] = [];
  MATCHERS.forEach((matcher, k) => {
    matcher.re.lastIndex = 0;
    const m = matcher.re.exec(text);
    if (m !== null && !on.has(k)) out.push(`${matcher.rule.id}: "${m[0]}" in "${text.slice(0, 80)}"`);
  });
  return out;
}

describe('required literals of an expression', () => {
  it('multiply out a sequence of exact parts', () => {
    expect(show(requiredLiterals(String.raw`\bkill\s(?:my|your)self\b`))).toEqual(['\\bkill myself\\b', '\\bkill yourself\\b']);
  });

  it('keep the most selective part when the exact strings grow too many', () => {
    const lits = show(requiredLiterals(String.raw`\b(?:i|im|we|they|he|she|you|u)\s(?:[a-z]+\s){0,2}(?:overdosed|overdose)\b`));
    // what comes before always ends with a space, so the literal starts a word
    expect(lits).toEqual(['\\boverdose\\b', '\\boverdosed\\b']);
  });

  it('never spell a nested sequence as only its last run when an optional part before it overflowed', () => {
    // "(?:nomas|solo|...)?\s?(?:queria|...)" outgrows the exact strings; inside a larger sequence it must
    // not be read as exactly "queria ...", or "ya nomas queria despedirme de ustedes" would be gated out
    const source = String.raw`\bya\s(?:(?:nomas|solo|solamente|nada\smas)?\s?(?:queria|quiero|vengo\sa|vine\sa)\sdespedirme)\sde\sustedes\b`;
    const text = 'ya nomas queria despedirme de ustedes';
    expect(new RegExp(source).test(text)).toBe(true);
    const [alternative] = topLevelAlternatives(source);
    for (const group of alternative?.required ?? []) expect(group.some((l) => text.includes(l.text))).toBe(true);
  });

  it('skip optional parts, lookarounds and classes of many characters', () => {
    expect(show(requiredLiterals(String.raw`(?<!not\s)\b(?:really\s)?want\sto\s[a-z]+\sdie(?!\s(?:laughing))`))).toEqual(['\\breally want to ', '\\bwant to ']);
    expect(show(requiredLiterals(String.raw`\b(?:i|we)\s[a-z]+\s(?:die|dying)(?!\s(?:laughing))`))).toEqual([' die', ' dying']);
  });

  it('take the union over alternatives, and name nothing when one alternative has no literal', () => {
    expect(show(requiredLiterals(String.raw`rope|noose`))).toEqual(['noose', 'rope']);
    expect(requiredLiterals(String.raw`rope|[a-z]+`)).toBeNull();
    expect(requiredLiterals(String.raw`(?:very\s)?`)).toBeNull();
  });

  it('require what one repetition requires', () => {
    expect(show(requiredLiterals(String.raw`(?:bye\s?)+`))).toEqual(['bye']);
    expect(requiredLiterals(String.raw`(?:bye\s?)*`)).toBeNull();
  });

  it('require two parts of a sequence at once when both name literals', () => {
    const [alternative] = topLevelAlternatives(String.raw`\b(?:i\shave|holding)\s(?:[a-z]+\s)?(?:rifle|pills)\b`);
    expect(alternative?.required?.map(show)).toEqual([['\\bholding ', '\\bi have '], ['\\bpills\\b', '\\brifle\\b']]);
    // a second group as common as "in" or "me " would be found nearly everywhere: it is left out
    const [weak] = topLevelAlternatives(String.raw`\b(?:i|me)\s(?:[a-z]+\s)?(?:rifle|pills)\b`);
    expect(weak?.required?.map(show)).toEqual([['\\bpills\\b', '\\brifle\\b']]);
  });

  it('mark a literal as starting a word when everything before it ends with a space', () => {
    // optional words in between, then a part too varied to multiply out: its first words start words
    const [standing] = topLevelAlternatives(String.raw`\bstanding\s(?:[a-z]+\s)?(?:on|at)\s(?:bridge|roof|edge\sof\s[a-z]+)\b`);
    expect(standing?.required?.flat().map((l) => l.boundaryBefore)).not.toContain(false);
    // after a character that may be a letter, it does not
    expect(show(requiredLiterals(String.raw`[a-z]overdose(?:d)?\b`))).toEqual(['overdose\\b', 'overdosed\\b']);
  });

  it('split an expression only at its top-level bars', () => {
    expect(topLevelAlternatives(String.raw`a(?:b|c)|[|x]d|e`).map((a) => a.source)).toEqual(['a(?:b|c)', '[|x]d', 'e']);
  });
});

describe('the literal gate', () => {
  const gate = new LiteralGate(
    [
      { literal: { text: 'die', boundaryBefore: true, boundaryAfter: true }, target: 0, group: 0 },
      { literal: { text: 'kill myself', boundaryBefore: false, boundaryAfter: false }, target: 1, group: 0 },
      { literal: { text: 'self', boundaryBefore: false, boundaryAfter: false }, target: 2, group: 0 },
    ],
    3,
  );

  it('lets a target with two groups through only when both are present', () => {
    const both = new LiteralGate(
      [
        { literal: { text: 'i have', boundaryBefore: true, boundaryAfter: false }, target: 0, group: 0 },
        { literal: { text: 'gun', boundaryBefore: false, boundaryAfter: true }, target: 0, group: 1 },
      ],
      1,
    );
    expect(both.scan('i have a question').on).toEqual([]);
    expect(both.scan('my dads gun').on).toEqual([]);
    expect(both.scan('i have my dads gun').on).toEqual([0]);
  });

  it('tells apart long literals that start alike', () => {
    const alike = new LiteralGate(
      [
        { literal: { text: 'i want to die', boundaryBefore: true, boundaryAfter: true }, target: 0, group: 0 },
        { literal: { text: 'i want to disappear', boundaryBefore: true, boundaryAfter: true }, target: 1, group: 0 },
      ],
      2,
    );
    expect(alike.scan('i want to dinner').on).toEqual([]);
    expect(alike.scan('honestly i want to disappear').on).toEqual([1]);
    expect(alike.scan('i want to die').on).toEqual([0]);
    expect(alike.scan('i want to\ndie').on).toEqual([0]);
  });

  it('finds literals that overlap or end inside one another', () => {
    expect(gate.scan('i want to kill myself').on).toEqual([1, 2]);
  });

  it('checks the word boundaries the expression had', () => {
    expect(gate.scan('the diet and the diesel').on).toEqual([]);
    expect(gate.scan('i could die.').on).toEqual([0]);
  });

  it('reads a newline as a space and reports where each literal starts', () => {
    const found = gate.scan('kill\nmyself, kill myself', true);
    expect(found.on).toEqual([1, 2]);
    expect(found.positionsOf(1)).toEqual([0, 13]);
  });

  it('keeps every position when a message holds more than its buffers were sized for', () => {
    // 10,000 occurrences: past the 8,192 positions one scan records before its buffers grow
    const found = gate.scan('kill myself '.repeat(10_000), true);
    const positions = found.positionsOf(1);
    expect(positions).toHaveLength(10_000);
    expect(positions[9_999]).toBe(119_988);
  });
});

describe('every rule expression behind the gate', () => {
  it('has a required literal (none runs on every message)', () => {
    for (const matcher of MATCHERS) for (const group of matcher.required) expect(group.length).toBeGreaterThan(0);
  });

  it('is let through for every labelled message it matches', () => {
    const found: string[] = [];
    for (const original of labelledTexts()) found.push(...leaks(normalise(original).text));
    expect(found).toEqual([]);
  });

  it('is let through for generated messages built from its own words', () => {
    // words taken from the expressions themselves, so generated texts do match them
    const words = [...new Set(MATCHERS.flatMap((m) => m.required.flat().flatMap((l) => l.text.split(' '))).filter((w) => /^[a-z0-9]+$/.test(w)))];
    const word = fc.constantFrom(...words);
    const text = fc.array(fc.oneof(word, word, fc.constantFrom('i', 'my', 'to', 'the', 'no', 'me', 'a', 'y', '.', ',', '\n')), { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, (t) => leaks(normalise(t).text).length === 0),
      { numRuns: 400, seed: 7 },
    );
  });
});

describe('every message-level expression behind the gate (farewells, means at hand)', () => {
  it('has a required literal', () => {
    for (const re of MESSAGE_EXPRESSIONS) expect(requiredLiterals(re.source)?.length ?? 0).toBeGreaterThan(0);
  });

  it('is let through for every labelled message it matches, alone and run together with others', () => {
    const texts = labelledTexts();
    const long = texts.map((_, i) => texts.slice(i, i + 12).join(' ').slice(0, 1600));
    const missed: string[] = [];
    for (const original of [...texts, ...long]) {
      const text = normalise(original).text;
      const scan = scanMessage(text);
      for (const re of MESSAGE_EXPRESSIONS) if (re.test(text) && !scan.present(re)) missed.push(`${re.source.slice(0, 40)}: ${text.slice(0, 60)}`);
    }
    expect(missed).toEqual([]);
  });

  it('is held back when the message lacks its literals', () => {
    const scan = scanMessage(normalise('I live in Colorado and work nights').text);
    expect(MESSAGE_EXPRESSIONS.filter((re) => scan.present(re))).toEqual([]);
  });
});

describe('a long message searched in windows around the literals found', () => {
  /** Long messages like the benchmark's: labelled messages run together, so signals sit mid-text. */
  function longTexts(): string[] {
    const texts = labelledTexts();
    const out: string[] = [];
    for (let i = 0; i < 160; i++) {
      let long = '';
      for (let k = i; long.length < 1500; k += 37) long += `${texts[(k * 101) % texts.length]} `;
      out.push(long.slice(0, 1600));
    }
    return out;
  }

  function matchesIn(re: RegExp, text: string, from: number, to: number): string[] {
    const slice = text.slice(from, to);
    const out: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push(`${from + m.index}:${m[0]}`);
    }
    return out;
  }

  it('finds every match a search of the whole message finds', () => {
    const missed: string[] = [];
    for (const original of longTexts()) {
      const text = normalise(original).text;
      expect(searchInWindows(text)).toBe(true);
      const { on, positionsOf } = gatedMatchers(text, true);
      for (const k of on) {
        const matcher = MATCHERS[k] as (typeof MATCHERS)[number];
        const whole = new Set(matchesIn(matcher.re, text, 0, text.length));
        const windowed = new Set(windowsAround(text, positionsOf(k), matcher.span).flatMap(([from, to]) => matchesIn(matcher.re, text, from, Math.min(to, text.length))));
        for (const m of whole) if (!windowed.has(m)) missed.push(`${matcher.rule.id}: ${m}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('finds every match a search of the whole message finds when tried only where its literals start', () => {
    // expressions whose every match starts at a first-group literal are tried at those positions alone
    const missed: string[] = [];
    let tried = 0;
    for (const original of longTexts()) {
      const text = normalise(original).text;
      const { on, positionsOf } = gatedMatchers(text, true);
      for (const k of on) {
        const matcher = MATCHERS[k] as (typeof MATCHERS)[number];
        const sticky = matcher.stickyRe;
        if (sticky === null) continue;
        tried++;
        const atStarts = new Set<string>();
        let next = 0;
        for (const p of positionsOf(k)) {
          if (p < next) continue;
          sticky.lastIndex = p;
          const m = sticky.exec(text);
          next = m === null ? p + 1 : p + Math.max(1, m[0].length);
          if (m !== null && m[0].length > 0) atStarts.add(`${p}:${m[0]}`);
        }
        for (const m of matchesIn(matcher.re, text, 0, text.length)) if (!atStarts.has(m)) missed.push(`${matcher.rule.id}: ${m}`);
      }
    }
    expect(tried).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });

  it('is searched whole when a run of characters is longer than the spans assume', () => {
    expect(searchInWindows(`${'a'.repeat(700)} i want to kill myself`)).toBe(false);
    expect(searchInWindows('word '.repeat(200))).toBe(true);
  });
});
