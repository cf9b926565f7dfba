import { assess, type Denials, type Hit } from './assess';
import { originalSpan, type Normalised } from './normalise';
import { LOOK } from './modifiers/window';
import * as rules from './rules/index';
import { isNetRule, type Matcher, type Rule } from './rules/rule';
import * as scanning from './scan';
import { WHOLE, windowsAround } from './windows';

/**
 * Search: which rules run, where, and how often. One scan finds the required literals present; only
 * expressions with one present run; they run only where those literals start when every match starts
 * at one, otherwise over the message (a long one only in windows around them); and the number of
 * matches assessed is capped, so a repetitive input costs a bounded amount of work.
 */

const ALL_MATCHERS: readonly Matcher[] = rules.MATCHERS;
// read once: some module loaders turn every read of an imported name into a getter call
const { ANCHOR_OFFSET, scanMessage } = scanning;

const MAX_MATCHES_PER_RULE = 12;
const MAX_MATCHES = 60;

/** What to do after one match: go on, stop this rule (a cap was reached), or stop the search. */
const GO_ON = 0;
const STOP_RULE = 1;
const STOP_ALL = 2;

/** Every match of every rule, each with the tier its modifiers gave it (dropped matches left out). */
export function search(n: Normalised, original: string, trace?: string[], scanned?: scanning.MessageScan, denials?: Denials): Hit[] {
  const text = n.text;
  const hits: Hit[] = [];
  // the pass over the message: shared with the safety net when the caller made it (detect.ts)
  const scan = scanned ?? scanMessage(text);
  const { on, long } = scan;
  const perRule = new Map<Rule, number>();
  // a long message that repeats itself ("holding my gun holding my gun ...") gives the same match in the
  // same surroundings again and again: each is assessed once (the modifiers read only LOOK either side)
  const seen = long && trace === undefined ? new Set<string>() : null;
  let assessed = 0;

  /** One match of matcher k found in `slice` (which starts at `from` in the text). */
  const onMatch = (k: number, matcher: Matcher, m: RegExpExecArray, slice: string, from: number): number => {
    const rule = matcher.rule;
    // bounded work on repetitive input: enough matches to decide, not every one of a thousand
    const count = (perRule.get(rule) ?? 0) + 1;
    perRule.set(rule, count);
    if (count > MAX_MATCHES_PER_RULE || ++assessed > MAX_MATCHES) return STOP_RULE;
    if (m[0].length === 0) return GO_ON;
    const start = from + m.index;
    const end = start + m[0].length;
    let core: [number, number] | undefined;
    const coreRe = matcher.coreRe;
    if (coreRe !== null) {
      // the same expression at the same position finds the same match, now with group indices
      coreRe.lastIndex = m.index;
      core = coreRe.exec(slice)?.indices?.groups?.core;
    }
    const coreStart = core !== undefined ? from + core[0] : start;
    if (seen !== null) {
      const span = originalSpan(n, start, end);
      const key = `${k}|${coreStart - start}|${end - start}|${text.slice(Math.max(0, start - LOOK), end + LOOK)}|${original.slice(span.start, span.end)}`;
      if (seen.has(key)) return GO_ON;
      seen.add(key);
    }
    const hit = assess(rule, n, original, start, coreStart, end, core !== undefined, trace, denials);
    if (hit !== null) trace?.push(`${rule.id} "${text.slice(start, end)}" -> ${hit.tier}${hit.tags.length ? ` (${hit.tags.join(', ')})` : ''}`);
    if (hit !== null && hit.tier !== 'none') {
      hits.push(hit);
      // a specific, self-standing rule at the top tier decides the message: nothing found later can
      // change it, so a long message dense with signals stops here (explain() still sees everything)
      if (hit.tier === 'imminent' && !rule.needsContext && !isNetRule(rule.id) && trace === undefined) return STOP_ALL;
    }
    return GO_ON;
  };

  for (const k of on) {
    if (k >= ANCHOR_OFFSET) break;
    const matcher = ALL_MATCHERS[k] as Matcher;
    const sticky = matcher.stickyRe;
    if (sticky !== null) {
      // every match starts where one of the literals found starts: try those positions alone, in order,
      // each past the last match's end (what a scan of the whole message would find)
      let next = 0;
      for (const p of scan.positionsOf(k)) {
        if (p < next) continue;
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (m === null) {
          next = p + 1;
          continue;
        }
        next = p + Math.max(1, m[0].length);
        const after = onMatch(k, matcher, m, text, 0);
        if (after === STOP_ALL) return hits;
        if (after === STOP_RULE) break;
      }
      continue;
    }
    // otherwise a long message is searched only around this expression's literals: a match always contains one
    const windows = long ? windowsAround(text, scan.positionsOf(k), matcher.span) : WHOLE;
    for (const [from, to] of windows) {
      const slice = from === 0 && to >= text.length ? text : text.slice(from, to);
      const re = matcher.re;
      re.lastIndex = 0;
      let after = GO_ON;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        after = onMatch(k, matcher, m, slice, from);
        if (after !== GO_ON) break;
        if (m[0].length === 0) re.lastIndex++;
      }
      if (after === STOP_ALL) return hits;
      if (after === STOP_RULE) break;
    }
  }
  return hits;
}
