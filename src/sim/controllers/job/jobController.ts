// The Job controller (`pkg/controller/job/job_controller.go`, v1.34 default gates): a work queue
// keyed by Job with the real triggers and 1 s batching, and a sync that counts pods, decides
// whether the Job has finished, manages pods, and writes status in the two steps the real
// controller takes (uncounted pods + interim condition, then counts + terminal condition).
import type { WatchType } from '../../api/apiServer'
import type { Job, KubeObject, Pod } from '../../api/types'
import type { Timer } from '../../kernel/kernel'
import { draw } from '../../timing'
import { type ControllerContext, decide } from '../context'
import type { BackoffRecord } from './backoff'
import { updateBackoffRecord } from './backoff'
import { BACKOFF_LIMIT_EXCEEDED, COMPLETIONS_REACHED, DEADLINE_EXCEEDED, isFinished, isTrue, JOB_RESUMED, JOB_SUSPENDED, type Reason, setCondition } from './conditions'
import { formatIntervals, parseIntervals } from './indexes'
import { deleteUncounted, manageJob } from './manageJob'
import { delayedDeletionPerIndex, failedIndexesOf, hasBackoffLimitPerIndex } from './perIndex'
import { matchPodFailurePolicy, type PolicyMatch } from './podFailurePolicy'
import { failJobVerdict, perIndexVerdict, successPolicyVerdict, type Verdict } from './policies'
import { finishedTime, hasTrackingFinalizer, isActive, isPodFailed, isReady, isTerminal, isTerminating, podIndex, restartSum, TRACKING_FINALIZER } from './podState'

interface Queued {
  at: number
  timer: Timer
}

export class JobController {
  private readonly queue = new Map<string, Queued>()
  private readonly jobs = new Map<string, Job>()
  private readonly generations = new Map<string, number>()
  private readonly backoff = new Map<string, BackoffRecord>()
  /**
   * Per Job, the pods a sync still has to look at: unfinished, or finished but not yet counted
   * (tracking finalizer still on). Counted pods drop out, so a sync costs what is in flight, not
   * every pod the Job ever had (the real controller lists them all; the result is the same).
   */
  private readonly live = new Map<string, Set<Pod>>()
  private readonly ownerOf = new Map<string, string>()
  /** The pods in `live`, by uid (finalizer removal looks them up on every sync). */
  private readonly liveByUid = new Map<string, Pod>()

  constructor(private readonly ctx: ControllerContext) {
    ctx.api.watch((type, obj) => this.onChange(type, obj))
  }

  private onChange(type: WatchType, obj: KubeObject): void {
    if (obj.kind === 'Job') return this.onJob(type, obj)
    if (obj.kind !== 'Pod') return
    const ref = obj.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'Job')
    this.track(type, obj, ref?.uid)
    const job = ref && this.jobs.get(ref.uid)
    if (job) this.enqueue(job, this.ctx.timing.jobSyncBatchMs)
  }

  private track(type: WatchType, pod: Pod, jobUid: string | undefined): void {
    const uid = pod.metadata.uid
    const before = this.ownerOf.get(uid)
    const keep = type !== 'DELETED' && jobUid !== undefined && (!isTerminal(pod) || hasTrackingFinalizer(pod))
    if (before !== undefined && (!keep || before !== jobUid)) {
      this.live.get(before)?.delete(pod)
      this.ownerOf.delete(uid)
      this.liveByUid.delete(uid)
    }
    if (keep) {
      let set = this.live.get(jobUid)
      if (!set) this.live.set(jobUid, (set = new Set()))
      set.add(pod)
      this.ownerOf.set(uid, jobUid)
      this.liveByUid.set(uid, pod)
    }
  }

  /** Terminating pods among the live ones, counted without copying the set (every sync, twice). */
  private terminatingCount(jobUid: string): number {
    let n = 0
    for (const p of this.live.get(jobUid) ?? []) if (isTerminating(p)) n++
    return n
  }

  private livePods(jobUid: string): Pod[] {
    return [...(this.live.get(jobUid) ?? [])]
  }

  private onJob(type: WatchType, job: Job): void {
    const uid = job.metadata.uid
    if (type === 'DELETED') {
      this.jobs.delete(uid)
      this.backoff.delete(uid)
      this.ctx.kernel.cancel(this.queue.get(uid)?.timer)
      this.queue.delete(uid)
      // `deleteJob` → `cleanupPodFinalizers`: the pods may now go away.
      for (const p of this.livePods(uid)) if (hasTrackingFinalizer(p)) this.ctx.api.removeFinalizer(p, TRACKING_FINALIZER)
      this.live.delete(uid)
      return
    }
    this.jobs.set(uid, job)
    const gen = job.metadata.generation ?? 1
    const specChanged = type === 'ADDED' || this.generations.get(uid) !== gen
    this.generations.set(uid, gen)
    this.enqueue(job, specChanged ? draw(this.ctx.rng, this.ctx.timing.jobSyncImmediateMs) : this.ctx.timing.jobSyncBatchMs)
  }

  /** `AddAfter`: an earlier pending sync for the same Job wins. */
  private enqueue(job: Job, delay: number): void {
    const uid = job.metadata.uid
    const at = this.ctx.kernel.now + delay
    const q = this.queue.get(uid)
    if (q && q.at <= at) return
    if (q) this.ctx.kernel.cancel(q.timer)
    this.queue.set(uid, { at, timer: this.ctx.kernel.at(at, () => {
      this.queue.delete(uid)
      const j = this.jobs.get(uid)
      if (j && this.ctx.api.exists(j)) this.syncJob(j)
    }) })
  }

  /** When the next sync of this Job is queued (simulated ms), if one is. */
  queuedAt(job: Job): number | undefined {
    return this.queue.get(job.metadata.uid)?.at
  }

  /** One `syncJob` pass, now (the queue calls it; tests call it directly, as upstream's unit tests do). */
  syncJob(job: Job): void {
    if (isFinished(job)) return
    const ctx = this.ctx
    const now = ctx.kernel.now
    const name = `Job/${job.metadata.name}`
    const uid = job.metadata.uid
    const indexed = job.spec.completionMode === 'Indexed'
    const completions = job.spec.completions ?? null
    const terminatingIsFailure = (job.spec.podReplacementPolicy ?? 'TerminatingOrFailed') === 'TerminatingOrFailed' && !job.spec.podFailurePolicy
    const pods = this.livePods(uid)
    const st = job.status
    const before = JSON.stringify(st)

    const uncountedOk = new Set(st.uncountedTerminatedPods?.succeeded ?? [])
    const uncountedFail = new Set(st.uncountedTerminatedPods?.failed ?? [])
    const newSucceeded = pods.filter((p) => p.status.phase === 'Succeeded' && hasTrackingFinalizer(p) && !uncountedOk.has(p.metadata.uid))
    const isFailed = (p: Pod) => isPodFailed(p, terminatingIsFailure)
    const allNewFailed = pods.filter((p) => hasTrackingFinalizer(p) && p.status.phase !== 'Succeeded' && isFailed(p) && !uncountedFail.has(p.metadata.uid))
    // podFailurePolicy: an Ignore match is not a failure for the counters (`nonIgnoredFailedPodsCount`),
    // though it still feeds the recreation backoff below, as upstream's backoff record does.
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

    // Succeeded: pods for NonIndexed; distinct indexes below completions for Indexed.
    const succeededIndexes = indexed ? parseIntervals(st.completedIndexes, completions ?? 0) : new Set<number>()
    if (indexed) {
      for (const p of pods) {
        const i = podIndex(p)
        if (i !== null && i < (completions ?? 0) && p.status.phase === 'Succeeded' && (hasTrackingFinalizer(p) || uncountedOk.has(p.metadata.uid))) succeededIndexes.add(i)
      }
    }
    const succeeded = indexed ? succeededIndexes.size : (st.succeeded ?? 0) + uncountedOk.size + newSucceeded.length
    let failed = (st.failed ?? 0) + uncountedFail.size + newFailed.length

    if (st.startTime === undefined && !job.spec.suspend) {
      st.startTime = now
      decide(ctx, 'job-controller', name, 'job.start', 'First sync of an unsuspended Job: startTime set, the DURATION clock starts')
    }

    const record = updateBackoffRecord(this.backoff.get(uid) ?? { failuresAfterLastSuccess: 0, lastFailureTime: null }, [
      ...newSucceeded.map((p) => ({ failed: false, finishedAt: finishedTime(p) })),
      ...allNewFailed.map((p) => ({ failed: true, finishedAt: finishedTime(p) })),
    ])
    this.backoff.set(uid, record)

    let active = pods.filter(isActive)
    let finished: { success: boolean; why: Reason } | null = null
    // Set when a policy decides this sync (not when an earlier sync's interim condition is carried on).
    let verdict: Verdict | null = null
    if (isTrue(job, 'SuccessCriteriaMet')) {
      // Complete copies the interim condition's reason and message (CompletionsReached or SuccessPolicy).
      const c = job.status.conditions!.find((x) => x.type === 'SuccessCriteriaMet')!
      finished = { success: true, why: { reason: c.reason ?? '', message: c.message ?? '' } }
    } else if (isTrue(job, 'FailureTarget')) {
      const c = job.status.conditions!.find((x) => x.type === 'FailureTarget')!
      finished = { success: false, why: { reason: c.reason ?? '', message: c.message ?? '' } }
    } else {
      const limit = job.spec.backoffLimit ?? 6
      const onFailure = job.spec.template.spec.restartPolicy === 'OnFailure'
      const restarts = onFailure ? active.filter((p) => p.status.phase === 'Pending' || p.status.phase === 'Running').reduce((n, p) => n + restartSum(p), 0) : 0
      const pastOnFailure = onFailure && (limit === 0 ? restarts > 0 : restarts >= limit)
      const deadline = job.spec.activeDeadlineSeconds
      verdict = failJobVerdict(job, pods, isFailed)
      if (verdict) finished = { success: false, why: verdict.why }
      else if (failed > limit || pastOnFailure) {
        finished = { success: false, why: BACKOFF_LIMIT_EXCEEDED }
        decide(ctx, 'job-controller', name, 'job.backoff-limit', failed > limit
          ? `${failed} failed pods > backoffLimit ${limit} → FailureTarget; delete ${active.length} active pod${active.length === 1 ? '' : 's'}`
          : `restarts ${restarts} ≥ backoffLimit ${limit} (restartPolicy OnFailure) → FailureTarget; delete ${active.length} active pod${active.length === 1 ? '' : 's'}`,
          { failed, restarts, backoffLimit: limit })
      } else if (deadline !== undefined && st.startTime !== undefined && !job.spec.suspend && now - st.startTime >= deadline * 1000) {
        finished = { success: false, why: DEADLINE_EXCEEDED }
        decide(ctx, 'job-controller', name, 'job.deadline', `activeDeadlineSeconds ${deadline} reached → FailureTarget; delete ${active.length} active pod${active.length === 1 ? '' : 's'}; Failed once none is terminating`, { activeDeadlineSeconds: deadline, active: active.length })
      }
    }

    // Indexed: failed indexes (backoffLimitPerIndex), then the per-index endings and successPolicy.
    const perIndex = indexed && hasBackoffLimitPerIndex(job)
    const failedIndexes = perIndex ? failedIndexesOf(job, pods, isFailed) : new Set<number>()
    if (indexed && !finished) {
      verdict = (perIndex ? perIndexVerdict(job, failedIndexes, succeededIndexes) : null) ?? successPolicyVerdict(job, succeededIndexes)
      if (verdict) finished = { success: verdict.why.reason === 'SuccessPolicy', why: verdict.why }
    }
    if (verdict) decide(ctx, 'job-controller', name, verdict.rule, verdict.text, verdict.values)
    // A failed pod whose index will be retried keeps its finalizer (and stays uncounted) until its
    // replacement exists, so the replacement can copy its failure count (`canRemoveFinalizer`).
    const delayed = perIndex ? delayedDeletionPerIndex(job, pods, isFailed, active, succeededIndexes, failedIndexes) : new Map<number, Pod>()
    const held = new Set(finished ? [] : delayed.values())

    let requeueAfter: number | undefined
    if (finished && finished.success && verdict) {
      // successPolicy met: SuccessCriteriaMet now; pods still running are removed, not counted as failures.
      setCondition(job, 'SuccessCriteriaMet', 'True', finished.why, now)
      deleteUncounted(ctx, job, active)
      active = []
    } else if (finished && !finished.success) {
      setCondition(job, 'FailureTarget', 'True', finished.why, now)
      // Pods killed because the Job failed keep their finalizer and count as failed (§4.4), whatever
      // the replacement policy: once the Job has failed, every unfinished pod it still tracks is a failure.
      for (const p of active) {
        ctx.api.delete('Pod', p.metadata.name, p.metadata.namespace)
        ctx.events.record(job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'job-controller')
      }
      for (const p of pods) {
        if (!hasTrackingFinalizer(p) || isTerminal(p) || uncountedFail.has(p.metadata.uid) || newFailed.includes(p)) continue
        if (indexed && (podIndex(p) === null || podIndex(p)! >= (completions ?? 0))) continue
        newFailed.push(p)
        failed++
      }
      active = []
    } else if (!finished) {
      if (!job.spec.suspend && isTrue(job, 'Suspended')) {
        setCondition(job, 'Suspended', 'False', JOB_RESUMED, now)
        st.startTime = now
        ctx.events.record(job, 'Normal', 'Resumed', 'Job resumed', 'job-controller')
        decide(ctx, 'job-controller', name, 'job.resume', 'Job resumed: startTime reset, pods are created again without backoff')
      }
      if (!job.metadata.deletionTimestamp) {
        const r = manageJob(ctx, { job, active, terminating: pods.filter(isTerminating), succeeded, succeededIndexes, backoff: record, failedCount: failed, failedIndexes, delayed })
        active = r.active
        requeueAfter = r.requeueAfter
      }
      const complete = completions === null ? succeeded > 0 && active.length === 0 : succeeded >= completions && active.length === 0
      if (complete) {
        finished = { success: true, why: COMPLETIONS_REACHED }
        setCondition(job, 'SuccessCriteriaMet', 'True', COMPLETIONS_REACHED, now)
        decide(ctx, 'job-controller', name, 'job.success-criteria', completions === null
          ? `Work queue: a pod succeeded and none is active → SuccessCriteriaMet`
          : `succeeded ${succeeded} ≥ completions ${completions} and no pod active → SuccessCriteriaMet`, { succeeded, completions })
      } else if (job.spec.suspend && setCondition(job, 'Suspended', 'True', JOB_SUSPENDED, now)) {
        ctx.events.record(job, 'Normal', 'Suspended', 'Job suspended', 'job-controller')
        decide(ctx, 'job-controller', name, 'job.suspended', 'Job suspended: no pods run; the deadline clock is paused')
      }
    }

    // Status, step 1: newly finished pods become "uncounted", counters and the interim condition are written.
    for (const p of newSucceeded) uncountedOk.add(p.metadata.uid)
    for (const p of newFailed) if (!held.has(p)) uncountedFail.add(p.metadata.uid)
    st.active = active.length
    st.ready = active.filter(isReady).length
    st.terminating = this.terminatingCount(uid)
    st.succeeded ??= 0
    st.failed ??= 0
    const hasUncounted = uncountedOk.size + uncountedFail.size > 0
    st.uncountedTerminatedPods = hasUncounted ? { ...(uncountedOk.size ? { succeeded: [...uncountedOk] } : {}), ...(uncountedFail.size ? { failed: [...uncountedFail] } : {}) } : {}
    if (indexed) st.completedIndexes ??= ''
    if (perIndex) st.failedIndexes = formatIntervals(failedIndexes)
    const written = JSON.stringify(st)
    if (written !== before) ctx.api.commit(job)

    // Step 2: finalizers come off, counts move into succeeded/failed, the terminal condition is added.
    if (hasUncounted) {
      // The uncounted pods still live for this Job, all looked up before any finalizer comes off.
      const uncounted = [...uncountedOk, ...uncountedFail].map((u) => this.ownerOf.get(u) === uid ? this.liveByUid.get(u) : undefined)
      for (const p of uncounted) if (p && hasTrackingFinalizer(p)) ctx.api.removeFinalizer(p, TRACKING_FINALIZER)
      st.succeeded = indexed ? succeededIndexes.size : (st.succeeded ?? 0) + uncountedOk.size
      st.failed = (st.failed ?? 0) + uncountedFail.size
      st.uncountedTerminatedPods = {}
    }
    // Ignored failures lose their finalizer without ever being counted.
    for (const p of ignored) if (!held.has(p) && hasTrackingFinalizer(p)) ctx.api.removeFinalizer(p, TRACKING_FINALIZER)
    if (indexed) st.completedIndexes = formatIntervals(succeededIndexes)
    st.terminating = this.terminatingCount(uid)
    if (finished) {
      if (st.terminating === 0) this.finish(job, finished.success, finished.why)
      else decide(ctx, 'job-controller', name, 'job.wait-terminating', `Waiting for ${st.terminating} terminating pod${st.terminating === 1 ? '' : 's'} to stop before ${finished.success ? 'Complete' : 'Failed'}`, { terminating: st.terminating })
    }
    if (JSON.stringify(st) !== written) ctx.api.commit(job)

    if (isFinished(job)) return
    if (requeueAfter !== undefined) this.enqueue(job, requeueAfter)
    const deadline = job.spec.activeDeadlineSeconds
    if (deadline !== undefined && st.startTime !== undefined && !job.spec.suspend && !finished) {
      this.enqueue(job, Math.max(0, st.startTime + deadline * 1000 - now))
    }
  }

  /** `enactJobFinished` + `recordJobFinished`: the terminal condition, completion time and event. */
  private finish(job: Job, success: boolean, why: Reason): void {
    const ctx = this.ctx
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
    this.backoff.delete(job.metadata.uid)
    for (const p of this.livePods(job.metadata.uid)) if (hasTrackingFinalizer(p)) ctx.api.removeFinalizer(p, TRACKING_FINALIZER)
  }
}
