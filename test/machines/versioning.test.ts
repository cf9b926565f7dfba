import { createHash } from 'node:crypto';
import type { AnyStateNode } from 'xstate';
import { INTAKE_MACHINE_VERSION, intakeMachine } from '../../machines/intake/machine';
import { QUESTION_ORDER, question } from '../../dialogs/questions';

/**
 * Persisted snapshots name states and question ids, and resume by question order. Changing any of them
 * without bumping INTAKE_MACHINE_VERSION (and adding a migration in src/engine/snapshots.ts, or accepting
 * that stored conversations restart) would resume people at the wrong question. This test notices.
 */
const FINGERPRINTS: Record<number, string> = {
  1: '9846b76f571f9a73',
};

function fingerprint(): string {
  const states: string[] = [];
  const walk = (node: AnyStateNode) => {
    states.push(node.id);
    for (const child of Object.values(node.states) as AnyStateNode[]) walk(child);
  };
  walk(intakeMachine.root);
  const questions = QUESTION_ORDER.map((id) => `${question(id).section}/${id}`);
  return createHash('sha256').update(JSON.stringify({ states, questions })).digest('hex').slice(0, 16);
}

describe('intake machine version', () => {
  it('when states or questions change, then the machine version changes too', () => {
    const actual = fingerprint();
    if (FINGERPRINTS[INTAKE_MACHINE_VERSION] !== actual) {
      throw new Error(
        `The intake machine's states or questions changed (fingerprint ${actual}). Bump INTAKE_MACHINE_VERSION in ` +
          `machines/intake/machine.ts, add a migration in src/engine/snapshots.ts if stored conversations can be carried over, ` +
          `and record the new fingerprint here.`,
      );
    }
  });
});
