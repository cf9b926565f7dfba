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

/**
 * The data of one member (a literal under a head), side by side so that checking a member reads one
 * cache line, not one line in each of ten arrays (the scan was spending most of its time on those reads):
 * the two characters after the head and which of them the literal has (most literals that share a head
 * differ there, so most are set aside with one comparison), its length, where its characters are in the
 * pool, its flags, its (target, group) pairs and its id.
 */
const M_SIGNATURE = 0;
const M_SIGNATURE_MASK = 1;
const M_LENGTH = 2;
const M_POOL_AT = 3;
/** bit 0: a word boundary before it, bit 1: after it, bit 2: placed (some target needs where it is). */
const M_FLAGS = 4;
const M_PAIR_START = 5;
const M_PAIR_END = 6;
const M_ID = 7;
const MEMBER = 8;
/** Per output (a head ending at a state): its members' first slot, the slot past its last, its length. */
const OUTPUT = 3;
/** Per literal, this call's state: the stamp it was found under, the stamp of its positions, the last position's link. */
const L_SEEN = 0;
const L_PLACED_STAMP = 1;
const L_HEAD = 2;
const LITERAL = 4;
/** Per target, this call's state: the stamp it was touched under, the groups found, the groups it needs. */
const T_STAMP = 0;
const T_GROUPS = 1;
const T_FULL = 2;
const TARGET = 4;
/** Literal positions one scan can record before its buffers grow (see LiteralGate.positions). */
const INITIAL_POSITIONS = 8192;
/** Stamps stay positive 31-bit integers, so the state tables can be one Int32Array each. */
const MAX_STAMP = 0x7fffffff;

export class LiteralGate {
  /**
   * next[state * SYMBOLS + symbol]: the automaton's move (failure links already folded in), the next
   * state in the bits of `mask`, and `flag` set when that state has outputs.
   */
  private readonly next: Uint16Array | Uint32Array;
  private readonly mask: number;
  private readonly flag: number;
  /** For each state, its outputs (heads ending here or at a suffix) are output[outputStart[state] .. outputStart[state + 1]), OUTPUT numbers each. */
  private readonly outputStart: Int32Array;
  private readonly output: Int32Array;
  /** MEMBER numbers per member, heads' members together (see M_*). */
  private readonly member: Int32Array;
  private readonly pool: Uint16Array;
  /** The (target * 2 + group) pairs of the members: pairs[member's M_PAIR_START .. M_PAIR_END). */
  private readonly pairs: Int32Array;
  /** LITERAL numbers per literal id: this call's state (see L_*). */
  private readonly literalState: Int32Array;
  /** TARGET numbers per target: this call's state (see T_*). */
  private readonly targetState: Int32Array;
  /** The literal ids of each target's first group. */
  private readonly firstGroup: number[][];
  private stamp = 0;
  // per call, where each literal was found: a linked list per literal (L_HEAD, then links), no allocation.
  // Sized so that a message of up to 20,000 characters dense with signals never grows them: the first
  // growth runs code no message before it ran, and V8 then drops the optimised scan (and the code that
  // depends on these fields) and recompiles it, which cost the first dozen dense messages twice as much.
  private positions = new Int32Array(INITIAL_POSITIONS);
  private links = new Int32Array(INITIAL_POSITIONS);

  constructor(entries: readonly GateEntry[], readonly targetCount: number) {
    // one literal per distinct (text, boundaries), its (target, group) pairs merged, each as target * 2 + group
    const byKey = new Map<string, { literal: Literal; targets: Set<number> }>();
    this.targetState = new Int32Array(targetCount * TARGET);
    for (const e of entries) {
      const literal = e.literal;
      const key = `${literal.text}|${literal.boundaryBefore}|${literal.boundaryAfter}`;
      const found = byKey.get(key) ?? byKey.set(key, { literal, targets: new Set() }).get(key)!;
      found.targets.add(e.target * 2 + e.group);
      this.targetState[e.target * TARGET + T_FULL] = (this.targetState[e.target * TARGET + T_FULL] as number) | (1 << e.group);
    }
    const merged = [...byKey.values()];
    const literals = merged.map((m) => m.literal);
    const targets = merged.map((m) => [...m.targets].sort((a, b) => a - b));
    const pairStart = new Int32Array(targets.length + 1);
    const flatPairs: number[] = [];
    targets.forEach((list, id) => {
      pairStart[id] = flatPairs.length;
      flatPairs.push(...list);
    });
    pairStart[targets.length] = flatPairs.length;
    this.pairs = Int32Array.from(flatPairs);

    // every literal's characters in one array, each distinct text once
    const textAt = new Map<string, number>();
    let poolText = '';
    const poolAt = Int32Array.from(literals, ({ text }) => {
      let at = textAt.get(text);
      if (at === undefined) {
        at = poolText.length;
        textAt.set(text, at);
        poolText += text;
      }
      return at;
    });
    this.pool = Uint16Array.from(poolText, (c) => c.charCodeAt(0));

    // the literals by head, each a member
    const byHead = new Map<string, number[]>();
    literals.forEach((l, id) => {
      const h = l.text.slice(0, HEAD);
      (byHead.get(h) ?? byHead.set(h, []).get(h)!).push(id);
    });
    const heads = [...byHead.keys()];
    this.member = new Int32Array(literals.length * MEMBER);
    const headSlots: Array<[number, number]> = [];
    let slot = 0;
    for (const h of heads) {
      const first = slot;
      for (const id of byHead.get(h) as number[]) {
        const { text, boundaryBefore, boundaryAfter } = literals[id] as Literal;
        const at = slot * MEMBER;
        const a = text.charCodeAt(HEAD);
        const b = text.charCodeAt(HEAD + 1);
        // characters a message never has after normalising (outside one byte) are left to the full comparison
        if (text.length > HEAD && a < 0xff) {
          this.member[at + M_SIGNATURE] = (this.member[at + M_SIGNATURE] as number) | (a << 8);
          this.member[at + M_SIGNATURE_MASK] = (this.member[at + M_SIGNATURE_MASK] as number) | 0xff00;
        }
        if (text.length > HEAD + 1 && a < 0xff && b < 0xff) {
          this.member[at + M_SIGNATURE] = (this.member[at + M_SIGNATURE] as number) | b;
          this.member[at + M_SIGNATURE_MASK] = (this.member[at + M_SIGNATURE_MASK] as number) | 0xff;
        }
        const placed = (targets[id] as number[]).some((pair) => (pair & 1) === 0);
        this.member[at + M_LENGTH] = text.length;
        this.member[at + M_POOL_AT] = poolAt[id] as number;
        this.member[at + M_FLAGS] = (boundaryBefore ? 1 : 0) | (boundaryAfter ? 2 : 0) | (placed ? 4 : 0);
        this.member[at + M_PAIR_START] = pairStart[id] as number;
        this.member[at + M_PAIR_END] = pairStart[id + 1] as number;
        this.member[at + M_ID] = id;
        slot++;
      }
      headSlots.push([first, slot]);
    }

    const automaton = buildAutomaton(heads);
    this.next = automaton.next;
    this.mask = automaton.mask;
    this.flag = automaton.flag;
    this.outputStart = automaton.outputStart;
    this.output = new Int32Array(automaton.outputs.length * OUTPUT);
    automaton.outputs.forEach((h, o) => {
      const [first, last] = headSlots[h] as [number, number];
      this.output[o * OUTPUT] = first;
      this.output[o * OUTPUT + 1] = last;
      this.output[o * OUTPUT + 2] = (heads[h] as string).length;
    });

    this.literalState = new Int32Array(literals.length * LITERAL);
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
    if (++this.stamp === MAX_STAMP) {
      this.literalState.fill(0);
      for (let t = 0; t < this.targetCount; t++) this.targetState[t * TARGET + T_STAMP] = 0;
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const member = this.member;
    const pool = this.pool;
    const pairs = this.pairs;
    const literalState = this.literalState;
    const targetState = this.targetState;
    const on: number[] = [];
    const next = this.next;
    const outputStart = this.outputStart;
    const output = this.output;
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
      const lastOutput = (outputStart[state + 1] as number) * OUTPUT;
      for (let o = (outputStart[state] as number) * OUTPUT; o < lastOutput; o += OUTPUT) {
        const start = i + 1 - (output[o + 2] as number);
        const lastMember = (output[o + 1] as number) * MEMBER;
        // the two characters after the head, as the signatures hold them (a newline reads as a space)
        const after = (signatureCode(text, i + 1) << 8) | signatureCode(text, i + 2);
        for (let m = (output[o] as number) * MEMBER; m < lastMember; m += MEMBER) {
          if ((after & (member[m + M_SIGNATURE_MASK] as number)) !== (member[m + M_SIGNATURE] as number)) continue;
          // the rest of the literal, after its head, compared where it would be
          const end = start + (member[m + M_LENGTH] as number);
          if (end > length) continue;
          const from = (member[m + M_POOL_AT] as number) - start;
          let q = i + 1;
          for (; q < end; q++) {
            const t = text.charCodeAt(q);
            const l = pool[from + q] as number;
            if (t !== l && !(l === 32 && t === 10)) break;
          }
          if (q < end) continue;
          const flags = member[m + M_FLAGS] as number;
          if ((flags & 1) !== 0 && !boundaryAt(text, start)) continue;
          if ((flags & 2) !== 0 && !boundaryAt(text, end)) continue;
          const at = (member[m + M_ID] as number) * LITERAL;
          if (withPositions && (flags & 4) !== 0) {
            if (found === positions.length) [positions, links] = this.grow();
            positions[found] = start;
            links[found] = literalState[at + L_PLACED_STAMP] === stamp ? (literalState[at + L_HEAD] as number) : -1;
            literalState[at + L_HEAD] = found++;
            literalState[at + L_PLACED_STAMP] = stamp;
          }
          // a literal's second occurrence adds no group its first did not
          if (literalState[at + L_SEEN] === stamp) continue;
          literalState[at + L_SEEN] = stamp;
          const lastPair = member[m + M_PAIR_END] as number;
          for (let p = member[m + M_PAIR_START] as number; p < lastPair; p++) {
            const pair = pairs[p] as number;
            const t = (pair >> 1) * TARGET;
            const bit = 1 << (pair & 1);
            if (targetState[t + T_STAMP] !== stamp) {
              targetState[t + T_STAMP] = stamp;
              targetState[t + T_GROUPS] = 0;
            }
            const before = targetState[t + T_GROUPS] as number;
            if ((before & bit) === 0) {
              targetState[t + T_GROUPS] = before | bit;
              if ((before | bit) === targetState[t + T_FULL]) on.push(pair >> 1);
            }
          }
        }
      }
    }
    on.sort((a, b) => a - b);
    return new Scanned(this, stamp, on);
  }

  /** Whether `target` had all its groups under `stamp` (Scanned.has). */
  holds(target: number, stamp: number): boolean {
    if (this.stamp !== stamp) throw new Error('has after the gate scanned another text');
    const t = target * TARGET;
    return this.targetState[t + T_STAMP] === stamp && this.targetState[t + T_GROUPS] === this.targetState[t + T_FULL];
  }

  /** Where `target`'s first-group literals were found under `stamp` (Scanned.positionsOf). */
  placed(target: number, stamp: number): number[] {
    // the positions live in the gate's buffers until its next scan
    if (this.stamp !== stamp) throw new Error('positionsOf after the gate scanned another text');
    const out: number[] = [];
    const literalState = this.literalState;
    for (const id of this.firstGroup[target] ?? []) {
      if (literalState[id * LITERAL + L_PLACED_STAMP] !== stamp) continue;
      for (let link = literalState[id * LITERAL + L_HEAD] as number; link !== -1; link = this.links[link] as number) out.push(this.positions[link] as number);
    }
    return out.sort((a, b) => a - b);
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

/**
 * One scan's answer, as a class rather than an object of closures: the service runs under tsx, whose
 * compiler names every closure it creates (a property definition per closure, per message).
 */
class Scanned implements GateScan {
  constructor(
    private readonly gate: LiteralGate,
    private readonly stamp: number,
    readonly on: readonly number[],
  ) {}

  has(target: number): boolean {
    return this.gate.holds(target, this.stamp);
  }

  positionsOf(target: number): number[] {
    // without positions asked for, none were recorded under this stamp: the list is empty
    return this.gate.placed(target, this.stamp);
  }
}

/** One scan's answer. */
export interface GateScan {
  /** The targets that can match, ascending. */
  readonly on: readonly number[];
  /** Whether `target` can match (is in `on`), without a search. */
  has(target: number): boolean;
  /** Where the target's first-group literals start, ascending (empty unless positions were asked for). */
  positionsOf(target: number): number[];
}
