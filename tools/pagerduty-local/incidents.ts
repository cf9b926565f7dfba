import { randomBytes } from 'node:crypto';
import type { EnqueueEvent, Severity } from './events';

/**
 * Incidents by dedup_key, moving the way PagerDuty moves them: a trigger opens one (or is merged into the
 * open one), acknowledge and resolve change an open one and are ignored otherwise, and a trigger after a
 * resolve opens a new incident under the same key.
 */

export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved';

export interface Incident {
  dedupKey: string;
  routingKey: string;
  status: IncidentStatus;
  summary: string;
  severity: Severity;
  /** Triggers received while this incident was open, the first included. */
  triggers: number;
  triggeredAt: Date;
  acknowledgedAt?: Date;
  resolvedAt?: Date;
}

export class IncidentBook {
  private readonly byKey = new Map<string, Incident>();

  /** Applies an accepted event; returns its dedup_key (made up for a trigger that had none). */
  apply(event: EnqueueEvent, at: Date): string {
    const dedupKey = event.dedupKey ?? randomBytes(16).toString('hex');
    const current = this.byKey.get(dedupKey);
    const open = current !== undefined && current.status !== 'resolved';
    if (event.action === 'trigger' && event.payload) {
      if (open) current.triggers += 1;
      else {
        this.byKey.set(dedupKey, {
          dedupKey,
          routingKey: event.routingKey,
          status: 'triggered',
          summary: event.payload.summary,
          severity: event.payload.severity,
          triggers: 1,
          triggeredAt: at,
        });
      }
    } else if (event.action === 'acknowledge' && open && current.status === 'triggered') {
      current.status = 'acknowledged';
      current.acknowledgedAt = at;
    } else if (event.action === 'resolve' && open) {
      current.status = 'resolved';
      current.resolvedAt = at;
    }
    return dedupKey;
  }

  get(dedupKey: string): Incident | undefined {
    const incident = this.byKey.get(dedupKey);
    return incident ? { ...incident } : undefined;
  }

  all(): Incident[] {
    return [...this.byKey.values()].map((incident) => ({ ...incident }));
  }

  clear(): void {
    this.byKey.clear();
  }
}
