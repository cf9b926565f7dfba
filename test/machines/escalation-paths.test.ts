import { getShortestPaths } from '@xstate/graph';
import { transition, type SnapshotFrom } from 'xstate';
import { escalationMachine, escalationStateOf } from '../../machines/escalation/machine';
import { DEFAULT_ESCALATION_POLICY } from '../../machines/escalation/policy';
import type { CrisisTier, EscalationEvent, EscalationInput } from '../../machines/escalation/types';

/**
 * The escalation machine's graph, generated with @xstate/graph from every event a case can receive in each
 * state (the current timer, a stale one, acknowledgements, every tier, resolution). Epochs and timer counters
 * grow forever, so states are compared by what matters to the walk: state, tier, level, round, timer purpose.
 */
type State = SnapshotFrom<typeof escalationMachine>;
const at = '2026-01-15T03:00:00.000Z';
const TIERS: CrisisTier[] = ['history', 'passive', 'active', 'imminent'];
const input: EscalationInput = { caseId: 'c', tier: 'history', policy: { ...DEFAULT_ESCALATION_POLICY, levelCount: 2, repeat: 1 }, at };

function eventsFor(state: State): EscalationEvent[] {
  return [
    ...(state.context.timer ? [{ type: 'timer.fired' as const, timerId: state.context.timer.id, at }] : []),
    { type: 'timer.fired', timerId: 'c:t0', at },
    { type: 'oncall.acknowledged', by: 'dr-rivera', at },
    ...TIERS.map((tier) => ({ type: 'tier.raised' as const, tier, at })),
    { type: 'case.resolved', by: 'dr-rivera', at },
  ];
}

const serializeState = (s: State) =>
  JSON.stringify([s.value, s.context.tier, s.context.level, s.context.round, s.context.timer?.purpose ?? null]);
const options = { input, events: eventsFor, serializeState };

describe('escalation machine graph', () => {
  const paths = getShortestPaths(escalationMachine, options);
  const reached = paths.map((p) => p.state);
  // Every edge out of every reached state, by serialized state.
  const edges = new Map(reached.map((state) => [serializeState(state), eventsFor(state).map((event) => transition(escalationMachine, state, event)[0])]));

  it('when every event is tried in every state, then every state of the machine is reached', () => {
    const values = new Set(paths.map((p) => escalationStateOf(p.state)));
    expect([...values].sort()).toEqual(['acknowledged', 'exhausted', 'paging', 'resolved']);
    // Every level of every round, at every tier, is a state someone can be paged in.
    const paging = paths.filter((p) => escalationStateOf(p.state) === 'paging').map((p) => `${p.state.context.tier}/r${p.state.context.round}/l${p.state.context.level}`);
    expect(new Set(paging).size).toBe(TIERS.length * 2 * 2);
  });

  it('when any reachable state is the start, then `resolved` can still be reached', () => {
    // Reverse reachability over the generated graph: start from the resolved states, walk edges backwards.
    const reaches = new Set(reached.filter((state) => escalationStateOf(state) === 'resolved').map(serializeState));
    for (let grew = true; grew; ) {
      grew = false;
      for (const [key, next] of edges) {
        if (reaches.has(key)) continue;
        if (next.some((state) => reaches.has(serializeState(state)))) {
          reaches.add(key);
          grew = true;
        }
      }
    }
    const stuck = [...edges.keys()].filter((key) => !reaches.has(key));
    expect(edges.size).toBeGreaterThan(20);
    expect(stuck).toEqual([]);
  });

  it('when nobody ever acknowledges, then from every paging state the timers alone lead to exhausted (no endless paging)', () => {
    const policy = input.policy;
    const maxPages = policy.levelCount * (policy.repeat + 1);
    for (const { state: start } of paths.filter((p) => escalationStateOf(p.state) === 'paging')) {
      let state = start;
      for (let step = 0; step < maxPages && escalationStateOf(state) === 'paging'; step++) {
        [state] = transition(escalationMachine, state, { type: 'timer.fired', timerId: state.context.timer!.id, at });
      }
      expect(escalationStateOf(state)).toBe('exhausted');
    }
  });

  it('when a case is resolved, then no event leads anywhere else', () => {
    const resolved = reached.filter((state) => escalationStateOf(state) === 'resolved');
    expect(resolved.length).toBeGreaterThan(0);
    for (const state of resolved) {
      for (const next of edges.get(serializeState(state))!) {
        expect(escalationStateOf(next)).toBe('resolved');
        expect(next.context).toEqual(state.context);
      }
    }
  });
});
