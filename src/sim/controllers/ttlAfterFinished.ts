// The TTL-after-finished controller (`ttlafterfinished_controller.go`): a Job with
// `ttlSecondsAfterFinished` is deleted (propagation Foreground) that many seconds after its
// Complete or Failed condition turned True. It re-reads the Job first, since the field may change.
import type { Job } from '../api/types'
import { draw } from '../timing'
import { type ControllerContext, decide, secs } from './context'

function finishedAt(job: Job): number | null {
  const c = job.status.conditions?.find((x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True')
  return c ? c.lastTransitionTime : null
}

export class TtlAfterFinishedController {
  private readonly planned = new Map<string, number>()

  constructor(private readonly ctx: ControllerContext) {
    ctx.api.watch((type, obj) => {
      if (type === 'DELETED' || obj.kind !== 'Job') return
      this.consider(obj)
    })
  }

  private consider(job: Job): void {
    const ttl = job.spec.ttlSecondsAfterFinished
    const done = finishedAt(job)
    if (ttl === undefined || done === null || job.metadata.deletionTimestamp !== undefined) return
    const at = done + ttl * 1000
    if (this.planned.get(job.metadata.uid) === at) return
    this.planned.set(job.metadata.uid, at)
    const { kernel } = this.ctx
    kernel.at(Math.max(kernel.now, at) + draw(this.ctx.rng, this.ctx.timing.ttlControllerMs), () => {
      const current = this.ctx.api.get('Job', job.metadata.name, job.metadata.namespace)
      if (!current || current.metadata.uid !== job.metadata.uid || current.metadata.deletionTimestamp !== undefined) return
      const t = current.spec.ttlSecondsAfterFinished
      const f = finishedAt(current)
      if (t === undefined || f === null || kernel.now < f + t * 1000) return
      decide(this.ctx, 'ttl-controller', `Job/${job.metadata.name}`, 'ttl.delete', `ttlSecondsAfterFinished ${t} passed (${secs(kernel.now - f)} after it finished) → delete the Job and its pods (foreground)`, { ttlSecondsAfterFinished: t })
      this.ctx.api.delete('Job', current.metadata.name, current.metadata.namespace, { propagationPolicy: 'Foreground' })
    })
  }
}
