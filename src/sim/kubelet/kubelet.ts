// The kubelet of one node: it starts a pod worker for each pod bound to the node, relays
// deletions, and owns the node's image puller, pod IP range and hostPath file system.
import type { WatchType } from '../api/apiServer'
import type { KubeObject, NodeObject, Pod, Service } from '../api/types'
import type { ControllerContext } from '../controllers/context'
import { MemDir } from '../fs/memDir'
import type { DnsView } from '../shell/types'
import { draw } from '../timing'
import { ImagePuller } from './imagePuller'
import type { NodeAgent } from './node'
import { PodWorker } from './podWorker'

export interface ClusterServices {
  dnsFor(fromNode: string, podNamespace: string): DnsView
}

export class Kubelet implements NodeAgent {
  readonly puller: ImagePuller
  readonly hostFs = new MemDir()
  private readonly workers = new Map<string, PodWorker>()
  private nextIP: number
  /** PLEG relists happen at this offset within each second. */
  private readonly relistPhase: number

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

  private onChange(type: WatchType, obj: KubeObject): void {
    if (obj.kind !== 'Pod' || obj.spec.nodeName !== this.nodeName) return
    const uid = obj.metadata.uid
    let w = this.workers.get(uid)
    if (type === 'DELETED') {
      w?.stop()
      return
    }
    if (!w) {
      w = new PodWorker(this, obj)
      this.workers.set(uid, w)
      w.requestSync(draw(this.ctx.rng, this.ctx.timing.kubeletFirstStatusMs))
    }
    if (obj.metadata.deletionTimestamp !== undefined) w.onDeletion()
  }
}
