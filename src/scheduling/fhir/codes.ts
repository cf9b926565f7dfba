import type { Coding } from './types';

/**
 * Codes for the instruments. LOINC where a code is confirmed by two independent public sources (HL7's US
 * Behavioral Health Profiles and US Core examples, LOINC's own form exports): the PHQ-9, the GAD-7 and the
 * C-SSRS screener items. The PCL-5 has no code we could confirm, so it is coded in a CodeSystem of ours,
 * under the deployment's FHIR_CANONICAL_BASE, with codes that never change meaning once published.
 */
export const LOINC = 'http://loinc.org';

/** `display` only where we are sure it is LOINC's own; an item's wording is in its `text`, not here. */
export const loinc = (code: string, display?: string): Coding => ({ system: LOINC, code, ...(display ? { display } : {}) });

/** The LOINC answers of the PHQ-9 and GAD-7 frequency scale, scored 0 (Not at all) to 3 (Nearly every day). */
export const FREQUENCY_ANSWERS: readonly Coding[] = [
  loinc('LA6568-5', 'Not at all'),
  loinc('LA6569-3', 'Several days'),
  loinc('LA6570-1', 'More than half the days'),
  loinc('LA6571-9', 'Nearly every day'),
];

export const YES = loinc('LA33-6', 'Yes');
export const NO = loinc('LA32-8', 'No');

export const PHQ9_PANEL = loinc('44249-1', 'PHQ-9 quick depression assessment panel [Reported.PHQ]');
export const PHQ9_TOTAL = loinc('44261-6', 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]');
/** In dialogs/instruments/phq9.ts order: item 9 (thoughts better off dead or of self-harm) is 44260-8. */
export const PHQ9_ITEM_CODES = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'] as const;

export const GAD7_PANEL = loinc('69737-5', 'Generalized anxiety disorder 7 item (GAD-7)');
export const GAD7_TOTAL = loinc('70274-6', 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]');
/** In dialogs/instruments/gad7.ts order. */
export const GAD7_ITEM_CODES = ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'] as const;

export const CSSRS_PANEL = loinc('93373-9', 'Columbia - suicide severity rating scale screener - recent [C-SSRS]');
/**
 * Each screener item's LOINC code, by our item id. Checked item by item against the wording in HL7's C-SSRS
 * example (US Behavioral Health Profiles) and LOINC's form for 93373-9: Q1 wish to be dead 93246-7, Q2
 * thoughts of killing yourself 93247-5, Q3 how you might do this 93248-3, Q4 intention of acting 93249-1,
 * Q5 worked out the details / intend to carry out 93250-9, Q6 ever done or prepared anything 93267-3,
 * and "was this within the past 3 months" 93269-9.
 */
export const CSSRS_ITEM_CODES = {
  cssrs_1: '93246-7',
  cssrs_2: '93247-5',
  cssrs_3: '93248-3',
  cssrs_4: '93249-1',
  cssrs_5: '93250-9',
  cssrs_6_lifetime: '93267-3',
  cssrs_6_recent: '93269-9',
} as const;

/** Our CodeSystem for the PCL-5: item codes "item-1".."item-20", ratings "0".."4", and the scores. */
export function pcl5System(base: string): string {
  return `${base}/CodeSystem/pcl5`;
}

/** The extension R4 defines for the score of an answer option (hl7.org/fhir/R4/extension-ordinalvalue.html). */
export const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
