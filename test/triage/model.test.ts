import path from 'path';
import { triage, tierRank } from '../../src/triage';
import { triageRules } from '../../src/triage/detect';
import { readLabelled } from '../../src/triage/evaluate';
import { normalise } from '../../src/triage/normalise';
import { chooseThresholds, combined, type Scored } from '../../src/triage/model/crossval';
import { decodeWeights, encodeWeights } from '../../src/triage/model/encoding';
import { BITS, BUCKETS, bucketsOf } from '../../src/triage/model/features';
import { score, scoreHot, THRESHOLDS } from '../../src/triage/model/score';
import { dequantise, featurise, K, predict, quantise, train } from '../../src/triage/model/train';
import { MODEL } from '../../src/triage/model/weights.generated';

/**
 * The statistical stage: what ships is what was cross-validated (the run-time scorer computes exactly
 * the training arithmetic on the committed weights), it only ever raises the rules' tier, a raise is
 * explained by words of the message, and repetition cannot push a harmless message over a threshold.
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const CORPUS = readLabelled(path.join(repoRoot, 'test', 'fixtures', 'triage-corpus.jsonl'));
const FRESH_E = readLabelled(path.join(repoRoot, 'test', 'fixtures', 'triage-fresh-e.jsonl'));
const SAMPLE = [...CORPUS.slice(0, 300), ...FRESH_E.slice(0, 200)];

const shipped = dequantise({
  q: decodeWeights(MODEL.weights, BUCKETS, K),
  scales: Float64Array.from(MODEL.scales),
  bias: Float64Array.from(MODEL.bias),
});

describe('the statistical stage', () => {
  it('ships weights that match its feature table', () => {
    expect(MODEL.bits).toBe(BITS);
    const q = decodeWeights(MODEL.weights, BUCKETS, K);
    let nonZero = 0;
    for (let b = 0; b < BUCKETS; b++) {
      let any = false;
      for (let k = 0; k < K; k++) if (q[b * K + k] !== 0) any = true;
      if (any) nonZero++;
    }
    expect(nonZero).toBe(MODEL.buckets);
    expect(THRESHOLDS.risk).toBeGreaterThan(0.5);
    expect(THRESHOLDS.risk).toBeLessThan(1);
  });

  it('encodes and decodes sparse weights without loss', () => {
    const q = new Int8Array(40 * 4);
    q[0] = 5;
    q[7] = -128;
    q[4 * 33 + 2] = 127;
    q[4 * 39 + 3] = -1;
    const { base64, buckets } = encodeWeights(q, 4);
    expect(buckets).toBe(4);
    expect(Array.from(decodeWeights(base64, 40, 4))).toEqual(Array.from(q));
  });

  it('scores at run time exactly as training and cross-validation did', () => {
    for (const m of SAMPLE) {
      const text = normalise(m.text).text;
      const runtime = score(text);
      const offline = predict(shipped, text);
      for (let k = 0; k < K; k++) expect(Math.abs((runtime[k] as number) - (offline[k] as number))).toBeLessThan(1e-6);
    }
  });

  it('only ever raises the tier the rules give', () => {
    for (const m of [...CORPUS, ...FRESH_E]) {
      expect(tierRank(triage(m.text).risk)).toBeGreaterThanOrEqual(tierRank(triageRules(m.text).risk));
    }
  });

  it('explains every raise with words the person typed', () => {
    const raised = FRESH_E.map((m) => ({ m, result: triage(m.text) })).filter(({ result }) => result.reasons.some((r) => r.rule.startsWith('model.')));
    expect(raised.length).toBeGreaterThan(10);
    for (const { m, result } of raised) {
      for (const r of result.reasons.filter((x) => x.rule.startsWith('model.'))) {
        expect(['model.risk', 'model.imminent']).toContain(r.rule);
        expect(r.match).toBe(m.text.slice(r.start, r.end));
        expect(r.match).toMatch(/[\p{L}\p{N}]/u);
        expect(r.end - r.start).toBeLessThanOrEqual(m.text.length);
      }
    }
  });

  it('counts a feature once per sentence, so repetition adds nothing', () => {
    const once = score(normalise('want to').text);
    const many = score(normalise('want to '.repeat(400)).text);
    // "to want" is the only new bigram; everything else is counted once
    expect(bucketsOf('want to want to').length).toBeGreaterThan(bucketsOf('want to').length);
    for (let k = 0; k < K; k++) expect(Math.abs((many[k] as number) - (once[k] as number))).toBeLessThan(0.2);
    expect(triage('want to '.repeat(400)).risk).toBe('none');
    expect(triage('The nightmares are bad and I cannot sleep. '.repeat(100)).risk).toBe('none');
  });

  it('is not moved by filler sentences around a sentence it scores', () => {
    const alone = score(normalise('lowkey wouldnt mind if i just stopped existing').text);
    const padded = score(normalise('Hi. Thanks for asking. The forms took a while. lowkey wouldnt mind if i just stopped existing. Anyway, what time is my appointment?').text);
    expect(padded[0] as number).toBeGreaterThanOrEqual((alone[0] as number) - 1e-12);
  });

  it('trains deterministically', () => {
    const data = SAMPLE.slice(0, 120).map((m) => featurise({ text: normalise(m.text).text, rank: tierRank(m.risk) }));
    const a = quantise(train(data, { epochs: 2, l2: 1e-5, rate: 0.02, seed: 3 }), 500);
    const b = quantise(train(data, { epochs: 2, l2: 1e-5, rate: 0.02, seed: 3 }), 500);
    expect(Buffer.from(a.q.buffer).equals(Buffer.from(b.q.buffer))).toBe(true);
    expect(Array.from(a.bias)).toEqual(Array.from(b.bias));
  });

  it('chooses thresholds that keep the model within its false-alarm budget', () => {
    const make = (gold: number, p0: number, p3: number): Scored => ({ id: '', file: 'f', text: '', gold, rules: 0, p: Float64Array.from([p0, 0.6, 0.6, p3]) });
    const scored: Scored[] = [];
    for (let i = 0; i < 100; i++) scored.push(make(0, i / 100, 0.1)); // none, spread over [0, 1)
    for (let i = 0; i < 50; i++) scored.push(make(3, 0.995, 0.2)); // risky, above every none
    const t = chooseThresholds(scored, { falseAlarms: 0.05, imminentRaises: 0.02 });
    const alarms = scored.filter((s) => s.gold === 0 && combined(s, t) > 0).length;
    expect(alarms).toBeLessThanOrEqual(5);
    expect(scored.filter((s) => s.gold > 0 && combined(s, t) > 0).length).toBe(50);
  });
});

describe('the statistical stage and a writer who denies', () => {
  // trauma stories and screening answers that end in a denial: the words alone push the model up
  const DENIALS = [
    "No. I have never tried to kill myself and I don't think about it. Next question?",
    "I had a miscarriage at 20 weeks last year. It's the most traumatic thing I've been through. I don't want to die, I want to feel like myself again.",
    "My student took his own life in May. I keep thinking I should have noticed. I'm sad and guilty but I have no thoughts of hurting myself.",
    'Soy maestra y una alumna se quitó la vida en marzo. No dejo de pensar que debí notarlo. Estoy triste, pero no tengo pensamientos de hacerme daño.',
  ];

  it('does not raise a message the rules call none when the writer denied a statement about themself', () => {
    for (const text of DENIALS) expect(`${triage(text).risk} ${text}`).toBe(`none ${text}`);
  });

  it('is exercised: the model alone would raise at least one of them (pick new examples if a retrained model does not)', () => {
    const raised = DENIALS.filter((text) => scoreHot(normalise(text).text).risk >= THRESHOLDS.risk);
    expect(raised.length).toBeGreaterThan(0);
  });

  it('leaves the rules free to route what follows a denial', () => {
    expect(triage("I'm not suicidal, but I bought a rope today and tonight's the night").risk).toBe('imminent');
    expect(triage("I don't want to kill myself, I just want everything to stop for good").risk).not.toBe('none');
  });
});
