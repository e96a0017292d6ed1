// The default scheduler, reduced to what Jobs show: each new pod without a node is bound to
// the node with the fewest unfinished pods (ties: the first node), a moment after it appears.
// A pod no node takes (every node cordoned, or a nodeSelector nothing matches) gets
// PodScheduled=False and a FailedScheduling event, and waits in the unschedulable pool: it is
// tried again when a node becomes schedulable (after its backoff, 1 s doubling to 10 s), or
// after 5 minutes in the pool, found by the 30 s flush (kube-scheduler `scheduling_queue.go`).
import type { WatchType } from '../api/apiServer'
import type { KubeObject, NodeObject, Pod } from '../api/types'
import type { Timer } from '../kernel/kernel'
import type { DecisionEvent } from '../trace/events'
import { draw } from '../timing'
import { decide, type ControllerContext } from './context'
import { filterReason, fitErrorMessage, podBackoffMs } from './schedulerFilter'
import { preFilterErrorMessage, type VolumeBinding } from '../storage/volumeBinding'

interface Parked {
  pod: Pod
  attempts: number
  lastAttempt: number
  timer: Timer | null
}

type DecisionValues = DecisionEvent['values']

export class Scheduler {
  /** Pods that failed to schedule, by uid (the unschedulable pool). */
  private readonly parked = new Map<string, Parked>()
  private readonly bindReasons = new Map<string, [string, DecisionValues]>()
  /** Each node's `spec.unschedulable` as last seen, to notice an uncordon. */
  private readonly cordoned = new Map<string, boolean>()
  /** Each node's NoSchedule/NoExecute taints as last seen (`key=value:Effect`), to notice one going away. */
  private readonly taints = new Map<string, string[]>()

  constructor(private readonly ctx: ControllerContext, private readonly nodes: () => NodeObject[], private readonly volumes?: VolumeBinding) {
    ctx.api.watch((type, obj) => this.onChange(type, obj))
  }

  private onChange(type: WatchType, obj: KubeObject): void {
    if (obj.kind === 'Node') return this.onNode(obj)
    if (obj.kind === 'PersistentVolumeClaim' && type === 'ADDED') return this.onClaim(obj.metadata.name, obj.metadata.namespace)
    if (obj.kind !== 'Pod') return
    if (type === 'DELETED' || obj.spec.nodeName || obj.metadata.deletionTimestamp !== undefined) {
      this.unpark(obj)
      return
    }
    if (type !== 'ADDED') return
    this.ctx.kernel.after(draw(this.ctx.rng, this.ctx.timing.scheduleMs), () => this.attempt(obj))
  }

  /**
   * A node that turns schedulable (`NodeUnschedulable` queueing hint) or loses a NoSchedule/NoExecute
   * taint (`TaintToleration` queueing hint) moves every parked pod back to the queue.
   */
  private onNode(node: NodeObject): void {
    const was = this.cordoned.get(node.metadata.name) ?? false
    const now = node.spec?.unschedulable ?? false
    this.cordoned.set(node.metadata.name, now)
    const taints = (node.spec?.taints ?? []).filter((t) => t.effect !== 'PreferNoSchedule').map((t) => `${t.key}=${t.value ?? ''}:${t.effect}`)
    const before = this.taints.get(node.metadata.name) ?? []
    if (taints.length || before.length) this.taints.set(node.metadata.name, taints)
    const untainted = before.some((t) => !taints.includes(t))
    if (!((was && !now) || untainted)) return
    for (const p of this.parked.values()) this.retry(p)
  }

  /** A new claim moves the parked pods that name it back to the queue (VolumeBinding's PVC Add queueing hint). */
  private onClaim(name: string, ns: string | undefined): void {
    const names = (p: Pod) => (p.spec.volumes ?? []).some((v) => (v['persistentVolumeClaim'] as { claimName?: string } | undefined)?.claimName === name)
    for (const p of this.parked.values()) if (p.pod.metadata.namespace === ns && names(p.pod)) this.retry(p)
  }

  /** Still backing off: it waits in the backoff queue until then; otherwise straight to active. */
  private retry(p: Parked): void {
    const { kernel, rng, timing } = this.ctx
    const ready = p.lastAttempt + podBackoffMs(p.attempts, timing.schedulerBackoffInitialMs, timing.schedulerBackoffMaxMs)
    this.requeue(p, Math.max(0, ready - kernel.now) + draw(rng, timing.scheduleMs))
  }

  private requeue(p: Parked, delay: number): void {
    this.ctx.kernel.cancel(p.timer)
    p.timer = this.ctx.kernel.after(delay, () => {
      p.timer = null
      this.attempt(p.pod)
    })
  }

  private unpark(pod: Pod): void {
    const p = this.parked.get(pod.metadata.uid)
    if (!p) return
    this.ctx.kernel.cancel(p.timer)
    this.parked.delete(pod.metadata.uid)
  }

  /** Bind reasons repeat pod after pod: one sentence and one values record per distinct case
   * (a 10,000-pod Job would otherwise keep 10,000 copies of the same words). */
  private bindReason(node: string, total: number, feasible: number, filtered: number): [string, DecisionValues] {
    const key = `${node}/${total}/${feasible}/${filtered}`
    let r = this.bindReasons.get(key)
    if (!r) this.bindReasons.set(key, (r = [bindText(node, total, feasible, filtered), { nodes: total, feasible }]))
    return r
  }

  private attempt(pod: Pod): void {
    const { api } = this.ctx
    if (!api.exists(pod) || pod.spec.nodeName || pod.metadata.deletionTimestamp !== undefined) return this.unpark(pod)
    const all = this.nodes()
    // VolumeBinding PreFilter: a claim that does not exist rejects the pod before any node is looked at.
    const missing = this.volumes?.preFilter(pod)
    if (missing) return this.fail(pod, all.length, [missing], missing)
    // One node: nothing to weigh (and 10,000-pod Jobs stay linear, with nothing counted or made).
    const reasons: string[] = []
    const candidates = all.filter((n) => {
      const why = filterReason(n, pod) ?? this.volumes?.filter(pod, n) ?? null
      if (why) reasons.push(why)
      return why === null
    })
    let node = candidates[0]
    if (candidates.length > 1) {
      const load = new Map<string, number>()
      for (const p of api.list('Pod')) {
        if (p.spec.nodeName && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed') load.set(p.spec.nodeName, (load.get(p.spec.nodeName) ?? 0) + 1)
      }
      node = candidates.reduce<NodeObject | undefined>((best, n) => (!best || (load.get(n.metadata.name) ?? 0) < (load.get(best.metadata.name) ?? 0) ? n : best), undefined)
    }
    if (!node) return this.fail(pod, all.length, reasons)
    // VolumeBinding PreBind: a claim still to be provisioned holds the binding until it is Bound; then the pod is tried again.
    if (this.volumes?.preBind(pod, node.metadata.name, () => this.attempt(pod))) return
    const [text, values] = this.bindReason(node.metadata.name, all.length, candidates.length, reasons.length)
    decide(this.ctx, 'scheduler', `Pod/${pod.metadata.name}`, 'scheduler.bind', text, values)
    this.unpark(pod)
    pod.spec.nodeName = node.metadata.name
    pod.status.conditions = [{ type: 'PodScheduled', status: 'True', lastTransitionTime: this.ctx.kernel.now }]
    api.commit(pod)
    this.ctx.events.record(pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node.metadata.name}`, 'default-scheduler')
  }

  /** `handleSchedulingFailure`: the event, the PodScheduled=False condition, and into the unschedulable pool. */
  private fail(pod: Pod, total: number, reasons: string[], preFilterMsg?: string): void {
    const { api, kernel, timing } = this.ctx
    const now = kernel.now
    const message = preFilterMsg ? preFilterErrorMessage(total, preFilterMsg) : fitErrorMessage(total, reasons)
    this.ctx.events.record(pod, 'Warning', 'FailedScheduling', message, 'default-scheduler')
    const old = pod.status.conditions?.find((c) => c.type === 'PodScheduled')
    if (!old || old.status !== 'False' || old.message !== message) {
      const others = (pod.status.conditions ?? []).filter((c) => c.type !== 'PodScheduled')
      pod.status.conditions = [...others, { type: 'PodScheduled', status: 'False', lastTransitionTime: old?.status === 'False' ? old.lastTransitionTime : now, reason: 'Unschedulable', message }]
      api.commit(pod)
    }
    let p = this.parked.get(pod.metadata.uid)
    if (!p) this.parked.set(pod.metadata.uid, (p = { pod, attempts: 0, lastAttempt: now, timer: null }))
    p.attempts++
    p.lastAttempt = now
    decide(this.ctx, 'scheduler', `Pod/${pod.metadata.name}`, 'scheduler.unschedulable', `No node can take the pod (${reasons.join('; ')}): it stays Pending until a node becomes schedulable`, { attempts: p.attempts })
    // The flush moves a pod that has sat in the pool for 5 minutes, on its next 30 s tick.
    const due = now + timing.schedulerUnschedulableMaxMs
    const tick = Math.ceil(due / timing.schedulerFlushMs) * timing.schedulerFlushMs
    this.requeue(p, tick - now)
  }
}

/** Why the pod went where it did: the only node, the only one that fits, or the least loaded one. */
function bindText(node: string, total: number, feasible: number, filtered: number): string {
  if (total === 1) return `${node} is the cluster's only node and it fits the pod → bind the pod to ${node}`
  const out = filtered > 0 ? `, ${filtered} filtered out` : ''
  if (feasible === 1) return `Only ${node} fits the pod (${total} nodes${out}) → bind it there`
  return `${feasible} of ${total} nodes fit${out}; ${node} runs the fewest unfinished pods → bind it there`
}
