/**
 * The free-text medication answer. Anything with letters is kept as typed (trimmed and capped) for the
 * clinician; the flags (benzodiazepines, lamotrigine, MAOIs, opioids) are computed from it by
 * dialogs/instruments/medications.ts. "None" in either language becomes the canonical "none".
 */
const NONE = /^(none|no|nothing|nope|n\/a|na|no meds|no medications?|ninguno|ninguna|nada|no tomo( nada| ninguno)?)$/;
const MAX_LENGTH = 500;

export function parseMedicationList(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const plain = trimmed.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[.!]+$/g, '');
  if (NONE.test(plain)) return 'none';
  if (!/\p{L}{2,}/u.test(trimmed)) return undefined;
  if (trimmed.length > MAX_LENGTH) return undefined;
  return trimmed;
}
