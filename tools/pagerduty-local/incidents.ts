import { randomBytes } from 'node:crypto';
import type { EnqueueEvent, Severity } from './events';

/**
 * Incidents by dedup_key, moving the way PagerDuty moves them: a trigger opens one (or is merged into the
 * open one), acknowledge and resolve change an open one and are ignored otherwise, and a trigger after a
 * resolve opens a new incident under the same key. Each incident also has what PagerDuty's REST API and
 * webhooks show: an id, a number and the key it was opened with (`incident_key`).
 */

export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved';

export interface Incident {
  /** PagerDuty-style incident id, e.g. Q1D5AWTXAAHGMV; a new one for each incident under a key. */
  id: string;
  number: number;
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

/** An incident that changed status, and to what: what PagerDuty sends a webhook about. */
export interface IncidentChange {
  incident: Incident;
  status: IncidentStatus;
}

export class IncidentBook {
  private readonly byKey = new Map<string, Incident>();
  private numbers = 0;

  /** Applies an accepted event; returns its dedup_key (made up for a trigger that had none) and any status change. */
  apply(event: EnqueueEvent, at: Date): { dedupKey: string; change: IncidentChange | null } {
    const dedupKey = event.dedupKey ?? randomBytes(16).toString('hex');
    const current = this.byKey.get(dedupKey);
    const open = current !== undefined && current.status !== 'resolved';
    if (event.action === 'trigger' && event.payload) {
      if (open) {
        current.triggers += 1;
        return { dedupKey, change: null };
      }
      const incident: Incident = {
        id: incidentId(),
        number: ++this.numbers,
        dedupKey,
        routingKey: event.routingKey,
        status: 'triggered',
        summary: event.payload.summary,
        severity: event.payload.severity,
        triggers: 1,
        triggeredAt: at,
      };
      this.byKey.set(dedupKey, incident);
      return { dedupKey, change: { incident: { ...incident }, status: 'triggered' } };
    }
    if (event.action === 'acknowledge' || event.action === 'resolve') return { dedupKey, change: this.act(dedupKey, event.action, at) };
    return { dedupKey, change: null };
  }

  /** What a responder does in PagerDuty (or an acknowledge/resolve event does): acknowledge a triggered incident, resolve an open one. */
  act(dedupKey: string, action: 'acknowledge' | 'resolve', at: Date): IncidentChange | null {
    const current = this.byKey.get(dedupKey);
    if (!current || current.status === 'resolved') return null;
    if (action === 'acknowledge') {
      if (current.status !== 'triggered') return null;
      current.status = 'acknowledged';
      current.acknowledgedAt = at;
    } else {
      current.status = 'resolved';
      current.resolvedAt = at;
    }
    return { incident: { ...current }, status: current.status };
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
    this.numbers = 0;
  }
}

const ID_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function incidentId(): string {
  return `Q${[...randomBytes(13)].map((b) => ID_LETTERS[b % ID_LETTERS.length]).join('')}`;
}
