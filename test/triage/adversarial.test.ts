import { triage } from '../../src/triage';

/**
 * Long and repetitive inputs must not hang the detector (catastrophic backtracking) and must still be
 * triaged correctly. Timing belongs to `npm run bench:triage`; the 50 ms bound here is only a guard.
 */
const GUARD_MS = 50;

/**
 * The fastest of five runs: catastrophic backtracking is slow every time, while a busy machine (jest's
 * parallel workers, other processes) only delays some runs.
 */
function timed(text: string): { risk: string; ms: number } {
  let risk = triage(text).risk; // warm
  let ms = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    risk = triage(text).risk;
    ms = Math.min(ms, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { risk, ms };
}

describe('adversarial inputs', () => {
  const NONE: Array<[string, string]> = [
    ['a a a …', 'a '.repeat(5000)],
    ['one 10,000-letter word', 'a'.repeat(10000)],
    ['i i i …', 'i '.repeat(5000)],
    ['no no no …', 'no '.repeat(3400)],
    ['punctuation', '!?.,;:'.repeat(1700)],
    ['zero-width characters', '\u200b'.repeat(10000)],
    ['newlines', '\n'.repeat(10000)],
    ['want to want to …', 'want to '.repeat(1250)],
    ['me quiero me quiero …', 'me quiero '.repeat(1000)],
    ['digits', '1234567890'.repeat(1000)],
    ['my wife my wife …', 'my wife '.repeat(1250)],
    ['emoji without meaning', '😂'.repeat(5000)],
  ];
  it.each(NONE)('%s: none, quickly', (_label, text) => {
    const { risk, ms } = timed(text);
    expect(risk).toBe('none');
    expect(ms).toBeLessThan(GUARD_MS);
  });

  const RISK: Array<[string, string]> = [
    ['kill kill kill … myself', `${'kill '.repeat(2000)}myself`],
    ['pills emoji', '💊'.repeat(5000)],
    ['suicide suicide …', 'suicide '.repeat(1250)],
    ['k1ll m3 …', 'k1ll mys3lf '.repeat(800)],
    ['signal buried at the end of 10,000 characters', `${'The nightmares are bad and I cannot sleep. '.repeat(230)}I want to kill myself.`],
    ['signal buried at the start', `I want to kill myself. ${'The nightmares are bad and I cannot sleep. '.repeat(230)}`],
  ];
  it.each(RISK)('%s: still a signal, quickly', (_label, text) => {
    const { risk, ms } = timed(text);
    expect(risk).not.toBe('none');
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it('accepts empty and whitespace-only input', () => {
    expect(triage('')).toEqual({ risk: 'none', reasons: [] });
    expect(triage('   \n\t ')).toEqual({ risk: 'none', reasons: [] });
  });

  it('is deterministic', () => {
    const text = 'I took 30 of my pills. goodbye. me quiero morir';
    expect(triage(text)).toEqual(triage(text));
  });
});
