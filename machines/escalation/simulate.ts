import type { Snapshot } from 'xstate';
import { openEscalation, stepEscalation } from './step';
import type { EscalationContext, EscalationEffect, EscalationEvent, EscalationInput, EscalationState, TimerPurpose } from './types';

/**
 * The escalation machine on a hand-moved clock, the way the edge runs it: schedules become due times (the
 * edge's timer rows), due timers are delivered one at a time in due order, and before every event the actor
 * is restored from a JSON round trip of its persisted snapshot (the edge's snapshot column). Timers are never
 * cancelled here either: superseded ones are delivered and must be ignored. For tests, a policy preview, or
 * a dry run of a roster; nothing here sleeps or reads the system clock.
 */

export interface PendingTimer {
  timerId: string;
  purpose: TimerPurpose;
  /** Milliseconds since the epoch, on the simulation's clock. */
  dueAt: number;
}

export interface EmittedAt {
  at: string;
  effect: EscalationEffect;
}

/** An event as a caller writes it; the simulation stamps it with its clock. */
export type UntimedEvent = EscalationEvent extends infer E ? (E extends EscalationEvent ? Omit<E, 'at'> : never) : never;

export class EscalationSimulation {
  private clock: number;
  private stored: string;
  private pendingTimers: PendingTimer[] = [];
  private lastState: EscalationState;
  private lastContext: EscalationContext;
  /** Everything the machine emitted, in order, with the clock time it was emitted at. */
  readonly emitted: EmittedAt[] = [];

  constructor(readonly input: EscalationInput) {
    this.clock = Date.parse(input.at);
    if (Number.isNaN(this.clock)) throw new RangeError(`not an ISO time: ${input.at}`);
    const step = openEscalation(input);
    this.stored = JSON.stringify(step.persisted);
    this.lastState = step.state;
    this.lastContext = step.context;
    this.record(step.effects);
  }

  get now(): string {
    return new Date(this.clock).toISOString();
  }

  get state(): EscalationState {
    return this.lastState;
  }

  get context(): EscalationContext {
    return this.lastContext;
  }

  /** Timers not yet delivered, soonest first. */
  get pending(): readonly PendingTimer[] {
    return [...this.pendingTimers].sort(byDue);
  }

  /** The stored snapshot, as the edge would keep it. */
  get snapshotJson(): string {
    return this.stored;
  }

  /** Deliver one event now; returns what it emitted. */
  send(event: UntimedEvent): EscalationEffect[] {
    const step = stepEscalation({
      input: this.input,
      snapshot: JSON.parse(this.stored) as Snapshot<unknown>,
      event: { ...event, at: this.now } as EscalationEvent,
    });
    this.stored = JSON.stringify(step.persisted);
    this.lastState = step.state;
    this.lastContext = step.context;
    this.record(step.effects);
    return step.effects;
  }

  /** Move the clock forward, delivering every timer that comes due on the way, one at a time, at its due time. */
  advance(seconds: number): EscalationEffect[] {
    const until = this.clock + seconds * 1000;
    const effects: EscalationEffect[] = [];
    for (let due = this.nextDue(until); due; due = this.nextDue(until)) {
      this.pendingTimers = this.pendingTimers.filter((t) => t !== due);
      this.clock = due.dueAt;
      effects.push(...this.send({ type: 'timer.fired', timerId: due.timerId }));
    }
    this.clock = until;
    return effects;
  }

  /** Only the pages, in order. */
  pages(): Extract<EscalationEffect, { type: 'page' }>[] {
    return this.emitted.map((e) => e.effect).filter((e): e is Extract<EscalationEffect, { type: 'page' }> => e.type === 'page');
  }

  private nextDue(until: number): PendingTimer | undefined {
    const [first] = this.pendingTimers.filter((t) => t.dueAt <= until).sort(byDue);
    return first;
  }

  private record(effects: EscalationEffect[]): void {
    for (const effect of effects) {
      this.emitted.push({ at: this.now, effect });
      if (effect.type === 'schedule') {
        this.pendingTimers.push({ timerId: effect.timerId, purpose: effect.purpose, dueAt: this.clock + effect.afterSeconds * 1000 });
      }
    }
  }
}

/** Array sort is stable, so timers due at the same instant stay in the order they were scheduled. */
function byDue(a: PendingTimer, b: PendingTimer): number {
  return a.dueAt - b.dueAt;
}
