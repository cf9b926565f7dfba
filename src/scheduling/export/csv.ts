/**
 * CSV for the intake team's spreadsheet (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote
 * or line break in double quotes, quotes doubled). Text that a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return: OWASP's list) is prefixed with an apostrophe, so a candidate
 * who types "=HYPERLINK(...)" as their name gets their name shown, not a live link. Numbers and booleans are
 * written as they are.
 */
export type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c] ?? null)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
