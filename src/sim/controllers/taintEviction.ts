// The taint eviction controller (`pkg/controller/tainteviction`, component
// `taint-eviction-controller`): when a node's NoExecute taints change, it looks at every pod on
// the node. A pod that does not tolerate them all is deleted at once; one that tolerates them is
// deleted when the smallest `tolerationSeconds` of the tolerations it uses has passed (counted
// from when the controller saw the taint; a toleration without seconds tolerates forever). Every
// pod carries `node.kubernetes.io/unreachable:NoExecute` for 300 s from the DefaultTolerationSeconds
// admission plugin. When the taints go away before then, the deletion is cancelled. A deletion
// adds the condition DisruptionTarget (reason DeletionByTaintManager), records
// TaintManagerEviction, and deletes the pod gracefully — on a node that is down no kubelet
// confirms it, so the pod stays Terminating until the node comes back.
import { matchingTolerations, minTolerationMs, taintText } from '../api/taints'
import type { NodeObject, Pod, PodCondition, Taint } from '../api/types'
import type { Timer } from '../kernel/kernel'
import { draw } from '../timing'
import { type ControllerContext, decide, secs } from './context'

const SOURCE = 'taint-eviction-controller'
export const TAINT_EVICTION_REASON = 'DeletionByTaintManager'
export const TAINT_EVICTION_MESSAGE = 'Taint manager: deleting due to NoExecute taint'

interface Scheduled {
  pod: Pod
  createdAt: number
  timer: Timer
}

const noExecute = (node: NodeObject): Taint[] => (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute')
const sameTaints = (a: readonly Taint[], b: readonly Taint[]) => a.length === b.length && a.every((t, i) => t.key === b[i]!.key && (t.value ?? '') === (b[i]!.value ?? ''))

export class TaintEvictionController {
  /** Each node's NoExecute taints as last handled (only nodes that have some). */
  private readonly tainted = new Map<string, Taint[]>()
  /** Deletions waiting for a toleration to run out, by pod uid. */
  private readonly scheduled = new Map<string, Scheduled>()
  /** Pods already looked at for their node's current taints, by uid (a new pod on a tainted node is looked at once). */
  private readonly handled = new Set<string>()

  constructor(private readonly ctx: ControllerContext) {
    ctx.api.watch((type, obj) => {
      if (obj.kind === 'Node') this.onNode(obj, type === 'DELETED')
      else if (obj.kind === 'Pod') this.onPod(obj, type === 'DELETED')
    })
  }

  private onNode(node: NodeObject, deleted: boolean): void {
    const name = node.metadata.name
    const taints = deleted ? [] : noExecute(node)
    if (sameTaints(this.tainted.get(name) ?? [], taints)) return
    if (taints.length) this.tainted.set(name, taints)
    else this.tainted.delete(name)
    const { kernel, rng, timing } = this.ctx
    kernel.after(draw(rng, timing.taintEvictionMs), () => this.handleNode(name))
  }

  private onPod(pod: Pod, deleted: boolean): void {
    // Most pod writes happen with no tainted node at all: nothing to look at.
    if (this.tainted.size === 0 && this.scheduled.size === 0) return
    const uid = pod.metadata.uid
    if (deleted) {
      this.handled.delete(uid)
      this.cancel(pod, false)
      return
    }
    const node = pod.spec.nodeName
    if (!node || !this.tainted.has(node) || this.handled.has(uid)) return
    this.handled.add(uid)
    const { kernel, rng, timing } = this.ctx
    kernel.after(draw(rng, timing.taintEvictionMs), () => {
      const taints = this.tainted.get(node)
      if (taints && this.ctx.api.exists(pod)) this.processPod(pod, node, taints)
    })
  }

  private handleNode(name: string): void {
    const { api } = this.ctx
    const taints = this.tainted.get(name) ?? []
    const pods = api.list('Pod').filter((p) => p.spec.nodeName === name)
    for (const p of pods) this.handled.delete(p.metadata.uid)
    if (taints.length === 0) {
      for (const p of pods) this.cancel(p, true)
      return
    }
    for (const p of pods) {
      this.handled.add(p.metadata.uid)
      this.processPod(p, name, taints)
    }
  }

  /** `processPodOnNode`. */
  private processPod(pod: Pod, node: string, taints: Taint[]): void {
    const { kernel } = this.ctx
    const now = kernel.now
    const text = taints.map(taintText).join(', ')
    const { all, used } = matchingTolerations(taints, pod.spec.tolerations ?? [])
    if (!all) {
      this.cancel(pod, true)
      decide(this.ctx, 'taint-eviction-controller', `Pod/${pod.metadata.name}`, 'taint.evict-now', `${node} has taint ${text}, which the pod does not tolerate → delete it now`)
      this.evict(pod)
      return
    }
    const min = minTolerationMs(used)
    if (min < 0) {
      this.cancel(pod, true)
      return
    }
    if (this.scheduled.has(pod.metadata.uid)) return
    decide(this.ctx, 'taint-eviction-controller', `Pod/${pod.metadata.name}`, 'taint.schedule-eviction',
      `${node} has taint ${text}; the pod tolerates it for ${secs(min)} (tolerationSeconds ${min / 1000}) → delete it at ${secs(now + min)} unless the taint goes first`,
      { tolerationSeconds: min / 1000, evictAtMs: now + min })
    const timer = kernel.after(min, () => {
      this.scheduled.delete(pod.metadata.uid)
      if (!this.ctx.api.exists(pod)) return
      decide(this.ctx, 'taint-eviction-controller', `Pod/${pod.metadata.name}`, 'taint.evict', `tolerationSeconds ${min / 1000} passed with ${node} still tainted ${text} → delete the pod`, { tolerationSeconds: min / 1000 })
      this.evict(pod)
    })
    this.scheduled.set(pod.metadata.uid, { pod, createdAt: now, timer })
  }

  /** `cancelWorkWithEvent`: only a deletion that was waiting is cancelled (and said so). */
  private cancel(pod: Pod, withEvent: boolean): void {
    const s = this.scheduled.get(pod.metadata.uid)
    if (!s) return
    this.ctx.kernel.cancel(s.timer)
    this.scheduled.delete(pod.metadata.uid)
    if (!withEvent) return
    const ns = pod.metadata.namespace ?? 'default'
    this.ctx.events.record(pod, 'Normal', 'TaintManagerEviction', `Cancelling deletion of Pod ${ns}/${pod.metadata.name}`, SOURCE)
    decide(this.ctx, 'taint-eviction-controller', `Pod/${pod.metadata.name}`, 'taint.cancel', 'The NoExecute taint is gone before the toleration ran out → cancel the deletion')
  }

  /** `deletePodHandler`: the event, then `addConditionAndDeletePod`. */
  private evict(pod: Pod): void {
    const { api, kernel, events } = this.ctx
    const ns = pod.metadata.namespace ?? 'default'
    events.record(pod, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${ns}/${pod.metadata.name}`, SOURCE)
    if (addDisruptionTarget(pod, kernel.now)) api.commit(pod)
    api.delete('Pod', pod.metadata.name, ns)
  }
}

/** `UpdatePodCondition` with DisruptionTarget=True, reason DeletionByTaintManager; whether the pod changed. */
function addDisruptionTarget(pod: Pod, now: number): boolean {
  const next: PodCondition = { type: 'DisruptionTarget', status: 'True', lastTransitionTime: now, reason: TAINT_EVICTION_REASON, message: TAINT_EVICTION_MESSAGE }
  const list = pod.status.conditions ?? []
  const old = list.find((c) => c.type === 'DisruptionTarget')
  if (old && old.status === 'True' && old.reason === next.reason && old.message === next.message) return false
  if (old?.status === 'True') next.lastTransitionTime = old.lastTransitionTime
  pod.status.conditions = old ? list.map((c) => (c === old ? next : c)) : [...list, next]
  return true
}
