import { readFileSync } from 'fs';
import { triage } from './detect';
import { RISK_ORDER, isTier, type RiskTier } from './tiers';

/**
 * Accuracy against a labelled file, shared by `npm run eval:triage` and the CI test so that both use
 * the same arithmetic and the same targets. The targets are the "done means": every risk
 * message flagged (recall of any tier above none), imminent messages flagged as imminent, and few
 * false alarms on messages that carry no risk.
 */
export const TARGETS = Object.freeze({ anyRiskRecall: 0.99, imminentRecall: 0.95, falseAlarmRate: 0.03 });

export interface LabelledMessage {
  readonly id: string;
  readonly text: string;
  readonly risk: RiskTier;
  readonly lang?: string;
}

export interface Miss {
  readonly id: string;
  readonly gold: RiskTier;
  readonly predicted: RiskTier;
  readonly kind: 'missed-risk' | 'imminent-under-called' | 'false-alarm';
  readonly text: string;
  readonly rules: readonly string[];
}

export interface Figures {
  readonly total: number;
  readonly risky: number;
  readonly anyRiskRecall: number;
  readonly imminent: number;
  readonly imminentRecall: number;
  readonly none: number;
  readonly falseAlarmRate: number;
  /** confusion[gold][predicted] */
  readonly confusion: Record<RiskTier, Record<RiskTier, number>>;
}

export interface Evaluation extends Figures {
  readonly byLang: Record<string, Figures>;
  readonly misses: readonly Miss[];
  readonly passed: boolean;
  readonly failures: readonly string[];
}

/** Read a JSONL file of labelled messages. Throws with the line number on a malformed line. */
export function readLabelled(path: string): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
      const r = row as { id?: unknown; text?: unknown; risk?: unknown; lang?: unknown };
      if (typeof r.text !== 'string' || !isTier(r.risk)) throw new Error(`${path}:${i + 1}: needs "text" and a valid "risk"`);
      out.push({ id: String(r.id ?? i + 1), text: r.text, risk: r.risk, lang: typeof r.lang === 'string' ? r.lang : undefined });
    });
  return out;
}

/** Only for reporting per-language figures of files without a `lang` field; the detector never guesses. */
export function guessLang(text: string): string {
  return /[ñ¿¡áéíóú]|\b(?:que|quiero|estoy|tengo|mi|me|para|pero|nada|porque|hermana|ojal[aá]|muero|vida|noche)\b/i.test(text) ? 'es' : 'en';
}

function emptyConfusion(): Record<RiskTier, Record<RiskTier, number>> {
  const c = {} as Record<RiskTier, Record<RiskTier, number>>;
  for (const g of RISK_ORDER) {
    c[g] = {} as Record<RiskTier, number>;
    for (const p of RISK_ORDER) c[g][p] = 0;
  }
  return c;
}

function figures(pairs: ReadonlyArray<readonly [RiskTier, RiskTier]>): Figures {
  const confusion = emptyConfusion();
  let risky = 0, caught = 0, imminent = 0, imminentCaught = 0, none = 0, alarms = 0;
  for (const [gold, predicted] of pairs) {
    confusion[gold][predicted]++;
    if (gold === 'none') {
      none++;
      if (predicted !== 'none') alarms++;
    } else {
      risky++;
      if (predicted !== 'none') caught++;
    }
    if (gold === 'imminent') {
      imminent++;
      if (predicted === 'imminent') imminentCaught++;
    }
  }
  return {
    total: pairs.length,
    risky,
    anyRiskRecall: risky === 0 ? 1 : caught / risky,
    imminent,
    imminentRecall: imminent === 0 ? 1 : imminentCaught / imminent,
    none,
    falseAlarmRate: none === 0 ? 0 : alarms / none,
    confusion,
  };
}

export function evaluate(messages: readonly LabelledMessage[]): Evaluation {
  const pairs: Array<readonly [RiskTier, RiskTier]> = [];
  const byLangPairs: Record<string, Array<readonly [RiskTier, RiskTier]>> = {};
  const misses: Miss[] = [];
  for (const m of messages) {
    const result = triage(m.text);
    const predicted = result.risk;
    pairs.push([m.risk, predicted]);
    const lang = m.lang ?? guessLang(m.text);
    (byLangPairs[lang] ??= []).push([m.risk, predicted]);
    const kind: Miss['kind'] | null =
      m.risk === 'none'
        ? predicted !== 'none' ? 'false-alarm' : null
        : predicted === 'none' ? 'missed-risk' : m.risk === 'imminent' && predicted !== 'imminent' ? 'imminent-under-called' : null;
    if (kind !== null) misses.push({ id: m.id, gold: m.risk, predicted, kind, text: m.text, rules: result.reasons.map((r) => r.rule) });
  }
  const all = figures(pairs);
  const byLang: Record<string, Figures> = {};
  for (const [lang, p] of Object.entries(byLangPairs)) byLang[lang] = figures(p);
  const failures: string[] = [];
  if (all.anyRiskRecall < TARGETS.anyRiskRecall) failures.push(`any-risk recall ${pct(all.anyRiskRecall)} < ${pct(TARGETS.anyRiskRecall)}`);
  if (all.imminentRecall < TARGETS.imminentRecall) failures.push(`imminent recall ${pct(all.imminentRecall)} < ${pct(TARGETS.imminentRecall)}`);
  if (all.falseAlarmRate > TARGETS.falseAlarmRate) failures.push(`false alarms ${pct(all.falseAlarmRate)} > ${pct(TARGETS.falseAlarmRate)}`);
  return { ...all, byLang, misses, passed: failures.length === 0, failures };
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
