/**
 * Fills `{name}` placeholders. A placeholder without a value is a bug in the caller, so it throws rather
 * than sending a candidate a message with a literal "{firstName}" in it.
 */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new Error(`copy template is missing the value for {${key}}`);
    return String(value);
  });
}
