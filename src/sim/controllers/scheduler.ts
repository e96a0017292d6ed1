// The default scheduler, reduced to what Jobs show: each new pod without a node is bound to
// the node with the fewest unfinished pods (ties: the first node), a moment after it appears.
// A pod no node takes (every node cordoned, or a nodeSelector nothing matches) gets
// PodScheduled=False and a FailedScheduling event, and waits in the unschedulable pool: it is
// tried again when a node becomes schedulable (after its backoff, 1 s doubling to 10 s), or
// after 5 minutes in the pool, found by the 30 s flush (kube-scheduler `scheduling_queue.go`).
import type { WatchType } from '../api/apiServer'
import type { KubeObject, NodeObject, Pod } from '../api/types'
import type { Timer } from '../kernel/kernel'
import { draw } from '../timing'
import { decide, type ControllerContext } from './context'
import { filterReason, fitErrorMessage, podBackoffMs } from './schedulerFilter'

interface Parked {
  pod: Pod
  attempts: number
  lastAttempt: number
  timer: Timer | null
}

export class Scheduler {
  /** Pods that failed to schedule, by uid (the unschedulable pool). */
  private readonly parked = new Map<string, Parked>()
  /** Each node's `spec.unschedulable` as last seen, to notice an uncordon. */
  private readonly cordoned = new Map<string, boolean>()

  constructor(private readonly ctx: ControllerContext, private readonly nodes: () => NodeObject[]) {
    ctx.api.watch((type, obj) => this.onChange(type, obj))
  }

  private onChange(type: WatchType, obj: KubeObject): void {
    if (obj.kind === 'Node') return this.onNode(obj)
    if (obj.kind !== 'Pod') return
    if (type === 'DELETED' || obj.spec.nodeName || obj.metadata.deletionTimestamp !== undefined) {
      this.unpark(obj)
      return
    }
    if (type !== 'ADDED') return
    this.ctx.kernel.after(draw(this.ctx.rng, this.ctx.timing.scheduleMs), () => this.attempt(obj))
  }

  /** A node that turns schedulable moves every parked pod back to the queue (`NodeUnschedulable` queueing hint). */
  private onNode(node: NodeObject): void {
    const was = this.cordoned.get(node.metadata.name) ?? false
    const now = node.spec?.unschedulable ?? false
    this.cordoned.set(node.metadata.name, now)
    if (!was || now) return
    const { kernel, rng, timing } = this.ctx
    for (const p of this.parked.values()) {
      // Still backing off: it waits in the backoff queue until then; otherwise straight to active.
      const ready = p.lastAttempt + podBackoffMs(p.attempts, timing.schedulerBackoffInitialMs, timing.schedulerBackoffMaxMs)
      this.requeue(p, Math.max(0, ready - kernel.now) + draw(rng, timing.scheduleMs))
    }
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

  private attempt(pod: Pod): void {
    const { api } = this.ctx
    if (!api.exists(pod) || pod.spec.nodeName || pod.metadata.deletionTimestamp !== undefined) return this.unpark(pod)
    const all = this.nodes()
    // One node: nothing to weigh (and 10,000-pod Jobs stay linear, with nothing counted or made).
    const reasons: string[] = []
    const candidates = all.filter((n) => {
      const why = filterReason(n, pod)
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
    this.unpark(pod)
    pod.spec.nodeName = node.metadata.name
    pod.status.conditions = [{ type: 'PodScheduled', status: 'True', lastTransitionTime: this.ctx.kernel.now }]
    api.commit(pod)
    this.ctx.events.record(pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node.metadata.name}`, 'default-scheduler')
  }

  /** `handleSchedulingFailure`: the event, the PodScheduled=False condition, and into the unschedulable pool. */
  private fail(pod: Pod, total: number, reasons: string[]): void {
    const { api, kernel, timing } = this.ctx
    const now = kernel.now
    const message = fitErrorMessage(total, reasons)
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
