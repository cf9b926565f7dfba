import { createActor, type Snapshot } from 'xstate';
import { intakeMachine, type IntakeInput } from '../../machines/intake/machine';
import type { Effect, IntakeContext, IntakeEvent, Reply } from '../../machines/intake/types';

export interface TurnOutput {
  persisted: Snapshot<unknown>;
  context: IntakeContext;
  /** Dotted state value, e.g. "active.questionnaire.pcl5". */
  state: string;
  replies: Reply[];
  effects: Effect[];
}

export class MachineError extends Error {}

/**
 * One turn of the intake machine: restore (or start), send at most one event, collect what it emitted.
 * The actor lives for this call only; the durable state is the persisted snapshot. An actor error is caught
 * here and thrown as MachineError: left unhandled it would crash the process.
 */
export function runTurn(args: {
  snapshot?: Snapshot<unknown>;
  input: IntakeInput;
  event?: IntakeEvent;
  /** Drop what a freshly started machine says on entry (the welcome) when the first message is a crisis. */
  onlyEventReplies?: boolean;
}): TurnOutput {
  const replies: Reply[] = [];
  const effects: Effect[] = [];
  let failure: unknown;
  const actor = createActor(intakeMachine, { input: args.input, ...(args.snapshot ? { snapshot: args.snapshot } : {}) });
  actor.on('reply', (e) => replies.push(e.reply));
  actor.on('effect', (e) => effects.push(e.effect));
  actor.subscribe({ error: (error) => (failure = error) });
  actor.start();
  if (args.onlyEventReplies) replies.length = 0;
  if (args.event && failure === undefined) actor.send(args.event);
  const snapshot = actor.getSnapshot();
  // Persist before stopping: a snapshot taken after stop() says "stopped", and a restored stopped actor
  // skips eventless transitions.
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  if (failure !== undefined || snapshot.status === 'error') {
    throw new MachineError(`intake machine failed: ${failure instanceof Error ? failure.message : String(failure)}`);
  }
  return {
    persisted,
    context: snapshot.context,
    state: dotted(snapshot.value),
    replies,
    effects,
  };
}

function dotted(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value as Record<string, unknown>)[0];
  return `${key}.${dotted(child)}`;
}
