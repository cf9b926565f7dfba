import type { Snapshot } from 'xstate';
import { ESCALATION_MACHINE_ID, ESCALATION_MACHINE_VERSION, escalationMachine } from '../../machines/escalation/machine';
import { DEFAULT_ESCALATION_POLICY } from '../../machines/escalation/policy';
import { EscalationSimulation } from '../../machines/escalation/simulate';
import { openEscalation, stepEscalation } from '../../machines/escalation/step';
import type { CrisisTier, EscalationEffect, EscalationInput, EscalationPolicy } from '../../machines/escalation/types';

/**
 * The escalation policy on a fake clock. EscalationSimulation keeps emitted schedules as due times, delivers
 * due `timer.fired` events one at a time and restores the actor from a JSON round trip of its persisted
 * snapshot before every event, so every test here also proves the case survives persistence.
 */
const T0 = '2026-01-15T03:00:00.000Z';
const TIMEOUT: Record<CrisisTier, number> = { imminent: 120, active: 300, passive: 900, history: 3600 };

function policy(overrides: Partial<EscalationPolicy> = {}): EscalationPolicy {
  return { ...DEFAULT_ESCALATION_POLICY, ackTimeoutSeconds: { ...TIMEOUT }, levelCount: 3, repeat: 1, ...overrides };
}

function open(tier: CrisisTier = 'active', overrides: Partial<EscalationPolicy> = {}): EscalationSimulation {
  return new EscalationSimulation({ caseId: 'case-42', tier, policy: policy(overrides), at: T0 });
}

/** Seconds after T0 at which each page was sent, with where it went. */
function pageLog(sim: EscalationSimulation): string[] {
  return sim.emitted
    .filter((e) => e.effect.type === 'page')
    .map(({ at, effect }) => {
      const page = effect as Extract<EscalationEffect, { type: 'page' }>;
      return `+${(Date.parse(at) - Date.parse(T0)) / 1000}s ${page.tier} r${page.round} l${page.level} ${page.reason}`;
    });
}

const ofType = <K extends EscalationEffect['type']>(effects: readonly EscalationEffect[], type: K) =>
  effects.filter((e): e is Extract<EscalationEffect, { type: K }> => e.type === type);

describe('escalation machine: opening', () => {
  it('when a case opens, then everyone on level 0 is paged and the tier\'s acknowledgement timeout is scheduled', () => {
    const sim = open('imminent');
    expect(sim.emitted.map((e) => e.effect)).toEqual([
      { type: 'page', level: 0, round: 0, tier: 'imminent', reason: 'opened', idempotencyKey: 'esc:case-42:e0:imminent:r0:l0' },
      { type: 'schedule', timerId: 'case-42:t1', afterSeconds: 120, purpose: 'ack-timeout' },
    ]);
    expect(sim.state).toBe('paging');
    expect(sim.context.timeline).toEqual([{ kind: 'paged', at: T0, tier: 'imminent', epoch: 0, level: 0, round: 0, reason: 'opened' }]);
  });

  it('when the policy is missing or has nonsense numbers, then it still pages with the documented defaults', () => {
    const sim = new EscalationSimulation({
      caseId: 'c',
      tier: 'passive',
      policy: { levelCount: 0, ackTimeoutSeconds: { imminent: NaN, active: -1, passive: 0, history: Infinity }, repeat: -3, unresolvedRepageSeconds: NaN },
      at: T0,
    });
    expect(sim.context.policy).toEqual({ levelCount: 1, ackTimeoutSeconds: DEFAULT_ESCALATION_POLICY.ackTimeoutSeconds, repeat: 0, unresolvedRepageSeconds: 3600 });
    expect(ofType(sim.emitted.map((e) => e.effect), 'schedule')[0].afterSeconds).toBe(900);
  });
});

describe('escalation machine: walking the policy', () => {
  it.each(Object.entries(TIMEOUT) as [CrisisTier, number][])(
    'when nobody acknowledges a case at tier %s, then each level is paged %i s after the one before',
    (tier, seconds) => {
      const sim = open(tier, { repeat: 0 });
      sim.advance(seconds - 1);
      expect(sim.pages()).toHaveLength(1);
      sim.advance(1);
      expect(sim.pages()).toHaveLength(2);
      sim.advance(seconds);
      expect(pageLog(sim)).toEqual([
        `+0s ${tier} r0 l0 opened`,
        `+${seconds}s ${tier} r0 l1 ack-timeout`,
        `+${2 * seconds}s ${tier} r0 l2 ack-timeout`,
      ]);
      expect(ofType(sim.emitted.map((e) => e.effect), 'schedule').map((s) => s.afterSeconds)).toEqual([seconds, seconds, seconds]);
    },
  );

  it('when the last level times out, then the whole policy is walked again from level 0, `repeat` more times', () => {
    const sim = open('active', { levelCount: 2, repeat: 2 });
    sim.advance(6 * 300 - 1);
    expect(pageLog(sim)).toEqual([
      '+0s active r0 l0 opened',
      '+300s active r0 l1 ack-timeout',
      '+600s active r1 l0 repeat',
      '+900s active r1 l1 ack-timeout',
      '+1200s active r2 l0 repeat',
      '+1500s active r2 l1 ack-timeout',
    ]);
    expect(sim.state).toBe('paging');
  });

  it('when the last round times out, then the case is exhausted once, after the last level had its full timeout, and stays quiet', () => {
    const sim = open('imminent', { levelCount: 2, repeat: 1 });
    sim.advance(4 * 120);
    expect(sim.state).toBe('exhausted');
    const last = sim.emitted[sim.emitted.length - 1];
    expect(last).toEqual({ at: '2026-01-15T03:08:00.000Z', effect: { type: 'exhausted', tier: 'imminent', idempotencyKey: 'esc:case-42:e0:imminent:exhausted' } });
    const count = sim.emitted.length;
    sim.advance(7 * 24 * 3600);
    expect(sim.emitted).toHaveLength(count);
    expect(sim.context.timer).toBeNull();
    expect(sim.context.timeline.map((e) => e.kind)).toEqual(['paged', 'paged', 'paged', 'paged', 'exhausted']);
  });

  it('when repeat is 0, then one pass over the levels is all before the case is exhausted', () => {
    const sim = open('history', { levelCount: 2, repeat: 0 });
    sim.advance(2 * 3600);
    expect(pageLog(sim)).toEqual(['+0s history r0 l0 opened', '+3600s history r0 l1 ack-timeout']);
    expect(sim.state).toBe('exhausted');
  });
});

describe('escalation machine: acknowledgement', () => {
  it('when a clinician acknowledges, then escalation stops and the unresolved timer is scheduled', () => {
    const sim = open('active');
    sim.advance(300); // level 1 paged
    const effects = sim.send({ type: 'oncall.acknowledged', by: 'dr-chen' });
    expect(effects).toEqual([
      { type: 'acknowledged', by: 'dr-chen' },
      { type: 'schedule', timerId: 'case-42:t3', afterSeconds: 3600, purpose: 'unresolved' },
    ]);
    // The ack-timeout row for level 1 still fires (timers are never cancelled) and is ignored.
    sim.advance(3599);
    expect(pageLog(sim)).toEqual(['+0s active r0 l0 opened', '+300s active r0 l1 ack-timeout']);
    expect(sim.state).toBe('acknowledged');
    expect(sim.context.timeline.find((e) => e.kind === 'acknowledged')).toEqual({
      kind: 'acknowledged', at: '2026-01-15T03:05:00.000Z', tier: 'active', epoch: 0, by: 'dr-chen',
    });
  });

  it('when an acknowledged case is not resolved in time, then level 0 is paged again and waits for a new acknowledgement', () => {
    const sim = open('passive', { levelCount: 2, unresolvedRepageSeconds: 1800 });
    sim.send({ type: 'oncall.acknowledged', by: 'dr-rivera' });
    sim.advance(1800);
    expect(sim.state).toBe('paging');
    expect(sim.pages()[1]).toEqual({ type: 'page', level: 0, round: 0, tier: 'passive', reason: 'unresolved', idempotencyKey: 'esc:case-42:e1:passive:r0:l0' });
    // Nobody answers the reminder: the policy is walked again as it was the first time.
    sim.advance(900);
    expect(pageLog(sim).slice(1)).toEqual(['+1800s passive r0 l0 unresolved', '+2700s passive r0 l1 ack-timeout']);
    sim.send({ type: 'oncall.acknowledged', by: 'dr-chen' });
    expect(sim.state).toBe('acknowledged');
  });

  it('when a second clinician acknowledges, then it is on the timeline and nothing else happens', () => {
    const sim = open();
    sim.send({ type: 'oncall.acknowledged', by: 'dr-rivera' });
    const timer = sim.context.timer;
    expect(sim.send({ type: 'oncall.acknowledged', by: 'dr-chen' })).toEqual([]);
    expect(sim.context.timer).toEqual(timer);
    expect(sim.context.timeline.filter((e) => e.kind === 'acknowledged').map((e) => e.by)).toEqual(['dr-rivera', 'dr-chen']);
  });

  it('when someone acknowledges an exhausted case, then it is held like any acknowledged case', () => {
    const sim = open('imminent', { levelCount: 1, repeat: 0 });
    sim.advance(120);
    expect(sim.state).toBe('exhausted');
    expect(sim.send({ type: 'oncall.acknowledged', by: 'fallback' })).toEqual([
      { type: 'acknowledged', by: 'fallback' },
      { type: 'schedule', timerId: 'case-42:t2', afterSeconds: 3600, purpose: 'unresolved' },
    ]);
    expect(sim.state).toBe('acknowledged');
  });
});

describe('escalation machine: a higher tier', () => {
  it('when a higher tier arrives while paging, then level 0 is paged again at the new urgency with its shorter timeout', () => {
    const sim = open('passive');
    sim.advance(900); // level 1 paged at passive
    sim.advance(60);
    const effects = sim.send({ type: 'tier.raised', tier: 'imminent' });
    expect(effects).toEqual([
      { type: 'page', level: 0, round: 0, tier: 'imminent', reason: 'higher-tier', idempotencyKey: 'esc:case-42:e1:imminent:r0:l0' },
      { type: 'schedule', timerId: 'case-42:t3', afterSeconds: 120, purpose: 'ack-timeout' },
    ]);
    // The passive level-1 timer (due at +1800s) is stale now; the imminent walk goes on its own clock.
    sim.advance(2000);
    expect(pageLog(sim)).toEqual([
      '+0s passive r0 l0 opened',
      '+900s passive r0 l1 ack-timeout',
      '+960s imminent r0 l0 higher-tier',
      '+1080s imminent r0 l1 ack-timeout',
      '+1200s imminent r0 l2 ack-timeout',
      '+1320s imminent r1 l0 repeat',
      '+1440s imminent r1 l1 ack-timeout',
      '+1560s imminent r1 l2 ack-timeout',
    ]);
    expect(sim.state).toBe('exhausted');
    expect(sim.context.timeline.find((e) => e.kind === 'tier-raised')).toEqual({ kind: 'tier-raised', at: '2026-01-15T03:16:00.000Z', tier: 'imminent', epoch: 1 });
  });

  it.each(['acknowledged', 'exhausted'] as const)('when a higher tier arrives while %s, then paging starts again from level 0', (state) => {
    const sim = open('history', { levelCount: 1, repeat: 0 });
    if (state === 'acknowledged') sim.send({ type: 'oncall.acknowledged', by: 'dr-rivera' });
    else sim.advance(3600);
    expect(sim.state).toBe(state);
    const effects = sim.send({ type: 'tier.raised', tier: 'active' });
    expect(ofType(effects, 'page')).toEqual([
      { type: 'page', level: 0, round: 0, tier: 'active', reason: 'higher-tier', idempotencyKey: 'esc:case-42:e1:active:r0:l0' },
    ]);
    expect(sim.state).toBe('paging');
    sim.advance(300);
    expect(sim.state).toBe('exhausted');
  });

  it.each(['active', 'passive', 'history'] as const)('when tier %s arrives on an active case, then nothing changes (the tier never goes down)', (tier) => {
    const sim = open('active');
    sim.advance(100);
    const before = sim.snapshotJson;
    expect(sim.send({ type: 'tier.raised', tier })).toEqual([]);
    expect(sim.snapshotJson).toBe(before);
    sim.advance(200);
    expect(pageLog(sim)).toEqual(['+0s active r0 l0 opened', '+300s active r0 l1 ack-timeout']);
  });
});

describe('escalation machine: stale and repeated events', () => {
  it('when a timer that is not the current one fires, then it is ignored', () => {
    const sim = open('active');
    for (const timerId of ['case-42:t0', 'case-42:t2', 'other-case:t1', '']) {
      expect(sim.send({ type: 'timer.fired', timerId })).toEqual([]);
    }
    sim.send({ type: 'oncall.acknowledged', by: 'dr-rivera' });
    // t1 was the ack timeout; after the acknowledgement only t2 (unresolved) counts.
    expect(sim.send({ type: 'timer.fired', timerId: 'case-42:t1' })).toEqual([]);
    expect(sim.pages()).toHaveLength(1);
  });

  it('when the same timer.fired is delivered twice, then its level is paged once', () => {
    const sim = open('active');
    const first = sim.send({ type: 'timer.fired', timerId: 'case-42:t1' });
    const second = sim.send({ type: 'timer.fired', timerId: 'case-42:t1' });
    expect(ofType(first, 'page').map((p) => p.level)).toEqual([1]);
    expect(second).toEqual([]);
  });

  it('when the edge replays an event against the snapshot it had (a crash before commit), then the same keys come out', () => {
    const input: EscalationInput = { caseId: 'case-7', tier: 'imminent', policy: policy(), at: T0 };
    const opened = openEscalation(input);
    const stored = JSON.parse(JSON.stringify(opened.persisted)) as Snapshot<unknown>;
    const event = { type: 'timer.fired', timerId: 'case-7:t1', at: '2026-01-15T03:02:00.000Z' } as const;
    const once = stepEscalation({ input, snapshot: stored, event });
    const again = stepEscalation({ input, snapshot: stored, event });
    expect(again.effects).toEqual(once.effects);
    expect(ofType(once.effects, 'page')[0].idempotencyKey).toBe('esc:case-7:e0:imminent:r0:l1');
  });

  it('when a long case goes through every kind of event, then no page key and no timer id is ever used twice', () => {
    const sim = open('history', { levelCount: 2, repeat: 1, unresolvedRepageSeconds: 600 });
    sim.advance(3600 * 4); // exhausted
    sim.send({ type: 'oncall.acknowledged', by: 'a' });
    sim.advance(600); // unresolved re-page
    sim.send({ type: 'tier.raised', tier: 'passive' });
    sim.send({ type: 'timer.fired', timerId: sim.context.timer!.id });
    sim.send({ type: 'oncall.acknowledged', by: 'b' });
    sim.advance(600);
    sim.send({ type: 'tier.raised', tier: 'imminent' });
    sim.advance(10_000);
    const effects = sim.emitted.map((e) => e.effect);
    const keys = ofType(effects, 'page').map((p) => p.idempotencyKey);
    const timers = ofType(effects, 'schedule').map((s) => s.timerId);
    expect(keys.length).toBeGreaterThan(10);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(timers).size).toBe(timers.length);
    expect(ofType(effects, 'exhausted').map((e) => e.idempotencyKey)).toEqual(['esc:case-42:e0:history:exhausted', 'esc:case-42:e4:imminent:exhausted']);
  });
});

describe('escalation machine: resolution', () => {
  it.each(['paging', 'acknowledged', 'exhausted'] as const)('when a case is resolved while %s, then it is final and nothing pages again', (state) => {
    const sim = open('active', { levelCount: 1, repeat: 0 });
    if (state === 'acknowledged') sim.send({ type: 'oncall.acknowledged', by: 'dr-rivera' });
    if (state === 'exhausted') sim.advance(300);
    expect(sim.state).toBe(state);
    expect(sim.send({ type: 'case.resolved', by: 'dr-rivera' })).toEqual([{ type: 'resolved', by: 'dr-rivera' }]);
    expect(sim.state).toBe('resolved');
    expect(JSON.parse(sim.snapshotJson).status).toBe('done');
    const count = sim.emitted.length;
    sim.send({ type: 'tier.raised', tier: 'imminent' });
    sim.send({ type: 'oncall.acknowledged', by: 'x' });
    sim.send({ type: 'case.resolved', by: 'x' });
    sim.advance(30 * 24 * 3600);
    expect(sim.emitted).toHaveLength(count);
    expect(sim.state).toBe('resolved');
    expect(sim.context.timeline[sim.context.timeline.length - 1]).toMatchObject({ kind: 'resolved', by: 'dr-rivera' });
  });
});

describe('escalation machine: persistence', () => {
  it('exports its id and version for the stored snapshot', () => {
    expect(ESCALATION_MACHINE_ID).toBe(escalationMachine.id);
    expect(ESCALATION_MACHINE_VERSION).toBe(1);
  });

  /** Written by version 1 mid-escalation (level 1 of round 0 paged). If this stops resuming, bump the version. */
  const STORED_V1 =
    '{"status":"active","value":{"open":"paging"},"historyValue":{},"context":{"caseId":"case-9","policy":{"levelCount":2,' +
    '"ackTimeoutSeconds":{"imminent":120,"active":300,"passive":900,"history":3600},"repeat":1,"unresolvedRepageSeconds":3600},' +
    '"tier":"active","openedAt":"2026-01-15T03:00:00.000Z","epoch":0,"level":1,"round":0,"timersScheduled":2,' +
    '"timer":{"id":"case-9:t2","purpose":"ack-timeout"},"timeline":[{"kind":"paged","at":"2026-01-15T03:00:00.000Z","tier":"active",' +
    '"epoch":0,"level":0,"round":0,"reason":"opened"},{"kind":"paged","at":"2026-01-15T03:05:00.000Z","tier":"active","epoch":0,' +
    '"level":1,"round":0,"reason":"ack-timeout"}]},"children":{}}';

  it('when a snapshot stored by version 1 is restored and its timer fires, then the walk carries on where it was', () => {
    const input: EscalationInput = { caseId: 'case-9', tier: 'active', policy: policy({ levelCount: 2 }), at: T0 };
    const step = stepEscalation({ input, snapshot: JSON.parse(STORED_V1), event: { type: 'timer.fired', timerId: 'case-9:t2', at: '2026-01-15T03:10:00.000Z' } });
    expect(step.effects).toEqual([
      { type: 'page', level: 0, round: 1, tier: 'active', reason: 'repeat', idempotencyKey: 'esc:case-9:e0:active:r1:l0' },
      { type: 'schedule', timerId: 'case-9:t3', afterSeconds: 300, purpose: 'ack-timeout' },
    ]);
  });

  it('when the simulation stores a snapshot, then it is the same JSON shape version 1 wrote', () => {
    const sim = new EscalationSimulation({ caseId: 'case-9', tier: 'active', policy: policy({ levelCount: 2 }), at: T0 });
    sim.advance(300);
    expect(JSON.parse(sim.snapshotJson)).toEqual(JSON.parse(STORED_V1));
  });
});
