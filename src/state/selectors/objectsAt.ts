// The pods and jobs as `kubectl get` would list them at the playhead: the latest watch row of
// each object seen so far, minus those deleted by then. Order is creation order.
import type { JobEvent, PodEvent, Trace } from '../../sim/trace/events'
import { countUntil } from './eventsUntil'

function latestRows<R extends PodEvent | JobEvent>(trace: Trace, t: number, kind: R['type'], objectKind: string): R[] {
  const rows = new Map<string, R>()
  const n = countUntil(trace.events, t)
  for (let i = 0; i < n; i++) {
    const e = trace.events[i]!
    if (e.type === kind) {
      const row = e as R
      if (row.deleted) rows.delete(row.name)
      else rows.set(row.name, row)
    } else if (e.type === 'delete' && e.object.startsWith(`${objectKind}/`)) {
      rows.delete(e.object.slice(objectKind.length + 1))
    }
  }
  return [...rows.values()]
}

export const podsAt = (trace: Trace, t: number): PodEvent[] => latestRows<PodEvent>(trace, t, 'pod', 'Pod')
export const jobsAt = (trace: Trace, t: number): JobEvent[] => latestRows<JobEvent>(trace, t, 'job', 'Job')
