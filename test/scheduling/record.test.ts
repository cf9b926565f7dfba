import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { handoffRecordSchema, intakeWithdrawnSchema, type HandoffRecord } from '../../src/scheduling';
import { handoffJsonSchema, SCHEMA_PATH, WITHDRAWN_SCHEMA_PATH, withdrawnJsonSchema } from '../../scripts/handoff-schema';
import { handedOffIntake } from './intake-record';

/** The `intake.completed` v1 contract: what a clean intake becomes, and what can never pass as one. */
describe('intake.completed v1 record', () => {
  let record: HandoffRecord;
  beforeAll(async () => {
    ({ record } = await handedOffIntake({ phq9: true, gad7: true }));
  });

  const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(record));

  it('when a record is serialised and parsed back, then the schema gives back the same record', () => {
    const wire = JSON.stringify(record);
    const parsed = handoffRecordSchema.parse(JSON.parse(wire));
    expect(parsed).toEqual(record);
    expect(JSON.stringify(parsed)).toBe(wire);
  });

  it('when a clean SMS intake is handed off, then the record carries what the scheduling team books from', () => {
    expect(record).toMatchObject({
      type: 'intake.completed',
      version: 1,
      channel: 'sms',
      language: 'en',
      supersedes: null,
      outcome: { kind: 'likely-fit', reviewReasons: [] },
      contact: { firstName: 'Ana', email: 'ana@example.com', phone: '+15555550142', state: 'CO', timeZone: 'America/Denver' },
      scheduling: { preferredDays: ['mon', 'tue', 'wed', 'thu', 'fri'], preferredTimes: ['morning'] },
      eligibility: { age: 41, ptsdDiagnosis: 'yes' },
      pcl5: { total: 60, clusters: { B: 15, C: 6, D: 21, E: 18 }, provisionalDsm5: true, probablePtsd: true, cutoff: 33 },
      cssrsScreener: { cssrs_1: false, cssrs_2: false, cssrs_3: null, cssrs_4: null, cssrs_5: null, cssrs_6_lifetime: false, cssrs_6_recent: null },
      phq9: { total: 0, severity: 'minimal', item9: 0 },
      gad7: { total: 6, severity: 'mild' },
      treatment: { traumaFocusedTherapy: 'yes', therapyHelped: 'no', antidepressantTrial: 'yes', antidepressantHelped: 'no', treatmentResistant: true },
      medications: { reported: 'none', recognised: [], flags: { benzodiazepine: false, lamotrigine: false, maoi: false, opioid: false } },
    });
    expect(Date.parse(record.consent.assessmentConsentAt)).toBeLessThanOrEqual(Date.parse(record.completedAt));
    expect(Date.parse(record.consent.firstContactAt)).toBeLessThanOrEqual(Date.parse(record.consent.assessmentConsentAt));
  });

  it('when a record says a screener answer was yes, or PHQ-9 item 9 was above 0, then it does not parse', () => {
    for (const [key, value] of [['cssrs_1', true], ['cssrs_3', true], ['cssrs_6_recent', true]] as const) {
      const tampered = clone();
      (tampered.cssrsScreener as Record<string, unknown>)[key] = value;
      expect(handoffRecordSchema.safeParse(tampered).success).toBe(false);
    }
    const item9 = clone();
    (item9.phq9 as Record<string, unknown>).item9 = 1;
    expect(handoffRecordSchema.safeParse(item9).success).toBe(false);
  });

  it('when the outcome and its review reasons disagree, or a field is missing, then it does not parse', () => {
    const fit = clone();
    fit.outcome = { kind: 'likely-fit', reviewReasons: ['pcl5-borderline'] };
    expect(handoffRecordSchema.safeParse(fit).success).toBe(false);
    const review = clone();
    review.outcome = { kind: 'needs-review', reviewReasons: [] };
    expect(handoffRecordSchema.safeParse(review).success).toBe(false);
    const noEmail = clone();
    delete (noEmail.contact as Record<string, unknown>).email;
    expect(handoffRecordSchema.safeParse(noEmail).success).toBe(false);
    const notEligible = clone();
    notEligible.outcome = { kind: 'not-eligible', reviewReasons: [] };
    expect(handoffRecordSchema.safeParse(notEligible).success).toBe(false);
  });

  it('when the FHIR bundle inside is structurally broken, then the record does not parse', () => {
    const broken = clone();
    const entries = (broken.fhir as { entry: { resource: Record<string, unknown> }[] }).entry;
    delete entries.find((e) => e.resource.resourceType === 'QuestionnaireResponse')!.resource.status;
    const result = handoffRecordSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join(' ')).toMatch(/FHIR: .*status: is required/);
  });

  it('the committed JSON Schema is the generated one, accepts the record and refuses a crisis answer', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(handoffJsonSchema());
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
    expect(validate(JSON.parse(JSON.stringify(record)))).toBe(true);
    const tampered = clone();
    (tampered.cssrsScreener as Record<string, unknown>).cssrs_2 = true;
    expect(validate(tampered)).toBe(false);
  });

  it('the committed intake.withdrawn JSON Schema is the generated one: it takes ids and "clinical hold", and nothing else as the reason', () => {
    expect(readFileSync(WITHDRAWN_SCHEMA_PATH, 'utf8')).toBe(withdrawnJsonSchema());
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(JSON.parse(readFileSync(WITHDRAWN_SCHEMA_PATH, 'utf8')));
    const withdrawal = { type: 'intake.withdrawn', version: 1, handoffId: record.handoffId, conversationId: record.conversationId, withdrawnAt: '2026-03-11T09:00:00.000Z', reason: 'clinical hold' };
    expect(validate(withdrawal)).toBe(true);
    expect(intakeWithdrawnSchema.parse(withdrawal)).toEqual(withdrawal);
    for (const reason of ['crisis (active)', 'passive', '']) {
      expect(validate({ ...withdrawal, reason })).toBe(false);
      expect(intakeWithdrawnSchema.safeParse({ ...withdrawal, reason }).success).toBe(false);
    }
    expect(validate({ ...withdrawal, handoffId: undefined })).toBe(false);
  });
});
