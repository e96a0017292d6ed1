// The engine's decision records by the playhead for what the learner is looking at: one pod (its
// own records and the Job's records about it, `podDecisionsAt`), one Job (its records and those of
// its pods), or the whole run. Read from the trace, never re-derived (DESIGN §2).
import type { DecisionEvent, Trace } from '../../sim/trace/events'
import { podDecisionsAt } from './podDecisionsAt'

export type WhyScope = { kind: 'all' } | { kind: 'job'; name: string } | { kind: 'pod'; name: string }

export function decisionsAt(trace: Trace, scope: WhyScope, t: number): DecisionEvent[] {
  if (scope.kind === 'pod') return podDecisionsAt(trace, scope.name, t)
  const pods = new Set<string>()
  const out: DecisionEvent[] = []
  for (const e of trace.events) {
    if (e.at > t) break
    if (e.type === 'pod' && scope.kind === 'job' && e.job === scope.name) pods.add(`Pod/${e.name}`)
    if (e.type !== 'decision') continue
    if (scope.kind === 'all' || e.object === `Job/${scope.name}` || pods.has(e.object)) out.push(e)
  }
  return out
}

/** The instant of the latest record by `t`: the records made then are "what just happened". */
export function latestInstant(records: readonly DecisionEvent[]): number | null {
  return records.length === 0 ? null : records[records.length - 1]!.at
}
