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
    const event = { at: this.now(), ...e } as TraceEvent
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
