import type { Literal } from './literals';

/**
 * The gate: one pass over a message finds every required literal present, and so which expressions
 * can match. An Aho-Corasick automaton finds the first few characters of each literal (one table
 * lookup per character however many literals there are); where one is found, the rest of each
 * literal that starts so is compared letter by letter.
 *
 * The automaton knows only the heads of the literals so that its table stays small: over whole
 * literals it had 56,000 states (4 MB), and a message read through it missed the processor's cache
 * on nearly every character.
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

/** text[at] as a head's signature holds it: a newline as a space, past the end or outside one byte as 0xff. */
function signatureCode(text: string, at: number): number {
  if (at >= text.length) return 0xff;
  const c = text.charCodeAt(at);
  return c === 10 ? 32 : c < 0xff ? c : 0xff;
}

/** `\b` between text[at - 1] and text[at]. */
function boundaryAt(text: string, at: number): boolean {
  const before = at > 0 && isWordCode(text.charCodeAt(at - 1));
  const after = at < text.length && isWordCode(text.charCodeAt(at));
  return before !== after;
}

/**
 * The automaton knows this many characters of each literal (its head); the rest is compared where a
 * head is found. Shorter heads mean fewer states (a smaller table) but more literals sharing a head.
 */
const HEAD = 8;

export interface GateEntry {
  readonly literal: Literal;
  /** The expression (by index) this literal is required by. */
  readonly target: number;
  /** Which of the target's required groups the literal belongs to (0 or 1): a target needs all its groups. */
  readonly group: 0 | 1;
}

export class LiteralGate {
  /**
   * next[state * SYMBOLS + symbol]: the automaton's move (failure links already folded in), the next
   * state in the bits of `mask`, and `flag` set when that state has outputs.
   */
  private readonly next: Uint16Array | Uint32Array;
  private readonly mask: number;
  private readonly flag: number;
  /** For each state, the first of its outputs in `outputs` (a head ending here or at a suffix). */
  private readonly outputStart: Int32Array;
  /** Heads, by index: each head's literals are members[memberStart[h] .. memberStart[h + 1]). */
  private readonly outputs: Int32Array;
  private readonly headLength: Int32Array;
  private readonly memberStart: Int32Array;
  private readonly members: Int32Array;
  /**
   * Per literal, the two characters after its head as (first << 8 | second), and which of them it has
   * (`signatureMask`): most literals that share a head differ there, so most are set aside with one
   * comparison before their characters are compared one by one.
   */
  private readonly signature: Int32Array;
  private readonly signatureMask: Int32Array;
  private readonly literals: readonly Literal[];
  /** Per literal: where its characters are in `pool`, its length, its boundaries (bit 0 before, bit 1 after). */
  private readonly poolAt: Int32Array;
  private readonly lengths: Int32Array;
  private readonly boundaries: Uint8Array;
  private readonly pool: Uint16Array;
  /** The (target * 2 + group) pairs of literal id: pairs[pairStart[id] .. pairStart[id + 1]). */
  private readonly pairStart: Int32Array;
  private readonly pairs: Int32Array;
  /** placed[id] === 1: some target needs where this literal is (it is in a first group). */
  private readonly placed: Uint8Array;
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
  // per call, where each literal was found: a linked list per literal (head, then links), no allocation
  private readonly head: Int32Array;
  private readonly headStamp: Uint32Array;
  private positions = new Int32Array(256);
  private links = new Int32Array(256);

  constructor(entries: readonly GateEntry[], readonly targetCount: number) {
    // one literal per distinct (text, boundaries), its (target, group) pairs merged, each as target * 2 + group
    const byKey = new Map<string, { literal: Literal; targets: Set<number> }>();
    this.full = new Uint8Array(targetCount);
    for (const e of entries) {
      const literal = e.literal;
      const key = `${literal.text}|${literal.boundaryBefore}|${literal.boundaryAfter}`;
      const found = byKey.get(key) ?? byKey.set(key, { literal, targets: new Set() }).get(key)!;
      found.targets.add(e.target * 2 + e.group);
      this.full[e.target] = (this.full[e.target] as number) | (1 << e.group);
    }
    const merged = [...byKey.values()];
    this.literals = merged.map((m) => m.literal);
    const targets = merged.map((m) => [...m.targets].sort((a, b) => a - b));
    this.pairStart = new Int32Array(targets.length + 1);
    const flatPairs: number[] = [];
    targets.forEach((list, id) => {
      this.pairStart[id] = flatPairs.length;
      flatPairs.push(...list);
    });
    this.pairStart[targets.length] = flatPairs.length;
    this.pairs = Int32Array.from(flatPairs);
    this.placed = Uint8Array.from(targets, (list) => (list.some((pair) => (pair & 1) === 0) ? 1 : 0));
    this.lengths = Int32Array.from(this.literals, (l) => l.text.length);
    this.boundaries = Uint8Array.from(this.literals, (l) => (l.boundaryBefore ? 1 : 0) | (l.boundaryAfter ? 2 : 0));

    // every literal's characters in one array, each distinct text once
    const textAt = new Map<string, number>();
    let poolText = '';
    this.poolAt = Int32Array.from(this.literals, ({ text }) => {
      let at = textAt.get(text);
      if (at === undefined) {
        at = poolText.length;
        textAt.set(text, at);
        poolText += text;
      }
      return at;
    });
    this.pool = Uint16Array.from(poolText, (c) => c.charCodeAt(0));

    // the literals by head
    const byHead = new Map<string, number[]>();
    this.literals.forEach((l, id) => {
      const h = l.text.slice(0, HEAD);
      (byHead.get(h) ?? byHead.set(h, []).get(h)!).push(id);
    });
    this.signature = new Int32Array(this.literals.length);
    this.signatureMask = new Int32Array(this.literals.length);
    this.literals.forEach(({ text }, id) => {
      const first = text.charCodeAt(HEAD);
      const second = text.charCodeAt(HEAD + 1);
      // characters a message never has after normalising (outside one byte) are left to the full comparison
      if (text.length > HEAD && first < 0xff) {
        this.signature[id] |= first << 8;
        this.signatureMask[id] |= 0xff00;
      }
      if (text.length > HEAD + 1 && first < 0xff && second < 0xff) {
        this.signature[id] |= second;
        this.signatureMask[id] |= 0xff;
      }
    });
    const heads = [...byHead.keys()];
    this.headLength = Int32Array.from(heads, (h) => h.length);
    this.memberStart = new Int32Array(heads.length + 1);
    const members: number[] = [];
    heads.forEach((h, k) => {
      this.memberStart[k] = members.length;
      members.push(...(byHead.get(h) as number[]));
    });
    this.memberStart[heads.length] = members.length;
    this.members = Int32Array.from(members);

    const automaton = buildAutomaton(heads);
    this.next = automaton.next;
    this.mask = automaton.mask;
    this.flag = automaton.flag;
    this.outputStart = automaton.outputStart;
    this.outputs = automaton.outputs;

    this.seen = new Uint32Array(targetCount);
    this.groups = new Uint8Array(targetCount);
    this.literalSeen = new Uint32Array(merged.length);
    this.head = new Int32Array(merged.length);
    this.headStamp = new Uint32Array(merged.length);
    this.firstGroup = [];
    targets.forEach((pairs, id) => {
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
      this.headStamp.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const seen = this.seen;
    const literalSeen = this.literalSeen;
    const groups = this.groups;
    const full = this.full;
    const lengths = this.lengths;
    const boundaries = this.boundaries;
    const pool = this.pool;
    const poolAt = this.poolAt;
    const head = this.head;
    const headStamp = this.headStamp;
    const on: number[] = [];
    const next = this.next;
    const outputStart = this.outputStart;
    const outputs = this.outputs;
    const headLength = this.headLength;
    const memberStart = this.memberStart;
    const members = this.members;
    const signature = this.signature;
    const signatureMask = this.signatureMask;
    const pairStart = this.pairStart;
    const pairs = this.pairs;
    const placed = this.placed;
    let positions = this.positions;
    let links = this.links;
    const length = text.length;
    const mask = this.mask;
    const flag = this.flag;
    let found = 0;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      const move = next[state * SYMBOLS + (code < 128 ? (SYMBOL[code] as number) : OTHER_SYMBOL)] as number;
      state = move & mask;
      if ((move & flag) === 0) continue;
      const lastOutput = outputStart[state + 1] as number;
      for (let o = outputStart[state] as number; o < lastOutput; o++) {
        const h = outputs[o] as number;
        const start = i + 1 - (headLength[h] as number);
        const lastMember = memberStart[h + 1] as number;
        // the two characters after the head, as the signatures hold them (a newline reads as a space)
        const after = (signatureCode(text, i + 1) << 8) | signatureCode(text, i + 2);
        for (let m = memberStart[h] as number; m < lastMember; m++) {
          const id = members[m] as number;
          if ((after & (signatureMask[id] as number)) !== (signature[id] as number)) continue;
          // the rest of the literal, after its head, compared where it would be
          const end = start + (lengths[id] as number);
          if (end > length) continue;
          const from = (poolAt[id] as number) - start;
          let q = i + 1;
          for (; q < end; q++) {
            const t = text.charCodeAt(q);
            const l = pool[from + q] as number;
            if (t !== l && !(l === 32 && t === 10)) break;
          }
          if (q < end) continue;
          const edges = boundaries[id] as number;
          if (edges !== 0) {
            if ((edges & 1) !== 0 && !boundaryAt(text, start)) continue;
            if ((edges & 2) !== 0 && !boundaryAt(text, end)) continue;
          }
          if (withPositions && placed[id] === 1) {
            if (found === positions.length) [positions, links] = this.grow();
            positions[found] = start;
            links[found] = headStamp[id] === stamp ? (head[id] as number) : -1;
            head[id] = found++;
            headStamp[id] = stamp;
          }
          // a literal's second occurrence adds no group its first did not
          if (literalSeen[id] === stamp) continue;
          literalSeen[id] = stamp;
          const lastPair = pairStart[id + 1] as number;
          for (let p = pairStart[id] as number; p < lastPair; p++) {
            const pair = pairs[p] as number;
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
    }
    on.sort((a, b) => a - b);
    return {
      on,
      positionsOf: (target: number): number[] => {
        // the positions live in the gate's buffers until its next scan
        if (this.stamp !== stamp) throw new Error('positionsOf after the gate scanned another text');
        const out: number[] = [];
        if (!withPositions) return out;
        for (const id of this.firstGroup[target] ?? []) {
          if (headStamp[id] !== stamp) continue;
          for (let link = head[id] as number; link !== -1; link = this.links[link] as number) out.push(this.positions[link] as number);
        }
        return out.sort((a, b) => a - b);
      },
    };
  }

  private grow(): [Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
    const positions = new Int32Array(this.positions.length * 2);
    positions.set(this.positions);
    this.positions = positions;
    const links = new Int32Array(this.links.length * 2);
    links.set(this.links);
    this.links = links;
    return [positions, links];
  }
}

/** An Aho-Corasick automaton over `texts`: its outputs are indices into `texts`. */
function buildAutomaton(texts: readonly string[]): { next: Uint16Array | Uint32Array; mask: number; flag: number; outputStart: Int32Array; outputs: Int32Array } {
  // the trie, in a growing table: -1 for no child
  let table = new Int32Array(1024 * SYMBOLS).fill(-1);
  let states = 1;
  const own = new Map<number, number[]>();
  texts.forEach((text, id) => {
    let state = 0;
    for (let k = 0; k < text.length; k++) {
      const at = state * SYMBOLS + symbolOf(text.charCodeAt(k));
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
  // states renumbered breadth first, so the shallow states a message walks through most sit together in
  // the table (and in the cache); a move to a state with outputs carries a flag, so most characters need
  // no second lookup
  const order = [0, ...queue];
  const renumbered = new Int32Array(states);
  order.forEach((old, state) => (renumbered[old] = state));
  const wide = states > 0x7fff;
  const flag = wide ? 0x80000000 : 0x8000;
  const moves = wide ? new Uint32Array(states * SYMBOLS) : new Uint16Array(states * SYMBOLS);
  const outputStart = new Int32Array(states + 1);
  const flat: number[] = [];
  order.forEach((old, state) => {
    outputStart[state] = flat.length;
    const list = out.get(old);
    if (list !== undefined) for (const id of list) flat.push(id);
    for (let s = 0; s < SYMBOLS; s++) {
      const target = next[old * SYMBOLS + s] as number;
      moves[state * SYMBOLS + s] = (renumbered[target] as number) | (out.has(target) ? flag : 0);
    }
  });
  outputStart[states] = flat.length;
  return { next: moves, mask: flag - 1, flag, outputStart, outputs: Int32Array.from(flat) };
}

/** One scan's answer. */
export interface GateScan {
  /** The targets that can match, ascending. */
  readonly on: readonly number[];
  /** Where the target's first-group literals start, ascending (empty unless positions were asked for). */
  positionsOf(target: number): number[];
}
