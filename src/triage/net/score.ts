import { assess, type Denials, type Hit } from '../assess';
import type { Normalised } from '../normalise';
import { compileRule, type Lang, type Rule, type RuleKind } from '../rules/rule';
import { WHOLE, windowsAround } from '../windows';
import * as tiers from '../tiers';
import type { RiskTier } from '../tiers';
import { MED_ROUTINE, PET_ATE, ROPE_FOR_A_CHORE } from '../rules/en/lexicon';
import { INNOCENT } from '../rules/en/logistics';
import * as scanning from '../scan';
import { ANCHOR_CONCEPTS, ANCHOR_SCANNERS, type AnchorScanner } from './anchors';
import { CONCEPT_SOURCES, WEIGHT, type Concept } from './lexicon';

// read once: some module loaders turn every read of an imported name into a getter call
const { ANCHOR_OFFSET, MESSAGE_OFFSET, scanMessage } = scanning;

const MED_ROUTINE_RE = new RegExp(MED_ROUTINE);
/** Affairs put in order for a reason told beside them: a surgery, a move, a deployment, a retirement. */
const PREPARED_FOR_A_REASON = new RegExp(String.raw`${INNOCENT}|\b(?:cirugia|operacion|mudanza|me\smudo|nos\smudamos|viaje|jubilacion|me\sjubilo|despliegue)\b`);
const PET_ATE_RE = new RegExp(PET_ATE);
const ROPE_FOR_A_CHORE_RE = new RegExp(`^${ROPE_FOR_A_CHORE}`);
/** A dose taken as prescribed, in either language. */
/** Work done at a height: a roof, a ledge or a bridge with a job to do there, or a break taken from it. */
const ROOF_WORK = /\b(?:for\sa\s(?:quick\s)?(?:call|break|smoke)|at\slunch|on\smy\sbreak|fix(?:ing)?|repair(?:ing)?|clean(?:ing)?|gutters?|shingles?|antenna|solar|install(?:ing)?|chimney|roofing|inspect(?:ing|ion|or)?|painting|arreglando|reparando|limpiando|canaletas?|tejas|impermeabiliz\w*)\b/;

/** After a count of pills: how often they are taken, a regimen. */
const DAILY_DOSE = /^\s?(?:(?:a|per|each|every)\s(?:day|night|morning|evening)|daily|nightly|twice|three\stimes|at\snight|in\sthe\smorning|with\s(?:food|meals|breakfast|dinner)|(?:al|por|cada)\s(?:dia|noche)|diarias?|en\sla\s(?:manana|noche))\b/;

const AS_PRESCRIBED =
  /\b(?:as\sprescribed|(?:like|as)\s(?:the|my)\s(?:doctor|dr|doc|pharmacist|nurse)\s(?:said|told\sme|ordered|prescribed)|como\s(?:me\s)?(?:dijo|indico|receto|mando|ordeno)\s(?:el|la|mi)\s(?:doctor|doctora|medico|medica|farmaceutico|enfermera)|como\s(?:me\s)?lo\s(?:recetaron|indicaron|mandaron)|segun\s(?:la\s)?receta)\b/;

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

const { tierRank } = tiers;

type Group = readonly [string, Concept, Lang];

/** One regular expression, one named group per concept and language; earlier concepts win a position. */
function build(sources: typeof CONCEPT_SOURCES): { re: RegExp; groups: Group[] } {
  const groups: Group[] = [];
  const parts: string[] = [];
  for (const [c, en, es] of sources) {
    if (en !== '') {
      groups.push([`${c}_en`, c, 'en']);
      parts.push(`(?<${c}_en>${en})(?![a-z0-9])`);
    }
    if (es !== '') {
      groups.push([`${c}_es`, c, 'es']);
      parts.push(`(?<${c}_es>${es})(?![a-z0-9])`);
    }
  }
  return { re: new RegExp(String.raw`\b(?:${parts.join('|')})`, 'g'), groups };
}

const PARTNER_SCAN = build(CONCEPT_SOURCES.filter(([c]) => !ANCHOR_CONCEPTS.has(c)));

/** How far apart (in characters) two concepts may be and still combine. */
const WINDOW = 110;
/** Bounded work: at most this many concept matches are scored in one message. */
const MAX_FOUND = 80;

/** First-person markers, English and Spanish (pronouns and the commonest first-person verb forms). */
const FIRST_PERSON =
  /\b(?:i|im|ive|id|ill|me|my|mine|myself|yo|mi|mis|conmigo|estoy|tengo|voy|quiero|puedo|aguanto|siento|necesito|empece|tome|hice|he|ando|quisiera|pienso)\b/;
/** First person as the subject of a clause (not "my" alone: "the big sleep is my favourite film"). */
const FIRST_SUBJECT = /\b(?:i|im|ive|id|ill|me|myself|yo|estoy|tengo|voy|quiero|puedo|aguanto|siento|necesito|quisiera|pienso)\b/;
/** An answer to a question: "Yes, one, at age 14". */
/** A span that names the writer as its subject: "if i was gone", "me he tomado", "tome todo". */
const SELF_SPAN = /^(?:(?:if|when|once)\s)?(?:i|im|ive|id)\s|^(?:tome|trague|he\stomado|he\stragado)\b/;
const ANSWER = /(?:^|[.!?,:]\s?)(?:yes|yeah|yep|si)\b/;

function scan(text: string, { re, groups: named }: { re: RegExp; groups: Group[] }, limit: number, found: Found[] = [], from = 0, to = text.length): Found[] {
  const slice = from === 0 && to >= text.length ? text : text.slice(from, to);
  const cap = found.length + limit;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null && found.length < cap; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const groups = m.groups as Record<string, string | undefined>;
    for (const [name, concept, lang] of named) {
      if (groups[name] !== undefined) {
        found.push({ concept, lang, start: from + m.index, end: from + m.index + m[0].length });
        break;
      }
    }
  }
  return found;
}

const RULES = new Map<string, Rule>();

/** The synthetic rule behind a net hit, built once per id (the modifiers read its kind and flags). */
function ruleFor(id: string, lang: Lang, tier: RiskTier, kind: RuleKind, wish: boolean, self: boolean): Rule {
  const key = `${id}|${lang}|${self}|${tier}|${kind}|${wish}`;
  let r = RULES.get(key);
  if (r === undefined) {
    const subject = self ? 'self' : lang === 'es' ? 'adjacent' : 'open';
    r = compileRule({ id, lang, tier, kind, wish, subject, patterns: [], escalates: kind !== 'passive' });
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
  /** The span itself says who: "if I was gone", "me corté", a "yes" answering the question. */
  readonly self: boolean;
}

/** The safety net's hits for a normalised message: every candidate that survives the modifiers. */
export function safetyNet(n: Normalised, original: string, floor = 0, trace?: string[], scanned?: scanning.MessageScan, denials?: Denials): Hit[] {
  const text = n.text;
  // the pass over the message: shared with the rules when the caller made it (detect.ts)
  const gate = scanned ?? scanMessage(text);
  const long = gate.long;
  // most messages name no anchor concept: nothing to scan for, nothing to combine
  const anchorsOn = gate.on.filter((k) => k >= ANCHOR_OFFSET && k < MESSAGE_OFFSET);
  if (anchorsOn.length === 0) return [];
  // each concept present is scanned (a long message only around its literals), then merged in order
  const raw: Array<Found & { readonly order: number }> = [];
  for (const k of anchorsOn) {
    const scanner = ANCHOR_SCANNERS[k - ANCHOR_OFFSET] as AnchorScanner;
    let count = 0;
    for (const [from, to] of long ? windowsAround(text, gate.positionsOf(k), scanner.span) : WHOLE) {
      const slice = from === 0 && to >= text.length ? text : text.slice(from, to);
      const re = scanner.re;
      re.lastIndex = 0;
      for (let m = re.exec(slice); m !== null && count < MAX_FOUND; m = re.exec(slice)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        raw.push({ concept: scanner.concept, lang: scanner.lang, start: from + m.index, end: from + m.index + m[0].length, order: scanner.order });
        count++;
      }
    }
  }
  raw.sort((a, b) => a.start - b.start || a.order - b.order);
  const found: Found[] = [];
  let covered = -1;
  for (const f of raw) {
    if (f.start < covered) continue;
    found.push({ concept: f.concept, lang: f.lang, start: f.start, end: f.end });
    covered = f.end;
    if (found.length >= MAX_FOUND / 2) break;
  }
  if (found.length === 0) return [];
  // partners count only within WINDOW of an anchor: scan around each anchor (merged), not the whole text
  const anchors = found.length;
  let from = -1;
  let to = -1;
  const scanPartners = (): void => {
    if (from < 0) return;
    if (from > 0) from = text.lastIndexOf(' ', from) + 1;
    if (to < text.length) to = text.indexOf(' ', to) < 0 ? text.length : text.indexOf(' ', to);
    scan(text, PARTNER_SCAN, MAX_FOUND - found.length, found, from, to);
  };
  for (let i = 0; i < anchors && found.length < MAX_FOUND; i++) {
    const a = found[i] as Found;
    const aFrom = Math.max(0, a.start - WINDOW - 60);
    const aTo = Math.min(text.length, a.end + WINDOW + 30);
    if (from >= 0 && aFrom <= to) to = Math.max(to, aTo);
    else {
      scanPartners();
      [from, to] = [aFrom, aTo];
    }
  }
  scanPartners();

  const near = (a: Found, ...concepts: Concept[]): Found | undefined => {
    for (const f of found) {
      // a partner is other words: never inside the anchor ("eating my gun" is not a means beside an ending)
      if (f.start < a.end && f.end > a.start) continue;
      if (concepts.includes(f.concept) && f.start <= a.end + WINDOW && f.end >= a.start - WINDOW) return f;
    }
    return undefined;
  };
  const firstPerson = (a: Found, p?: Found): boolean => {
    let from = Math.min(a.start, p?.start ?? a.start);
    const floor = Math.max(0, from - 160);
    while (from > floor && !/[.!?;\n]/.test(text[from - 1] as string)) from--;
    from = Math.max(floor, Math.min(from, a.start - 60));
    const to = Math.min(text.length, Math.max(a.end, p?.end ?? a.end) + 30);
    return FIRST_PERSON.test(text.slice(from, to));
  };
  const noFirstPersonAtAll = !FIRST_PERSON.test(text);
  /** For euphemisms: a first-person subject near it, or "my" inside it ("dying in my sleep"). */
  const firstSubject = (a: Found, p?: Found): boolean => {
    const from = Math.max(0, Math.min(a.start, p?.start ?? a.start) - 80);
    const to = Math.min(text.length, Math.max(a.end, p?.end ?? a.end) + 30);
    return FIRST_SUBJECT.test(text.slice(from, to)) || /\bmy\b/.test(text.slice(a.start, a.end));
  };

  const out: Candidate[] = [];
  const add = (id: string, tier: RiskTier, kind: RuleKind, anchor: Found, partner?: Found, wish = true, self = false): void => {
    out.push({ id, tier, kind, wish, anchor, partner, self: self || SELF_SPAN.test(text.slice(anchor.start, anchor.end)) });
  };

  for (const a of found) {
    switch (a.concept) {
      case 'clinicalSI':
        // "denies SI", "no SI", "negative for SI": the clinician's note says none
        if (/^(?:denies|denied|denying|negative|no)\b/.test(text.slice(a.start, a.end))) break;
        if (/\b(?:denies|denied|denying|negative\sfor|no|without|nor)\s(?:\S+\s){0,2}$/.test(text.slice(Math.max(0, a.start - 30), a.start))) break;
        // the term asked about, not said of oneself: "qué significa ideación suicida?", "what does SI mean"
        if (/\b(?:que\s(?:significa|es|quiere\sdecir)|what\s(?:does|is)|whats|meaning\sof)\s(?:\S+\s){0,2}$/.test(text.slice(Math.max(0, a.start - 40), a.start))) break;
        if (/\bsa\b|sa\s?x/.test(text.slice(a.start, a.end))) add('net.clinical-sa', 'history', 'history', a);
        else add('net.clinical-si', 'active', 'suicide', a);
        break;
      case 'item9':
        add('net.item9-positive', 'active', 'die', a, undefined, false);
        break;
      case 'ingest':
        // "took the whole bottle of antibiotics as the doctor said" is a course finished, not an overdose
        // a pet got into the bottle: "my dog ate a whole bottle of my prazosin"
        if (PET_ATE_RE.test(text.slice(Math.max(0, a.start - 40), a.end))) break;
        if (!AS_PRESCRIBED.test(text.slice(a.start, Math.min(text.length, a.end + 60)))) add('net.overdose-taken', 'imminent', 'imminent', a);
        break;
      case 'ingestPlan':
        // "i take 11 pills a day": the daily regimen, not a plan
        if (DAILY_DOSE.test(text.slice(a.end, a.end + 30))) break;
        if (firstPerson(a)) {
          const t = near(a, 'time', 'resolve', 'farewell');
          if (t !== undefined) add(`net.overdose-plan+${t.concept}`, 'imminent', 'imminent', a, t);
          else add('net.overdose-plan', 'active', 'suicide', a);
        }
        break;
      case 'meansReady':
        if (ROPE_FOR_A_CHORE_RE.test(text.slice(a.end, a.end + 40))) break;
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
        if (t !== undefined && (firstSubject(a, t) || noFirstPersonAtAll)) add(`net.ending+${t.concept}`, 'imminent', 'suicide', a, t);
        else if (firstSubject(a) || near(a, 'think', 'wish') !== undefined) add('net.ending', 'active', 'suicide', a);
        break;
      }
      case 'gone': {
        const t = near(a, 'time', 'resolve', 'farewell');
        const th = near(a, 'think', 'howTo');
        if (!firstSubject(a) && near(a, 'wish', 'think') === undefined) break;
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
        // there now, with a way over the edge, a goodbye or a decision: imminent; the edge wished or
        // planned but not there: ideation, raised by the modifiers when intent or a time is said
        const e = near(a, 'edge', 'farewell', 'resolve');
        if (e === undefined) break;
        // at work up there: "on the edge of a roof fixing my mom's gutters"
        if (ROOF_WORK.test(text.slice(Math.max(0, a.start - 60), Math.min(text.length, a.end + 80)))) break;
        const here = near(a, 'presence');
        const when = near(a, 'time', 'resolve', 'farewell');
        if (here !== undefined || (e.concept !== 'edge' && (noFirstPersonAtAll || firstPerson(a, e)))) {
          add(`net.place+${e.concept}`, 'imminent', 'imminent', a, e);
        } else if (e.concept === 'edge' && when !== undefined) {
          add(`net.place+edge+${when.concept}`, 'imminent', 'imminent', a, e);
        } else if (e.concept === 'edge') {
          add('net.place+edge-wished', 'active', 'suicide', e, a);
        }
        break;
      }
      case 'ready': {
        // a means named right before: "my glock is loaded", "pills counted out", "la pistola en mi mano"
        const m = near(a, 'means');
        // medication handled as prescribed ("counted out in my pill organizer", "the pharmacy's dosing") is not means readied
        const routine = m !== undefined && MED_ROUTINE_RE.test(text.slice(Math.max(0, m.start - 80), a.end + 80));
        if (m !== undefined && !routine && m.end <= a.start && a.start - m.end <= 30) add('net.means+ready', 'imminent', 'imminent', m, a);
        break;
      }
      case 'stockpile': {
        const m = near(a, 'means');
        if (m === undefined) break;
        const go = near(a, 'time', 'ingestVerb', 'farewell', 'resolve');
        if (go !== undefined) add(`net.means+stockpile+${go.concept}`, 'imminent', 'imminent', m, go);
        // pills put by in a pill organizer for the week, with nothing said of why, are a routine
        else if (firstPerson(a, m) && !MED_ROUTINE_RE.test(text.slice(Math.max(0, Math.min(a.start, m.start) - 80), Math.max(a.end, m.end) + 80))) add('net.means+stockpile', 'active', 'suicide', m, a);
        break;
      }
      case 'act': {
        const h = near(a, 'hopeless', 'farewell', 'means');
        if (h !== undefined && h.concept === 'means') add('net.means+act', 'imminent', 'imminent', h, a);
        else if (h !== undefined) add(`net.act+${h.concept}`, 'imminent', 'imminent', a, h);
        else if (/started\s(?:cutting|swallowing|taking)/.test(text.slice(a.start, a.end)) && firstPerson(a)) add('net.act-begun', 'imminent', 'imminent', a);
        break;
      }
      case 'howTo': {
        const t = near(a, 'think', 'wish', 'resolve');
        if (t !== undefined && firstPerson(a, t)) add('net.thinking-how', 'active', 'suicide', a, t);
        break;
      }
      case 'prepare': {
        if (PREPARED_FOR_A_REASON.test(text.slice(Math.max(0, a.start - 100), a.end + 100))) break;
        const t = near(a, 'time', 'resolve', 'farewell', 'means', 'hopeless', 'ending', 'gone');
        if (t !== undefined && (firstPerson(a, t) || noFirstPersonAtAll)) add(`net.preparation+${t.concept}`, 'imminent', 'imminent', a, t);
        break;
      }
      case 'attempt': {
        const p = near(a, 'past');
        if (p === undefined) break;
        if (ANSWER.test(text.slice(a.end, a.end + 40))) add('net.attempt+past+answer', 'history', 'history', a, p, true, true);
        else if (firstPerson(a, p)) add('net.attempt+past', 'history', 'history', a, p);
        break;
      }
      default:
        break;
    }
  }

  const hits: Hit[] = [];
  for (const c of out) {
    // a candidate that cannot rise above what the specific rules already found is not assessed
    // (the modifiers raise only ideation kinds, and only to imminent)
    const rank = tierRank(c.tier);
    if (rank <= floor && !(c.kind === 'suicide' || c.kind === 'selfharm' || c.kind === 'die')) continue;
    if (rank < floor - 1) continue;
    const start = c.partner === undefined ? c.anchor.start : Math.min(c.anchor.start, c.partner.start);
    const end = c.partner === undefined ? c.anchor.end : Math.max(c.anchor.end, c.partner.end);
    // the modifiers read the anchor's sentence: the span starts at the anchor concept
    const self = c.self || (c.anchor.lang === 'es' && (c.anchor.concept === 'ingest' || c.anchor.concept === 'act'));
    const rule = ruleFor(c.id, c.anchor.lang, c.tier, c.kind, c.wish, self);
    const hit = assess(rule, n, original, c.anchor.start, c.anchor.start, c.anchor.end, false, trace, denials);
    if (hit === null || hit.tier === 'none') continue;
    // self-harm told in the past with no date ("I burned myself on purpose") is current self-harm
    if (c.kind === 'selfharm' && hit.tier === 'history' && hit.tags.includes('past') && near(c.anchor, 'past') === undefined) {
      hits.push({ ...hit, tier: 'active', tags: [...hit.tags, 'undated'], start, end });
      continue;
    }
    trace?.push(`${c.id} "${text.slice(start, end)}" -> ${hit.tier} (weight ${WEIGHT[c.anchor.concept]})`);
    hits.push({ ...hit, start, end });
  }
  return hits;
}
