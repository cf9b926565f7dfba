import * as answers from './context';
import * as escalate from './modifiers/escalate';
import * as idiom from './modifiers/idiom';
import * as speech from './modifiers/hypothetical';
import * as negation from './modifiers/negation';
import * as subject from './modifiers/subject';
import * as tense from './modifiers/tense';
import * as windows from './modifiers/window';
import * as normaliser from './normalise';
import type { Normalised } from './normalise';
import { NOW_TIME } from './rules/en/lexicon';
import { NOW_TIME_ES } from './rules/es/lexicon';
import * as rules from './rules/index';
import type { Matcher, Rule } from './rules/rule';
import * as tiers from './tiers';
import type { RiskTier } from './tiers';
import type { TriageContext, TriageReason, TriageResult } from './types';

// Imported bindings are read once here: some module loaders (tsx, esbuild) turn every read of an
// imported name into a getter call, which shows up in a loop that runs per match.
const { AFFIRMATIVE_START, bareAnswer, isStructured, NEGATIVE_START, PLAN_OR_TIME } = answers;
const { hasFarewell, hasMeansAccess, isFarewellMessage, mentionsMeans } = escalate;
const { idiomaticTail, isAccident } = idiom;
const { isFearOfBeingKilled, isHypothetical, isQuestionAboutOthers, isReportedQuestion, isToldTo, isWarning } = speech;
const { negationOf } = negation;
const { accentSaysThirdPerson, adjacentSubject, subjectOf } = subject;
const { stanceOf, tenseOf, timeMarks } = tense;
const { windowAt } = windows;
const { normalise, originalSpan } = normaliser;
const { maxTier, minTier, tierRank } = tiers;
const ALL_MATCHERS: readonly Matcher[] = rules.MATCHERS;
const gate = rules.gatedMatchers;

/**
 * The detector: normalise, run every rule family of both languages, let the modifiers set each
 * match's tier, combine at message level, and report the highest tier with its reasons.
 * Pure, synchronous and deterministic; no state survives a call.
 */

const NOW_EN_RE = new RegExp(NOW_TIME);
const NOW_ES_RE = new RegExp(NOW_TIME_ES);
const IMAGINED = /\b(?:think|thinks|thinking|thought|imagine|imagining|imagined|picture|picturing|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|pienso|pensando|pense|imagino|imaginando|sueno\scon)\b/;
const SELF_HARM_MORE = /\b(?:want\sto\s(?:do\sworse|do\smore|go\sdeeper|keep\sgoing|do\sit\sagain)|not\sstopping|cant\sstop|going\sto\skeep\sgoing|quiero\s(?:seguir|mas|otra\svez)|voy\sa\sseguir|no\spuedo\sparar)\b/;
const MAX_MATCHES_PER_RULE = 12;
const MAX_MATCHES = 60;
/** Inputs beyond this are cut: a chat message is at most a few SMS segments, and work must stay bounded. */
const MAX_INPUT = 20_000;

interface Hit {
  readonly rule: Rule;
  readonly tier: RiskTier;
  readonly tags: readonly string[];
  /** Normalised span. */
  readonly start: number;
  readonly end: number;
}

function none(): TriageResult {
  return { risk: 'none', reasons: [] };
}

/** Set one match's tier from its surroundings. Returns null when the match says nothing about the writer. */
function assess(rule: Rule, n: Normalised, original: string, start: number, coreStart: number, end: number, hasCore: boolean, trace?: string[]): Hit | null {
  const drop = (why: string): null => {
    trace?.push(`${rule.id} "${n.text.slice(start, end)}" dropped: ${why}`);
    return null;
  };
  const text = n.text;
  const w = windowAt(text, start, coreStart, end);
  const lang = rule.lang;
  const tags: string[] = [];
  let tier: RiskTier = rule.tier;

  // whose statement: someone else's suicide or risk is not the writer's
  if (rule.subject === 'open') {
    const subject = subjectOf(w.sentPre, w.sentPost, lang, rule.postSubject === true);
    if (subject === 'other') return drop('third person');
    if (subject === 'unknown' && isQuestionAboutOthers(w.sentence)) return drop('question about others');
  } else if (rule.subject === 'adjacent' && adjacentSubject(w.sentPre, text.startsWith('me ', start)) === 'other') {
    return drop('third person');
  }
  if (rule.requiresRe !== null && !rule.requiresRe.test(text)) return drop('requirement absent');
  if (lang === 'es') {
    const span = originalSpan(n, start, end);
    if (accentSaysThirdPerson(original.slice(span.start, span.end))) return drop('accent: third person');
  }
  if ((rule.kind === 'selfharm' || rule.kind === 'suicide') && isAccident(w.sentence, rule.kind === 'selfharm' && rule.subject !== 'self')) return drop('accident');

  // negation: a denial is none; "no longer" is history
  if (rule.negatable !== false) {
    const neg = negationOf(
      { clausePre: w.clausePre, clausePost: w.clausePost, sentPre: w.sentPre, sentPost: w.sentPost, after: text.slice(end, end + 40) },
      lang,
    );
    if (neg === 'negated') return drop('negated');
    if (neg === 'no-longer') return { rule, tier: 'history', tags: ['no-longer'], start, end };
  }

  // hypothetical and reported speech are not the writer's statement
  const after = text.slice(end, end + 120);
  if (isReportedQuestion(w.sentPre, after)) return drop('reported question');
  if (isHypothetical(w.sentPre, w.sentence, lang)) return drop('hypothetical');
  if (isToldTo(w.sentPre, after)) return drop('reported speech');
  if (isWarning(w.sentPre)) return drop('reported warning');
  if (lang === 'es' && isFearOfBeingKilled(w.sentPre)) return drop('fear of being killed');

  if (rule.wish) {
    const idiom = idiomaticTail(w.clausePost, lang);
    if (idiom === 'light') return drop('idiom'); // "me muero de risa": laughter, not a wish
    if (idiom === 'heavy') {
      tier = minTier(tier, 'passive');
      tags.push('idiom');
    }
  }

  // stance, tense and time
  const stance = stanceOf(w.clausePre, lang);
  const verbText = !hasCore ? text.slice(start, end) : rule.tenseInCore ? text.slice(coreStart, end) : '';
  const tense = tenseOf(w.clausePre, verbText, lang);
  const marks = timeMarks(w.sentence, lang);
  const attemptLike = stance === 'attempt' || (stance === 'intent' && tense.past) || (rule.pastIsAttempt === true && tense.past);

  if (stance === 'habit') {
    tier = 'history';
    tags.push('used-to');
  } else if (rule.kind === 'history') {
    if (marks.now && !marks.distant) {
      tier = 'imminent';
      tags.push('recent');
    } else if (marks.recent && !marks.distant) {
      tier = 'active';
      tags.push('recent');
    }
  } else if (tense.past) {
    if (rule.kind === 'imminent') {
      if (marks.distant && !marks.now) {
        tier = 'history';
        tags.push('past');
      }
    } else if (rule.pastIsAct && !attemptLike) {
      if (marks.distant && !marks.now) {
        tier = 'history';
        tags.push('past');
      } else if (marks.recent && !marks.now) {
        tier = maxTier(tier, 'active');
        tags.push('recent');
      } else {
        tier = 'imminent';
        tags.push('act');
      }
    } else if (attemptLike) {
      if (marks.now && !marks.distant) {
        tier = 'imminent';
        tags.push('attempt', 'recent');
      } else if (marks.recent && !marks.distant) {
        tier = maxTier(tier, 'active');
        tags.push('attempt', 'recent');
      } else {
        tier = 'history';
        tags.push('attempt');
      }
    } else if (!(marks.now || marks.recent) || marks.distant) {
      tier = 'history';
      tags.push('past');
    }
  } else if ((tense.ambiguousPast || tense.presentPerfect) && marks.distant && !marks.now && !marks.recent) {
    tier = 'history';
    tags.push('past');
  } else if (rule.kind === 'suicide' || rule.kind === 'selfharm' || rule.kind === 'die') {
    if (stance === 'intent') {
      tier = 'imminent';
      tags.push('intent');
    } else if (tier === 'active' && rule.escalates !== false && stance !== 'thought' && (lang === 'en' ? NOW_EN_RE : NOW_ES_RE).test(w.sentence + nextFragment(text, end))) {
      tier = 'imminent';
      tags.push('time');
    }
  }

  // "I think about putting a gun to my head": an imagined act is ideation, not an act in progress
  if (rule.kind === 'imminent' && tier === 'imminent' && IMAGINED.test(w.clausePre)) {
    tier = 'active';
    tags.push('imagined');
  }

  // self-harm just done, and wanting more: "burned myself just now and I want to do worse"
  if (rule.kind === 'selfharm' && tense.past && marks.now && !marks.distant && SELF_HARM_MORE.test(w.sentence + after)) {
    tier = 'imminent';
    tags.push('more');
  }
  return { rule, tier, tags, start, end };
}

function runRules(n: Normalised, original: string, trace?: string[]): Hit[] {
  const text = n.text;
  const hits: Hit[] = [];
  const on = gate(text);
  const perRule = new Map<Rule, number>();
  let assessed = 0;
  for (let k = 0; k < ALL_MATCHERS.length; k++) {
    if (on[k] === 0) continue;
    const matcher = ALL_MATCHERS[k] as Matcher;
    const rule = matcher.rule;
    const re = matcher.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // bounded work on repetitive input: enough matches to decide, not every one of a thousand
      const count = (perRule.get(rule) ?? 0) + 1;
      perRule.set(rule, count);
      if (count > MAX_MATCHES_PER_RULE || ++assessed > MAX_MATCHES) break;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      let core: [number, number] | undefined;
      if (matcher.coreGroups.length > 0) {
        const groups = m.indices?.groups;
        for (const name of matcher.coreGroups) {
          core = groups?.[name];
          if (core !== undefined) break;
        }
      }
      const hit = assess(rule, n, original, start, core !== undefined ? core[0] : start, end, core !== undefined, trace);
      if (hit !== null) trace?.push(`${rule.id} "${text.slice(start, end)}" -> ${hit.tier}${hit.tags.length ? ` (${hit.tags.join(', ')})` : ''}`);
      if (hit !== null && hit.tier !== 'none') hits.push(hit);
    }
  }
  return hits;
}

/** A short fragment right after the sentence ("make it 23. tonight."), read with it for time. */
function nextFragment(text: string, from: number): string {
  const m = /^[^.!?;\n]*[.!?;\n]+\s*([^.!?;\n]{0,24})(?:[.!?;\n]|$)/.exec(text.slice(from, from + 200));
  if (m === null || m[1] === undefined) return '';
  return m[1].trim().split(/\s+/).length <= 3 ? ` ${m[1]}` : '';
}

/** Non-overlapping anaphoric cues: "the plan is done, the date is set" counts two. */
function distinctCues(hits: readonly Hit[]): number {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  let count = 0;
  let lastEnd = -1;
  for (const h of sorted) {
    if (h.start >= lastEnd) {
      count++;
      lastEnd = h.end;
    }
  }
  return count;
}

function reasonOf(n: Normalised, original: string, rule: string, start: number, end: number): TriageReason {
  const span = originalSpan(n, start, end);
  return { rule, match: original.slice(span.start, span.end), start: span.start, end: span.end };
}

function wholeMessageReason(original: string, rule: string): TriageReason {
  return { rule, match: original, start: 0, end: original.length };
}

export function triage(input: string, context?: TriageContext): TriageResult {
  const original = typeof input === 'string' ? (input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input) : '';
  if (original.length === 0) return none();
  const n = normalise(original);
  if (n.text.length === 0) return none();

  // a bare short answer to a structured question is scored by the structured-answer path
  const bare = bareAnswer(n.text);
  if (bare !== null && (isStructured(context) || (context?.aboutSelfHarm === true && bare === 'no'))) return none();
  if (bare === 'yes' && context?.aboutSelfHarm === true) {
    return { risk: 'passive', reasons: [wholeMessageReason(original, 'context.affirmed-self-harm-question')] };
  }

  let hits = runRules(n, original);

  // anaphoric rules ("I'm doing it tonight", "I've decided") count only beside another signal, a means,
  // a farewell, a question about self-harm, or a second cue of a different kind ("I've decided. Sunday.
  // I already know how")
  const contextual = hits.filter((h) => h.rule.needsContext);
  if (contextual.length > 0) {
    const anchored =
      hits.some((h) => !h.rule.needsContext) ||
      distinctCues(contextual) >= 2 ||
      context?.aboutSelfHarm === true ||
      mentionsMeans(n.text) ||
      hasFarewell(n.text);
    if (!anchored) hits = hits.filter((h) => !h.rule.needsContext);
  }

  const reasons: TriageReason[] = [];
  let risk: RiskTier = 'none';
  for (const h of hits) {
    risk = maxTier(risk, h.tier);
    const id = h.tags.length > 0 ? `${h.rule.id}+${h.tags.join('+')}` : h.rule.id;
    reasons.push(reasonOf(n, original, id, h.start, h.end));
  }

  // message level: current ideation with lethal means at hand, or with a farewell, is imminent
  const current = hits.some(
    (h) => (h.rule.kind === 'suicide' || h.rule.kind === 'die' || h.rule.kind === 'selfharm') && tierRank(h.tier) >= tierRank('active'),
  );
  if (current && risk !== 'imminent' && hasMeansAccess(n.text)) {
    risk = 'imminent';
    reasons.push(wholeMessageReason(original, 'combo.ideation+means-access'));
  }
  const anySignal = hits.some((h) => tierRank(h.tier) >= tierRank('passive'));
  if (anySignal && risk !== 'imminent' && hasFarewell(n.text)) {
    risk = 'imminent';
    reasons.push(wholeMessageReason(original, 'combo.ideation+farewell'));
  }

  // a message made of farewells: "GOODBYE. I LOVE YOU ALL. I'M SORRY"
  if (risk !== 'imminent' && isFarewellMessage(n.text)) {
    risk = 'imminent';
    reasons.push(wholeMessageReason(original, 'farewell.message'));
  }

  // an answer to a question about self-harm
  if (context?.aboutSelfHarm === true && !NEGATIVE_START.test(n.text)) {
    if (PLAN_OR_TIME.test(n.text) && (AFFIRMATIVE_START.test(n.text) || risk !== 'none')) {
      if (risk !== 'imminent') reasons.push(wholeMessageReason(original, 'context.self-harm-question+plan-or-time'));
      risk = 'imminent';
    } else if (risk === 'none' && AFFIRMATIVE_START.test(n.text)) {
      risk = 'passive';
      reasons.push(wholeMessageReason(original, 'context.affirmed-self-harm-question'));
    }
  }

  if (risk === 'none') return none();
  reasons.sort((a, b) => a.start - b.start || b.end - a.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { risk, reasons: dedupe(reasons) };
}

function dedupe(reasons: TriageReason[]): TriageReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.rule}|${r.start}|${r.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** For rule authors and tests: every match and what the modifiers decided about it. */
export function explain(input: string): string[] {
  const trace: string[] = [];
  const n = normalise(input);
  trace.push(`normalised: ${JSON.stringify(n.text)}`);
  runRules(n, input, trace);
  return trace;
}
