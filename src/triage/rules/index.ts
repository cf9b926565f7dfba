import { EN_CLASSICS } from './en/classics';
import { EN_ROUND15 } from './en/round15';
import { EN_ROUND16 } from './en/round16';
import { ES_RONDA15 } from './es/ronda15';
import { ES_RONDA16 } from './es/ronda16';
import { EN_DIRECT } from './en/direct';
import { EN_FAMILIES } from './en/families';
import { ES_FAMILIAS } from './es/familias';
import { EN_GENERAL } from './en/generalise';
import { ES_GENERAL } from './es/generaliza';
import { EN_HISTORY } from './en/history';
import { EN_IMMINENT } from './en/imminent';
import { EN_PASSIVE } from './en/passive';
import { EN_PREPARATION } from './en/preparation';
import { EN_SELF_HARM } from './en/self-harm';
import { ES_CLASICOS } from './es/clasicos';
import { ES_DIRECT } from './es/direct';
import { ES_HISTORY } from './es/history';
import { ES_IMMINENT } from './es/imminent';
import { ES_PASSIVE } from './es/passive';
import { ES_PREPARACION } from './es/preparacion';
import { ES_SELF_HARM } from './es/self-harm';
import { ES_RONDA4 } from './es/ronda4';
import { ES_RONDA5 } from './es/ronda5';
import { ES_RONDA6 } from './es/ronda6';
import { ES_RONDA7 } from './es/ronda7';
import { ES_RONDA9 } from './es/ronda9';
import { ES_RONDA10 } from './es/ronda10';
import { ES_RONDA11 } from './es/ronda11';
import { ES_RONDA13 } from './es/ronda13';
import { compileRule, type Matcher, type Rule, type RuleSpec } from './rule';

/** Every rule family of both languages. Both run on every message: language detection on SMS is unreliable. */
export const RULE_SPECS: readonly RuleSpec[] = [
  // the imminent families of both languages first: a definitive imminent hit ends the search
  ...EN_IMMINENT, ...ES_IMMINENT, ...EN_PREPARATION, ...ES_PREPARACION,
  ...EN_DIRECT, ...EN_SELF_HARM, ...EN_PASSIVE, ...EN_HISTORY,
  ...ES_DIRECT, ...ES_SELF_HARM, ...ES_PASSIVE, ...ES_HISTORY,
  ...EN_FAMILIES, ...ES_FAMILIAS,
  ...EN_GENERAL, ...ES_GENERAL, ...ES_RONDA4, ...ES_RONDA5, ...ES_RONDA6, ...ES_RONDA7, ...ES_RONDA9, ...ES_RONDA10, ...ES_RONDA11, ...ES_RONDA13,
  ...EN_CLASSICS, ...ES_CLASICOS, ...EN_ROUND15, ...ES_RONDA15, ...EN_ROUND16, ...ES_RONDA16,
];

export const RULES: readonly Rule[] = RULE_SPECS.map(compileRule);

/** Every compiled matcher of every rule, in rule order (one per top-level alternative of a pattern). */
export const MATCHERS: readonly Matcher[] = RULES.flatMap((r) => r.matchers);
