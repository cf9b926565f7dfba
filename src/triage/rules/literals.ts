/**
 * Required literals: for a rule's regular expression, a set of literal strings at least one of which
 * every match contains. The gate (gate.ts) runs an expression only when one of its literals is in the
 * message, so most expressions never run on most messages.
 *
 * They are derived from the expression itself, not written by hand: a hand-written anchor that a new
 * alternative forgot would silently switch that alternative off, and a missed signal is the worst
 * failure of triage. When the analysis cannot name a literal every match must contain, it says so
 * (null) and the expression runs on every message.
 *
 * The analysis covers the syntax the rules use: literals, escapes, classes, groups, lookarounds (which
 * consume nothing, so they are skipped), alternation and quantifiers. It follows the idea of RE2's
 * prefilter: each part of the expression is described by the exact set of strings it can match, while
 * that set stays small, and otherwise by a set of required literals. `\s` is read as a space: the gate
 * reads a newline as a space too, and normalised text has no other whitespace.
 */

/** A word boundary (`\b`) inside an exact string. */
const B = '\u0001';
const MAX_EXACT = 32;
/** A set of strings matches may start with is kept while it has at most this many (it only marks word starts). */
const MAX_PREFIX = 128;
/** A second required group must be at least this selective (see strength) to be worth checking. */
const MIN_SECOND = 4;
/** A class with more characters than this is "any character" to the analysis. */
const MAX_CLASS = 10;

export interface Literal {
  readonly text: string;
  /** The expression has `\b` right before the literal: the gate checks a word boundary there. */
  readonly boundaryBefore: boolean;
  /** The expression has `\b` right after the literal. */
  readonly boundaryAfter: boolean;
}

/**
 * What the analysis knows about a part: the exact strings it matches (small sets), or required
 * literals. A sequence can require two sets at once ("i have" or "holding"... and "gun" or "pills"...):
 * `also` is the second, so the gate runs the expression only when both are present.
 */
interface Info {
  readonly exact: ReadonlySet<string> | null;
  readonly req: ReadonlySet<string> | null;
  readonly also?: ReadonlySet<string> | null;
  /**
   * The most characters the part can examine, lookarounds included (Infinity when unbounded): a
   * long message is searched only this far either side of a literal the gate found.
   */
  readonly max: number;
  /** A single character that is never whitespace (`[a-z]`, `\w`, `[^\s]`): a run of it stays inside one word. */
  readonly word?: boolean;
  /** Every non-empty match ends with a non-word character (for exact parts, read off the strings). */
  readonly tail?: boolean;
  /** The part may match nothing (for exact parts, read off the strings); unknown counts as yes. */
  readonly empty?: boolean;
  /** Strings one of which every match starts with (for exact parts, the strings themselves). */
  readonly prefix?: ReadonlySet<string> | null;
}

const EMPTY: Info = { exact: new Set(['']), req: null, max: 0 };
/** One character the analysis cannot name. */
const ANY_CHAR: Info = { exact: null, req: null, max: 1 };
/** One character the analysis cannot name, never whitespace. */
const WORD_CHAR: Info = { exact: null, req: null, max: 1, word: true };
/**
 * A run of word characters counts as at most this long. Search relies on it only for messages with
 * no longer run (search.ts checks), so the bound holds wherever it is used.
 */
export const WORD_MAX = 40;

function exactly(...strings: string[]): Info {
  const word = strings.every((x) => x.length === 1 && x !== ' ' && x !== B);
  return { exact: new Set(strings), req: null, max: Math.max(...strings.map((x) => x.replace(B, '').length)), word };
}

function isWordChar(c: string): boolean {
  return /[a-z0-9_]/i.test(c);
}

/** Strings one of which every match of the part starts with, none of them empty; null when unknown. */
function prefixOf(info: Info): ReadonlySet<string> | null {
  const set = info.exact ?? info.prefix ?? null;
  if (set === null) return null;
  for (const s of set) if (s.replaceAll(B, '') === '') return null;
  return set;
}

/** The part may match the empty string. */
function mayBeEmpty(info: Info): boolean {
  if (info.exact === null) return info.empty !== false;
  for (const s of info.exact) if (s.replaceAll(B, '') === '') return true;
  return false;
}

/** Every non-empty match of the part ends with a non-word character (a space, punctuation). */
function endsNonWord(info: Info): boolean {
  if (info.exact === null) return info.tail === true;
  for (const s of info.exact) {
    const chars = s.replaceAll(B, '');
    if (chars !== '' && isWordChar(chars[chars.length - 1] as string)) return false;
  }
  return true;
}

/**
 * Strings that start right after a non-word character start a word when their first character is
 * a word character: they carry a boundary before them, which makes the gate more selective.
 */
function atWordStart(set: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const s of set) out.add(s !== '' && s[0] !== B && isWordChar(s[0] as string) ? B + s : s);
  return out;
}

/** Literals that every match contains, as a set, or null when none can be named. */
function required(info: Info): ReadonlySet<string> | null {
  if (info.exact === null) return info.req;
  for (const s of info.exact) if (s === '' || s === B) return null;
  return info.exact;
}

const strengths = new WeakMap<ReadonlySet<string>, number>();

/**
 * How selective a set of literals is: its shortest literal's length, a boundary counting half a
 * letter. (A boundary is only ever at an edge of a string: join drops the ones inside.)
 */
function strength(set: ReadonlySet<string>): number {
  const known = strengths.get(set);
  if (known !== undefined) return known;
  let min = Infinity;
  for (const s of set) {
    const edges = (s.startsWith(B) ? 1 : 0) + (s.length > 1 && s.endsWith(B) ? 1 : 0);
    min = Math.min(min, s.length - edges + edges * 0.5);
  }
  strengths.set(set, min);
  return min;
}

/** The share of a set's strings that start with a word boundary. */
function wordStarts(set: ReadonlySet<string>): number {
  let n = 0;
  for (const s of set) if (s.startsWith(B)) n++;
  return set.size === 0 ? 0 : n / set.size;
}

function better(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  const sa = strength(a);
  const sb = strength(b);
  if (sa !== sb) return sa > sb ? a : b;
  // equally selective: the one whose strings more often start a word (the gate checks that boundary)
  const wa = wordStarts(a);
  const wb = wordStarts(b);
  if (wa !== wb) return wa > wb ? a : b;
  return a.size <= b.size ? a : b;
}

/**
 * x then y. A boundary inside the result is dropped: it constrains the characters either side of
 * it, which the literal then spells out anyway (or the expression can never match there).
 */
function join(x: string, y: string): string {
  if (x === '' || x === B) return y.startsWith(B) || x === '' ? y : x + y;
  if (y === '' || y === B) return x.endsWith(B) ? x : x + y;
  return (x.endsWith(B) ? x.slice(0, -1) : x) + (y.startsWith(B) ? y.slice(1) : y);
}

function cross(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(join(x, y));
  return out;
}

/**
 * A sequence: runs of consecutive exact parts are multiplied out ("kill", " ", "myself" gives
 * "kill myself") while small; every match contains a match of each run and each other part, so the
 * most selective of them is required.
 */
function sequence(parts: readonly Info[]): Info {
  let run: ReadonlySet<string> = new Set(['']);
  // whether the current run, and the position after the parts read so far, follow a non-word character
  let runFollowsNonWord = false;
  let followsNonWord = false;
  // what the whole sequence may end with, and whether it may be empty (for the parts around it)
  let tail = true;
  let empty = true;
  const candidates: Array<ReadonlySet<string>> = [];
  const add = (set: ReadonlySet<string> | null | undefined): void => {
    if (set !== null && set !== undefined) candidates.push(set);
  };
  // what every match starts with: the first run of exact parts, or the first part's own prefix
  let prefix: ReadonlySet<string> | null | undefined;
  const flush = (): void => {
    if (prefix === undefined) prefix = prefixOf({ exact: run, req: null, max: 0 });
    add(required({ exact: runFollowsNonWord ? atWordStart(run) : run, req: null, max: 0 }));
  };
  let allExact = true;
  for (const p of parts) {
    const pEmpty = mayBeEmpty(p);
    const pTail = endsNonWord(p);
    if (p.exact !== null && run.size * p.exact.size <= MAX_EXACT) {
      run = cross(run, p.exact);
    } else {
      // nothing but boundaries read so far: the sequence starts where this part starts
      const first = prefix === undefined && [...run].every((x) => x === '' || x === B);
      const before = run;
      flush();
      if (p.exact !== null) {
        // the run grew too large and starts again: what was read before it is no longer spelled out, so
        // the sequence is not exactly the last run ("(?:nomas\s)?queria" is not "queria" alone)
        if ([...before].some((x) => x !== '' && x !== B)) allExact = false;
        run = p.exact;
        runFollowsNonWord = followsNonWord;
      } else {
        allExact = false;
        if (first) prefix = pEmpty ? null : prefixOf(p);
        add(p.req);
        add(p.also);
        // a part that starts after a non-word character: its first words start words
        const starts = prefixOf(p);
        if (starts !== null && (followsNonWord || first)) {
          const joined = first ? cross(before, starts) : starts;
          add(required({ exact: followsNonWord ? atWordStart(joined) : joined, req: null, max: 0 }));
        }
        run = new Set(['']);
      }
    }
    followsNonWord = pTail && (pEmpty ? followsNonWord : true);
    if (p.exact === null) runFollowsNonWord = followsNonWord;
    tail = pTail && (pEmpty ? tail : true);
    empty = empty && pEmpty;
  }
  const max = parts.reduce((sum, p) => sum + p.max, 0);
  if (allExact && candidates.length === 0) return { exact: run, req: null, max };
  flush();
  // the two most selective: each is required, so requiring both is still sound; a second group as weak
  // as "in" or " " would be found nearly everywhere and only cost the gate work
  candidates.sort((a, b) => (better(a, b) === a ? -1 : 1));
  const second = candidates[1];
  return { exact: null, req: candidates[0] ?? null, also: second !== undefined && strength(second) >= MIN_SECOND ? second : null, max, tail, empty, prefix };
}

function alternation(parts: Info[]): Info {
  const max = Math.max(...parts.map((p) => p.max));
  if (parts.every((p) => p.exact !== null)) {
    const out = new Set<string>();
    for (const p of parts) for (const s of p.exact as ReadonlySet<string>) out.add(s);
    if (out.size <= MAX_EXACT) return { exact: out, req: null, max };
  }
  const tail = parts.every(endsNonWord);
  const empty = parts.some(mayBeEmpty);
  // every match starts with a prefix of one of the alternatives, while there are few of them
  let prefix: Set<string> | null = new Set<string>();
  for (const p of parts) {
    const starts = prefixOf(p);
    if (starts === null) {
      prefix = null;
      break;
    }
    for (const s of starts) prefix.add(s);
  }
  if (prefix !== null && prefix.size > MAX_PREFIX) prefix = null;
  const req = new Set<string>();
  for (const p of parts) {
    const r = required(p);
    if (r === null) return { exact: null, req: null, max, tail, empty, prefix };
    for (const s of r) req.add(s);
  }
  return { exact: null, req, max, tail, empty, prefix };
}

/** Normalised text never has two whitespace characters in a row, so `\s*` and `\s+` take at most one. */
function isWhitespace(atom: Info): boolean {
  return atom.exact !== null && atom.exact.size === 1 && atom.exact.has(' ');
}

function repeat(atom: Info, min: number, max: number): Info {
  if (max === 0) return EMPTY;
  if (min === 1 && max === 1) return atom;
  const span = max !== Infinity ? atom.max * max : isWhitespace(atom) ? 1 : atom.word === true ? WORD_MAX : Infinity;
  const tail = endsNonWord(atom);
  if (min === 0) {
    if (max === 1 && atom.exact !== null && atom.exact.size < MAX_EXACT) return { exact: new Set([...atom.exact, '']), req: null, max: span };
    return { exact: null, req: null, max: span, tail, empty: true };
  }
  // at least once: whatever one repetition requires
  return { exact: null, req: required(atom), also: atom.exact === null ? atom.also : null, max: span, tail, empty: mayBeEmpty(atom), prefix: prefixOf(atom) };
}

/** A recursive-descent reader of the regular-expression syntax the rules use. */
class Reader {
  private i = 0;
  /** Source offsets of the top-level `|`, to split an expression into its alternatives. */
  readonly topLevelBars: number[] = [];
  /** What the analysis knows about each top-level alternative. */
  topLevel: Info[] = [];

  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation(0);
    if (this.i !== this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return info;
  }

  private alternation(depth: number): Info {
    const parts = [this.sequence(depth)];
    while (this.src[this.i] === '|') {
      if (depth === 0) this.topLevelBars.push(this.i);
      this.i++;
      parts.push(this.sequence(depth));
    }
    if (depth === 0) this.topLevel = parts;
    return parts.length === 1 ? (parts[0] as Info) : alternation(parts);
  }

  private sequence(depth: number): Info {
    const parts: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') parts.push(this.quantified(depth));
    return sequence(parts);
  }

  private quantified(depth: number): Info {
    const atom = this.atom(depth);
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m === null) throw new Error(`bad quantifier at ${this.i}`);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same strings
    return repeat(atom, min, max);
  }

  private atom(depth: number): Info {
    const c = this.src[this.i] as string;
    if (c === '(') return this.group(depth);
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return ANY_CHAR;
    if (c === '^' || c === '$') return EMPTY;
    return exactly(c);
  }

  private group(depth: number): Info {
    const rest = this.src.slice(this.i, this.i + 4);
    let lookaround = false;
    if (rest.startsWith('(?:')) this.i += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) [this.i, lookaround] = [this.i + 3, true];
    else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) [this.i, lookaround] = [this.i + 4, true];
    else if (rest.startsWith('(?<')) this.i = this.src.indexOf('>', this.i) + 1;
    else if (rest.startsWith('(?')) throw new Error(`unsupported group at ${this.i}`);
    else this.i++;
    const inner = this.alternation(depth + 1);
    if (this.src[this.i] !== ')') throw new Error(`unclosed group at ${this.i}`);
    this.i++;
    // a lookaround consumes nothing: what it checks may lie outside the match
    return lookaround ? { ...EMPTY, max: inner.max } : inner;
  }

  private escape(): Info {
    const e = this.src[this.i + 1] as string;
    this.i += 2;
    if (e === 's' || e === 'n' || e === 't' || e === 'r') return exactly(' ');
    if (e === 'b') return exactly(B);
    if (e === 'B') return EMPTY;
    if (e === 'd') return exactly(...'0123456789');
    if (e === 'w' || e === 'S') return WORD_CHAR;
    if (/[a-zA-Z0-9]/.test(e)) return ANY_CHAR; // \W, \D and the like: no literal
    return exactly(e);
  }

  private charClass(): Info {
    const start = this.i;
    this.i++;
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let unknown = false;
    // which whitespace the class lists: a space, a newline, or something that may be either
    let space = false;
    let newline = false;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      let c = this.src[this.i] as string;
      if (c === '\\') {
        const e = this.src[this.i + 1] as string;
        this.i += 2;
        if (e === 's') [space, newline] = [true, true];
        if (e === 's' || e === 'n' || e === 't' || e === 'r') {
          chars.add(' ');
          newline ||= e !== 's';
        } else if (e === 'd') for (const d of '0123456789') chars.add(d);
        else if (/[a-zA-Z]/.test(e)) {
          unknown = true;
          if (e !== 'w') [space, newline] = [true, true]; // \S, \W, \D: treat as whitespace both ways
        } else chars.add(e);
        continue;
      }
      this.i++;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        let to = this.src[this.i + 1] as string;
        this.i += 2;
        if (to === '\\') [to, this.i] = [this.src[this.i] as string, this.i + 1];
        if (c.charCodeAt(0) <= 32 && to.charCodeAt(0) >= 10) [space, newline] = [true, true];
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
        continue;
      }
      if (c === '\n') [c, newline] = [' ', true];
      else if (c === ' ') space = true;
      chars.add(c);
    }
    if (this.src[this.i] !== ']') throw new Error(`unclosed class at ${start}`);
    this.i++;
    // a negated class listing both spaces and newlines never matches whitespace; a plain class listing neither never does
    const word = negated ? space && newline : !space && !newline && !unknown;
    if (negated || unknown || chars.size > MAX_CLASS) return word ? WORD_CHAR : ANY_CHAR;
    return { exact: chars, req: null, max: 1, word };
  }
}

function toLiteral(s: string): Literal | null {
  const boundaryBefore = s.startsWith(B);
  const boundaryAfter = s.length > 1 && s.endsWith(B);
  const text = s.slice(boundaryBefore ? 1 : 0, boundaryAfter ? -1 : undefined);
  return text === '' ? null : { text, boundaryBefore, boundaryAfter };
}

function literalsIn(set: ReadonlySet<string> | null | undefined): Literal[] | null {
  if (set === null || set === undefined) return null;
  const out: Literal[] = [];
  for (const s of set) {
    const lit = toLiteral(s);
    if (lit === null) return null;
    out.push(lit);
  }
  // "bye " adds nothing beside "bye": any text containing it contains "bye"
  return out.filter((l) => !out.some((o) => o !== l && !o.boundaryBefore && !o.boundaryAfter && l.text.includes(o.text)));
}

/** Groups of literals: every match contains one literal of each group. Null when none can be named. */
function groupsOf(info: Info): Literal[][] | null {
  const first = literalsIn(required(info));
  if (first === null) return null;
  const second = info.exact === null ? literalsIn(info.also) : null;
  return second === null ? [first] : [first, second];
}

/**
 * Literals at least one of which every match of `source` contains, or null when the analysis cannot
 * name any (the expression must then run on every message).
 */
export function requiredLiterals(source: string): Literal[] | null {
  return groupsOf(new Reader(source).parse())?.[0] ?? null;
}

/**
 * Every match starts where one of its first group's literals starts: the group is the set of strings
 * every match starts with. A long message can then be searched at those positions alone.
 */
function startsAtFirstGroup(info: Info): boolean {
  const first = required(info);
  const prefix = prefixOf(info);
  if (first === null || prefix === null) return false;
  if (first.size !== prefix.size) return false;
  for (const s of first) if (!prefix.has(s)) return false;
  // the gate knows only the literals kept: "nomas queria" dropped beside "queria" would move a start
  return literalsIn(first)?.length === first.size;
}

export interface Alternative {
  readonly source: string;
  /** Every match contains a literal of each group (one or two groups); null when none can be named. */
  readonly required: Literal[][] | null;
  /** Every match starts where a literal of the first group starts (see startsAtFirstGroup). */
  readonly anchored: boolean;
  /** The most characters a match and its lookarounds can cover (Infinity when unbounded). */
  readonly span: number;
}

/** The top-level alternatives of an expression, each a source on its own with its required literals. */
export function topLevelAlternatives(source: string): Alternative[] {
  const reader = new Reader(source);
  reader.parse();
  const out: Alternative[] = [];
  let from = 0;
  reader.topLevelBars.forEach((bar, k) => {
    const info = reader.topLevel[k] as Info;
    out.push({ source: source.slice(from, bar), required: groupsOf(info), anchored: startsAtFirstGroup(info), span: info.max });
    from = bar + 1;
  });
  const last = reader.topLevel[reader.topLevel.length - 1] as Info;
  out.push({ source: source.slice(from), required: groupsOf(last), anchored: startsAtFirstGroup(last), span: last.max });
  return out;
}
