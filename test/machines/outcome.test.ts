import { decideOutcome } from '../../machines/intake/outcome';
import { testOptions } from '../support/harness';

/** A complete, clean set of answers; each test changes one fact. */
function answers(overrides: Record<string, unknown> = {}) {
  const base: Record<string, unknown> = {
    consent: true, age: 40, state: 'CO', ptsd_diagnosis: 'yes',
    cssrs_1: false, cssrs_2: false, cssrs_6_lifetime: false,
    tx_therapy: 'yes', tx_therapy_helped: 'no', tx_medication: 'yes', tx_medication_helped: 'no',
    med_heart: 'no', med_psychosis: 'no', med_substance: 'no', med_pregnancy: 'no', med_seizures: 'no', med_list: 'none',
    first_name: 'Ana', email: 'ana@example.com', timezone: 'America/Denver', days: ['mon'], times: ['morning'],
  };
  for (let i = 1; i <= 20; i++) base[`pcl5_${i}`] = 3; // total 60, every cluster endorsed
  return { ...base, ...overrides } as never;
}

describe('intake outcome', () => {
  it('when PTSD is probable, DSM-5 criteria are met and nothing is flagged, then likely-fit with the scores', () => {
    const outcome = decideOutcome(answers(), testOptions());
    expect(outcome.kind).toBe('likely-fit');
    if (outcome.kind !== 'likely-fit') throw new Error('unreachable');
    expect(outcome.summary.pcl5).toEqual({ total: 60, clusters: { B: 15, C: 6, D: 21, E: 18 }, provisionalDsm5: true, probablePtsd: true });
    expect(outcome.summary.treatmentResistant).toBe(true);
  });

  it('when the total is just above the cutoff, then needs-review as borderline', () => {
    const pcl: Record<string, number> = {};
    for (let i = 1; i <= 20; i++) pcl[`pcl5_${i}`] = i <= 11 || (i >= 15 && i <= 17) ? 2 : 1; // 28 + 6 = 34, every cluster endorsed
    const outcome = decideOutcome(answers(pcl), testOptions());
    expect(outcome).toMatchObject({ kind: 'needs-review', reasons: ['pcl5-borderline'] });
  });

  it('when the total is below the cutoff and a cluster is not endorsed, then needs-review with both reasons', () => {
    const pcl: Record<string, number> = {};
    for (let i = 1; i <= 20; i++) pcl[`pcl5_${i}`] = i === 6 || i === 7 ? 0 : 1;
    const outcome = decideOutcome(answers(pcl), testOptions());
    expect(outcome).toMatchObject({ kind: 'needs-review', reasons: ['pcl5-below-cutoff', 'dsm5-criteria-not-met'] });
  });

  it('when a medical answer, a flagged medication or an unclear treatment history comes up, then needs-review says which', () => {
    const outcome = decideOutcome(
      answers({ med_heart: 'yes', med_list: 'klonopin at night and tramadol', tx_medication_helped: 'unsure', ptsd_diagnosis: 'unsure' }),
      testOptions(),
    );
    expect(outcome.kind).toBe('needs-review');
    expect(outcome.kind === 'needs-review' && outcome.reasons).toEqual([
      'ptsd-diagnosis-not-confirmed',
      'treatment-history-unclear',
      'medical-heart',
      'medication-benzodiazepine',
      'medication-opioid',
    ]);
  });

  it('when the cutoff is configured higher, then the same answers are no longer probable PTSD', () => {
    const outcome = decideOutcome(answers(), testOptions({ pclCutoff: 61 }));
    expect(outcome).toMatchObject({ kind: 'needs-review', reasons: ['pcl5-below-cutoff'] });
  });

  it('when one first-line treatment helped, then the treatment-resistant flag is off', () => {
    const outcome = decideOutcome(answers({ tx_therapy_helped: 'yes' }), testOptions());
    expect(outcome.kind === 'likely-fit' && outcome.summary.treatmentResistant).toBe(false);
  });
});
