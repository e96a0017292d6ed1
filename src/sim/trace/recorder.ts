// Collects trace events in simulated-time order. The kernel only ever moves forward, so events
// appended with the current time are already sorted.
import type { TraceEvent } from './events'

type WithoutAt<T> = T extends TraceEvent ? Omit<T, 'at'> : never

export class TraceRecorder {
  readonly events: TraceEvent[] = []
  /** Listeners see each event as it is recorded (the worker streams them in batches). */
  private listeners: ((e: TraceEvent) => void)[] = []

  constructor(private readonly now: () => number) {}

  emit(e: WithoutAt<TraceEvent>): void {
    this.push({ at: this.now(), ...e } as TraceEvent)
  }

  /** The time the next event is recorded at. */
  time(): number {
    return this.now()
  }

  /**
   * Records an event built with `at: time()` as its first field, as it is, without the copy
   * `emit` makes: for the events every pod produces several of (pod rows, Kubernetes Events, logs).
   */
  push(event: TraceEvent): void {
    this.events.push(event)
    for (const l of this.listeners) l(event)
  }

  subscribe(listener: (e: TraceEvent) => void): () => void {
    this.listeners.push(listener)
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener)
    }
  }
}
