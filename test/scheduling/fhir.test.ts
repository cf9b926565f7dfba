import { validateFhirBundle, validateQuestionnaireResponse, type HandoffRecord } from '../../src/scheduling';
import type { Bundle, Questionnaire, QuestionnaireResponse } from '../../src/scheduling/fhir/types';
import { CSSRS_ITEMS } from '../../dialogs/instruments/cssrs';
import { FHIR_BASE, handedOffIntake } from './intake-record';

/**
 * The answers as FHIR R4: every hand-off's bundle passes the structural validator, its codes are the ones
 * LOINC publishes for each item, and the validator catches each way a bundle can break the R4 rules.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('FHIR R4 form of the answers', () => {
  let record: HandoffRecord;
  let bundle: Bundle;
  beforeAll(async () => {
    ({ record } = await handedOffIntake({ phq9: true, gad7: true }));
    bundle = record.fhir as unknown as Bundle;
  });

  const resources = <T>(type: string, b: Json = bundle): T[] => b.entry.map((e: Json) => e.resource).filter((r: Json) => r.resourceType === type);
  const questionnaire = (id: string, b: Json = bundle): Json => resources<Json>('Questionnaire', b).find((q) => q.id === id)!;
  const response = (id: string, b: Json = bundle): Json => resources<Json>('QuestionnaireResponse', b).find((r) => r.questionnaire.startsWith(`${FHIR_BASE}/Questionnaire/${id}|`))!;
  const copy = (): Json => JSON.parse(JSON.stringify(bundle));
  const issuesOf = (b: Json) => validateFhirBundle(b).map((i) => `${i.path}: ${i.message}`);

  it('when a clean intake is handed off, then its bundle has the Patient, each form and one completed response per instrument, and validates', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', identifier: { value: record.handoffId } });
    expect(resources('Patient')).toHaveLength(1);
    expect(resources<Json>('Questionnaire').map((q) => q.id).sort()).toEqual(['cssrs-screener', 'gad7', 'pcl5', 'phq9']);
    expect(resources<Json>('QuestionnaireResponse').map((r) => r.status)).toEqual(['completed', 'completed', 'completed', 'completed']);
    expect(validateFhirBundle(bundle)).toEqual([]);
  });

  it("when responses are read against their forms, then every linkId is one of the form's items", () => {
    for (const id of ['pcl5', 'cssrs-screener', 'phq9', 'gad7']) {
      const linkIds = new Set(questionnaire(id).item.map((i: Json) => i.linkId));
      const answered = response(id).item.map((i: Json) => i.linkId);
      expect(answered.length).toBeGreaterThan(0);
      for (const linkId of answered) expect(linkIds).toContain(linkId);
    }
    // The skip logic left Q3-Q5 and "past 3 months" unasked: they are not in the response at all.
    expect(response('cssrs-screener').item.map((i: Json) => i.linkId)).toEqual(['cssrs_1', 'cssrs_2', 'cssrs_6_lifetime']);
    expect(response('pcl5').item.find((i: Json) => i.linkId === 'pcl5_total').answer).toEqual([{ valueInteger: 60 }]);
  });

  it('when the forms are coded, then each C-SSRS item has the LOINC code of its own wording, and PHQ-9 and GAD-7 theirs', () => {
    const expected: Record<string, string> = {
      'wished you were dead': '93246-7',
      'thoughts of killing yourself': '93247-5',
      'how you might do this': '93248-3',
      'intention of acting on them': '93249-1',
      'worked out the details': '93250-9',
      'prepared to do anything to end your life': '93267-3',
      'within the past 3 months': '93269-9',
    };
    const cssrs = questionnaire('cssrs-screener');
    expect(cssrs.code).toEqual([expect.objectContaining({ system: 'http://loinc.org', code: '93373-9' })]);
    for (const [wording, code] of Object.entries(expected)) {
      const item = cssrs.item.find((i: Json) => i.text.includes(wording));
      expect({ wording, code: item.code[0].code, system: item.code[0].system }).toEqual({ wording, code, system: 'http://loinc.org' });
    }
    expect(cssrs.item).toHaveLength(CSSRS_ITEMS.length);
    expect(response('cssrs-screener').item[0].answer[0].valueCoding).toEqual({ system: 'http://loinc.org', code: 'LA32-8', display: 'No' });

    const phq9 = questionnaire('phq9');
    expect(phq9.code[0].code).toBe('44249-1');
    expect(phq9.item.find((i: Json) => i.text.startsWith('Thoughts that you would be better off dead')).code[0].code).toBe('44260-8');
    expect(questionnaire('gad7').code[0].code).toBe('69737-5');
    // No LOINC code is confirmed for the PCL-5: it is coded in our own CodeSystem under the canonical base.
    expect(questionnaire('pcl5').item.find((i: Json) => i.linkId === 'pcl5_1').code[0].system).toBe(`${FHIR_BASE}/CodeSystem/pcl5`);
  });

  describe('the structural validator', () => {
    const cases: [string, (b: Json) => void, RegExp][] = [
      ['a response status outside the R4 codes', (b) => (response('pcl5', b).status = 'done'), /resource\.status: must be one of in-progress, completed/],
      ['a response without a status', (b) => delete response('gad7', b).status, /\.status: is required/],
      ['a form without a status', (b) => delete questionnaire('phq9', b).status, /\.status: is required/],
      ['a linkId that is not in the form', (b) => (response('pcl5', b).item[0].linkId = 'pcl5_99'), /"pcl5_99" is not an item of the Questionnaire/],
      ['an answer of the wrong type', (b) => (response('pcl5', b).item.find((i: Json) => i.linkId === 'pcl5_dsm5_provisional').answer = [{ valueString: 'yes' }]), /a boolean item cannot be answered with valueString/],
      ['an answer that is not one of the options', (b) => (response('phq9', b).item[0].answer[0].valueCoding = { system: 'http://loinc.org', code: 'LA6572-7' }), /is not one of the answer options of "phq9_1"/],
      ['a Coding without a system', (b) => delete response('gad7', b).item[0].answer[0].valueCoding.system, /valueCoding\.system: is required/],
      ['two value[x] in one answer', (b) => (response('gad7', b).item[0].answer[0].valueInteger = 0), /must have exactly one value\[x\]/],
      ['an integer that is not one', (b) => (response('pcl5', b).item.find((i: Json) => i.linkId === 'pcl5_total').answer[0].valueInteger = 60.5), /must be a 32-bit integer/],
      ['an answer to an item its enableWhen disables', (b) => response('cssrs-screener', b).item.splice(2, 0, { linkId: 'cssrs_3', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA32-8' } }] }), /"cssrs_3" is disabled by its enableWhen/],
      ['a required item left out of a completed response', (b) => response('pcl5', b).item.splice(6, 1), /required item "pcl5_7" has no answer/],
      ['items out of the form order', (b) => response('gad7', b).item.reverse(), /out of the Questionnaire's order/],
      ['an empty array', (b) => (response('phq9', b).item[0].answer = []), /empty arrays are not allowed/],
      ['a duplicated linkId in a form', (b) => (questionnaire('gad7', b).item[2].linkId = 'gad7_1'), /"gad7_1" is used by another item/],
      ['answer options on a non-choice item', (b) => (questionnaire('pcl5', b).item.find((i: Json) => i.linkId === 'pcl5_total').answerOption = [{ valueInteger: 1 }]), /que-5/],
      ['a subject that is not in the bundle', (b) => (response('pcl5', b).subject.reference = 'urn:uuid:00000000-0000-4000-8000-000000000000'), /does not resolve to an entry of this Bundle/],
      ['a response to a form that is not in the bundle', (b) => (response('gad7', b).questionnaire = `${FHIR_BASE}/Questionnaire/gad7|9.9.9`), /which is not a Questionnaire in this Bundle/],
      ['a bundle type outside the R4 codes', (b) => (b.type = 'bag'), /Bundle\.type: must be one of document/],
      ['two entries with one fullUrl', (b) => (b.entry[2].fullUrl = b.entry[1].fullUrl), /duplicates another entry's fullUrl/],
      ['a malformed authored time', (b) => (response('pcl5', b).authored = '10 March 2026'), /authored: is not a valid dateTime/],
    ];
    it.each(cases)('when a bundle has %s, then it is reported', (_name, mutate, expected) => {
      const broken = copy();
      mutate(broken);
      const issues = issuesOf(broken);
      expect(issues.join('\n')).toMatch(expected);
    });

    it('when given a form and response written by hand in the shape of the R4 examples, then it judges them the same way', () => {
      const form: Json = {
        resourceType: 'Questionnaire',
        id: 'screen',
        url: 'http://example.org/Questionnaire/screen',
        status: 'draft',
        item: [
          { linkId: 'g1', type: 'group', text: 'Mood', item: [{ linkId: 'q1', type: 'boolean', text: 'Low mood?', required: true }] },
          { linkId: 'q2', type: 'integer', text: 'Hours of sleep' },
          { linkId: 'q3', type: 'string', text: 'Why?', enableWhen: [{ question: 'q2', operator: '<', answerInteger: 5 }] },
        ],
      };
      const answers: Json = {
        resourceType: 'QuestionnaireResponse',
        id: 'r1',
        questionnaire: 'http://example.org/Questionnaire/screen',
        status: 'completed',
        authored: '2026-03-10T09:30:00-07:00',
        item: [
          { linkId: 'g1', item: [{ linkId: 'q1', answer: [{ valueBoolean: false }] }] },
          { linkId: 'q2', answer: [{ valueInteger: 4 }] },
          { linkId: 'q3', answer: [{ valueString: 'Noise' }] },
        ],
      };
      expect(validateQuestionnaireResponse(answers, form)).toEqual([]);
      answers.item[1].answer[0].valueInteger = 8; // now q3 is disabled, and still answered
      answers.item[0].item[0].answer = [{ valueString: 'no' }];
      const issues = validateQuestionnaireResponse(answers, form).map((i) => i.message).join('\n');
      expect(issues).toMatch(/"q3" is disabled/);
      expect(issues).toMatch(/a boolean item cannot be answered with valueString/);
    });
  });

  it('when one response is checked on its own against its form, then it passes', () => {
    const form: Questionnaire = questionnaire('pcl5') as Questionnaire;
    const answers: QuestionnaireResponse = response('pcl5') as QuestionnaireResponse;
    expect(validateQuestionnaireResponse(answers, form)).toEqual([]);
  });
});
