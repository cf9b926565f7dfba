import { ENDS_ANSWERED_NO, type Denials, type Hit } from './assess';
import * as answers from './context';
import * as escalate from './modifiers/escalate';
import * as normaliser from './normalise';
import type { Normalised } from './normalise';
import * as net from './net/score';
import * as model from './model/score';
import * as searching from './search';
import * as scanning from './scan';
import { isNetRule } from './rules/rule';
import * as tiers from './tiers';
import type { RiskTier } from './tiers';
import type { TriageContext, TriageReason, TriageResult } from './types';

/**
 * The detector: normalise, search every rule family of both languages (each match's tier set by the
 * modifiers), combine at message level, and report the highest tier with its reasons.
 * Pure, synchronous and deterministic; no state survives a call.
 */

// Imported bindings are read once: some module loaders (tsx, esbuild) turn every read of an imported
// name into a getter call.
const { AFFIRMATIVE_START, bareAnswer, isStructured, NEGATIVE_START, PLAN_OR_TIME } = answers;
const { farewellOf, hasFarewell, hasMeansAccess, mentionsMeans, namesLethalMeans } = escalate;
const { normalise, originalSpan } = normaliser;
const { maxTier, tierRank, RISK_ORDER } = tiers;
const search = searching.search;
const scanMessage = scanning.scanMessage;
const safetyNet = net.safetyNet;
const { scoreHot, middleRank, score: modelScores, explain: modelExplain, THRESHOLDS, RISK, IMMINENT } = model;


/** Numbered questionnaires other than the PHQ-9, by question id: their item 9 is not about self-harm. */
const OTHER_NUMBERED = /^(?:pcl5|gad7)_/;

/** Inputs beyond this are cut: a chat message is at most a few SMS segments, and work must stay bounded. */
const MAX_INPUT = 20_000;

/** At most this many earlier messages, each cut to this length, are read for an anaphoric cue. */
const MAX_EARLIER = 3;
const MAX_EARLIER_INPUT = 1_600;

/**
 * An earlier message of the writer's that gives an anaphoric cue its referent: one with a signal of its
 * own (which has routed already), a farewell, or a lethal means named ("got the rope").
 */
function earlierAnchors(earlier: readonly string[] | undefined): boolean {
  if (earlier === undefined) return false;
  for (const text of earlier.slice(-MAX_EARLIER)) {
    if (typeof text !== 'string' || text.length === 0) continue;
    const cut = text.length > MAX_EARLIER_INPUT ? text.slice(0, MAX_EARLIER_INPUT) : text;
    const n = normalise(cut).text;
    if (namesLethalMeans(n) || hasFarewell(n) || detect(cut, undefined, false).risk !== 'none') return true;
  }
  return false;
}

function none(): TriageResult {
  return { risk: 'none', reasons: [] };
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

/**
 * The detector: the rules (with their modifiers and context), then the statistical stage, which can only
 * raise the tier. A message the rules flag below imminent is raised to imminent when the imminent model
 * passes its threshold (other tiers the rules give stand); a message the rules call none is raised when
 * the any-risk model passes its own, to the tier the cumulative models give. Every raise adds a `model.*` reason naming the words that
 * weighed most, so the result stays explainable.
 */
export function triage(input: string, context?: TriageContext): TriageResult {
  return detect(input, context, true);
}

/** The rules alone, without the statistical stage: for cross-validation, training and rule authors. */
export function triageRules(input: string, context?: TriageContext): TriageResult {
  return detect(input, context, false);
}

function detect(input: string, context: TriageContext | undefined, useModel: boolean): TriageResult {
  const original = typeof input === 'string' ? (input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input) : '';
  if (original.length === 0) return none();
  const n = normalise(original);
  if (n.text.length === 0) return none();

  // a bare short answer to a structured question is scored by the structured-answer path
  // (only a question gives a bare answer its meaning: without one it is read as free text)
  const bare = isStructured(context) || context?.aboutSelfHarm === true ? bareAnswer(n.text) : null;
  if (bare !== null && (isStructured(context) || (context?.aboutSelfHarm === true && bare === 'no'))) return none();
  if (bare === 'yes' && context?.aboutSelfHarm === true) {
    return { risk: 'passive', reasons: [wholeMessageReason(original, 'context.affirmed-self-harm-question')] };
  }

  // one pass finds the literals the rules and the safety net need
  const scanned = scanMessage(n.text);
  const denials: Denials = { found: false };
  let hits = search(n, original, undefined, scanned, denials);
  // the lexicon net runs unless a specific, self-standing rule already gives the top tier
  const floor = hits.reduce((r, h) => (h.rule.needsContext ? r : Math.max(r, tierRank(h.tier))), 0);
  if (floor < tierRank('imminent')) {
    const netHits = safetyNet(n, original, floor, undefined, scanned, denials);
    if (netHits.length > 0) hits = hits.concat(netHits);
  }

  // "number 9 is a 3" during the PCL-5 or the GAD-7 answers that questionnaire's item 9, not the PHQ-9's
  if (context?.questionId !== undefined && OTHER_NUMBERED.test(context.questionId)) hits = hits.filter((h) => h.rule.id !== 'net.item9-positive');

  // the message's farewells, read once and only when asked for
  let farewell: escalate.Farewell | undefined;

  // anaphoric rules ("I'm doing it tonight", "I've decided") count only beside another signal, a means,
  // a farewell, a question about self-harm, or a second cue of a different kind ("I've decided. Sunday.
  // I already know how")
  const contextual = hits.filter((h) => h.rule.needsContext);
  let byEarlier = false;
  let cueWithoutReferent = false;
  if (contextual.length > 0) {
    const anchored =
      hits.some((h) => !h.rule.needsContext) ||
      distinctCues(contextual) >= 2 ||
      context?.aboutSelfHarm === true ||
      mentionsMeans(n.text, scanned) ||
      (farewell ??= farewellOf(n.text, scanned)).said;
    // the writer's earlier messages: "got the rope" … "tonight" (not a day given to a question about days)
    if (!anchored && context?.asksForTime !== true) byEarlier = earlierAnchors(context?.earlier);
    if (!anchored && !byEarlier) {
      hits = hits.filter((h) => !h.rule.needsContext);
      cueWithoutReferent = context?.earlier === undefined && context?.asksForTime !== true;
    }
  }

  // the safety net (rules `net.*` and `*.net.*`) only speaks when no specific rule already gives as high a tier
  if (hits.some((h) => isNetRule(h.rule.id))) {
    const specific = hits.filter((h) => !isNetRule(h.rule.id));
    const best = specific.reduce((r, h) => Math.max(r, tierRank(h.tier)), -1);
    hits = hits.filter((h) => !isNetRule(h.rule.id) || tierRank(h.tier) > best);
  }

  const reasons: TriageReason[] = [];
  let risk: RiskTier = 'none';
  if (byEarlier && hits.some((h) => h.rule.needsContext)) reasons.push(wholeMessageReason(original, 'context.earlier-messages'));
  for (const h of hits) {
    risk = maxTier(risk, h.tier);
    const id = h.tags.length > 0 ? `${h.rule.id}+${h.tags.join('+')}` : h.rule.id;
    reasons.push(reasonOf(n, original, id, h.start, h.end));
  }

  // message level: current ideation with lethal means at hand, or with a farewell, is imminent
  const current = hits.some(
    (h) => (h.rule.kind === 'suicide' || h.rule.kind === 'die' || h.rule.kind === 'selfharm') && tierRank(h.tier) >= tierRank('active'),
  );
  if (current && risk !== 'imminent' && hasMeansAccess(n.text, scanned)) {
    risk = 'imminent';
    reasons.push(wholeMessageReason(original, 'combo.ideation+means-access'));
  }
  const anySignal = hits.some((h) => tierRank(h.tier) >= tierRank('passive'));
  if (anySignal && risk !== 'imminent' && (farewell ??= farewellOf(n.text, scanned)).said) {
    risk = 'imminent';
    reasons.push(wholeMessageReason(original, 'combo.ideation+farewell'));
  }

  // a message made of farewells: "GOODBYE. I LOVE YOU ALL. I'M SORRY"
  if (risk !== 'imminent' && (farewell ??= farewellOf(n.text, scanned)).whole) {
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

  // the statistical stage: it only ever raises. A message the rules call none in which the writer denied
  // a statement about themself, or put it as a hypothesis or a question, is not raised from its words
  // alone: out of fold on the training files that cut 19 of the model's 37 false alarms and none of its
  // 46 catches (a trauma story followed by "no thoughts of hurting myself").
  if (useModel && risk !== 'imminent') {
    const rank = tierRank(risk);
    const hot = scoreHot(n.text);
    const mayRaiseNone = !denials.found && !ENDS_ANSWERED_NO.test(n.text);
    let raised = rank;
    if (hot.imminent >= THRESHOLDS.imminent && (rank > 0 || (mayRaiseNone && hot.risk >= THRESHOLDS.risk))) raised = 4;
    else if (rank === 0 && mayRaiseNone && hot.risk >= THRESHOLDS.risk) raised = middleRank(n.text);
    if (raised > rank) {
      // flagged by the rules: only a raise to imminent; not flagged: the model's own tier
      const imminent = raised === 4;
      const [first, last] = imminent ? hot.imminentWindow : hot.riskWindow;
      const [from, to] = modelExplain(n.text, imminent ? IMMINENT : RISK, first, last);
      risk = RISK_ORDER[raised] as RiskTier;
      reasons.push(reasonOf(n, original, imminent ? 'model.imminent' : 'model.risk', from, to));
    }
  }

  if (risk === 'none') return cueWithoutReferent ? { risk: 'none', reasons: [], needsEarlier: true } : none();
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
  const denials: Denials = { found: false };
  search(n, input, trace, undefined, denials);
  safetyNet(n, input, 0, trace, undefined, denials);
  if (denials.found) trace.push('model: a denial, hypothesis or question was found, so the model does not raise a message the rules call none');
  const p = modelScores(n.text);
  trace.push(
    `model: any-risk ${(p[RISK] as number).toFixed(3)} (raises at ${THRESHOLDS.risk.toFixed(3)}), imminent ${(p[IMMINENT] as number).toFixed(3)} ` +
      `(raises at ${THRESHOLDS.imminent.toFixed(3)}), at least passive ${(p[1] as number).toFixed(3)}, at least active ${(p[2] as number).toFixed(3)}`,
  );
  return trace;
}
