import fc from 'fast-check';
import { tierRank } from '../../src/triage/tiers';
import { EscalationSimulation, type UntimedEvent } from '../../machines/escalation/simulate';
import type { CrisisTier, EscalationEffect, EscalationPolicy } from '../../machines/escalation/types';

/**
 * Random case histories on the fake clock (every event through a JSON round trip of the snapshot): whatever
 * the order of timeouts, acknowledgements, tier changes, stale and duplicated timers, the promises the edge
 * relies on hold.
 */
const TIERS: CrisisTier[] = ['history', 'passive', 'active', 'imminent'];
const tier = fc.constantFrom(...TIERS);

type Step =
  | { kind: 'advance'; seconds: number }
  | { kind: 'event'; event: UntimedEvent }
  | { kind: 'current-timer-again' }
  | { kind: 'old-timer'; back: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 1, max: 4000 }).map((seconds) => ({ kind: 'advance' as const, seconds })) },
  { weight: 5, arbitrary: fc.constantFrom('dr-rivera', 'dr-chen').map((by) => ({ kind: 'event' as const, event: { type: 'oncall.acknowledged' as const, by } })) },
  { weight: 5, arbitrary: tier.map((t) => ({ kind: 'event' as const, event: { type: 'tier.raised' as const, tier: t } })) },
  { weight: 5, arbitrary: fc.constant({ kind: 'current-timer-again' as const }) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }).map((back) => ({ kind: 'old-timer' as const, back })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'event' as const, event: { type: 'case.resolved' as const, by: 'dr-chen' } }) },
);

const policy: fc.Arbitrary<EscalationPolicy> = fc.record({
  levelCount: fc.integer({ min: 1, max: 4 }),
  ackTimeoutSeconds: fc.constant({ imminent: 120, active: 300, passive: 900, history: 3600 }),
  repeat: fc.integer({ min: 0, max: 2 }),
  unresolvedRepageSeconds: fc.constantFrom(600, 3600),
});

function run(startTier: CrisisTier, p: EscalationPolicy, steps: Step[]): EscalationSimulation {
  const sim = new EscalationSimulation({ caseId: 'case-1', tier: startTier, policy: p, at: '2026-01-15T03:00:00.000Z' });
  for (const s of steps) {
    if (s.kind === 'advance') sim.advance(s.seconds);
    else if (s.kind === 'event') sim.send(s.event);
    else if (s.kind === 'current-timer-again') {
      // Deliver the last scheduled timer once more, as a redelivered job row would.
      const scheduled = sim.emitted.map((e) => e.effect).filter((e) => e.type === 'schedule');
      const last = scheduled[scheduled.length - 1];
      if (last?.type === 'schedule') sim.send({ type: 'timer.fired', timerId: last.timerId });
    } else {
      const n = sim.context.timersScheduled - s.back;
      if (n >= 1) sim.send({ type: 'timer.fired', timerId: `case-1:t${n}` });
    }
  }
  return sim;
}

const pagesOf = (effects: EscalationEffect[]) => effects.filter((e): e is Extract<EscalationEffect, { type: 'page' }> => e.type === 'page');

describe('escalation machine properties', () => {
  it('when events arrive in any order, then no page key or timer id is used twice and the tier never goes down', () => {
    fc.assert(
      fc.property(tier, policy, fc.array(step, { maxLength: 40 }), (startTier, p, steps) => {
        const sim = run(startTier, p, steps);
        const effects = sim.emitted.map((e) => e.effect);
        const keys = pagesOf(effects).map((e) => e.idempotencyKey);
        expect(new Set(keys).size).toBe(keys.length);
        const timers = effects.flatMap((e) => (e.type === 'schedule' ? [e.timerId] : []));
        expect(new Set(timers).size).toBe(timers.length);
        const ranks = pagesOf(effects).map((e) => tierRank(e.tier));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(tierRank(sim.context.tier)).toBeGreaterThanOrEqual(tierRank(startTier));
      }),
      { numRuns: 300 },
    );
  });

  it('when events arrive in any order, then every page comes with its tier\'s timeout and the state holds the one timer that counts', () => {
    fc.assert(
      fc.property(tier, policy, fc.array(step, { maxLength: 40 }), (startTier, p, steps) => {
        const sim = run(startTier, p, steps);
        const effects = sim.emitted.map((e) => e.effect);
        effects.forEach((effect, i) => {
          if (effect.type !== 'page') return;
          expect(effects[i + 1]).toMatchObject({ type: 'schedule', purpose: 'ack-timeout', afterSeconds: p.ackTimeoutSeconds[effect.tier] });
          expect(effect.level).toBeLessThan(p.levelCount);
          expect(effect.round).toBeLessThanOrEqual(p.repeat);
        });
        const expected = { paging: 'ack-timeout', acknowledged: 'unresolved', exhausted: null, resolved: null }[sim.state];
        expect(sim.context.timer?.purpose ?? null).toBe(expected);
        // The case view's timeline shows every page that was sent, in order.
        const paged = sim.context.timeline.filter((e) => e.kind === 'paged').map((e) => `${e.tier}/r${e.round}/l${e.level}/${e.reason}`);
        expect(paged).toEqual(pagesOf(effects).map((e) => `${e.tier}/r${e.round}/l${e.level}/${e.reason}`));
      }),
      { numRuns: 300 },
    );
  });

  it('when a case has been resolved, then nothing is emitted after it, whatever arrives', () => {
    fc.assert(
      fc.property(tier, policy, fc.array(step, { maxLength: 15 }), fc.array(step, { maxLength: 15 }), (startTier, p, before, after) => {
        const sim = run(startTier, p, [...before, { kind: 'event', event: { type: 'case.resolved', by: 'dr-chen' } }]);
        const count = sim.emitted.length;
        expect(sim.emitted[count - 1].effect.type).toBe('resolved');
        for (const s of after) {
          if (s.kind === 'advance') sim.advance(s.seconds);
          else if (s.kind === 'event') sim.send(s.event);
          else sim.send({ type: 'timer.fired', timerId: `case-1:t${sim.context.timersScheduled}` });
        }
        expect(sim.emitted).toHaveLength(count);
        expect(sim.state).toBe('resolved');
      }),
      { numRuns: 200 },
    );
  });
});
