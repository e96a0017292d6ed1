// The garbage collector's part in deleting owners (reference/job-controller.md §10):
// background — the owner goes at once, then its pods are deleted; foreground — the owner waits
// (finalizer `foregroundDeletion`) until pods that block it are gone; orphan — the pods lose their
// ownerReference and keep running.
import type { Job, KubeObject } from '../api/types'
import { draw } from '../timing'
import { type ControllerContext, decide } from './context'

export class GarbageCollector {
  private readonly foreground = new Map<string, KubeObject>()

  constructor(private readonly ctx: ControllerContext) {
    ctx.api.onOwnerDeleted = (obj, policy) => {
      const name = `${obj.kind}/${obj.metadata.name}`
      const uid = obj.metadata.uid
      if (policy === 'Orphan') {
        const pods = ctx.api.podsOwnedBy(uid)
        if (pods.length) decide(ctx, 'garbage-collector', name, 'gc.orphan', `Orphan deletion: ${pods.length} pod${pods.length === 1 ? ' keeps' : 's keep'} running without an owner`)
        for (const p of pods) ctx.api.orphanPod(p, uid)
        for (const j of this.jobsOwnedBy(obj)) {
          j.metadata.ownerReferences = j.metadata.ownerReferences!.filter((r) => r.uid !== uid)
          if (j.metadata.ownerReferences.length === 0) delete j.metadata.ownerReferences
          ctx.api.commit(j)
        }
        return
      }
      if (policy === 'Foreground') this.foreground.set(uid, obj)
      ctx.kernel.after(draw(ctx.rng, ctx.timing.garbageCollectorMs), () => this.deleteDependents(obj, policy))
    }
    ctx.api.watch((type, obj) => {
      if (type === 'DELETED' && (obj.kind === 'Pod' || obj.kind === 'Job')) for (const ref of obj.metadata.ownerReferences ?? []) this.checkForeground(ref.uid)
    })
  }

  /** Jobs a CronJob owns (only CronJobs own Jobs here; pods have their own index). */
  private jobsOwnedBy(owner: KubeObject): Job[] {
    if (owner.kind !== 'CronJob') return []
    return this.ctx.api.list('Job', owner.metadata.namespace).filter((j) => j.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid))
  }

  private deleteDependents(owner: KubeObject, policy: string): void {
    const { api } = this.ctx
    // A dependent Job is deleted as its owner was (foreground waits for its pods), else background.
    const jobs = this.jobsOwnedBy(owner).filter((j) => j.metadata.deletionTimestamp === undefined)
    if (jobs.length) decide(this.ctx, 'garbage-collector', `${owner.kind}/${owner.metadata.name}`, 'gc.delete-dependents', `${policy} deletion: deleting ${jobs.length} dependent Job${jobs.length === 1 ? '' : 's'}`, { jobs: jobs.length })
    for (const j of jobs) api.delete('Job', j.metadata.name, j.metadata.namespace, { propagationPolicy: policy === 'Foreground' ? 'Foreground' : 'Background' })
    const pods = api.podsOwnedBy(owner.metadata.uid)
    if (pods.length) decide(this.ctx, 'garbage-collector', `${owner.kind}/${owner.metadata.name}`, 'gc.delete-dependents', `${policy} deletion: deleting ${pods.length} dependent pod${pods.length === 1 ? '' : 's'}`, { pods: pods.length })
    for (const p of pods) if (p.metadata.deletionTimestamp === undefined) api.delete('Pod', p.metadata.name, p.metadata.namespace)
    this.checkForeground(owner.metadata.uid)
  }

  private checkForeground(uid: string): void {
    const owner = this.foreground.get(uid)
    if (!owner) return
    const dependents: KubeObject[] = [...this.ctx.api.podsOwnedBy(uid), ...this.jobsOwnedBy(owner)]
    const blocking = dependents.filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === uid && r.blockOwnerDeletion))
    if (blocking.length > 0) return
    this.foreground.delete(uid)
    this.ctx.api.removeFinalizer(owner, 'foregroundDeletion')
  }
}
