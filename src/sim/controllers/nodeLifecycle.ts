// The node lifecycle controller of kube-controller-manager (`pkg/controller/nodelifecycle`),
// reduced to a node whose kubelet goes silent and comes back. Every 5 s (`--node-monitor-period`)
// its health pass looks at each node's Lease; a Lease not renewed for 50 s
// (`--node-monitor-grace-period`, the default since 1.32) makes the node's Ready, MemoryPressure,
// DiskPressure and PIDPressure conditions Unknown ("Kubelet stopped posting node status."),
// records NodeNotReady, sets every pod's Ready condition False (`MarkPodsNotReady`, with a
// NodeNotReady event per pod), and taints the node `node.kubernetes.io/unreachable` — NoExecute
// from the tainting pass (every 100 ms), NoSchedule from the node update worker. When the kubelet
// posts Ready again, both taints come off. Evicting pods is the taint eviction controller's job.
import type { NodeLeases } from '../api/nodeLeases'
import { UNREACHABLE_TAINT_KEY } from '../api/taints'
import type { NodeObject, Taint } from '../api/types'
import type { Timer } from '../kernel/kernel'
import { nodeStatusText } from '../kubelet/nodeStatus'
import { draw } from '../timing'
import { type ControllerContext, decide, secs } from './context'

const SOURCE = 'node-controller'
const UNKNOWN_REASON = 'NodeStatusUnknown'
const UNKNOWN_MESSAGE = 'Kubelet stopped posting node status.'
/** The conditions `tryUpdateNodeHealth` turns Unknown along with Ready. */
const WATCHED = new Set(['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'])

const isUnreachable = (t: Taint) => t.key === UNREACHABLE_TAINT_KEY

export class NodeLifecycleController {
  /** The health pass runs at this offset within each monitor period. */
  private readonly phase: number
  private readonly pending = new Map<string, Timer>()

  constructor(private readonly ctx: ControllerContext, private readonly leases: NodeLeases) {
    this.phase = ctx.rng.between(0, ctx.timing.nodeMonitorPeriodMs - 1)
    leases.watch((node) => this.onLease(node))
    ctx.api.watch((type, obj) => {
      if (obj.kind === 'Node' && type !== 'DELETED') this.onNode(obj)
    })
  }

  /** The first health pass at or after `t`. */
  private pass(t: number): number {
    const period = this.ctx.timing.nodeMonitorPeriodMs
    return t + ((((this.phase - t) % period) + period) % period)
  }

  /**
   * A Lease stopped being renewed: the pass after its last renewal is when the controller last
   * saw it change (its probe time); the first pass 50 s after that finds the node silent.
   */
  private onLease(name: string): void {
    const { kernel, timing } = this.ctx
    this.ctx.kernel.cancel(this.pending.get(name))
    this.pending.delete(name)
    const last = this.leases.lastRenewal(name)
    if (last === undefined) return
    const probe = this.pass(last)
    const at = this.pass(probe + timing.nodeMonitorGracePeriodMs)
    this.pending.set(name, kernel.at(at, () => {
      this.pending.delete(name)
      this.markUnknown(name, probe)
    }))
  }

  private markUnknown(name: string, probe: number): void {
    const { api, kernel, rng, timing, events } = this.ctx
    const node = api.get('Node', name)
    if (!node || this.leases.lastRenewal(name) === undefined) return
    const now = kernel.now
    let wasReady = false
    for (const c of node.status.conditions ?? []) {
      if (!WATCHED.has(c.type) || c.status === 'Unknown') continue
      if (c.type === 'Ready') wasReady = c.status === 'True'
      Object.assign(c, { status: 'Unknown', reason: UNKNOWN_REASON, message: UNKNOWN_MESSAGE, lastTransitionTime: now })
    }
    api.commit(node)
    decide(this.ctx, 'node-lifecycle-controller', `Node/${name}`, 'node.unreachable',
      `${name} silent for ${secs(now - probe)} (grace period ${secs(timing.nodeMonitorGracePeriodMs)}) → Ready Unknown, taint ${UNREACHABLE_TAINT_KEY}:NoExecute and :NoSchedule`,
      { lastSeenMs: probe, silentMs: now - probe, gracePeriodMs: timing.nodeMonitorGracePeriodMs })
    if (wasReady) {
      events.record(node, 'Normal', 'NodeNotReady', nodeStatusText(name, 'NodeNotReady'), SOURCE)
      this.markPodsNotReady(name)
    }
    kernel.after(draw(rng, timing.noExecuteTaintMs), () => this.addTaint(name, 'NoExecute'))
    kernel.after(draw(rng, timing.noScheduleTaintMs), () => this.addTaint(name, 'NoSchedule'))
  }

  /** `MarkPodsNotReady`: only the pod's Ready condition changes; READY in `kubectl get pods` counts containers, which nobody reports now. */
  private markPodsNotReady(name: string): void {
    const { api, kernel, events } = this.ctx
    for (const pod of api.list('Pod')) {
      if (pod.spec.nodeName !== name) continue
      const ready = pod.status.conditions?.find((c) => c.type === 'Ready')
      if (!ready || ready.status === 'False') continue
      pod.status.conditions = pod.status.conditions!.map((c) => (c === ready ? { ...c, status: 'False', lastTransitionTime: kernel.now } : c))
      api.commit(pod)
      events.record(pod, 'Warning', 'NodeNotReady', 'Node is not ready', SOURCE)
      decide(this.ctx, 'node-lifecycle-controller', `Pod/${pod.metadata.name}`, 'node.mark-pod-not-ready',
        `Its node ${name} is Ready Unknown → the pod's Ready condition is set False (its containers' last reported state is unchanged)`)
    }
  }

  private addTaint(name: string, effect: 'NoExecute' | 'NoSchedule'): void {
    const { api, kernel } = this.ctx
    const node = api.get('Node', name)
    if (!node || this.leases.lastRenewal(name) === undefined) return
    const taints = node.spec?.taints ?? []
    if (taints.some((t) => isUnreachable(t) && t.effect === effect)) return
    node.spec = { ...node.spec, taints: [...taints, { key: UNREACHABLE_TAINT_KEY, effect, timeAdded: kernel.now }] }
    api.commit(node)
  }

  /** The kubelet posted Ready again: the NoSchedule taint goes with the next node update, NoExecute at the next health pass. */
  private onNode(node: NodeObject): void {
    const ready = node.status.conditions?.find((c) => c.type === 'Ready')
    if (ready?.status !== 'True' || !(node.spec?.taints ?? []).some(isUnreachable)) return
    const name = node.metadata.name
    if (this.pending.has(`up:${name}`)) return
    const { kernel, rng, timing } = this.ctx
    const schedule = kernel.after(draw(rng, timing.noScheduleTaintMs), () => this.removeTaint(name, 'NoSchedule'))
    this.pending.set(`up:${name}`, schedule)
    kernel.at(this.pass(kernel.now + 1), () => {
      this.pending.delete(`up:${name}`)
      if (this.removeTaint(name, 'NoExecute')) {
        decide(this.ctx, 'node-lifecycle-controller', `Node/${name}`, 'node.reachable', `${name} posts Ready again → remove taint ${UNREACHABLE_TAINT_KEY}:NoExecute (and :NoSchedule)`)
      }
    })
  }

  private removeTaint(name: string, effect: 'NoExecute' | 'NoSchedule'): boolean {
    const { api } = this.ctx
    const node = api.get('Node', name)
    const taints = node?.spec?.taints ?? []
    if (!node || !taints.some((t) => isUnreachable(t) && t.effect === effect)) return false
    const rest = taints.filter((t) => !(isUnreachable(t) && t.effect === effect))
    const spec = { ...node.spec }
    if (rest.length) spec.taints = rest
    else delete spec.taints
    node.spec = spec
    api.commit(node)
    return true
  }
}
