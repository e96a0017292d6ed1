// The first step of a Job sync: which of the Job's pods finished since the last count. Succeeded
// pods still holding the tracking finalizer; failed ones (a terminating pod counts as failed under
// podReplacementPolicy TerminatingOrFailed), split by podFailurePolicy into those that count and
// those an Ignore rule lets go (`nonIgnoredFailedPodsCount` upstream).
import type { Job, Pod } from '../../api/types'
import { type ControllerContext, decide } from '../context'
import { matchPodFailurePolicy, type PolicyMatch } from './podFailurePolicy'
import { hasTrackingFinalizer } from './podState'

export interface NewlyFinished {
  newSucceeded: Pod[]
  /** Every newly failed pod, counted or ignored: all of them feed the recreation backoff. */
  allNewFailed: Pod[]
  /** The failures that count toward backoffLimit. */
  newFailed: Pod[]
  /** Failures an Ignore rule matched: replaced, never counted. */
  ignored: Pod[]
}

export function classifyNewPods(ctx: ControllerContext, job: Job, pods: readonly Pod[], isFailed: (p: Pod) => boolean,
  uncountedOk: ReadonlySet<string>, uncountedFail: ReadonlySet<string>): NewlyFinished {
  const name = `Job/${job.metadata.name}`
  const newSucceeded = pods.filter((p) => p.status.phase === 'Succeeded' && hasTrackingFinalizer(p) && !uncountedOk.has(p.metadata.uid))
  const allNewFailed = pods.filter((p) => hasTrackingFinalizer(p) && p.status.phase !== 'Succeeded' && isFailed(p) && !uncountedFail.has(p.metadata.uid))
  const matches = new Map<Pod, PolicyMatch>(job.spec.podFailurePolicy ? allNewFailed.map((p) => [p, matchPodFailurePolicy(job, p)]) : [])
  const ignored = allNewFailed.filter((p) => matches.get(p)?.countFailed === false)
  const newFailed = allNewFailed.filter((p) => matches.get(p)?.countFailed !== false)
  for (const p of newFailed) {
    if (p.status.phase === 'Failed') continue
    decide(ctx, 'job-controller', name, 'job.replacement.terminating-failed', `Pod ${p.metadata.name} is terminating: under podReplacementPolicy TerminatingOrFailed it counts as failed now and is replaced without waiting for it to stop`, { podReplacementPolicy: 'TerminatingOrFailed' })
  }
  for (const p of ignored) {
    const m = matches.get(p)!
    decide(ctx, 'job-controller', name, 'job.pod-failure-policy.ignore', `Pod ${p.metadata.name} failed: ${m.what} matches podFailurePolicy rule ${m.ruleIndex} (Ignore) → not counted toward backoffLimit; it is replaced`, { rule: m.ruleIndex ?? null })
  }
  return { newSucceeded, allNewFailed, newFailed, ignored }
}
