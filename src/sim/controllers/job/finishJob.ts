// `enactJobFinished` + `recordJobFinished`: once no pod of a finished Job is terminating, the
// terminal condition (Complete or Failed, with the interim condition's reason), completion time,
// the event, and the last tracking finalizers.
import type { Job, Pod } from '../../api/types'
import { type ControllerContext, decide } from '../context'
import { type Reason, setCondition } from './conditions'
import { hasTrackingFinalizer, TRACKING_FINALIZER } from './podState'

export function finishJob(ctx: ControllerContext, job: Job, success: boolean, why: Reason, livePods: readonly Pod[]): void {
  const now = ctx.kernel.now
  const name = `Job/${job.metadata.name}`
  if (success) {
    setCondition(job, 'Complete', 'True', why, now)
    job.status.completionTime = now
    ctx.events.record(job, 'Normal', 'Completed', 'Job completed', 'job-controller')
    decide(ctx, 'job-controller', name, 'job.complete', 'No pod is running or terminating → Complete')
    const completions = job.spec.completions
    if (completions !== null && completions !== undefined && (job.status.succeeded ?? 0) > completions) {
      ctx.events.record(job, 'Warning', 'TooManySucceededPods', 'Too many succeeded pods running after completion count reached', 'job-controller')
    }
  } else {
    setCondition(job, 'Failed', 'True', why, now)
    ctx.events.record(job, 'Warning', why.reason, why.message, 'job-controller')
    decide(ctx, 'job-controller', name, 'job.failed', `No pod is terminating any more → Failed (${why.reason})`)
  }
  for (const p of livePods) if (hasTrackingFinalizer(p)) ctx.api.removeFinalizer(p, TRACKING_FINALIZER)
}
