// Kubernetes Events: what `kubectl describe` lists under `Events:`. Repeats of the same event
// (same object, type, reason, message and source) are aggregated into one Event object with a
// count, as client-go's EventCorrelator does, so describe can print `(x4 over 75s)`.
import type { Kernel } from '../kernel/kernel'
import type { TraceRecorder } from '../trace/recorder'
import type { KEvent, KubeObject } from './types'

/**
 * One compact record per Event (a 10,000-pod Job records ~50,000): the `KEvent` object, with its
 * metadata, involvedObject and source, is built only when someone reads it.
 */
interface Stored {
  /** The involved object: kind, apiVersion, name, namespace and uid never change once stored. */
  readonly obj: KubeObject
  /** `Pod/NAME`, as the trace names the object: one string per object, shared by its events. */
  readonly ref: string
  readonly type: 'Normal' | 'Warning'
  readonly reason: string
  readonly message: string
  readonly component: string
  readonly serial: number
  readonly first: number
  last: number
  count: number
}

export class EventRecorder {
  private readonly all_: Stored[] = []
  private readonly keyed = new Map<string, Map<string, Stored>>()
  private readonly byObject = new Map<string, Stored[]>()
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
      for (const e of list) keyed.set(`${e.type}\u0000${e.reason}\u0000${e.component}\u0000${e.message}`, e)
    }
    let ev = keyed ? keyed.get(k) : list?.find((e) => e.reason === reason && e.message === message && e.type === type && e.component === component)
    if (ev) {
      ev.count++
      ev.last = now
    } else {
      const ref = list?.[0]?.ref ?? `${obj.kind}/${m.name}`
      ev = { obj, ref, type, reason, message, component, serial: ++this.serial, first: now, last: now, count: 1 }
      keyed?.set(k, ev)
      if (!list) this.byObject.set(m.uid, (list = []))
      list.push(ev)
      this.all_.push(ev)
    }
    this.trace.push({ at: now, type: 'event', object: ev.ref, eventType: type, reason, message, source: component, count: ev.count })
  }

  /** The API object of a stored event. */
  private view(e: Stored): KEvent {
    const m = e.obj.metadata
    return {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        // Real event names are `<object>.<creation time in hex>`; uids are never shown.
        name: `${m.name}.${(this.epochMs + e.first).toString(16)}${(e.serial & 0xfffff).toString(16).padStart(5, '0')}`,
        namespace: m.namespace ?? 'default',
        uid: `event-${e.serial}`,
        resourceVersion: '0',
        creationTimestamp: e.first,
      },
      involvedObject: {
        apiVersion: e.obj.apiVersion,
        kind: e.obj.kind,
        name: m.name,
        namespace: m.namespace ?? 'default',
        uid: m.uid,
      },
      reason: e.reason,
      message: e.message,
      type: e.type,
      source: { component: e.component },
      firstTimestamp: e.first,
      lastTimestamp: e.last,
      count: e.count,
    }
  }

  /** Events about an object (by uid), in the order they were first recorded. */
  eventsFor(uid: string): KEvent[] {
    return (this.byObject.get(uid) ?? []).map((e) => this.view(e))
  }

  all(): KEvent[] {
    return this.all_.map((e) => this.view(e))
  }
}
