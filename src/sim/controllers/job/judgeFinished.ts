// Whether this sync ends the Job, before any pod is managed: an interim condition set by an
// earlier sync is carried on (Complete and Failed copy its reason), else a FailJob rule, the
// backoff limit (failed pods, or container restarts under OnFailure) or activeDeadlineSeconds
// decides failure. Success by completions is decided after manageJob; successPolicy and the
// per-index endings after the index bookkeeping (jobController.ts).
import type { Job, Pod } from '../../api/types'
import { type ControllerContext, decide } from '../context'
import { BACKOFF_LIMIT_EXCEEDED, DEADLINE_EXCEEDED, isTrue, type Reason } from './conditions'
import { failJobVerdict, type Verdict } from './policies'
import { restartSum } from './podState'

export interface Judgement {
  finished: { success: boolean; why: Reason } | null
  /** Set when a policy decided in this sync (not when an earlier sync's condition is carried on). */
  verdict: Verdict | null
}

const interim = (job: Job, type: 'SuccessCriteriaMet' | 'FailureTarget'): Reason => {
  const c = job.status.conditions!.find((x) => x.type === type)!
  return { reason: c.reason ?? '', message: c.message ?? '' }
}

export function judgeFinished(ctx: ControllerContext, job: Job, pods: readonly Pod[], active: readonly Pod[], failed: number, isFailed: (p: Pod) => boolean): Judgement {
  if (isTrue(job, 'SuccessCriteriaMet')) return { finished: { success: true, why: interim(job, 'SuccessCriteriaMet') }, verdict: null }
  if (isTrue(job, 'FailureTarget')) return { finished: { success: false, why: interim(job, 'FailureTarget') }, verdict: null }
  const name = `Job/${job.metadata.name}`
  const now = ctx.kernel.now
  const st = job.status
  const limit = job.spec.backoffLimit ?? 6
  const onFailure = job.spec.template.spec.restartPolicy === 'OnFailure'
  const restarts = onFailure ? active.filter((p) => p.status.phase === 'Pending' || p.status.phase === 'Running').reduce((n, p) => n + restartSum(p), 0) : 0
  const pastOnFailure = onFailure && (limit === 0 ? restarts > 0 : restarts >= limit)
  const deadline = job.spec.activeDeadlineSeconds
  const pods1 = active.length === 1 ? '' : 's'
  const verdict = failJobVerdict(job, [...pods], isFailed)
  if (verdict) return { finished: { success: false, why: verdict.why }, verdict }
  if (failed > limit || pastOnFailure) {
    decide(ctx, 'job-controller', name, 'job.backoff-limit', failed > limit
      ? `${failed} failed pods > backoffLimit ${limit} → FailureTarget; delete ${active.length} active pod${pods1}`
      : `restarts ${restarts} ≥ backoffLimit ${limit} (restartPolicy OnFailure) → FailureTarget; delete ${active.length} active pod${pods1}`,
    { failed, restarts, backoffLimit: limit })
    return { finished: { success: false, why: BACKOFF_LIMIT_EXCEEDED }, verdict: null }
  }
  if (deadline !== undefined && st.startTime !== undefined && !job.spec.suspend && now - st.startTime >= deadline * 1000) {
    decide(ctx, 'job-controller', name, 'job.deadline', `activeDeadlineSeconds ${deadline} reached → FailureTarget; delete ${active.length} active pod${pods1}; Failed once none is terminating`, { activeDeadlineSeconds: deadline, active: active.length })
    return { finished: { success: false, why: DEADLINE_EXCEEDED }, verdict: null }
  }
  return { finished: null, verdict: null }
}
