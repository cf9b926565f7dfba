import { getShortestPaths } from '@xstate/graph';
import { createActor, type SnapshotFrom } from 'xstate';
import { intakeMachine } from '../../machines/intake/machine';
import type { IntakeEvent } from '../../machines/intake/types';
import { question } from '../../dialogs/questions';
import { testOptions } from '../support/harness';

/**
 * Paths generated from the machine with @xstate/graph: every reachable state, reached by the shortest path,
 * and from each one the questionnaire can still be finished, ending in exactly one outcome.
 */
type State = SnapshotFrom<typeof intakeMachine>;
const at = '2026-01-15T15:00:00.000Z';
const input = { locale: 'en' as const, options: testOptions({ servedStates: ['CO'], includePhq9: true, includeGad7: true }) };
const message = (text: string): IntakeEvent => ({ type: 'user.message', text, at });

/** Answers that exercise each branch once without multiplying paths needlessly. */
const BRANCHING_ANSWERS: Record<string, string[]> = {
  consent: ['yes', 'no'],
  age: ['40', '16'],
  state: ['CO', 'TX'],
  ptsd_diagnosis: ['yes', 'not sure'],
  tx_therapy: ['yes', 'no'],
  tx_medication: ['no'],
  med_heart: ['no', 'yes'],
};

/** One answer that moves forward without a crisis, for the driver that finishes from any state. */
function forwardAnswer(id: string): string {
  if (id === 'consent') return 'yes';
  if (id === 'age') return '40';
  if (id === 'state') return 'CO';
  if (id === 'ptsd_diagnosis') return 'yes';
  const q = question(id);
  if (q.section === 'pcl5') return '4';
  if (q.section === 'phq9' || q.section === 'gad7') return '0';
  if (id === 'med_list') return 'none';
  if (id === 'first_name') return 'Ana';
  if (id === 'email') return 'ana@example.com';
  if (id === 'timezone') return 'Eastern';
  if (id === 'days') return 'weekdays';
  if (id === 'times') return 'morning';
  return 'no';
}

function eventsFor(state: State): IntakeEvent[] {
  // In crisis the screener's remaining items are still asked; everything else there is a fixed reply.
  if (state.matches({ crisis: 'screening' })) return [message('no'), message('yes'), message('zzz')];
  if (state.hasTag('outcome')) return [];
  if (!state.matches('active')) return [message('hi')];
  const id = state.context.current;
  const q = question(id);
  const answers = BRANCHING_ANSWERS[id] ?? (q.section === 'safety' ? ['no', 'yes'] : [forwardAnswer(id)]);
  return [
    ...answers.map(message),
    message('zzz'),
    { type: 'user.command', command: 'back', at },
    { type: 'user.command', command: 'stop', at },
  ];
}

const OUTCOME_OF_STATE: Record<string, string> = {
  'outcome.likelyFit': 'likely-fit',
  'outcome.needsReview': 'needs-review',
  'outcome.notEligible': 'not-eligible',
};

function dotted(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value as Record<string, unknown>)[0];
  return `${key}.${dotted(child)}`;
}

function leafIds(): string[] {
  const ids: string[] = [];
  const walk = (node: typeof intakeMachine.root, prefix: string[]) => {
    for (const [key, child] of Object.entries(node.states)) {
      if (child.type === 'history') continue;
      const path = [...prefix, key];
      // Transient states (only eventless transitions) are passed through, never rested in.
      const transient = child.always !== undefined && child.always.length > 0;
      if (Object.keys(child.states).length === 0 && !transient) ids.push(path.join('.'));
      else walk(child, path);
    }
  };
  walk(intakeMachine.root, []);
  return ids;
}

describe('intake machine paths', () => {
  const paths = getShortestPaths(intakeMachine, {
    input,
    events: eventsFor,
    serializeState: (s) =>
      JSON.stringify([s.value, s.context.current, s.context.risk, s.context.outcome?.kind, s.context.answers, s.context.misses > 0]),
  });
  const reached = paths.map((p) => p.state);

  it('reaches every state of the machine', () => {
    const visited = new Set(reached.map((s) => dotted(s.value)));
    const missing = leafIds().filter((id) => !visited.has(id));
    expect(missing).toEqual([]);
    expect(paths.length).toBeGreaterThan(100);
  });

  it('every path that ends in an outcome ends in exactly one, matching its state', () => {
    const ended = reached.filter((s) => s.hasTag('outcome'));
    expect(ended.length).toBeGreaterThan(0);
    for (const state of ended) {
      const leaf = dotted(state.value);
      const matching = [...Object.keys(OUTCOME_OF_STATE), 'crisis'].filter((k) => state.matches(k as never));
      expect(matching).toHaveLength(1);
      expect(state.context.outcome?.kind).toBe(OUTCOME_OF_STATE[leaf] ?? 'crisis');
    }
    const kinds = new Set(ended.map((s) => s.context.outcome?.kind));
    expect([...kinds].sort()).toEqual(['crisis', 'likely-fit', 'needs-review', 'not-eligible']);
  });

  it('from every reachable state, answering on leads to exactly one outcome (no dead ends)', () => {
    for (const start of reached) {
      const actor = createActor(intakeMachine, { input, snapshot: intakeMachine.getPersistedSnapshot(start) });
      actor.start();
      for (let step = 0; step < 120 && !actor.getSnapshot().hasTag('outcome'); step++) {
        const s = actor.getSnapshot();
        actor.send(s.matches('active') ? message(forwardAnswer(s.context.current)) : message('hi'));
      }
      const end = actor.getSnapshot();
      expect(end.hasTag('outcome')).toBe(true);
      expect(end.context.outcome).toBeDefined();
      actor.stop();
    }
  });

  it('from every reachable state, a crisis signal leaves for the crisis state and stays there', () => {
    for (const start of reached) {
      const actor = createActor(intakeMachine, { input, snapshot: intakeMachine.getPersistedSnapshot(start) });
      actor.start();
      actor.send({ type: 'crisis.detected', tier: 'active', source: 'free-text', reasons: [], at });
      expect(actor.getSnapshot().matches('crisis')).toBe(true);
      for (const event of [message('4'), { type: 'user.command' as const, command: 'restart' as const, at }, message('yes')]) {
        actor.send(event);
        expect(actor.getSnapshot().matches('crisis')).toBe(true);
      }
      // The tier never goes down: at least the signal's tier, and never below what the state already had.
      const order = ['none', 'history', 'passive', 'active', 'imminent'];
      // (A "yes" to a screener item still open in crisis mode may raise it further.)
      expect(order.indexOf(actor.getSnapshot().context.risk)).toBeGreaterThanOrEqual(Math.max(order.indexOf('active'), order.indexOf(start.context.risk)));
      actor.stop();
    }
  });

  it('from every reachable state, every kind of message gets at least one reply (nothing is silently dropped)', () => {
    const probes: IntakeEvent[] = [
      message('zzz'),
      message(''),
      ...(['back', 'repeat', 'help', 'restart', 'stop', 'start'] as const).map((command) => ({ type: 'user.command' as const, command, at })),
      { type: 'user.language', locale: 'es', at },
      { type: 'crisis.detected', tier: 'passive', source: 'free-text', reasons: [], at, text: 'i wish i was dead' },
    ];
    for (const start of reached) {
      for (const probe of [...eventsFor(start), ...probes]) {
        const actor = createActor(intakeMachine, { input, snapshot: intakeMachine.getPersistedSnapshot(start) });
        let replies = 0;
        actor.on('reply', () => replies++);
        actor.start();
        actor.send(probe);
        if (replies === 0) throw new Error(`no reply to ${JSON.stringify(probe)} in ${JSON.stringify(start.value)}`);
        actor.stop();
      }
    }
  });
});
