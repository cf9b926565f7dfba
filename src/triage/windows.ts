/**
 * Long messages are searched only in windows around the literals the gate found (rules/gate.ts): a
 * match always contains one of its expression's literals, so nothing outside the windows can match.
 * This bounds the work on a 1,600-character message to the parts that could say something.
 */

/** Messages longer than this are searched in windows. */
export const WINDOW_FROM = 600;
/** How far a match (with its look-behinds) can start before its literal, and end (with look-aheads) after. */
const BEFORE = 160;
const AFTER = 220;
/** The whole message, for short ones. */
export const WHOLE: ReadonlyArray<readonly [number, number]> = [[0, Number.MAX_SAFE_INTEGER]];

/** Merged windows around literal positions (ascending), widened to word boundaries so no word is cut in two. */
export function windowsAround(text: string, positions: readonly number[]): Array<readonly [number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of positions) {
    let from = Math.max(0, p - BEFORE);
    if (from > 0) from = text.lastIndexOf(' ', from) + 1;
    let to = Math.min(text.length, p + AFTER);
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
