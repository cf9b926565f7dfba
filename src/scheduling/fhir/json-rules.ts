/**
 * The JSON rules and data types of FHIR R4 (hl7.org/fhir/R4/json.html, datatypes.html), shared by the Bundle,
 * Questionnaire and QuestionnaireResponse checks: no null, empty string, empty array or empty object anywhere;
 * primitives of the right type and format; a Coding always with an absolute system and a code; exactly one
 * value[x] where a choice of types is allowed.
 */
export interface FhirIssue {
  path: string;
  message: string;
}

export type Json = Record<string, unknown>;

export const ID = /^[A-Za-z0-9\-.]{1,64}$/;
export const DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
export const INSTANT =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;
export const CODE = /^[^\s]+( [^\s]+)*$/;
export const ABSOLUTE_URI = /^(https?:\/\/[^\s/]+\S*|urn:(uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|oid:[0-2](\.(0|[1-9][0-9]*))+|ietf:[a-z0-9:.-]+|[a-z0-9][a-z0-9-]{0,31}:\S+))$/i;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects issues with their paths; each method checks one element and records what is wrong with it. */
export class Checker {
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
