import { createActor, type Snapshot } from 'xstate';
import { escalationMachine, escalationStateOf } from './machine';
import type { EscalationContext, EscalationEffect, EscalationEvent, EscalationInput, EscalationState } from './types';

export interface EscalationStep {
  /** Store this (JSON) with ESCALATION_MACHINE_ID and ESCALATION_MACHINE_VERSION, in the same transaction as the effects. */
  persisted: Snapshot<unknown>;
  effects: EscalationEffect[];
  state: EscalationState;
  context: EscalationContext;
}

export class EscalationMachineError extends Error {}

/** Open a case: the first page and its timer. */
export function openEscalation(input: EscalationInput): EscalationStep {
  return run({ input });
}

/**
 * One event against a stored snapshot. The actor lives for this call only; `input` is the case's opening
 * input (XState requires it, a restored actor takes everything from the snapshot). Events reaching a
 * resolved case (a late timer row, a second RESOLVE) change nothing and emit nothing.
 */
export function stepEscalation(args: { input: EscalationInput; snapshot: Snapshot<unknown>; event: EscalationEvent }): EscalationStep {
  return run(args);
}

function run(args: { input: EscalationInput; snapshot?: Snapshot<unknown>; event?: EscalationEvent }): EscalationStep {
  const effects: EscalationEffect[] = [];
  let failure: unknown;
  const actor = createActor(escalationMachine, { input: args.input, ...(args.snapshot ? { snapshot: args.snapshot } : {}) });
  actor.on('*', (effect) => effects.push(effect));
  actor.subscribe({ error: (error) => (failure = error) });
  actor.start();
  // A finished actor would only warn about the event; there is nothing left for it to do.
  if (args.event && failure === undefined && actor.getSnapshot().status === 'active') actor.send(args.event);
  const snapshot = actor.getSnapshot();
  // Persist before stopping: a snapshot taken after stop() says "stopped".
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  if (failure !== undefined || snapshot.status === 'error') {
    throw new EscalationMachineError(`escalation machine failed: ${failure instanceof Error ? failure.message : String(failure)}`);
  }
  return { persisted, effects, state: escalationStateOf(snapshot), context: snapshot.context };
}
