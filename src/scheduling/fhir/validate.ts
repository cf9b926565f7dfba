import {
  BUNDLE_TYPES, ENABLE_WHEN_OPERATORS, ITEM_TYPES, PUBLICATION_STATUSES, QUESTIONNAIRE_RESPONSE_STATUSES, type ItemType,
} from './types';

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
 * It is not a terminology server: it does not check that a LOINC code exists.
 */
export interface FhirIssue {
  path: string;
  message: string;
}

type Json = Record<string, unknown>;

const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
const INSTANT =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;
const CODE = /^[^\s]+( [^\s]+)*$/;
const ABSOLUTE_URI = /^(https?:\/\/[^\s/]+\S*|urn:(uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|oid:[0-2](\.(0|[1-9][0-9]*))+|ietf:[a-z0-9:.-]+|[a-z0-9][a-z0-9-]{0,31}:\S+))$/i;

/** The value[x] names an answer may use, by item type (questionnaireresponse.html#notes, "answer type"). */
const ANSWER_VALUES: Record<ItemType, readonly string[]> = {
  group: [],
  display: [],
  boolean: ['valueBoolean'],
  decimal: ['valueDecimal'],
  integer: ['valueInteger'],
  date: ['valueDate'],
  dateTime: ['valueDateTime'],
  time: ['valueTime'],
  string: ['valueString'],
  text: ['valueString'],
  url: ['valueUri'],
  choice: ['valueCoding', 'valueInteger', 'valueDate', 'valueTime', 'valueString', 'valueReference'],
  'open-choice': ['valueCoding', 'valueInteger', 'valueDate', 'valueTime', 'valueString', 'valueReference'],
  attachment: ['valueAttachment'],
  reference: ['valueReference'],
  quantity: ['valueQuantity'],
};
const ALL_ANSWER_VALUES = [...new Set(Object.values(ANSWER_VALUES).flat()), 'valueDecimal', 'valueBoolean', 'valueUri', 'valueAttachment', 'valueQuantity'];
const OPTION_VALUES = ['valueInteger', 'valueDate', 'valueTime', 'valueString', 'valueCoding', 'valueReference'];
const ENABLE_WHEN_ANSWERS = ['answerBoolean', 'answerDecimal', 'answerInteger', 'answerDate', 'answerDateTime', 'answerTime', 'answerString', 'answerCoding', 'answerQuantity', 'answerReference'];

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Checker {
  readonly issues: FhirIssue[] = [];
  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** json.html: no nulls (outside primitive-extension alignment, which we do not use), no empty strings, arrays or objects. */
  jsonRules(value: unknown, path: string): void {
    if (value === null) this.fail(path, 'null is not allowed in FHIR JSON');
    else if (typeof value === 'string') {
      if (value.trim() === '') this.fail(path, 'empty or blank strings are not allowed');
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) this.fail(path, 'numbers must be finite');
    } else if (Array.isArray(value)) {
      if (value.length === 0) this.fail(path, 'empty arrays are not allowed');
      value.forEach((v, i) => this.jsonRules(v, `${path}[${i}]`));
    } else if (isObject(value)) {
      if (Object.keys(value).length === 0) this.fail(path, 'empty objects are not allowed');
      for (const [key, v] of Object.entries(value)) this.jsonRules(v, `${path}.${key}`);
    }
  }

  string(obj: Json, key: string, path: string, required: boolean, pattern?: RegExp, what?: string): string | undefined {
    const value = obj[key];
    if (value === undefined) {
      if (required) this.fail(`${path}.${key}`, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.fail(`${path}.${key}`, 'must be a string');
      return undefined;
    }
    if (pattern && !pattern.test(value)) this.fail(`${path}.${key}`, `is not a valid ${what ?? 'value'}`);
    return value;
  }

  code<T extends string>(obj: Json, key: string, path: string, allowed: readonly T[], required: boolean): T | undefined {
    const value = this.string(obj, key, path, required);
    if (value !== undefined && !allowed.includes(value as T)) this.fail(`${path}.${key}`, `must be one of ${allowed.join(', ')} (got "${value}")`);
    return allowed.includes(value as T) ? (value as T) : undefined;
  }

  boolean(obj: Json, key: string, path: string): boolean | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') this.fail(`${path}.${key}`, 'must be a boolean');
    return value === true;
  }

  array(obj: Json, key: string, path: string, required: boolean): unknown[] {
    const value = obj[key];
    if (value === undefined) {
      if (required) this.fail(`${path}.${key}`, 'is required');
      return [];
    }
    if (!Array.isArray(value)) {
      this.fail(`${path}.${key}`, 'must be an array');
      return [];
    }
    return value;
  }

  objects(obj: Json, key: string, path: string, required: boolean): { value: Json; path: string }[] {
    return this.array(obj, key, path, required).flatMap((v, i) => {
      if (isObject(v)) return [{ value: v, path: `${path}.${key}[${i}]` }];
      this.fail(`${path}.${key}[${i}]`, 'must be an object');
      return [];
    });
  }

  coding(value: unknown, path: string): void {
    if (!isObject(value)) {
      this.fail(path, 'a Coding must be an object');
      return;
    }
    this.string(value, 'system', path, true, ABSOLUTE_URI, 'absolute URI');
    this.string(value, 'code', path, true, CODE, 'code');
    this.string(value, 'display', path, false);
  }

  /** Exactly one of `names` is present; returns it. */
  choice(obj: Json, names: readonly string[], prefix: string, path: string): string | undefined {
    const present = Object.keys(obj).filter((k) => k.startsWith(prefix) && k !== prefix);
    const unknown = present.filter((k) => !names.includes(k));
    for (const k of unknown) this.fail(`${path}.${k}`, `is not a ${prefix}[x] allowed here`);
    const known = present.filter((k) => names.includes(k));
    if (known.length !== 1) {
      this.fail(path, `must have exactly one ${prefix}[x] (has ${known.length === 0 ? 'none' : known.join(', ')})`);
      return undefined;
    }
    return known[0];
  }

  /** The value of a value[x] / answer[x] against its type. */
  typedValue(key: string, value: unknown, path: string): void {
    const type = key.replace(/^(value|answer)/, '');
    const at = `${path}.${key}`;
    switch (type) {
      case 'Boolean':
        if (typeof value !== 'boolean') this.fail(at, 'must be a boolean');
        break;
      case 'Integer':
        if (!Number.isInteger(value) || Math.abs(value as number) > 2_147_483_647) this.fail(at, 'must be a 32-bit integer');
        break;
      case 'Decimal':
        if (typeof value !== 'number') this.fail(at, 'must be a number');
        break;
      case 'Date':
      case 'DateTime':
        if (typeof value !== 'string' || !DATE_TIME.test(value) || (type === 'Date' && value.includes('T'))) this.fail(at, `must be a FHIR ${type.toLowerCase()}`);
        break;
      case 'Time':
        if (typeof value !== 'string' || !/^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?$/.test(value)) this.fail(at, 'must be a FHIR time');
        break;
      case 'String':
        if (typeof value !== 'string') this.fail(at, 'must be a string');
        break;
      case 'Uri':
        if (typeof value !== 'string' || /\s/.test(value)) this.fail(at, 'must be a uri');
        break;
      case 'Coding':
        this.coding(value, at);
        break;
      default:
        if (!isObject(value)) this.fail(at, 'must be an object');
    }
  }
}

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

function checkQuestionnaire(check: Checker, q: Json, path: string): void {
  check.string(q, 'id', path, false, ID, 'id');
  check.string(q, 'url', path, false, ABSOLUTE_URI, 'absolute URI');
  check.code(q, 'status', path, PUBLICATION_STATUSES, true);
  for (const [i, coding] of check.array(q, 'code', path, false).entries()) check.coding(coding, `${path}.code[${i}]`);
  const linkIds = new Set<string>();
  const all = flattenItems(check, q, path);
  for (const { item, path: itemPath } of all) {
    const linkId = check.string(item, 'linkId', itemPath, true);
    // que-2: linkIds are unique across the whole form.
    if (linkId !== undefined) {
      if (linkIds.has(linkId)) check.fail(`${itemPath}.linkId`, `"${linkId}" is used by another item`);
      linkIds.add(linkId);
    }
    const type = check.code(item, 'type', itemPath, ITEM_TYPES, true);
    const children = Array.isArray(item.item) ? item.item : [];
    for (const [i, coding] of check.array(item, 'code', itemPath, false).entries()) check.coding(coding, `${itemPath}.code[${i}]`);
    check.boolean(item, 'required', itemPath);
    check.boolean(item, 'repeats', itemPath);
    check.boolean(item, 'readOnly', itemPath);
    // que-1: groups have items, display items have none.
    if (type === 'group' && children.length === 0) check.fail(itemPath, 'a group item must have nested items (que-1)');
    if (type === 'display') {
      if (children.length > 0) check.fail(itemPath, 'a display item cannot have nested items (que-1)');
      if (item.code !== undefined) check.fail(`${itemPath}.code`, 'a display item cannot have a code (que-3)');
      if (item.required !== undefined || item.repeats !== undefined) check.fail(itemPath, 'required and repeats are not permitted on display items (que-6)');
      if (item.readOnly !== undefined) check.fail(`${itemPath}.readOnly`, 'read-only is not permitted on display items (que-9)');
    }
    const options = check.objects(item, 'answerOption', itemPath, false);
    // que-4 and que-5: options only on choice items, and not beside a value set.
    if (options.length > 0 && type !== 'choice' && type !== 'open-choice') check.fail(`${itemPath}.answerOption`, 'only choice and open-choice items can have answer options (que-5)');
    if (options.length > 0 && item.answerValueSet !== undefined) check.fail(itemPath, 'an item cannot have both answerOption and answerValueSet (que-4)');
    for (const option of options) {
      const key = check.choice(option.value, OPTION_VALUES, 'value', option.path);
      if (key) check.typedValue(key, option.value[key], option.path);
    }
    const conditions = check.objects(item, 'enableWhen', itemPath, false);
    // que-12: several conditions need enableBehavior.
    if (conditions.length > 1 && item.enableBehavior === undefined) check.fail(itemPath, 'enableBehavior is required with more than one enableWhen (que-12)');
    check.code(item, 'enableBehavior', itemPath, ['all', 'any'], false);
    for (const condition of conditions) {
      check.string(condition.value, 'question', condition.path, true);
      const operator = check.code(condition.value, 'operator', condition.path, ENABLE_WHEN_OPERATORS, true);
      const key = check.choice(condition.value, ENABLE_WHEN_ANSWERS, 'answer', condition.path);
      if (key) check.typedValue(key, condition.value[key], condition.path);
      // que-7: "exists" takes a boolean.
      if (operator === 'exists' && key !== 'answerBoolean') check.fail(condition.path, 'the exists operator needs answerBoolean (que-7)');
    }
  }
  for (const { item, path: itemPath } of all) {
    for (const condition of check.objects(item, 'enableWhen', itemPath, false)) {
      const question = condition.value.question;
      if (typeof question === 'string' && !linkIds.has(question)) check.fail(`${condition.path}.question`, `"${question}" is not an item of this Questionnaire`);
    }
  }
}

interface FlatItem {
  item: Json;
  path: string;
}

function flattenItems(check: Checker, parent: Json, path: string): FlatItem[] {
  return check.objects(parent, 'item', path, false).flatMap((item) => [{ item: item.value, path: item.path }, ...flattenItems(check, item.value, item.path)]);
}

/** `fullUrls` are the Bundle's entries, to resolve references; undefined for a response checked on its own. */
function checkResponse(check: Checker, response: Json, path: string, questionnaire: Json | undefined, fullUrls: Map<string, Json> | undefined): void {
  check.string(response, 'id', path, false, ID, 'id');
  const status = check.code(response, 'status', path, QUESTIONNAIRE_RESPONSE_STATUSES, true);
  check.string(response, 'questionnaire', path, false, /^\S+$/, 'canonical');
  check.string(response, 'authored', path, false, DATE_TIME, 'dateTime');
  check.string(response, 'language', path, false, /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language code');
  if (response.subject !== undefined) {
    if (!isObject(response.subject)) check.fail(`${path}.subject`, 'must be a Reference');
    else {
      const reference = check.string(response.subject, 'reference', `${path}.subject`, false);
      if (fullUrls && reference?.startsWith('urn:uuid:') && !fullUrls.has(reference)) check.fail(`${path}.subject.reference`, `${reference} does not resolve to an entry of this Bundle`);
    }
  }
  const answers = collectAnswers(response);
  checkResponseItems(check, response, path, questionnaire, status === 'completed', answers);
}

/** Every answer in the response by linkId, for enableWhen. */
function collectAnswers(parent: Json, into = new Map<string, Json[]>()): Map<string, Json[]> {
  for (const item of Array.isArray(parent.item) ? parent.item : []) {
    if (!isObject(item) || typeof item.linkId !== 'string') continue;
    const answers = Array.isArray(item.answer) ? item.answer.filter(isObject) : [];
    into.set(item.linkId, [...(into.get(item.linkId) ?? []), ...answers]);
    collectAnswers(item, into);
    for (const answer of answers) collectAnswers(answer, into);
  }
  return into;
}

function checkResponseItems(check: Checker, parent: Json, path: string, form: Json | undefined, completed: boolean, answers: Map<string, Json[]>): void {
  const formItems = form ? (Array.isArray(form.item) ? form.item.filter(isObject) : []) : undefined;
  const order = formItems?.map((i) => i.linkId);
  let lastIndex = -1;
  const seen = new Set<string>();
  for (const item of check.objects(parent, 'item', path, false)) {
    const linkId = check.string(item.value, 'linkId', item.path, true);
    if (linkId === undefined) continue;
    if (!formItems) {
      for (const answer of check.objects(item.value, 'answer', item.path, false)) {
        const key = check.choice(answer.value, ALL_ANSWER_VALUES, 'value', answer.path);
        if (key) check.typedValue(key, answer.value[key], answer.path);
      }
      continue;
    }
    const index = order!.indexOf(linkId);
    const definition = formItems[index];
    if (!definition) {
      check.fail(`${item.path}.linkId`, `"${linkId}" is not an item of the Questionnaire at this level`);
      continue;
    }
    // questionnaireresponse.html: items appear in the Questionnaire's order, and a non-repeating item once.
    if (index < lastIndex) check.fail(`${item.path}.linkId`, `"${linkId}" is out of the Questionnaire's order`);
    lastIndex = index;
    if (seen.has(linkId) && definition.repeats !== true) check.fail(`${item.path}.linkId`, `"${linkId}" appears more than once but does not repeat (qrs-2)`);
    seen.add(linkId);
    if (definition.text !== undefined && item.value.text !== undefined && item.value.text !== definition.text) {
      check.fail(`${item.path}.text`, 'differs from the Questionnaire item text');
    }

    const type = definition.type as ItemType;
    const given = check.objects(item.value, 'answer', item.path, false);
    if (!enabled(definition, answers) && given.length > 0) check.fail(item.path, `"${linkId}" is disabled by its enableWhen and must have no answer`);
    if (type === 'group' || type === 'display') {
      if (given.length > 0) check.fail(`${item.path}.answer`, `a ${type} item has no answers`);
    } else if (given.length > 1 && definition.repeats !== true) {
      check.fail(`${item.path}.answer`, `"${linkId}" does not repeat but has ${given.length} answers`);
    }
    const allowed = ANSWER_VALUES[type] ?? [];
    const options = Array.isArray(definition.answerOption) ? definition.answerOption.filter(isObject) : [];
    for (const answer of given) {
      const key = check.choice(answer.value, ALL_ANSWER_VALUES, 'value', answer.path);
      if (!key) continue;
      if (!allowed.includes(key)) {
        check.fail(`${answer.path}.${key}`, `a ${type} item cannot be answered with ${key}`);
        continue;
      }
      check.typedValue(key, answer.value[key], answer.path);
      if (type === 'choice' && options.length > 0 && !options.some((o) => sameValue(o, key, answer.value[key]))) {
        check.fail(`${answer.path}.${key}`, `is not one of the answer options of "${linkId}"`);
      }
      checkResponseItems(check, answer.value, answer.path, definition, completed, answers);
    }
    if (type === 'group') checkResponseItems(check, item.value, item.path, definition, completed, answers);
  }
  if (completed && formItems) {
    for (const definition of formItems) {
      if (definition.required === true && enabled(definition, answers) && definition.type !== 'display' && definition.type !== 'group' && !answers.get(String(definition.linkId))?.length) {
        check.fail(path, `required item "${String(definition.linkId)}" has no answer in a completed response`);
      }
    }
  }
}

function sameValue(option: Json, key: string, value: unknown): boolean {
  const offered = option[key];
  if (key === 'valueCoding') return isObject(offered) && isObject(value) && offered.system === value.system && offered.code === value.code;
  return offered === value;
}

/** enableWhen with the operators this service's forms use (=, != and exists, on codings and booleans), and numbers. */
function enabled(definition: Json, answers: Map<string, Json[]>): boolean {
  const conditions = Array.isArray(definition.enableWhen) ? definition.enableWhen.filter(isObject) : [];
  if (conditions.length === 0) return true;
  const results = conditions.map((condition) => {
    const given = answers.get(String(condition.question)) ?? [];
    if (condition.operator === 'exists') return (given.length > 0) === condition.answerBoolean;
    const key = Object.keys(condition).find((k) => k.startsWith('answer'));
    if (!key) return false;
    const expected = condition[key];
    const valueKey = `value${key.slice('answer'.length)}`;
    const matches = given.some((answer) => {
      const actual = answer[valueKey];
      if (isObject(expected)) return isObject(actual) && actual.system === expected.system && actual.code === expected.code;
      switch (condition.operator) {
        case '=': return actual === expected;
        case '!=': return actual !== undefined && actual !== expected;
        case '>': return (actual as number) > (expected as number);
        case '<': return (actual as number) < (expected as number);
        case '>=': return (actual as number) >= (expected as number);
        case '<=': return (actual as number) <= (expected as number);
        default: return false;
      }
    });
    return condition.operator === '!=' && isObject(expected) ? given.length > 0 && !matches : matches;
  });
  return definition.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}
