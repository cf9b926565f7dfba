import type { GateEntry } from '../rules/gate';
import { requiredLiterals, topLevelAlternatives } from '../rules/literals';
import type { Lang } from '../rules/rule';
import { CONCEPT_SOURCES, type Concept } from './lexicon';

/** Concepts that can start a candidate of the safety net; the others only count beside one of them. */
export const ANCHOR_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>([
  'clinicalSI', 'item9', 'ingest', 'ingestPlan', 'meansReady', 'crash', 'ending', 'gone', 'othersDeath', 'selfharm', 'selfharmAmbig',
  'place', 'stockpile', 'ready', 'act', 'howTo', 'attempt', 'prepare',
]);

const ANCHOR_SOURCES = CONCEPT_SOURCES.filter(([c]) => ANCHOR_CONCEPTS.has(c));

/**
 * The anchor concepts, one expression per concept and language, each run only when the message holds a
 * literal it requires (literals.ts), and on a long message only within its span of them. Their matches
 * are then merged as one alternation scanned left to right would have found them: at a position the
 * earlier concept wins, and a match hides any that starts inside it.
 */
export interface AnchorScanner {
  readonly re: RegExp;
  readonly concept: Concept;
  readonly lang: Lang;
  /** The concept's place in the alternation: lower wins a position. */
  readonly order: number;
  /** The most characters a match (and the character after it) can cover. */
  readonly span: number;
}

export const ANCHOR_SCANNERS: readonly AnchorScanner[] = ANCHOR_SOURCES.flatMap(([concept, en, es]) =>
  ([['en', en], ['es', es]] as const)
    .filter(([, source]) => source !== '')
    .map(([lang, source]) => ({
      re: new RegExp(String.raw`\b(?:${source})(?![a-z0-9])`, 'g'),
      concept,
      lang,
      span: 1 + Math.max(...topLevelAlternatives(source).map((a) => a.span)),
    })),
).map((s, order) => ({ ...s, order }));

/** The literals each anchor scanner requires, as gate entries (target: the scanner's index). */
export const ANCHOR_ENTRIES: readonly GateEntry[] = ANCHOR_SOURCES.flatMap(([concept, en, es]) =>
  [en, es].filter((source) => source !== '').map((source) => [concept, source] as const),
).flatMap(([concept, source], target) => {
  const literals = requiredLiterals(source);
  if (literals === null) throw new Error(`net concept ${concept}: no required literal`);
  return literals.map((literal) => ({ literal, target, group: 0 as const }));
});
