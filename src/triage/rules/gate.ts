import type { Literal } from './literals';

/**
 * The gate: one pass over a message finds every required literal present (Aho-Corasick over a
 * transition table), and so which expressions can match: one table lookup per character however
 * many literals there are.
 *
 * A newline reads as a space (the literals' `\s` is a space). A literal derived with `\b` beside it
 * counts only where that word boundary holds.
 */

/** Symbols: a-z, 0-9, space, and one for every other character. */
const SYMBOLS = 38;
const SPACE_SYMBOL = 36;
const OTHER_SYMBOL = 37;

/** SYMBOL[c] for ASCII c; every other character is OTHER_SYMBOL. */
const SYMBOL: Uint8Array = (() => {
  const table = new Uint8Array(128).fill(OTHER_SYMBOL);
  for (let c = 97; c <= 122; c++) table[c] = c - 97;
  for (let c = 65; c <= 90; c++) table[c] = c - 65;
  for (let c = 48; c <= 57; c++) table[c] = c - 48 + 26;
  table[32] = SPACE_SYMBOL;
  table[10] = SPACE_SYMBOL;
  return table;
})();

function symbolOf(code: number): number {
  return code < 128 ? (SYMBOL[code] as number) : OTHER_SYMBOL;
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95;
}

/** `\b` between text[at - 1] and text[at]. */
function boundaryAt(text: string, at: number): boolean {
  const before = at > 0 && isWordCode(text.charCodeAt(at - 1));
  const after = at < text.length && isWordCode(text.charCodeAt(at));
  return before !== after;
}

/**
 * A literal's first characters are nearly as selective as the whole of it, and each further one is
 * another automaton state: literals are cut to this length (part of a required literal is required
 * too, so the gate stays sound).
 */
const MAX_LITERAL = 14;

function prefix(literal: Literal): Literal {
  if (literal.text.length <= MAX_LITERAL) return literal;
  return { text: literal.text.slice(0, MAX_LITERAL), boundaryBefore: literal.boundaryBefore, boundaryAfter: false };
}

export interface GateEntry {
  readonly literal: Literal;
  /** The expression (by index) this literal is required by. */
  readonly target: number;
  /** Which of the target's required groups the literal belongs to (0 or 1): a target needs all its groups. */
  readonly group: 0 | 1;
}

export class LiteralGate {
  /** next[state * SYMBOLS + symbol]: the automaton's move (failure links already folded in). */
  private readonly next: Uint16Array | Uint32Array;
  /** For each state, the first of its outputs in `outputs` (a literal ending here or at a suffix). */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;
  private readonly literals: readonly Literal[];
  private readonly targets: ReadonlyArray<readonly number[]>;
  /** full[t]: the groups target t needs (bit 0, and bit 1 when it has a second group). */
  private readonly full: Uint8Array;
  /** seen[t] === stamp: target t has some group found in this call; groups[t] says which. */
  private readonly seen: Uint32Array;
  private readonly groups: Uint8Array;
  /** literalSeen[id] === stamp: the literal was already found in this call. */
  private readonly literalSeen: Uint32Array;
  /** The literal ids of each target's first group. */
  private readonly firstGroup: number[][];
  private stamp = 0;

  constructor(entries: readonly GateEntry[], readonly targetCount: number) {
    // one literal per distinct (text, boundaries), its (target, group) pairs merged, each as target * 2 + group
    const byKey = new Map<string, { literal: Literal; targets: Set<number> }>();
    this.full = new Uint8Array(targetCount);
    for (const e of entries) {
      const literal = prefix(e.literal);
      const key = `${literal.text}|${literal.boundaryBefore}|${literal.boundaryAfter}`;
      const found = byKey.get(key) ?? byKey.set(key, { literal, targets: new Set() }).get(key)!;
      found.targets.add(e.target * 2 + e.group);
      this.full[e.target] = (this.full[e.target] as number) | (1 << e.group);
    }
    const merged = [...byKey.values()];
    this.literals = merged.map((m) => m.literal);
    this.targets = merged.map((m) => [...m.targets].sort((a, b) => a - b));

    // the trie, in a growing table: -1 for no child
    let table = new Int32Array(1024 * SYMBOLS).fill(-1);
    let states = 1;
    const own = new Map<number, number[]>();
    merged.forEach(({ literal }, id) => {
      let state = 0;
      for (let k = 0; k < literal.text.length; k++) {
        const at = state * SYMBOLS + symbolOf(literal.text.charCodeAt(k));
        if (table[at] === -1) {
          if ((states + 1) * SYMBOLS > table.length) {
            const grown = new Int32Array(table.length * 2).fill(-1);
            grown.set(table);
            table = grown;
          }
          table[at] = states++;
        }
        state = table[at] as number;
      }
      (own.get(state) ?? own.set(state, []).get(state)!).push(id);
    });

    // failure links, breadth first, folded into the table; outputs inherit their failure state's
    const next = table.subarray(0, states * SYMBOLS);
    const fail = new Int32Array(states);
    const out = new Map<number, number[]>(own);
    const queue: number[] = [];
    for (let s = 0; s < SYMBOLS; s++) {
      const child = next[s] as number;
      if (child === -1) next[s] = 0;
      else queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (let s = 0; s < SYMBOLS; s++) {
        const at = state * SYMBOLS + s;
        const child = next[at] as number;
        const viaFail = next[(fail[state] as number) * SYMBOLS + s] as number;
        if (child === -1) next[at] = viaFail;
        else {
          fail[child] = viaFail;
          const inherited = out.get(viaFail);
          if (inherited !== undefined) out.set(child, [...(out.get(child) ?? []), ...inherited]);
          queue.push(child);
        }
      }
    }
    // 16-bit states when they fit: half the table, so more of it stays in cache
    this.next = states <= 0xffff ? Uint16Array.from(next) : Uint32Array.from(next);
    this.outputStart = new Int32Array(states + 1);
    const flat: number[] = [];
    for (let state = 0; state < states; state++) {
      this.outputStart[state] = flat.length;
      const list = out.get(state);
      if (list !== undefined) for (const id of list) flat.push(id);
    }
    this.outputStart[states] = flat.length;
    this.outputs = Int32Array.from(flat);
    this.seen = new Uint32Array(targetCount);
    this.groups = new Uint8Array(targetCount);
    this.literalSeen = new Uint32Array(merged.length);
    this.firstGroup = [];
    this.targets.forEach((pairs, id) => {
      for (const pair of pairs) if ((pair & 1) === 0) (this.firstGroup[pair >> 1] ??= []).push(id);
    });
  }

  /**
   * The targets with a literal of each of their groups in `text`, ascending. With `withPositions`,
   * also where each target's first-group literals start, for searching a long message only near them.
   */
  scan(text: string, withPositions = false): GateScan {
    // reused across calls: an entry counts for this call only when it holds this call's stamp
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.literalSeen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const seen = this.seen;
    const literalSeen = this.literalSeen;
    const groups = this.groups;
    const full = this.full;
    const on: number[] = [];
    const occurrences = withPositions ? new Map<number, number[]>() : null;
    const next = this.next;
    const outputStart = this.outputStart;
    const outputs = this.outputs;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = next[state * SYMBOLS + (code < 128 ? (SYMBOL[code] as number) : OTHER_SYMBOL)] as number;
      const last = outputStart[state + 1] as number;
      for (let o = outputStart[state] as number; o < last; o++) {
        const id = outputs[o] as number;
        const literal = this.literals[id] as Literal;
        const start = i + 1 - literal.text.length;
        if (literal.boundaryBefore && !boundaryAt(text, start)) continue;
        if (literal.boundaryAfter && !boundaryAt(text, i + 1)) continue;
        if (occurrences !== null) {
          const list = occurrences.get(id);
          if (list === undefined) occurrences.set(id, [start]);
          else list.push(start);
        }
        // a literal's second occurrence adds no group its first did not
        if (literalSeen[id] === stamp) continue;
        literalSeen[id] = stamp;
        for (const pair of this.targets[id] as readonly number[]) {
          const t = pair >> 1;
          const bit = 1 << (pair & 1);
          if (seen[t] !== stamp) {
            seen[t] = stamp;
            groups[t] = 0;
          }
          const before = groups[t] as number;
          if ((before & bit) === 0) {
            groups[t] = before | bit;
            if ((before | bit) === full[t]) on.push(t);
          }
        }
      }
    }
    on.sort((a, b) => a - b);
    const firstGroup = this.firstGroup;
    return {
      on,
      positionsOf(target: number): number[] {
        const out: number[] = [];
        for (const id of firstGroup[target] ?? []) for (const p of occurrences?.get(id) ?? []) out.push(p);
        return out.sort((a, b) => a - b);
      },
    };
  }
}

/** One scan's answer. */
export interface GateScan {
  /** The targets that can match, ascending. */
  readonly on: readonly number[];
  /** Where the target's first-group literals start, ascending (empty unless positions were asked for). */
  positionsOf(target: number): number[];
}
