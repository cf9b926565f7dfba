import type { Store } from '../store/types';
import { parseClinicianCommand } from './clinician-commands';
import type { EscalationService } from './escalation-service';
import { findContactBySms, type Roster } from './roster';

/**
 * Texts from numbers on the roster are clinicians, not candidates: "ACK 4821", "ACK" (when exactly one
 * case is open), "RESOLVE 4821". Returns the replies, or undefined when the number is not on the roster.
 */
export function clinicianSmsHandler(deps: { roster: Roster; store: Store; service: EscalationService; caseLink: (caseId: string) => string }) {
  return async (from: string, body: string): Promise<string[] | undefined> => {
    const contact = findContactBySms(deps.roster, from);
    if (!contact) return undefined;
    const command = parseClinicianCommand(body);
    const open = await deps.store.listOpenCases();
    const codes = open.map((c) => c.code).join(', ') || 'none';
    if (command.kind === 'unknown') return [`Reply ACK <code> to acknowledge a case, RESOLVE <code> to close it. Open cases: ${codes}.`];
    // A bare "ACK" only means the one case this clinician holds or was paged for; never someone else's.
    const mine = [];
    for (const c of open) if (c.heldBy === contact.name || (await wasPaged(deps.store, c.id, contact.name))) mine.push(c);
    const record = command.code ? open.find((c) => c.code === command.code) : mine.length === 1 ? mine[0] : undefined;
    if (!record) {
      return [command.code ? `No open case ${command.code}. Open cases: ${codes}.` : `Reply ${command.kind.toUpperCase()} <code>. Open cases: ${codes}.`];
    }
    if (command.kind === 'resolve' && record.heldBy !== contact.name) {
      return [`Case ${record.code} is ${record.heldBy ? `held by ${record.heldBy}` : 'not acknowledged yet'}: reply ACK ${record.code} first, then RESOLVE ${record.code}.`];
    }
    if (command.kind === 'ack') {
      await deps.service.acknowledge(record.id, contact.name);
      return [`Case ${record.code} is yours, ${contact.name}. Paging has stopped. Open: ${deps.caseLink(record.id)} Reply RESOLVE ${record.code} when it is closed.`];
    }
    await deps.service.resolve(record.id, contact.name);
    return [`Case ${record.code} resolved by ${contact.name}.`];
  };
}

async function wasPaged(store: Store, caseId: string, name: string): Promise<boolean> {
  const events = await store.listCaseEvents(caseId);
  return events.some((e) => e.kind === 'paged' && ((e.detail as { contacts?: string[] }).contacts ?? []).includes(name));
}
