import { QUESTIONNAIRE_RESPONSE_STATUSES, type ItemType } from './types';
import { DATE_TIME, ID, isObject, type Checker, type Json } from './json-rules';

/**
 * A QuestionnaireResponse against its Questionnaire (hl7.org/fhir/R4/questionnaireresponse.html): every
 * linkId is one of the form's items, in the form's order, at most once unless it repeats; each answer has
 * exactly one value[x] of the type its item allows and, for choice items, one of the item's options; items
 * disabled by enableWhen carry no answer; a completed response answers every enabled required item.
 */

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

/** `fullUrls` are the Bundle's entries, to resolve references; undefined for a response checked on its own. */
export function checkResponse(check: Checker, response: Json, path: string, questionnaire: Json | undefined, fullUrls: Map<string, Json> | undefined): void {
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
