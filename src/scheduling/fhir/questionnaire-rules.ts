import { ENABLE_WHEN_OPERATORS, ITEM_TYPES, PUBLICATION_STATUSES } from './types';
import { ABSOLUTE_URI, ID, type Checker, type Json } from './json-rules';

/**
 * A Questionnaire against R4 (hl7.org/fhir/R4/questionnaire.html): status, codes, and the invariants
 * que-1..que-7, que-9 and que-12 (linkIds unique, groups have items, display items carry no code or answers,
 * options only on choice items, enableWhen targets exist and "exists" takes a boolean...).
 */

/** The value[x] an answerOption may carry, and the answer[x] an enableWhen may compare with. */
const OPTION_VALUES = ['valueInteger', 'valueDate', 'valueTime', 'valueString', 'valueCoding', 'valueReference'];
const ENABLE_WHEN_ANSWERS = ['answerBoolean', 'answerDecimal', 'answerInteger', 'answerDate', 'answerDateTime', 'answerTime', 'answerString', 'answerCoding', 'answerQuantity', 'answerReference'];

export function checkQuestionnaire(check: Checker, q: Json, path: string): void {
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
