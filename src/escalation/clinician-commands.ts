/**
 * What an on-call clinician texts from a roster number: "ACK 4821" (or "ACK" when they hold exactly one open
 * case) and "RESOLVE 4821". Anything else gets a short usage reply, never the candidate flow.
 */
export type ClinicianCommand = { kind: 'ack' | 'resolve'; code: string | null } | { kind: 'unknown' };

export function parseClinicianCommand(text: string): ClinicianCommand {
  const match = /^\s*(ack|acknowledge|resolve|close)\b\s*#?\s*(\d{4})?\s*[.!]*\s*$/i.exec(text);
  if (!match) return { kind: 'unknown' };
  const verb = match[1].toLowerCase();
  return { kind: verb === 'ack' || verb === 'acknowledge' ? 'ack' : 'resolve', code: match[2] ?? null };
}
