// The engine's reasons about one pod by the playhead: its own decision records (kubelet restarts,
// back-offs, scheduling), the Job controller's `job.create` record at the instant the pod was
// created (why it exists), and the Job's records that name it (counted as failed, deleted).
// Interpreted from the trace, never re-derived (DESIGN §2).
import type { DecisionEvent, Trace } from '../../sim/trace/events'

export function podDecisionsAt(trace: Trace, pod: string, t: number): DecisionEvent[] {
  const own = `Pod/${pod}`
  const named = new RegExp(`(^|[^\\w-])${pod.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`)
  const first = trace.events.find((e) => e.type === 'pod' && e.name === pod)
  const job = first?.type === 'pod' && first.job ? `Job/${first.job}` : null
  const out: DecisionEvent[] = []
  for (const e of trace.events) {
    if (e.at > t) break
    if (e.type !== 'decision') continue
    const created = job !== null && e.object === job && e.rule === 'job.create' && e.at === first?.at
    if (e.object === own || created || (e.object.startsWith('Job/') && named.test(e.text))) out.push(e)
  }
  return out
}
