// What happens when a claim is deleted (`kubectl delete pvc`):
//  - the PVC protection controller (`pkg/controller/volume/pvcprotection`) keeps the
//    `kubernetes.io/pvc-protection` finalizer while any pod that is not finished uses the claim,
//    so the claim shows Terminating; once none does, it removes the finalizer and the claim goes;
//  - the PV controller then finds the volume's claim gone: the volume is Released and, with
//    reclaimPolicy Delete, handed back to the provisioner, whose helper pod removes the directory
//    on the node; the volume is deleted (its `kubernetes.io/pv-protection` finalizer lifted, as
//    no claim uses it any more).
import type { ApiServer } from '../api/apiServer'
import type { KubeObject, PersistentVolumeClaim, Pod } from '../api/types'
import { PVC_PROTECTION } from '../api/validation/pvc'
import type { Kernel } from '../kernel/kernel'

const PV_PROTECTION = 'kubernetes.io/pv-protection'
/** The provisioner's helper pod that removes the directory. */
const CLEANUP_MS = 3000

const finished = (p: Pod) => p.status.phase === 'Succeeded' || p.status.phase === 'Failed'
const usesClaim = (p: Pod, claim: string) => (p.spec.volumes ?? []).some((v) => (v['persistentVolumeClaim'] as { claimName?: string } | undefined)?.claimName === claim)

export class ClaimDeletion {
  constructor(private readonly api: ApiServer, private readonly kernel: Kernel, private readonly removeDir: (node: string, path: string) => void) {
    api.watch((type, obj) => this.onChange(type, obj))
  }

  private onChange(type: string, obj: KubeObject): void {
    if (obj.kind === 'PersistentVolumeClaim') {
      if (type === 'DELETED') this.reclaim(obj)
      else if (obj.metadata.deletionTimestamp !== undefined) this.release(obj)
    } else if (obj.kind === 'Pod' && (type === 'DELETED' || finished(obj))) {
      for (const c of this.api.list('PersistentVolumeClaim', obj.metadata.namespace)) if (c.metadata.deletionTimestamp !== undefined) this.release(c)
    }
  }

  /** The finalizer comes off once no unfinished pod of the namespace uses the claim. */
  private release(pvc: PersistentVolumeClaim): void {
    if (!(pvc.metadata.finalizers ?? []).includes(PVC_PROTECTION)) return
    const inUse = this.api.list('Pod', pvc.metadata.namespace).some((p) => !finished(p) && usesClaim(p, pvc.metadata.name))
    if (!inUse) this.api.removeFinalizer(pvc, PVC_PROTECTION)
  }

  private reclaim(pvc: PersistentVolumeClaim): void {
    const pv = this.api.list('PersistentVolume').find((v) => v.spec.claimRef?.uid === pvc.metadata.uid)
    if (!pv) return
    pv.status = { phase: 'Released' }
    this.api.commit(pv)
    if (pv.spec.persistentVolumeReclaimPolicy !== 'Delete') return
    this.kernel.after(CLEANUP_MS, () => {
      const node = pv.spec.nodeAffinity?.required.nodeSelectorTerms[0]?.matchExpressions[0]?.values[0]
      if (node && pv.spec.hostPath) this.removeDir(node, pv.spec.hostPath.path)
      this.api.delete('PersistentVolume', pv.metadata.name, undefined)
      this.api.removeFinalizer(pv, PV_PROTECTION)
    })
  }
}
