// `manageJob`: brings the number of active pods to what the Job wants — deleting extras (scale
// down, suspension) or creating missing ones (slow start, after any recreation backoff).
// A sync that deletes never also creates.
import type { Job, Pod } from '../../api/types'
import { type ControllerContext, decide, ordinal, secs } from '../context'
import { type BackoffRecord, remainingBackoff } from './backoff'
import { firstPendingIndexes } from './indexes'
import { failureCountAnnotations, hasBackoffLimitPerIndex, newIndexFailureCounts, remainingPerIndex } from './perIndex'
import { podFromTemplate } from './podFromTemplate'
import { compareForRemoval, podIndex, TRACKING_FINALIZER } from './podState'

const MAX_PER_SYNC = 500

export interface ManageInput {
  job: Job
  active: Pod[]
  terminating: Pod[]
  succeeded: number
  succeededIndexes: Set<number>
  backoff: BackoffRecord
  /** Pods that were failures (for `(n)th failure` sentences). */
  failedCount: number
  /** backoffLimitPerIndex: indexes given up (never retried). */
  failedIndexes?: ReadonlySet<number>
  /** backoffLimitPerIndex: per index waiting for a retry, its last failed pod. */
  delayed?: ReadonlyMap<number, Pod>
}

export interface ManageResult {
  active: Pod[]
  /** Pods deleted in this call (they are now terminating, and not counted as failures). */
  deleted: Pod[]
  /** Ask for another sync after this many ms (backoff), if set. */
  requeueAfter?: number
}

/** Deletes pods the way scale-down and suspension do: finalizer first, so they never count as failures. */
export function deleteUncounted(ctx: ControllerContext, job: Job, pods: Pod[]): void {
  for (const p of pods) {
    ctx.api.removeFinalizer(p, TRACKING_FINALIZER)
    ctx.api.delete('Pod', p.metadata.name, p.metadata.namespace)
    ctx.events.record(job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'job-controller')
  }
}

function wantActive(job: Job, activeCount: number, succeeded: number): number {
  const parallelism = job.spec.parallelism ?? 1
  const completions = job.spec.completions
  if (completions === null || completions === undefined) return succeeded > 0 ? activeCount : parallelism
  return Math.max(0, Math.min(completions - succeeded, parallelism))
}

/** Indexed: pods without a valid index, duplicates and already-succeeded indexes go first. */
function indexedExtras(job: Job, active: Pod[], succeededIndexes: Set<number>): Pod[] {
  const completions = job.spec.completions ?? 0
  const seen = new Set<number>()
  const extras: Pod[] = []
  for (const p of [...active].sort((a, b) => a.metadata.creationTimestamp - b.metadata.creationTimestamp)) {
    const i = podIndex(p)
    if (i === null || i >= completions || seen.has(i) || succeededIndexes.has(i)) extras.push(p)
    else seen.add(i)
  }
  return extras
}

export function manageJob(ctx: ControllerContext, input: ManageInput): ManageResult {
  const { job, succeeded, succeededIndexes } = input
  const name = `Job/${job.metadata.name}`
  let active = input.active
  const indexed = job.spec.completionMode === 'Indexed'

  if (job.spec.suspend) {
    if (active.length > 0) {
      decide(ctx, 'job-controller', name, 'job.suspend-delete', `Job suspended: deleting ${active.length} active pod${active.length === 1 ? '' : 's'} (not counted as failures)`, { active: active.length })
      deleteUncounted(ctx, job, active)
    }
    return { active: [], deleted: active }
  }

  const want = wantActive(job, active.length, succeeded)
  const extras = indexed ? indexedExtras(job, active, succeededIndexes) : []
  const rmAtLeast = Math.max(active.length - want, extras.length)
  if (rmAtLeast > 0) {
    const rest = active.filter((p) => !extras.includes(p)).sort(compareForRemoval)
    const victims = [...extras, ...rest].slice(0, Math.min(rmAtLeast, MAX_PER_SYNC))
    decide(ctx, 'job-controller', name, 'job.scale-down', `${active.length} active, ${want} wanted → delete ${victims.length} pod${victims.length === 1 ? '' : 's'}`, { active: active.length, wantActive: want })
    deleteUncounted(ctx, job, victims)
    active = active.filter((p) => !victims.includes(p))
    return { active, deleted: victims }
  }

  const replacementWaits = job.spec.podReplacementPolicy === 'Failed' || job.spec.podFailurePolicy !== undefined
  let diff = want - active.length - (replacementWaits ? input.terminating.length : 0)
  if (diff <= 0) {
    if (replacementWaits && want - active.length > 0) {
      const n = input.terminating.length
      decide(ctx, 'job-controller', name, 'job.replacement.wait-failed', `podReplacementPolicy Failed: ${n} terminating pod${n === 1 ? '' : 's'} still hold${n === 1 ? 's' : ''} ${n === 1 ? 'its' : 'their'} place; no replacement until ${n === 1 ? 'it has' : 'they have'} failed`, { terminating: n, wantActive: want, active: active.length })
    }
    return { active, deleted: [] }
  }

  const now = ctx.kernel.now
  const perIndex = indexed && hasBackoffLimitPerIndex(job)
  // With backoffLimitPerIndex each index waits out its own backoff instead of the Job-wide one.
  const remaining = perIndex ? 0 : remainingBackoff(input.backoff, now, ctx.timing.jobPodFailureBackoffMs, ctx.timing.jobPodFailureBackoffMaxMs)
  if (remaining > 0) {
    const n = input.backoff.failuresAfterLastSuccess
    const delay = remaining + (now - (input.backoff.lastFailureTime ?? now))
    if (!input.backoff.announced) {
      decide(ctx, 'job-controller', name, 'job.backoff-wait', `${ordinal(n)} failure: next pod after ${secs(delay)} backoff (${secs(remaining)} from now)`, { failures: n, backoffMs: delay, remainingMs: remaining })
      input.backoff.announced = true
    }
    return { active, deleted: [], requeueAfter: Math.max(remaining, 1000) }
  }

  diff = Math.min(diff, MAX_PER_SYNC)
  const completions = job.spec.completions ?? 0
  let indexes: (number | null)[] = indexed
    ? firstPendingIndexes(diff, completions, succeededIndexes, new Set(active.map(podIndex).filter((i): i is number => i !== null)),
        replacementWaits ? new Set(input.terminating.map(podIndex).filter((i): i is number => i !== null)) : new Set(),
        input.failedIndexes ?? new Set())
    : Array.from({ length: diff }, () => null)
  if (indexes.length === 0) return { active, deleted: [] }
  if (perIndex) {
    const wait = perIndexWait(ctx, job, indexes as number[], input.delayed ?? new Map())
    if (wait.ready.length === 0) return { active, deleted: [], requeueAfter: Math.max(wait.requeueAfter, 1000) }
    indexes = wait.ready
  }

  const parallelism = job.spec.parallelism ?? 1
  const why = job.spec.completions === null || job.spec.completions === undefined
    ? `work queue: parallelism ${parallelism}, ${active.length} active`
    : `completions ${completions}, succeeded ${succeeded}, parallelism ${parallelism} → wantActive = min(${completions}−${succeeded}, ${parallelism}) = ${want}; ${active.length} active`
  decide(ctx, 'job-controller', name, 'job.create', `${why}: create ${indexes.length} pod${indexes.length === 1 ? '' : 's'}${indexed ? ` (index ${indexes.join(', ')})` : ''}`, { wantActive: want, active: active.length, succeeded, create: indexes.length })

  // Slow start: batches of 1, 2, 4 … (`slowStartBatch`); the API accepts every well-formed pod here,
  // so every batch succeeds and the batching only shows in the order of creation.
  const created: Pod[] = []
  for (const index of indexes) {
    const extra = perIndex && index !== null ? failureCountAnnotations(job, input.delayed?.get(index)) : undefined
    const r = ctx.api.create(podFromTemplate(job, index, extra))
    if (r.ok) {
      created.push(r.value)
      ctx.events.record(job, 'Normal', 'SuccessfulCreate', `Created pod: ${r.value.metadata.name}`, 'job-controller')
    } else {
      ctx.events.record(job, 'Warning', 'FailedCreate', `Error creating: ${r.error.message}`, 'job-controller')
      break
    }
  }
  return { active: [...active, ...created], deleted: [] }
}

/**
 * `getPodCreationInfoForIndependentIndexes`: the indexes whose own backoff is over; when none is,
 * the shortest wait among them. An index's delay grows with its last pod's failure count + 1.
 */
function perIndexWait(ctx: ControllerContext, job: Job, indexes: number[], delayed: ReadonlyMap<number, Pod>): { ready: number[]; requeueAfter: number } {
  const name = `Job/${job.metadata.name}`
  const now = ctx.kernel.now
  const ready: number[] = []
  let soonest = Infinity
  for (const i of indexes) {
    const last = delayed.get(i)
    const left = remainingPerIndex(last, now, ctx.timing.jobPodFailureBackoffMs, ctx.timing.jobPodFailureBackoffMaxMs)
    if (left === 0) {
      if (last) {
        const n = newIndexFailureCounts(job, last).failures
        decide(ctx, 'job-controller', name, 'job.per-index-retry', `Index ${i} has ${n} counted failure${n === 1 ? '' : 's'} (backoffLimitPerIndex ${job.spec.backoffLimitPerIndex}): its backoff is over, retry it with job-index-failure-count ${n}`, { index: i, indexFailureCount: n, backoffLimitPerIndex: job.spec.backoffLimitPerIndex ?? null })
      }
      ready.push(i)
    } else soonest = Math.min(soonest, left)
  }
  if (ready.length === 0) {
    decide(ctx, 'job-controller', name, 'job.per-index-backoff-wait', `Index backoff: the next retry of ${indexes.length === 1 ? `index ${indexes[0]}` : `indexes ${indexes.join(', ')}`} is in ${secs(soonest)}`, { remainingMs: soonest })
    return { ready, requeueAfter: soonest }
  }
  return { ready, requeueAfter: 0 }
}
