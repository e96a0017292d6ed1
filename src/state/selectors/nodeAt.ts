// Which node a pod was on by the playhead, and whether that node was down then — read from the
// trace (the pod rows' `node`, and the decision records `chaos.node-down` / `kubelet.node-up`),
// so the pod inspector offers "Node down here" or "Node up here" for the state the learner sees.
import type { Trace } from '../../sim/trace/events'

/** The node of the pod's latest row at or before `t`, or null when it was not bound (or not seen). */
export function podNodeAt(trace: Trace, pod: string, t: number): string | null {
  let node: string | null = null
  for (const e of trace.events) {
    if (e.at > t) break
    if (e.type === 'pod' && e.name === pod && e.node) node = e.node
  }
  return node
}

/** Whether `node` had been taken down (and not brought back) by `t`. */
export function nodeDownAt(trace: Trace, node: string, t: number): boolean {
  const object = `Node/${node}`
  let down = false
  for (const e of trace.events) {
    if (e.at > t) break
    if (e.type !== 'decision' || e.object !== object) continue
    if (e.rule === 'chaos.node-down') down = true
    else if (e.rule === 'kubelet.node-up') down = false
  }
  return down
}
