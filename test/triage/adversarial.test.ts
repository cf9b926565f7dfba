import { triage } from '../../src/triage';

/**
 * Long and repetitive inputs must still be triaged correctly. Speed is not asserted here (a loaded CI
 * machine would make such a test flaky): `npm run bench:triage` measures these same shapes and prints the
 * slowest. Catastrophic backtracking would not be a few milliseconds slower but hang for seconds or more,
 * which the per-test timeout below still turns into a failure.
 */
const HANG_TIMEOUT_MS = 10_000;

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
  it.each(NONE)('%s: none', (_label, text) => {
    expect(triage(text).risk).toBe('none');
  }, HANG_TIMEOUT_MS);

  const RISK: Array<[string, string]> = [
    ['kill kill kill … myself', `${'kill '.repeat(2000)}myself`],
    ['pills emoji', '💊'.repeat(5000)],
    ['suicide suicide …', 'suicide '.repeat(1250)],
    ['k1ll m3 …', 'k1ll mys3lf '.repeat(800)],
    ['signal buried at the end of 10,000 characters', `${'The nightmares are bad and I cannot sleep. '.repeat(230)}I want to kill myself.`],
    ['signal buried at the start', `I want to kill myself. ${'The nightmares are bad and I cannot sleep. '.repeat(230)}`],
  ];
  it.each(RISK)('%s: still a signal', (_label, text) => {
    expect(triage(text).risk).not.toBe('none');
  }, HANG_TIMEOUT_MS);

  it('accepts empty and whitespace-only input', () => {
    expect(triage('')).toEqual({ risk: 'none', reasons: [] });
    expect(triage('   \n\t ')).toEqual({ risk: 'none', reasons: [] });
  });

  it('is deterministic', () => {
    const text = 'I took 30 of my pills. goodbye. me quiero morir';
    expect(triage(text)).toEqual(triage(text));
  });
});
