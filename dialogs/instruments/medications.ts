/**
 * Flags on the free-text medication list for the clinician: benzodiazepines (blunt ketamine's effect),
 * lamotrigine (may blunt it), MAOIs (blood-pressure interaction) and opioids (respiratory depression).
 * Facts for review, never a verdict, so the matching leans to flagging: a word one typo away from a
 * drug name of five or more letters counts ("xanex", "klonopine", "lamictol"), and a negation
 * ("I stopped Xanax") still flags; the clinician reads the original text next to `matches`.
 */
import { editDistance, tokenize } from '../parse/normalize';

export type MedicationClass = 'benzodiazepine' | 'lamotrigine' | 'maoi' | 'opioid';

interface Drug {
  /** Shown to the clinician in `matches`. */
  label: string;
  cls: MedicationClass;
  /** Normalized spellings: generic, US brands, Spanish and Latin-American names. */
  names: readonly string[];
  /** Names that are also ordinary words or too short for typo tolerance: exact match only. */
  exact?: readonly string[];
}

const DRUGS: readonly Drug[] = [
  // Benzodiazepines
  { label: 'alprazolam', cls: 'benzodiazepine', names: ['alprazolam', 'xanax', 'niravam', 'tafil', 'trankimazin', 'tranquimazin'] },
  { label: 'clonazepam', cls: 'benzodiazepine', names: ['clonazepam', 'klonopin', 'rivotril', 'clonex'] },
  { label: 'lorazepam', cls: 'benzodiazepine', names: ['lorazepam', 'ativan', 'orfidal'] },
  { label: 'diazepam', cls: 'benzodiazepine', names: ['diazepam', 'valium', 'diastat', 'valtoco'] },
  { label: 'temazepam', cls: 'benzodiazepine', names: ['temazepam', 'restoril'] },
  { label: 'chlordiazepoxide', cls: 'benzodiazepine', names: ['chlordiazepoxide', 'clordiazepoxido', 'librium'] },
  { label: 'clorazepate', cls: 'benzodiazepine', names: ['clorazepate', 'clorazepato', 'tranxene', 'tranxilium'] },
  { label: 'oxazepam', cls: 'benzodiazepine', names: ['oxazepam'], exact: ['serax'] },
  { label: 'triazolam', cls: 'benzodiazepine', names: ['triazolam', 'halcion'] },
  { label: 'midazolam', cls: 'benzodiazepine', names: ['midazolam', 'dormicum'] },
  { label: 'estazolam', cls: 'benzodiazepine', names: ['estazolam', 'prosom'] },
  { label: 'flurazepam', cls: 'benzodiazepine', names: ['flurazepam', 'dalmane'] },
  { label: 'quazepam', cls: 'benzodiazepine', names: ['quazepam'], exact: ['doral'] },
  { label: 'clobazam', cls: 'benzodiazepine', names: ['clobazam', 'sympazan'], exact: ['onfi'] },
  { label: 'bromazepam', cls: 'benzodiazepine', names: ['bromazepam', 'lexotan', 'lexotanil'] },
  { label: 'benzodiazepine (unnamed)', cls: 'benzodiazepine', names: ['benzodiazepine', 'benzodiazepines', 'benzodiacepina', 'benzodiacepinas'], exact: ['benzo', 'benzos'] },
  // Lamotrigine
  { label: 'lamotrigine', cls: 'lamotrigine', names: ['lamotrigine', 'lamotrigina', 'lamictal', 'subvenite'] },
  // MAOIs, including the MAO-B inhibitors and the antibiotic linezolid that share the interaction risk
  { label: 'phenelzine', cls: 'maoi', names: ['phenelzine', 'fenelzina', 'nardil'] },
  { label: 'tranylcypromine', cls: 'maoi', names: ['tranylcypromine', 'tranilcipromina', 'parnate'] },
  { label: 'isocarboxazid', cls: 'maoi', names: ['isocarboxazid', 'isocarboxazida', 'marplan'] },
  { label: 'selegiline', cls: 'maoi', names: ['selegiline', 'selegilina', 'eldepryl', 'zelapar'], exact: ['emsam'] },
  { label: 'rasagiline', cls: 'maoi', names: ['rasagiline', 'rasagilina', 'azilect'] },
  { label: 'safinamide', cls: 'maoi', names: ['safinamide', 'safinamida', 'xadago'] },
  { label: 'moclobemide', cls: 'maoi', names: ['moclobemide', 'moclobemida', 'aurorix', 'manerix'] },
  { label: 'linezolid', cls: 'maoi', names: ['linezolid', 'linezolida', 'zyvox'] },
  { label: 'MAOI (unnamed)', cls: 'maoi', names: [], exact: ['maoi', 'maois', 'imao', 'imaos'] },
  // Opioids
  { label: 'oxycodone', cls: 'opioid', names: ['oxycodone', 'oxicodona', 'oxycontin', 'percocet', 'percodan', 'roxicodone', 'xtampza', 'endocet'], exact: ['oxy', 'oxys'] },
  { label: 'hydrocodone', cls: 'opioid', names: ['hydrocodone', 'hidrocodona', 'vicodin', 'lortab', 'hysingla', 'zohydro'], exact: ['norco'] },
  { label: 'morphine', cls: 'opioid', names: ['morphine', 'morfina', 'kadian', 'ms contin'] },
  { label: 'fentanyl', cls: 'opioid', names: ['fentanyl', 'fentanil', 'fentanilo', 'duragesic'], exact: ['actiq'] },
  { label: 'methadone', cls: 'opioid', names: ['methadone', 'metadona', 'dolophine', 'methadose'] },
  { label: 'buprenorphine', cls: 'opioid', names: ['buprenorphine', 'buprenorfina', 'suboxone', 'subutex', 'sublocade', 'zubsolv', 'butrans', 'belbuca'] },
  { label: 'tramadol', cls: 'opioid', names: ['tramadol', 'tramal'], exact: ['ultram'] },
  { label: 'codeine', cls: 'opioid', names: ['codeine', 'codeina', 'tylenol 3', 'tylenol with codeine'] },
  { label: 'hydromorphone', cls: 'opioid', names: ['hydromorphone', 'hidromorfona', 'dilaudid', 'exalgo'] },
  { label: 'oxymorphone', cls: 'opioid', names: ['oxymorphone', 'oximorfona'], exact: ['opana'] },
  { label: 'tapentadol', cls: 'opioid', names: ['tapentadol', 'nucynta', 'palexia'] },
  { label: 'meperidine', cls: 'opioid', names: ['meperidine', 'meperidina', 'pethidine', 'petidina', 'demerol'] },
  { label: 'levorphanol', cls: 'opioid', names: ['levorphanol'] },
  { label: 'pentazocine', cls: 'opioid', names: ['pentazocine', 'pentazocina'] },
  { label: 'butorphanol', cls: 'opioid', names: ['butorphanol', 'butorfanol'] },
  { label: 'heroin', cls: 'opioid', names: ['heroin', 'heroina'] },
  { label: 'opioid (unnamed)', cls: 'opioid', names: ['opioid', 'opioids', 'opiate', 'opiates', 'opioide', 'opioides', 'opiaceo', 'opiaceos'] },
];

/** One typo, only in names of five or more letters (short names collide with ordinary words). */
const MIN_FUZZY_LENGTH = 5;

/** Words that are one typo from a drug name but mean something else. */
const NOT_DRUGS = new Set(['trama', 'tramo', 'tamil', 'tail', 'clones', 'heroine']);

export interface MedicationFlags {
  benzodiazepine: boolean;
  lamotrigine: boolean;
  maoi: boolean;
  opioid: boolean;
  /** The drugs recognised, by generic name, in the order first mentioned; no duplicates. */
  matches: string[];
}

function nameMatches(words: readonly string[], at: number, name: string, fuzzy: boolean): number {
  const parts = name.split(' ');
  const window = words.slice(at, at + parts.length);
  if (window.length < parts.length) return 0;
  const typed = window.join(' ');
  if (typed === name) return parts.length;
  if (!fuzzy || name.length < MIN_FUZZY_LENGTH || NOT_DRUGS.has(typed)) return 0;
  return editDistance(typed, name, 1) <= 1 ? parts.length : 0;
}

/** Flags and recognised drug names in a free-text medication list (English or Spanish). */
export function medicationFlags(text: string): MedicationFlags {
  // Cap the work on pathological input; a medication list is a few lines.
  const words = tokenize(text.slice(0, 4000));
  const flags: MedicationFlags = { benzodiazepine: false, lamotrigine: false, maoi: false, opioid: false, matches: [] };
  for (let at = 0; at < words.length; at++) {
    for (const drug of DRUGS) {
      const hit =
        drug.names.some((name) => nameMatches(words, at, name, true) > 0) ||
        (drug.exact ?? []).some((name) => nameMatches(words, at, name, false) > 0);
      if (!hit) continue;
      flags[drug.cls] = true;
      if (!flags.matches.includes(drug.label)) flags.matches.push(drug.label);
    }
  }
  return flags;
}
