// The kubelet of one node: it starts a pod worker for each pod bound to the node, relays
// deletions, and owns the node's image puller, pod IP range and hostPath file system.
import type { WatchType } from '../api/apiServer'
import type { KubeObject, NodeObject, Pod, Service } from '../api/types'
import type { ControllerContext } from '../controllers/context'
import { MemDir } from '../fs/memDir'
import type { DnsView } from '../shell/types'
import { isSystemPod } from '../system/kubeSystem'
import { draw } from '../timing'
import { ImagePuller } from './imagePuller'
import type { NodeAgent } from './node'
import { PodWorker } from './podWorker'
import { nodeStatusText, postKubeletStatus } from './nodeStatus'
import type { NodeLeases } from '../api/nodeLeases'
import { decide, secs } from '../controllers/context'
import type { Timer } from '../kernel/kernel'

export interface ClusterServices {
  dnsFor(fromNode: string, podNamespace: string): DnsView
  /** The node Leases the kubelet renews (its heartbeat). */
  leases?: NodeLeases
}

export class Kubelet implements NodeAgent {
  readonly puller: ImagePuller
  readonly hostFs = new MemDir()
  private readonly workers = new Map<string, PodWorker>()
  private nextIP: number
  /** PLEG relists happen at this offset within each second. */
  private readonly relistPhase: number
  /** Lease renewals happen at this offset within each renew interval (drawn from a stream of its own). */
  private readonly leasePhase: number
  /** False while the node is down (`chaos node-down`) or still booting after `chaos node-up`. */
  private up = true
  private downAt = 0
  private boot: Timer | null = null

  constructor(
    readonly ctx: ControllerContext,
    readonly node: NodeObject,
    readonly nodeIndex: number,
    readonly epochMs: number,
    private readonly cluster: ClusterServices,
  ) {
    this.puller = new ImagePuller(ctx.rng.fork('pulls'), ctx.timing)
    this.nextIP = ctx.rng.between(2, 40)
    this.relistPhase = ctx.rng.between(0, ctx.timing.plegRelistMs - 1)
    this.leasePhase = ctx.rng.fork('lease').between(0, ctx.timing.nodeLeaseRenewMs - 1)
    ctx.api.watch((type, obj) => this.onChange(type, obj))
  }

  get nodeName(): string {
    return this.node.metadata.name
  }

  get hostIP(): string {
    return this.node.status.addresses.find((a) => a.type === 'InternalIP')?.address ?? ''
  }

  allocateIP(): string {
    const n = this.nextIP
    this.nextIP = this.nextIP >= 254 ? 2 : this.nextIP + 1
    return `10.244.${this.nodeIndex}.${n}`
  }

  nextRelist(): number {
    const period = this.ctx.timing.plegRelistMs
    const now = this.ctx.kernel.now
    return now + period - ((now - this.relistPhase) % period + period) % period
  }

  dnsFor(podNamespace: string): DnsView {
    return this.cluster.dnsFor(this.nodeName, podNamespace)
  }

  services(namespace: string): Service[] {
    return this.ctx.api.list('Service', namespace)
  }

  random(): number {
    return this.ctx.rng.next()
  }

  /** Log lines of a container instance, for `kubectl logs`. */
  workerFor(pod: Pod): PodWorker | undefined {
    return this.workers.get(pod.metadata.uid)
  }

  get isUp(): boolean {
    return this.up
  }

  /** When the kubelet last renewed its Lease, as of `at` (renewals every 10 s at the node's phase). */
  lastRenewal(at: number): number {
    const period = this.ctx.timing.nodeLeaseRenewMs
    return at - (((at - this.leasePhase) % period) + period) % period
  }

  /**
   * `chaos node-down`: the node stops as `docker stop kind-worker` stops it — the kubelet, the
   * container runtime and every container with them. The Lease is no longer renewed; what the
   * API shows about the node and its pods stays as it was until the node lifecycle controller acts.
   */
  stop(): boolean {
    const { ctx } = this
    if (!this.up && this.boot === null) return false
    ctx.kernel.cancel(this.boot)
    this.boot = null
    const wasUp = this.up
    this.up = false
    if (!wasUp) return true
    this.downAt = ctx.kernel.now
    const last = this.lastRenewal(this.downAt)
    decide(ctx, 'chaos', `Node/${this.nodeName}`, 'chaos.node-down', `${this.nodeName} stops (kubelet, runtime and containers): no more status reports or Lease renewals; the last renewal was ${secs(this.downAt - last)} earlier`, { lastRenewalMs: last })
    this.cluster.leases?.stopRenewing(this.nodeName, last)
    for (const w of this.workers.values()) w.halt()
    return true
  }

  /**
   * `chaos node-up`: the node boots; a few seconds later its kubelet posts the node's status
   * (Ready again), renews its Lease, and syncs every pod bound to the node — finishing the
   * deletion of those deleted while it was away, restarting or failing the others.
   */
  start(): boolean {
    const { ctx } = this
    if (this.up || this.boot !== null) return false
    this.boot = ctx.kernel.after(draw(ctx.rng, ctx.timing.kubeletStartMs), () => this.booted())
    return true
  }

  private booted(): void {
    const { ctx } = this
    this.boot = null
    this.up = true
    const node = ctx.api.get('Node', this.nodeName) ?? this.node
    ctx.events.record(node, 'Normal', 'Starting', 'Starting kubelet.', 'kubelet')
    ctx.events.record(node, 'Normal', 'NodeAllocatableEnforced', 'Updated Node Allocatable limit across pods', 'kubelet')
    const changed = postKubeletStatus(node, ctx.kernel.now)
    ctx.api.commit(node)
    for (const e of changed) ctx.events.record(node, 'Normal', e, nodeStatusText(this.nodeName, e), 'kubelet')
    const pods = [...this.workers.values()].filter((w) => !w.done)
    decide(ctx, 'kubelet', `Node/${this.nodeName}`, 'kubelet.node-up', `The kubelet on ${this.nodeName} is back after ${secs(ctx.kernel.now - this.downAt)}: it posts Ready and syncs its ${pods.length} pod${pods.length === 1 ? '' : 's'} again`, { downMs: ctx.kernel.now - this.downAt, pods: pods.length })
    this.cluster.leases?.renewing(this.nodeName)
    for (const w of pods) w.resume()
  }

  private onChange(type: WatchType, obj: KubeObject): void {
    // kube-system's DaemonSet pods are the cluster's own (sim/system/kubeSystem.ts), not run here.
    if (obj.kind !== 'Pod' || obj.spec.nodeName !== this.nodeName || isSystemPod(obj)) return
    const uid = obj.metadata.uid
    let w = this.workers.get(uid)
    if (type === 'DELETED') {
      w?.stop()
      return
    }
    if (!w) {
      w = new PodWorker(this, obj)
      this.workers.set(uid, w)
      // A pod bound to a node that is down waits for its kubelet (`resume` starts it).
      if (!this.up) w.halt()
      else w.requestSync(draw(this.ctx.rng, this.ctx.timing.kubeletFirstStatusMs))
    }
    if (obj.metadata.deletionTimestamp !== undefined) w.onDeletion()
  }
}
