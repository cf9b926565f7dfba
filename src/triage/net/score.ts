import { assess, type Hit } from '../assess';
import type { Normalised } from '../normalise';
import { compileRule, type Lang, type Rule, type RuleKind } from '../rules/rule';
import type { RiskTier } from '../tiers';
import { CONCEPT_SOURCES, WEIGHT, type Concept } from './lexicon';

/**
 * The safety net: a broad, explainable scorer that catches what the specific rule families miss.
 *
 * 1. One scan of the normalised message finds every lexicon concept (lexicon.ts) with its span.
 * 2. Combination rules look for other concepts within a bounded window (WINDOW characters) around an
 *    anchor concept: means + place, time, act or farewell; an ending euphemism with a first-person
 *    marker; self-harm done on purpose; attempt words with past markers...
 * 3. Each candidate goes through the same modifier pipeline as every rule (assess): third person,
 *    negation, hypothetical and reported speech, idiom, tense and time. The net never bypasses them.
 *
 * Every hit's rule id is `net.<concepts>` (e.g. `net.means+time`) and its span covers the concepts
 * combined, so a clinician sees which words raised the tier.
 */

interface Found {
  readonly concept: Concept;
  readonly lang: Lang;
  readonly start: number;
  readonly end: number;
}

const GROUPS: ReadonlyArray<readonly [string, Concept, Lang]> = CONCEPT_SOURCES.flatMap(([c, en, es]) => {
  const out: Array<readonly [string, Concept, Lang]> = [];
  if (en !== '') out.push([`${c}_en`, c, 'en']);
  if (es !== '') out.push([`${c}_es`, c, 'es']);
  return out;
});

/** One regular expression, one named group per concept and language; earlier concepts win a position. */
const SCAN = new RegExp(
  CONCEPT_SOURCES.flatMap(([c, en, es]) => {
    const parts: string[] = [];
    if (en !== '') parts.push(`(?<${c}_en>${en})`);
    if (es !== '') parts.push(`(?<${c}_es>${es})`);
    return parts;
  })
    .map((p) => `(?<![a-z0-9])${p}(?![a-z0-9])`)
    .join('|'),
  'g',
);

/** How far apart (in characters) two concepts may be and still combine. */
const WINDOW = 110;
/** Bounded work: at most this many concept matches are scored in one message. */
const MAX_FOUND = 80;

/** First-person markers, English and Spanish (pronouns and the commonest first-person verb forms). */
const FIRST_PERSON =
  /\b(?:i|im|ive|id|ill|me|my|mine|myself|yo|mi|mis|conmigo|estoy|tengo|voy|quiero|puedo|aguanto|siento|necesito|empece|tome|hice|he|ando|quisiera|pienso)\b/;
/** An answer to a question: "Yes, one, at age 14". */
const ANSWER = /(?:^|[.!?,:]\s?)(?:yes|yeah|yep|si)\b/;

function scan(text: string): Found[] {
  const found: Found[] = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m !== null && found.length < MAX_FOUND; m = SCAN.exec(text)) {
    if (m[0].length === 0) {
      SCAN.lastIndex++;
      continue;
    }
    const groups = m.groups as Record<string, string | undefined>;
    for (const [name, concept, lang] of GROUPS) {
      if (groups[name] !== undefined) {
        found.push({ concept, lang, start: m.index, end: m.index + m[0].length });
        break;
      }
    }
  }
  return found;
}

const RULES = new Map<string, Rule>();

/** The synthetic rule behind a net hit, built once per id (the modifiers read its kind and flags). */
function ruleFor(id: string, lang: Lang, tier: RiskTier, kind: RuleKind, wish: boolean): Rule {
  const key = `${id}|${lang}`;
  let r = RULES.get(key);
  if (r === undefined) {
    r = compileRule({ id, lang, tier, kind, wish, subject: lang === 'es' ? 'adjacent' : 'open', patterns: [], anchors: [], escalates: kind !== 'passive' });
    RULES.set(key, r);
  }
  return r;
}

interface Candidate {
  readonly id: string;
  readonly tier: RiskTier;
  readonly kind: RuleKind;
  readonly wish: boolean;
  readonly anchor: Found;
  readonly partner?: Found;
}

/** The safety net's hits for a normalised message: every candidate that survives the modifiers. */
export function safetyNet(n: Normalised, original: string, trace?: string[]): Hit[] {
  const text = n.text;
  const found = scan(text);
  if (found.length === 0) return [];

  const near = (a: Found, ...concepts: Concept[]): Found | undefined => {
    for (const f of found) {
      if (f !== a && concepts.includes(f.concept) && f.start <= a.end + WINDOW && f.end >= a.start - WINDOW) return f;
    }
    return undefined;
  };
  const firstPerson = (a: Found, p?: Found): boolean => {
    const from = Math.max(0, Math.min(a.start, p?.start ?? a.start) - 60);
    const to = Math.min(text.length, Math.max(a.end, p?.end ?? a.end) + 30);
    return FIRST_PERSON.test(text.slice(from, to));
  };
  const noFirstPersonAtAll = !FIRST_PERSON.test(text);

  const out: Candidate[] = [];
  const add = (id: string, tier: RiskTier, kind: RuleKind, anchor: Found, partner?: Found, wish = true): void => {
    out.push({ id, tier, kind, wish, anchor, partner });
  };

  for (const a of found) {
    switch (a.concept) {
      case 'clinicalSI':
        if (/\bsa\b|sa\s?x/.test(text.slice(a.start, a.end))) add('net.clinical-sa', 'history', 'history', a);
        else add('net.clinical-si', 'active', 'suicide', a);
        break;
      case 'item9':
        add('net.item9-positive', 'active', 'die', a, undefined, false);
        break;
      case 'ingest':
        add('net.overdose-taken', 'imminent', 'imminent', a);
        break;
      case 'meansReady':
        add('net.means-ready', 'imminent', 'imminent', a);
        break;
      case 'crash': {
        const t = near(a, 'time', 'resolve', 'farewell');
        if (t !== undefined) add(`net.crash+${t.concept}`, 'imminent', 'imminent', a, t);
        else if (firstPerson(a)) add('net.crash', 'active', 'suicide', a);
        break;
      }
      case 'ending': {
        const t = near(a, 'time', 'resolve', 'farewell', 'means', 'act');
        if (t !== undefined && (firstPerson(a, t) || noFirstPersonAtAll)) add(`net.ending+${t.concept}`, 'imminent', 'suicide', a, t);
        else if (firstPerson(a) || near(a, 'think', 'wish') !== undefined) add('net.ending', 'active', 'suicide', a);
        break;
      }
      case 'gone': {
        const t = near(a, 'time', 'resolve', 'farewell');
        const th = near(a, 'think', 'howTo');
        if (!firstPerson(a) && near(a, 'wish') === undefined) break;
        if (t !== undefined && t.concept !== 'time') add(`net.gone+${t.concept}`, 'imminent', 'die', a, t);
        else if (t !== undefined && near(a, 'wish', 'resolve') !== undefined) add('net.gone+wish+time', 'imminent', 'die', a, t);
        else if (th !== undefined) add(`net.gone+${th.concept}`, 'active', 'die', a, th);
        else add('net.gone', 'passive', 'passive', a);
        break;
      }
      case 'othersDeath': {
        const w = near(a, 'wish');
        if (w !== undefined) add('net.wish+outside-death', 'passive', 'passive', a, w);
        break;
      }
      case 'selfharm':
        if (firstPerson(a)) {
          const t = near(a, 'act');
          if (t !== undefined) add('net.self-harm+act', 'imminent', 'selfharm', a, t);
          else add('net.self-harm', 'active', 'selfharm', a);
        }
        break;
      case 'selfharmAmbig': {
        const p = near(a, 'purpose');
        if (p !== undefined && firstPerson(a, p)) add('net.self-harm+on-purpose', 'active', 'selfharm', a, p);
        break;
      }
      case 'place': {
        const e = near(a, 'edge', 'farewell', 'resolve');
        if (e === undefined) break;
        const here = near(a, 'presence');
        if (here !== undefined || e.concept === 'edge' || noFirstPersonAtAll || firstPerson(a, e)) {
          add(`net.place+${e.concept}`, 'imminent', 'imminent', a, e);
        }
        break;
      }
      case 'means': {
        const s = near(a, 'stockpile');
        const act = near(a, 'act');
        if (act !== undefined) {
          add('net.means+act', 'imminent', 'imminent', a, act);
        } else if (s !== undefined) {
          const go = near(a, 'time', 'ingestVerb', 'farewell', 'resolve');
          if (go !== undefined) add(`net.means+stockpile+${go.concept}`, 'imminent', 'imminent', a, go);
          else if (firstPerson(a, s)) add('net.means+stockpile', 'active', 'suicide', a, s);
        }
        break;
      }
      case 'act': {
        const h = near(a, 'hopeless', 'farewell');
        if (h !== undefined) add(`net.act+${h.concept}`, 'imminent', 'imminent', a, h);
        break;
      }
      case 'howTo': {
        const t = near(a, 'think', 'wish', 'resolve');
        if (t !== undefined && firstPerson(a, t)) add('net.thinking-how', 'active', 'suicide', a, t);
        break;
      }
      case 'attempt': {
        const p = near(a, 'past');
        if (p !== undefined && (firstPerson(a, p) || ANSWER.test(text.slice(a.end, a.end + 40)))) add('net.attempt+past', 'history', 'history', a, p);
        break;
      }
      default:
        break;
    }
  }

  const hits: Hit[] = [];
  for (const c of out) {
    const start = c.partner === undefined ? c.anchor.start : Math.min(c.anchor.start, c.partner.start);
    const end = c.partner === undefined ? c.anchor.end : Math.max(c.anchor.end, c.partner.end);
    // the modifiers read the anchor's sentence: the span starts at the anchor concept
    const rule = ruleFor(c.id, c.anchor.lang, c.tier, c.kind, c.wish);
    const hit = assess(rule, n, original, c.anchor.start, c.anchor.start, c.anchor.end, false, trace);
    if (hit === null || hit.tier === 'none') continue;
    trace?.push(`${c.id} "${text.slice(start, end)}" -> ${hit.tier} (weight ${WEIGHT[c.anchor.concept]})`);
    hits.push({ ...hit, start, end });
  }
  return hits;
}
