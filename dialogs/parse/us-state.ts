/**
 * US state of residence from what people type: "Colorado", "CO", "co", "Colo.", "Colarado",
 * "I live in Colorado", "Nueva York", "Carolina del Norte". Eligibility depends on the state, so a
 * name that fits two states, or two states named in one answer, is `undefined` rather than a guess.
 */
import { isTooLong, normalize, tokenize } from './normalize';
import { distinctKeys, findPhrases, resolveMatches, type Phrase } from './phrases';

export interface UsState {
  /** USPS two-letter code, upper case. */
  code: string;
  name: string;
  /** The usual Spanish name when it differs from the English one. */
  nameEs?: string;
}

/** The 50 states, the District of Columbia and Puerto Rico. */
export const US_STATES: readonly UsState[] = [
  { code: 'AL', name: 'Alabama' },
  { code: 'AK', name: 'Alaska' },
  { code: 'AZ', name: 'Arizona' },
  { code: 'AR', name: 'Arkansas' },
  { code: 'CA', name: 'California' },
  { code: 'CO', name: 'Colorado' },
  { code: 'CT', name: 'Connecticut' },
  { code: 'DE', name: 'Delaware' },
  { code: 'DC', name: 'District of Columbia', nameEs: 'Distrito de Columbia' },
  { code: 'FL', name: 'Florida' },
  { code: 'GA', name: 'Georgia' },
  { code: 'HI', name: 'Hawaii', nameEs: 'Hawái' },
  { code: 'ID', name: 'Idaho' },
  { code: 'IL', name: 'Illinois' },
  { code: 'IN', name: 'Indiana' },
  { code: 'IA', name: 'Iowa' },
  { code: 'KS', name: 'Kansas' },
  { code: 'KY', name: 'Kentucky' },
  { code: 'LA', name: 'Louisiana', nameEs: 'Luisiana' },
  { code: 'ME', name: 'Maine' },
  { code: 'MD', name: 'Maryland' },
  { code: 'MA', name: 'Massachusetts' },
  { code: 'MI', name: 'Michigan', nameEs: 'Míchigan' },
  { code: 'MN', name: 'Minnesota' },
  { code: 'MS', name: 'Mississippi', nameEs: 'Misisipi' },
  { code: 'MO', name: 'Missouri', nameEs: 'Misuri' },
  { code: 'MT', name: 'Montana' },
  { code: 'NE', name: 'Nebraska' },
  { code: 'NV', name: 'Nevada' },
  { code: 'NH', name: 'New Hampshire', nameEs: 'Nuevo Hampshire' },
  { code: 'NJ', name: 'New Jersey', nameEs: 'Nueva Jersey' },
  { code: 'NM', name: 'New Mexico', nameEs: 'Nuevo México' },
  { code: 'NY', name: 'New York', nameEs: 'Nueva York' },
  { code: 'NC', name: 'North Carolina', nameEs: 'Carolina del Norte' },
  { code: 'ND', name: 'North Dakota', nameEs: 'Dakota del Norte' },
  { code: 'OH', name: 'Ohio' },
  { code: 'OK', name: 'Oklahoma' },
  { code: 'OR', name: 'Oregon', nameEs: 'Oregón' },
  { code: 'PA', name: 'Pennsylvania', nameEs: 'Pensilvania' },
  { code: 'RI', name: 'Rhode Island' },
  { code: 'SC', name: 'South Carolina', nameEs: 'Carolina del Sur' },
  { code: 'SD', name: 'South Dakota', nameEs: 'Dakota del Sur' },
  { code: 'TN', name: 'Tennessee' },
  { code: 'TX', name: 'Texas' },
  { code: 'UT', name: 'Utah' },
  { code: 'VT', name: 'Vermont' },
  { code: 'VA', name: 'Virginia' },
  { code: 'WA', name: 'Washington' },
  { code: 'WV', name: 'West Virginia', nameEs: 'Virginia Occidental' },
  { code: 'WI', name: 'Wisconsin' },
  { code: 'WY', name: 'Wyoming' },
  { code: 'PR', name: 'Puerto Rico' },
];

/** Other names people use; matched like the official names. */
const ALIASES: readonly [string, string][] = [
  ['DC', 'washington dc'], ['DC', 'washington d c'], ['DC', 'washington district of columbia'],
  ['WA', 'washington state'], ['WA', 'estado de washington'], ['NY', 'nyc'], ['NY', 'new york city'],
  ['NY', 'nueva york'], ['TX', 'tejas'], ['TN', 'tenesi'], ['HI', 'hawai'], ['PA', 'pensilvania'],
  ['MS', 'misisipi'], ['MO', 'misuri'], ['LA', 'luisiana'], ['NM', 'nuevo mejico'],
  ['WV', 'virginia del oeste'], ['RI', 'isla de rhode'], ['PR', 'borinquen'], ['PR', 'boricua'],
];

/**
 * Traditional (AP-style) abbreviations. Only accepted as the whole answer because many are words
 * ("ill", "miss", "mass", "wash", "del").
 */
const TRADITIONAL: Record<string, string> = {
  ala: 'AL', ariz: 'AZ', ark: 'AR', calif: 'CA', cal: 'CA', colo: 'CO', conn: 'CT', del: 'DE', fla: 'FL',
  ill: 'IL', ind: 'IN', kan: 'KS', kans: 'KS', mass: 'MA', mich: 'MI', minn: 'MN', miss: 'MS',
  mont: 'MT', neb: 'NE', nebr: 'NE', nev: 'NV', okla: 'OK', ore: 'OR', oreg: 'OR', penn: 'PA',
  penna: 'PA', tenn: 'TN', tex: 'TX', wash: 'WA', wis: 'WI', wisc: 'WI', wyo: 'WY', 'w va': 'WV',
};

/**
 * Codes that are also common English or Spanish words (or titles, units): accepted only as the
 * whole answer, never inside a sentence ("I live IN Denver" must not be Indiana).
 */
const WORD_LIKE_CODES = new Set([
  'al', 'ar', 'co', 'de', 'ga', 'hi', 'id', 'il', 'in', 'la', 'ma', 'md', 'me', 'mi', 'mo', 'ms', 'mt',
  'ne', 'oh', 'ok', 'or', 'pa', 'va', 'wa', 'ut', 'ct', 'wi',
]);

/** Words that are one typo away from a state name but mean something else. */
const NOT_STATES = new Set(['indian', 'texts', 'main', 'mine', 'mainer', 'oregano', 'georgian']);

const BY_CODE = new Map(US_STATES.map((s) => [s.code.toLowerCase(), s.code]));

const NAME_PHRASES: readonly Phrase<string>[] = [
  ...US_STATES.flatMap((s) => [
    { key: s.code, text: normalize(s.name) },
    ...(s.nameEs !== undefined ? [{ key: s.code, text: normalize(s.nameEs) }] : []),
  ]),
  ...ALIASES.map(([code, text]) => ({ key: code, text })),
];

/** Codes that are not words may appear inside a sentence: "I'm in TX", "vivo en ny". */
const CODE_PHRASES: readonly Phrase<string>[] = US_STATES.filter((s) => !WORD_LIKE_CODES.has(s.code.toLowerCase())).map(
  (s) => ({ key: s.code, text: s.code.toLowerCase(), fuzzy: false }),
);

/** "N.Y." / "n. c." -> "ny" / "nc" before punctuation is stripped, so dotted codes stay one word. */
function joinDottedCodes(text: string): string {
  return text.replace(/\b([a-z])\.\s?([a-z])\.?(?=\s|$|[,;!?)])/gi, '$1$2');
}

/** The two-letter code of the one state the answer names, or undefined. */
export function parseUsState(text: string): string | undefined {
  if (isTooLong(text)) return undefined;
  const joined = joinDottedCodes(text);
  const whole = normalize(joined);
  if (whole === '') return undefined;
  const wholeCode = BY_CODE.get(whole);
  if (wholeCode !== undefined) return wholeCode;
  if (Object.prototype.hasOwnProperty.call(TRADITIONAL, whole)) return TRADITIONAL[whole];

  const tokens = tokenize(joined).filter((t) => !NOT_STATES.has(t));
  const { chosen, ambiguous } = resolveMatches(findPhrases(tokens, [...NAME_PHRASES, ...CODE_PHRASES]));
  if (ambiguous) return undefined;
  const codes = distinctKeys(chosen);
  return codes.length === 1 ? codes[0] : undefined;
}

/** The state with this code (any case), for showing its name back to the person. */
export function usStateByCode(code: string): UsState | undefined {
  const upper = code.toUpperCase();
  return US_STATES.find((s) => s.code === upper);
}
