import { BUNDLE_TYPES } from './types';
import { ABSOLUTE_URI, Checker, ID, INSTANT, isObject, type FhirIssue, type Json } from './json-rules';
import { checkQuestionnaire } from './questionnaire-rules';
import { checkResponse } from './response-rules';

export type { FhirIssue };

/**
 * A structural validator for the FHIR R4 resources a hand-off carries, written against the R4 specification
 * (hl7.org/fhir/R4: json.html, datatypes.html, bundle.html, questionnaire.html, questionnaireresponse.html)
 * rather than against our own builder, so a receiver can run it on what arrives and a test can catch the
 * builder drifting. It checks:
 * - JSON rules: no null, empty string, empty array or empty object anywhere; primitives of the right type;
 * - required elements and their code values (Bundle.type, Questionnaire.status, item.linkId and type,
 *   QuestionnaireResponse.status...), id, dateTime, instant and uri formats;
 * - Coding: an absolute system and a code, always (a bare display is useless to a receiving system);
 * - Questionnaire invariants que-1..que-7 and que-12 (linkIds unique, groups have items, display items
 *   carry no code or answers, options only on choice items, enableWhen targets exist...);
 * - each QuestionnaireResponse against its Questionnaire (found in the same Bundle by canonical url|version):
 *   every linkId is one of the form's items, in the form's order, at most once unless it repeats; each answer
 *   has exactly one value[x] of the type its item allows and, for choice items, one of the item's options;
 *   items disabled by enableWhen carry no answer; a completed response answers every enabled required item;
 * - Bundle: entries with a unique absolute fullUrl and a resource whose type and id match it; references to
 *   urn:uuid entries resolve inside the Bundle.
 * It is not a terminology server: it does not check that a LOINC code exists. The rules live beside it:
 * json-rules.ts (JSON and data types), questionnaire-rules.ts and response-rules.ts.
 */

/** Validates a Bundle (and every resource in it). An empty list means valid. */
export function validateFhirBundle(bundle: unknown): FhirIssue[] {
  const check = new Checker();
  if (!isObject(bundle)) return [{ path: 'Bundle', message: 'must be a JSON object' }];
  check.jsonRules(bundle, 'Bundle');
  if (bundle.resourceType !== 'Bundle') check.fail('Bundle.resourceType', 'must be "Bundle"');
  check.string(bundle, 'id', 'Bundle', false, ID, 'id');
  check.code(bundle, 'type', 'Bundle', BUNDLE_TYPES, true);
  check.string(bundle, 'timestamp', 'Bundle', false, INSTANT, 'instant');
  if (bundle.identifier !== undefined) {
    if (!isObject(bundle.identifier)) check.fail('Bundle.identifier', 'must be an object');
    else {
      check.string(bundle.identifier, 'system', 'Bundle.identifier', false, ABSOLUTE_URI, 'absolute URI');
      check.string(bundle.identifier, 'value', 'Bundle.identifier', false);
    }
  }

  const entries = check.objects(bundle, 'entry', 'Bundle', false);
  const fullUrls = new Map<string, Json>();
  const questionnaires = new Map<string, Json>();
  for (const entry of entries) {
    const fullUrl = check.string(entry.value, 'fullUrl', entry.path, bundle.type === 'collection' || bundle.type === 'document', ABSOLUTE_URI, 'absolute URI');
    const resource = entry.value.resource;
    if (!isObject(resource)) {
      check.fail(`${entry.path}.resource`, 'is required and must be an object');
      continue;
    }
    if (fullUrl) {
      // bdl-7: fullUrl is unique in a bundle.
      if (fullUrls.has(fullUrl)) check.fail(`${entry.path}.fullUrl`, `duplicates another entry's fullUrl ${fullUrl}`);
      fullUrls.set(fullUrl, resource);
      const restful = /\/([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(fullUrl);
      if (restful && (restful[1] !== resource.resourceType || restful[2] !== resource.id)) {
        check.fail(`${entry.path}.fullUrl`, `names ${restful[1]}/${restful[2]} but the resource is ${String(resource.resourceType)}/${String(resource.id)}`);
      }
      if (fullUrl.startsWith('urn:uuid:') && resource.id !== undefined && resource.id !== fullUrl.slice('urn:uuid:'.length)) {
        check.fail(`${entry.path}.fullUrl`, 'a urn:uuid fullUrl must carry the resource id');
      }
    }
    if (resource.resourceType === 'Questionnaire' && typeof resource.url === 'string') {
      questionnaires.set(`${resource.url}|${String(resource.version ?? '')}`, resource);
      if (!questionnaires.has(resource.url)) questionnaires.set(resource.url, resource);
    }
  }

  for (const entry of entries) {
    const resource = entry.value.resource;
    if (!isObject(resource)) continue;
    const path = `${entry.path}.resource`;
    switch (resource.resourceType) {
      case 'Questionnaire':
        checkQuestionnaire(check, resource, path);
        break;
      case 'QuestionnaireResponse': {
        const canonical = typeof resource.questionnaire === 'string' ? resource.questionnaire : '';
        const form = questionnaires.get(canonical);
        if (canonical && !form) check.fail(`${path}.questionnaire`, `names ${canonical}, which is not a Questionnaire in this Bundle`);
        checkResponse(check, resource, path, form, fullUrls);
        break;
      }
      case 'Patient':
        checkPatient(check, resource, path);
        break;
      default:
        if (typeof resource.resourceType !== 'string') check.fail(`${path}.resourceType`, 'is required');
        check.string(resource, 'id', path, false, ID, 'id');
    }
  }
  return check.issues;
}

/** Validates one QuestionnaireResponse against the Questionnaire it answers. */
export function validateQuestionnaireResponse(response: unknown, questionnaire: unknown): FhirIssue[] {
  const check = new Checker();
  if (!isObject(response) || !isObject(questionnaire)) return [{ path: 'QuestionnaireResponse', message: 'response and questionnaire must be JSON objects' }];
  check.jsonRules(response, 'QuestionnaireResponse');
  check.jsonRules(questionnaire, 'Questionnaire');
  checkQuestionnaire(check, questionnaire, 'Questionnaire');
  checkResponse(check, response, 'QuestionnaireResponse', questionnaire, undefined);
  return check.issues;
}

function checkPatient(check: Checker, patient: Json, path: string): void {
  check.string(patient, 'id', path, false, ID, 'id');
  check.code(patient, 'gender', path, ['male', 'female', 'other', 'unknown'], false);
  for (const telecom of check.objects(patient, 'telecom', path, false)) {
    check.code(telecom.value, 'system', telecom.path, ['phone', 'fax', 'email', 'pager', 'url', 'sms', 'other'], false);
    check.string(telecom.value, 'value', telecom.path, false);
  }
  for (const name of check.objects(patient, 'name', path, false)) {
    for (const [i, given] of check.array(name.value, 'given', name.path, false).entries()) {
      if (typeof given !== 'string') check.fail(`${name.path}.given[${i}]`, 'must be a string');
    }
  }
}

