import { medicationFlags } from '../../dialogs/instruments/medications';

describe('medicationFlags', () => {
  it.each([
    ['alprazolam', 'benzodiazepine', 'alprazolam'],
    ['Xanax 0.5mg as needed', 'benzodiazepine', 'alprazolam'],
    ['klonopin', 'benzodiazepine', 'clonazepam'],
    ['Rivotril', 'benzodiazepine', 'clonazepam'],
    ['ATIVAN', 'benzodiazepine', 'lorazepam'],
    ['valium', 'benzodiazepine', 'diazepam'],
    ['temazepam at night', 'benzodiazepine', 'temazepam'],
    ['chlordiazepoxide', 'benzodiazepine', 'chlordiazepoxide'],
    ['benzos', 'benzodiazepine', 'benzodiazepine (unnamed)'],
    ['Lamictal 200', 'lamotrigine', 'lamotrigine'],
    ['lamotrigina', 'lamotrigine', 'lamotrigine'],
    ['Nardil', 'maoi', 'phenelzine'],
    ['parnate', 'maoi', 'tranylcypromine'],
    ['Marplan', 'maoi', 'isocarboxazid'],
    ['emsam patch', 'maoi', 'selegiline'],
    ['oxycodone', 'opioid', 'oxycodone'],
    ['OxyContin', 'opioid', 'oxycodone'],
    ['percocet', 'opioid', 'oxycodone'],
    ['Vicodin', 'opioid', 'hydrocodone'],
    ['norco', 'opioid', 'hydrocodone'],
    ['morfina', 'opioid', 'morphine'],
    ['fentanyl patch', 'opioid', 'fentanyl'],
    ['methadone clinic', 'opioid', 'methadone'],
    ['Suboxone', 'opioid', 'buprenorphine'],
    ['tramadol', 'opioid', 'tramadol'],
    ['Tylenol #3', 'opioid', 'codeine'],
    ['codeína', 'opioid', 'codeine'],
    ['Dilaudid', 'opioid', 'hydromorphone'],
    ['MS-Contin', 'opioid', 'morphine'],
  ] as const)('%s flags %s (%s)', (text, cls, match) => {
    const flags = medicationFlags(text);
    expect(flags[cls]).toBe(true);
    expect(flags.matches).toContain(match);
  });

  it.each([
    ['xanex', 'alprazolam'],
    ['klonopine', 'clonazepam'],
    ['lamictol', 'lamotrigine'],
    ['lorazepan', 'lorazepam'],
    ['suboxon', 'buprenorphine'],
    ['percoset', 'oxycodone'],
  ])('tolerates one typo: %s', (text, match) => {
    expect(medicationFlags(text).matches).toEqual([match]);
  });

  it('flags several classes in one list, each drug once', () => {
    const flags = medicationFlags('Xanax, xanax again, Lamictal, Nardil and Percocet. También tomo Rivotril.');
    expect(flags).toEqual({
      benzodiazepine: true,
      lamotrigine: true,
      maoi: true,
      opioid: true,
      matches: ['alprazolam', 'lamotrigine', 'phenelzine', 'oxycodone', 'clonazepam'],
    });
  });

  it.each([
    '',
    'none',
    'ninguno',
    'sertraline 100 mg and ibuprofen',
    'prazosin for nightmares, melatonin',
    'I feel normal, ultra tired, have a fever',
    'cocaine',
    '😀',
  ])('flags nothing in %p', (text) => {
    expect(medicationFlags(text)).toEqual({ benzodiazepine: false, lamotrigine: false, maoi: false, opioid: false, matches: [] });
  });

  it('does not tolerate typos in short names that are ordinary words', () => {
    expect(medicationFlags('ultra').opioid).toBe(false);
    expect(medicationFlags('narco').opioid).toBe(false);
  });

  it('handles 2,000 characters of text', () => {
    expect(medicationFlags('a'.repeat(2000)).matches).toEqual([]);
    expect(medicationFlags(`${'word '.repeat(400)}xanax`).benzodiazepine).toBe(true);
  });
});
