// The finish rules that come from a Job's policies, in the order `syncJob` tries them after the
// backoff limit and the deadline (reference/job-controller.md §3 step 6, §5.3, §8): a FailJob
// match of podFailurePolicy (tried before the backoff limit), too many or all-settled failed
// indexes (backoffLimitPerIndex), then successPolicy. Each returns the condition's reason and
// message plus a plain sentence and the numbers for the decision trace.
import type { Job, Pod } from '../../api/types'
import type { Reason } from './conditions'
import { matchPodFailurePolicy } from './podFailurePolicy'
import { matchSuccessPolicy, successPolicyReason } from './successPolicy'

export interface Verdict {
  why: Reason
  rule: string
  text: string
  values: Record<string, number | string | null>
}

export const POD_FAILURE_POLICY = 'PodFailurePolicy'
export const MAX_FAILED_INDEXES_EXCEEDED = { reason: 'MaxFailedIndexesExceeded', message: 'Job has exceeded the specified maximal number of failed indexes' }
export const FAILED_INDEXES = { reason: 'FailedIndexes', message: 'Job has failed indexes' }

/** `getFailJobMessage`: the first failed pod that matches a FailJob rule fails the whole Job. */
export function failJobVerdict(job: Job, pods: Pod[], isFailed: (p: Pod) => boolean): Verdict | null {
  if (!job.spec.podFailurePolicy) return null
  for (const p of pods) {
    if (!isFailed(p)) continue
    const m = matchPodFailurePolicy(job, p)
    if (m.action !== 'FailJob' || m.message === undefined) continue
    return {
      why: { reason: POD_FAILURE_POLICY, message: m.message },
      rule: 'job.pod-failure-policy.fail-job',
      text: `Pod ${p.metadata.name} failed: ${m.what} matches podFailurePolicy rule ${m.ruleIndex} (FailJob) → FailureTarget at once, whatever backoffLimit says`,
      values: { rule: m.ruleIndex ?? null, exitCode: p.status.containerStatuses?.find((s) => s.state.terminated && s.state.terminated.exitCode !== 0)?.state.terminated?.exitCode ?? null },
    }
  }
  return null
}

/** The two per-index endings: more failed indexes than maxFailedIndexes, or every index settled with some failed. */
export function perIndexVerdict(job: Job, failed: ReadonlySet<number>, succeeded: ReadonlySet<number>): Verdict | null {
  const max = job.spec.maxFailedIndexes
  const completions = job.spec.completions ?? 0
  if (max !== undefined && failed.size > max) {
    return {
      why: MAX_FAILED_INDEXES_EXCEEDED,
      rule: 'job.max-failed-indexes',
      text: `${failed.size} failed index${failed.size === 1 ? '' : 'es'} > maxFailedIndexes ${max} → FailureTarget; the other indexes stop`,
      values: { failedIndexes: failed.size, maxFailedIndexes: max },
    }
  }
  if (failed.size > 0 && failed.size + succeeded.size >= completions) {
    return {
      why: FAILED_INDEXES,
      rule: 'job.failed-indexes',
      text: `Every index is done: ${succeeded.size} succeeded, ${failed.size} failed → FailureTarget (FailedIndexes)`,
      values: { succeededIndexes: succeeded.size, failedIndexes: failed.size, completions },
    }
  }
  return null
}

/** successPolicy: early success once a rule matches the succeeded indexes. */
export function successPolicyVerdict(job: Job, succeeded: ReadonlySet<number>): Verdict | null {
  const completions = job.spec.completions ?? 0
  const i = matchSuccessPolicy(job.spec.successPolicy?.rules, completions, succeeded)
  if (i === null) return null
  const rule = job.spec.successPolicy!.rules[i]!
  const wants = [rule.succeededIndexes !== undefined ? `succeededIndexes "${rule.succeededIndexes}"` : '', rule.succeededCount !== undefined ? `succeededCount ${rule.succeededCount}` : ''].filter(Boolean).join(' and ')
  return {
    why: successPolicyReason(i),
    rule: 'job.success-policy',
    text: `${succeeded.size} of ${completions} indexes succeeded, which meets successPolicy rule ${i} (${wants}) → SuccessCriteriaMet; the pods still running are deleted and not counted as failed`,
    values: { rule: i, succeededIndexes: succeeded.size, completions, succeededCount: rule.succeededCount ?? null },
  }
}
