import { assess, type Hit } from './assess';
import type { Normalised } from './normalise';
import * as rules from './rules/index';
import { isNetRule, type Matcher, type Rule } from './rules/rule';
import { searchInWindows, WHOLE, windowsAround } from './windows';

/**
 * Search: which rules run, where, and how often. One scan finds the required literals present; only
 * expressions with one present run; on a long message they run only in windows around them; and the
 * number of matches assessed is capped, so a repetitive input costs a bounded amount of work.
 */

const ALL_MATCHERS: readonly Matcher[] = rules.MATCHERS;
const gate = rules.gatedMatchers;

const MAX_MATCHES_PER_RULE = 12;
const MAX_MATCHES = 60;
/** Every match of every rule, each with the tier its modifiers gave it (dropped matches left out). */
export function search(n: Normalised, original: string, trace?: string[]): Hit[] {
  const text = n.text;
  const hits: Hit[] = [];
  const long = searchInWindows(text);
  const { on, positionsOf } = gate(text, long);
  const perRule = new Map<Rule, number>();
  let assessed = 0;
  for (const k of on) {
    const matcher = ALL_MATCHERS[k] as Matcher;
    const rule = matcher.rule;
    // a long message is searched only around this expression's literals: a match always contains one
    const windows = long ? windowsAround(text, positionsOf(k), matcher.span) : WHOLE;
    for (const [from, to] of windows) {
      const slice = from === 0 && to >= text.length ? text : text.slice(from, to);
      const re = matcher.re;
      re.lastIndex = 0;
      let stop = false;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        // bounded work on repetitive input: enough matches to decide, not every one of a thousand
        const count = (perRule.get(rule) ?? 0) + 1;
        perRule.set(rule, count);
        if (count > MAX_MATCHES_PER_RULE || ++assessed > MAX_MATCHES) {
          stop = true;
          break;
        }
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = from + m.index;
        const end = start + m[0].length;
        let core: [number, number] | undefined;
        const coreRe = matcher.coreRe;
        if (coreRe !== null) {
          // the same expression at the same position finds the same match, now with group indices
          coreRe.lastIndex = m.index;
          core = coreRe.exec(slice)?.indices?.groups?.core;
        }
        const hit = assess(rule, n, original, start, core !== undefined ? from + core[0] : start, end, core !== undefined, trace);
        if (hit !== null) trace?.push(`${rule.id} "${text.slice(start, end)}" -> ${hit.tier}${hit.tags.length ? ` (${hit.tags.join(', ')})` : ''}`);
        if (hit !== null && hit.tier !== 'none') {
          hits.push(hit);
          // a specific, self-standing rule at the top tier decides the message: nothing found later can
          // change it, so a long message dense with signals stops here (explain() still sees everything)
          if (hit.tier === 'imminent' && !rule.needsContext && !isNetRule(rule.id) && trace === undefined) return hits;
        }
      }
      if (stop) break;
    }
  }
  return hits;
}

