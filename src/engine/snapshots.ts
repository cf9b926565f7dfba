import type { Snapshot } from 'xstate';
import { INTAKE_MACHINE_ID, INTAKE_MACHINE_VERSION } from '../../machines/intake/machine';
import type { ConversationRecord } from '../store/types';

/**
 * Persisted snapshots carry the machine id and version they were written by. A snapshot from an older
 * version is migrated step by step when a migration exists; otherwise the conversation starts again with a
 * clear message (never a crash). The conversation's risk tier lives in its own column, so a reset never
 * forgets a crisis: the engine puts a reset conversation straight back into crisis.
 */
type Migration = (snapshot: Snapshot<unknown>) => Snapshot<unknown>;

/** MIGRATIONS[n] turns a version-n snapshot into a version-(n+1) one. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type Restored = { kind: 'ok'; snapshot: Snapshot<unknown> } | { kind: 'reset'; why: string };

export function restoreSnapshot(row: Pick<ConversationRecord, 'machineId' | 'machineVersion' | 'snapshot'>): Restored {
  if (row.machineId !== INTAKE_MACHINE_ID) return { kind: 'reset', why: `snapshot of machine ${row.machineId}` };
  if (row.machineVersion > INTAKE_MACHINE_VERSION) {
    // Written by a newer deployment (a rolling upgrade): do not guess at it.
    return { kind: 'reset', why: `snapshot version ${row.machineVersion} is newer than ${INTAKE_MACHINE_VERSION}` };
  }
  let snapshot: Snapshot<unknown>;
  try {
    snapshot = JSON.parse(row.snapshot) as Snapshot<unknown>;
  } catch {
    return { kind: 'reset', why: 'snapshot is not JSON' };
  }
  for (let version = row.machineVersion; version < INTAKE_MACHINE_VERSION; version++) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { kind: 'reset', why: `no migration from version ${version}` };
    snapshot = migrate(snapshot);
  }
  return { kind: 'ok', snapshot };
}
