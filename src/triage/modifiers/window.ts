/**
 * The text around a match that the modifiers read. A sentence ends at . ! ? ; or a newline; a clause
 * also ends at a comma, a colon or "but"/"pero": "I'm not suicidal, I just want to die" has two
 * clauses, and the negation of the first must not reach the second.
 */
export interface Window {
  /** Sentence text before the match start. */
  readonly sentPre: string;
  /** Sentence text after the match end. */
  readonly sentPost: string;
  /** The whole sentence. */
  readonly sentence: string;
  /** Clause text before the core (includes the stance words inside the match). */
  readonly clausePre: string;
  /** Clause text after the match end. */
  readonly clausePost: string;
}

/** How far either side of a match the modifiers read: a match's assessment depends on nothing further. */
export const LOOK = 240;

function isSentenceBreak(code: number): boolean {
  return code === 46 /* . */ || code === 33 /* ! */ || code === 63 /* ? */ || code === 59 /* ; */ || code === 10 /* \n */;
}

function isClauseBreak(code: number): boolean {
  return isSentenceBreak(code) || code === 44 /* , */ || code === 58 /* : */;
}

const CONJUNCTION = /\b(?:but|though|although|however|except|pero|aunque|sin\sembargo|excepto|mas\sbien)\b/g;

function lastConjunctionEnd(text: string): number {
  let end = -1;
  CONJUNCTION.lastIndex = 0;
  for (let m = CONJUNCTION.exec(text); m !== null; m = CONJUNCTION.exec(text)) end = m.index + m[0].length;
  return end;
}

function firstConjunctionStart(text: string): number {
  CONJUNCTION.lastIndex = 0;
  const m = CONJUNCTION.exec(text);
  return m === null ? -1 : m.index;
}

export function windowAt(text: string, start: number, coreStart: number, end: number): Window {
  let sStart = start;
  const floor = Math.max(0, start - LOOK);
  while (sStart > floor && !isSentenceBreak(text.charCodeAt(sStart - 1))) sStart--;
  let sEnd = end;
  const ceil = Math.min(text.length, end + LOOK);
  while (sEnd < ceil && !isSentenceBreak(text.charCodeAt(sEnd))) sEnd++;

  let cStart = coreStart;
  const cFloor = Math.max(0, coreStart - LOOK);
  while (cStart > cFloor && !isClauseBreak(text.charCodeAt(cStart - 1))) cStart--;
  let clausePre = text.slice(cStart, coreStart);
  const conj = lastConjunctionEnd(clausePre);
  if (conj >= 0) clausePre = clausePre.slice(conj);

  let cEnd = end;
  while (cEnd < ceil && !isClauseBreak(text.charCodeAt(cEnd))) cEnd++;
  let clausePost = text.slice(end, cEnd);
  const conjAfter = firstConjunctionStart(clausePost);
  if (conjAfter >= 0) clausePost = clausePost.slice(0, conjAfter);

  return {
    sentPre: text.slice(sStart, start),
    sentPost: text.slice(end, sEnd),
    sentence: text.slice(sStart, Math.min(sEnd + 1, text.length)),
    clausePre: clausePre.trim(),
    clausePost,
  };
}
