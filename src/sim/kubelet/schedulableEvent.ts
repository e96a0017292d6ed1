// The kubelet's `recordNodeSchedulableEvent` (`kubelet_node_status.go`, one of the node status
// setters): on each node status sync (every 10 s, `nodeStatusUpdateFrequency`) it compares
// `spec.unschedulable` with what it saw last and, when it changed, records a Normal event
// `NodeNotSchedulable` or `NodeSchedulable`, "Node NAME status is now: <reason>", from `kubelet`.
// So after `kubectl cordon` the event follows within 10 s. The sync runs at the node's heartbeat
// phase here (the kubelet's Lease renewals), which draws no randomness.
import type { ApiServer } from '../api/apiServer'
import type { EventRecorder } from '../api/eventRecorder'
import type { KubeObject } from '../api/types'
import type { Kernel, Timer } from '../kernel/kernel'

export interface StatusSyncClock {
  /** When the node's next status sync after `at` runs. */
  nextSync(node: string, at: number): number
  /** Whether the node's kubelet is running (a stopped node records nothing). */
  isUp(node: string): boolean
}

export class SchedulableEvent {
  /** The last `spec.unschedulable` each kubelet saw (false at start, as `lastNodeUnschedulable`). */
  private readonly seen = new Map<string, boolean>()
  private readonly pending = new Map<string, Timer>()

  constructor(private readonly api: ApiServer, private readonly kernel: Kernel, private readonly events: EventRecorder, private readonly clock: StatusSyncClock) {
    api.watch((type, obj: KubeObject) => {
      if (obj.kind !== 'Node' || type === 'DELETED' || this.pending.has(obj.metadata.name)) return
      if ((obj.spec?.unschedulable ?? false) === (this.seen.get(obj.metadata.name) ?? false)) return
      const name = obj.metadata.name
      this.pending.set(name, kernel.at(clock.nextSync(name, kernel.now), () => this.sync(name)))
    })
  }

  private sync(name: string): void {
    this.pending.delete(name)
    const node = this.api.get('Node', name)
    if (!node || !this.clock.isUp(name)) return
    const now = node.spec?.unschedulable ?? false
    if (now === (this.seen.get(name) ?? false)) return
    this.seen.set(name, now)
    const reason = now ? 'NodeNotSchedulable' : 'NodeSchedulable'
    this.events.record(node, 'Normal', reason, `Node ${name} status is now: ${reason}`, 'kubelet')
  }
}
