import * as literals from './rules/literals';

// read once: some module loaders turn every read of an imported name into a getter call, and this one is read per character
const WORD_MAX = literals.WORD_MAX;

/**
 * Long messages are searched only in windows around the literals the gate found (rules/gate.ts): a
 * match always contains one of its expression's literals, so nothing outside the windows can match.
 * This bounds the work on a 1,600-character message to the parts that could say something.
 */

/** Messages longer than this are searched in windows. */
const WINDOW_FROM = 600;

/** The whole message, for short ones. */
export const WHOLE: ReadonlyArray<readonly [number, number]> = [[0, Number.MAX_SAFE_INTEGER]];

/**
 * Search this message in windows? Only a long one, and only when no run of characters is longer
 * than the spans assume (literals.ts: WORD_MAX); "aaaa…" for 1,600 characters is searched whole.
 */
export function searchInWindows(text: string): boolean {
  if (text.length <= WINDOW_FROM) return false;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c === 32 || c === 10 ? 0 : run + 1;
    if (run > WORD_MAX) return false;
  }
  return true;
}

/**
 * Merged windows around literal positions (ascending): `span` characters either side (the most an
 * expression's match and lookarounds can cover), widened to word boundaries so no word is cut in
 * two. The whole message when the span is unbounded.
 */
export function windowsAround(text: string, positions: readonly number[], span: number): ReadonlyArray<readonly [number, number]> {
  if (span === Infinity) return WHOLE;
  const out: Array<[number, number]> = [];
  for (const p of positions) {
    let from = Math.max(0, p - span);
    if (from > 0) from = text.lastIndexOf(' ', from) + 1;
    let to = Math.min(text.length, p + span);
    if (to < text.length) {
      const space = text.indexOf(' ', to);
      to = space < 0 ? text.length : space;
    }
    const last = out[out.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
