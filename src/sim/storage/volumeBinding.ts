// The scheduler's VolumeBinding plugin for the claims a pod names (kube-scheduler
// `plugins/volumebinding`), for kind's local-path volumes:
//  - Filter: a claim already bound pins the pod to its volume's node; other nodes are rejected
//    with "node(s) had volume node affinity conflict". A claim being provisioned for a node
//    (`volume.kubernetes.io/selected-node`) pins it to that node the same way.
//  - PreBind: a claim not yet bound (WaitForFirstConsumer) gets the chosen node written on it,
//    which starts provisioning; the pod is bound to the node only once the claim is Bound —
//    PreBind checks every second (`wait.PollUntilContextTimeout`, 1 s), so the pod's Scheduled
//    event comes a few seconds after it appeared, once the volume exists.
//  - PreFilter: a claim that does not exist (or is being deleted) rejects the pod outright; it is
//    tried again when a claim is created (the scheduler's PVC Add queueing hint).
import type { ApiServer } from '../api/apiServer'
import type { NodeObject, PersistentVolumeClaim, Pod } from '../api/types'
import { fitErrorMessage } from '../controllers/schedulerFilter'
import type { Kernel } from '../kernel/kernel'
import { SELECTED_NODE } from './localPath'

export const REASON_VOLUME_NODE_CONFLICT = 'node(s) had volume node affinity conflict'

/**
 * `FitError.Error()` when a PreFilter plugin rejected the pod: its message takes the place of the
 * per-node histogram (`0/N nodes are available: persistentvolumeclaim "x" not found.`), then the
 * same PostFilter text as any unresolvable failure.
 */
export function preFilterErrorMessage(totalNodes: number, msg: string): string {
  return fitErrorMessage(totalNodes, []).replace(/^(0\/\d+ nodes are available:) \./, `$1 ${msg}.`)
}
const PREBIND_POLL_MS = 1000

export class VolumeBinding {
  constructor(private readonly api: ApiServer, private readonly kernel: Kernel) {}

  private claims(pod: Pod): PersistentVolumeClaim[] {
    const out: PersistentVolumeClaim[] = []
    for (const v of pod.spec.volumes ?? []) {
      const ref = v['persistentVolumeClaim'] as { claimName?: string } | undefined
      const claim = ref?.claimName ? this.api.get('PersistentVolumeClaim', ref.claimName, pod.metadata.namespace) : undefined
      if (claim) out.push(claim)
    }
    return out
  }

  /** The node a claim's volume (or the volume being made for it) lives on, if any. */
  private nodeOf(claim: PersistentVolumeClaim): string | undefined {
    if (claim.spec.volumeName) {
      const pv = this.api.get('PersistentVolume', claim.spec.volumeName)
      return pv?.spec.nodeAffinity?.required.nodeSelectorTerms[0]?.matchExpressions.find((e) => e.key === 'kubernetes.io/hostname')?.values[0]
    }
    return claim.metadata.annotations?.[SELECTED_NODE]
  }

  /** PreFilter (`podHasPVCs`): the first claim that does not exist or is being deleted rejects the pod. */
  preFilter(pod: Pod): string | null {
    for (const v of pod.spec.volumes ?? []) {
      const ref = v['persistentVolumeClaim'] as { claimName?: string } | undefined
      if (!ref?.claimName) continue
      const claim = this.api.get('PersistentVolumeClaim', ref.claimName, pod.metadata.namespace)
      if (!claim) return `persistentvolumeclaim "${ref.claimName}" not found`
      if (claim.metadata.deletionTimestamp !== undefined) return `persistentvolumeclaim "${ref.claimName}" is being deleted`
    }
    return null
  }

  filter(pod: Pod, node: NodeObject): string | null {
    for (const c of this.claims(pod)) {
      const at = this.nodeOf(c)
      if (at !== undefined && at !== node.metadata.name) return REASON_VOLUME_NODE_CONFLICT
    }
    return null
  }

  /** True when the binding must wait for volumes; `bind` is then called once every claim is Bound. */
  preBind(pod: Pod, node: string, bind: () => void): boolean {
    const unbound = this.claims(pod).filter((c) => c.status.phase !== 'Bound')
    if (unbound.length === 0) return false
    for (const c of unbound) {
      if (c.metadata.annotations?.[SELECTED_NODE]) continue
      c.metadata.annotations = { ...c.metadata.annotations, [SELECTED_NODE]: node }
      this.api.commit(c)
    }
    const poll = () => {
      const current = this.api.get('Pod', pod.metadata.name, pod.metadata.namespace)
      if (current?.metadata.uid !== pod.metadata.uid || current.metadata.deletionTimestamp !== undefined) return
      if (this.claims(pod).every((c) => c.status.phase === 'Bound')) bind()
      else this.kernel.after(PREBIND_POLL_MS, poll)
    }
    this.kernel.after(PREBIND_POLL_MS, poll)
    return true
  }
}
