// The Lease objects in kube-node-lease, reduced to what the node lifecycle controller reads: a
// kubelet renews its node's Lease every 10 s (its heartbeat), so only a Lease that stopped being
// renewed needs remembering — with the time of its last renewal. Kept as change notifications
// rather than a renewal every 10 s, so an idle cluster still ends its run.
export class NodeLeases {
  /** Node name → `spec.renewTime` of the last renewal, for Leases no longer renewed. */
  private readonly silent = new Map<string, number>()
  private readonly watchers: ((node: string) => void)[] = []

  /** The kubelet stopped: its Lease keeps the last renewal time. */
  stopRenewing(node: string, lastRenewTime: number): void {
    this.silent.set(node, lastRenewTime)
    for (const w of this.watchers) w(node)
  }

  /** The kubelet is back and renews again. */
  renewing(node: string): void {
    if (!this.silent.delete(node)) return
    for (const w of this.watchers) w(node)
  }

  /** The last renewal of a Lease no longer renewed, or undefined while its kubelet renews it. */
  lastRenewal(node: string): number | undefined {
    return this.silent.get(node)
  }

  watch(fn: (node: string) => void): void {
    this.watchers.push(fn)
  }
}
