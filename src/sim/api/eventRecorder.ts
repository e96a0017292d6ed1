// Kubernetes Events: what `kubectl describe` lists under `Events:`. Repeats of the same event
// (same object, type, reason, message and source) are aggregated into one Event object with a
// count, as client-go's EventCorrelator does, so describe can print `(x4 over 75s)`.
import type { Kernel } from '../kernel/kernel'
import type { TraceRecorder } from '../trace/recorder'
import type { KEvent, KubeObject } from './types'

export class EventRecorder {
  private readonly all_: KEvent[] = []
  private readonly keyed = new Map<string, Map<string, KEvent>>()
  private readonly byObject = new Map<string, KEvent[]>()
  private serial = 0
  constructor(
    private readonly kernel: Kernel,
    private readonly epochMs: number,
    private readonly trace: TraceRecorder,
  ) {}

  record(obj: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    const now = this.kernel.now
    const m = obj.metadata
    // Most objects have a handful of events: scan them. A Job has one SuccessfulCreate per pod, so
    // past a few events an object gets an index keyed by what makes two events "the same".
    let list = this.byObject.get(m.uid)
    let keyed = this.keyed.get(m.uid)
    const k = keyed || (list && list.length >= 8) ? `${type}\u0000${reason}\u0000${component}\u0000${message}` : ''
    if (!keyed && list && list.length >= 8) {
      this.keyed.set(m.uid, (keyed = new Map()))
      for (const e of list) keyed.set(`${e.type}\u0000${e.reason}\u0000${e.source.component}\u0000${e.message}`, e)
    }
    let ev = keyed ? keyed.get(k) : list?.find((e) => e.reason === reason && e.message === message && e.type === type && e.source.component === component)
    if (ev) {
      ev.count++
      ev.lastTimestamp = now
    } else {
      // Real event names are `<object>.<creation time in hex>`; uids are never shown.
      this.serial++
      ev = {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: {
          name: `${m.name}.${(this.epochMs + now).toString(16)}${(this.serial & 0xfffff).toString(16).padStart(5, '0')}`,
          namespace: m.namespace ?? 'default',
          uid: `event-${this.serial}`,
          resourceVersion: '0',
          creationTimestamp: now,
        },
        involvedObject: {
          apiVersion: obj.apiVersion,
          kind: obj.kind,
          name: m.name,
          namespace: m.namespace ?? 'default',
          uid: m.uid,
        },
        reason,
        message,
        type,
        source: { component },
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
      }
      keyed?.set(k, ev)
      if (!list) this.byObject.set(m.uid, (list = []))
      list.push(ev)
      this.all_.push(ev)
    }
    this.trace.emit({ type: 'event', object: `${obj.kind}/${m.name}`, eventType: type, reason, message, source: component, count: ev.count })
  }

  /** Events about an object (by uid), in the order they were first recorded. */
  eventsFor(uid: string): KEvent[] {
    return this.byObject.get(uid) ?? []
  }

  all(): KEvent[] {
    return [...this.all_]
  }
}
