// The default scheduler, reduced to what Jobs show: each new pod without a node is bound to
// the node with the fewest unfinished pods (ties: the first node), a moment after it appears.
import type { WatchType } from '../api/apiServer'
import type { KubeObject, NodeObject, Pod } from '../api/types'
import { draw } from '../timing'
import type { ControllerContext } from './context'

export class Scheduler {
  constructor(private readonly ctx: ControllerContext, private readonly nodes: () => NodeObject[]) {
    ctx.api.watch((type, obj) => this.onChange(type, obj))
  }

  private onChange(type: WatchType, obj: KubeObject): void {
    if (type !== 'ADDED' || obj.kind !== 'Pod' || obj.spec.nodeName) return
    this.ctx.kernel.after(draw(this.ctx.rng, this.ctx.timing.scheduleMs), () => this.bind(obj))
  }

  private bind(pod: Pod): void {
    const { api } = this.ctx
    if (!api.exists(pod) || pod.spec.nodeName || pod.metadata.deletionTimestamp !== undefined) return
    const candidates = this.nodes().filter((n) => matchesNodeSelector(n, pod))
    // One node: nothing to weigh (and 10,000-pod Jobs stay linear, with nothing counted or made).
    let node = candidates[0]
    if (candidates.length > 1) {
      const load = new Map<string, number>()
      for (const p of api.list('Pod')) {
        if (p.spec.nodeName && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed') load.set(p.spec.nodeName, (load.get(p.spec.nodeName) ?? 0) + 1)
      }
      node = candidates.reduce<NodeObject | undefined>((best, n) => (!best || (load.get(n.metadata.name) ?? 0) < (load.get(best.metadata.name) ?? 0) ? n : best), undefined)
    }
    if (!node) return
    pod.spec.nodeName = node.metadata.name
    pod.status.conditions = [{ type: 'PodScheduled', status: 'True', lastTransitionTime: this.ctx.kernel.now }]
    api.commit(pod)
    this.ctx.events.record(pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node.metadata.name}`, 'default-scheduler')
  }
}

function matchesNodeSelector(node: NodeObject, pod: Pod): boolean {
  const sel = pod.spec.nodeSelector
  if (!sel) return true
  return Object.entries(sel).every(([k, v]) => node.metadata.labels?.[k] === v)
}
