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
import { classifyNewPods } from './classifyPods'
import { explainCount } from './explainCount'
import { COMPLETIONS_REACHED, isFinished, isTrue, JOB_RESUMED, JOB_SUSPENDED, setCondition } from './conditions'
import { finishJob } from './finishJob'
import { formatIntervals, parseIntervals } from './indexes'
import { deleteUncounted, manageJob } from './manageJob'
import { delayedDeletionPerIndex, failedIndexesOf, hasBackoffLimitPerIndex } from './perIndex'
import { judgeFinished } from './judgeFinished'
import { perIndexVerdict, successPolicyVerdict } from './policies'
import { finishedTime, hasTrackingFinalizer, isActive, isPodFailed, isReady, isTerminal, isTerminating, podIndex, TRACKING_FINALIZER } from './podState'

interface Queued {
  at: number
  timer: Timer
}

export class JobController {
  private readonly queue = new Map<string, Queued>()
  private readonly jobs = new Map<string, Job>()
  private readonly generations = new Map<string, number>()
  private readonly backoff = new Map<string, BackoffRecord>()
  /** Per finishing Job, how many terminating pods the last `job.wait-terminating` record named. */
  private readonly waitAnnounced = new Map<string, number>()
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
    const isFailed = (p: Pod) => isPodFailed(p, terminatingIsFailure)
    const { newSucceeded, allNewFailed, newFailed, ignored } = classifyNewPods(ctx, job, pods, isFailed, uncountedOk, uncountedFail)

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
    if (newSucceeded.length + newFailed.length > 0) {
      decide(ctx, 'job-controller', name, 'job.count', explainCount(job, newSucceeded, newFailed, succeeded, failed),
        { newSucceeded: newSucceeded.length, newFailed: newFailed.length, succeeded, failed })
    }

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
    let { finished, verdict } = judgeFinished(ctx, job, pods, active, failed, isFailed)

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
      if (st.terminating === 0) {
        this.backoff.delete(uid)
        finishJob(ctx, job, finished.success, finished.why, this.livePods(uid))
      }
      else if (this.waitAnnounced.get(uid) !== st.terminating) {
        // One record per change in what is awaited, not one per sync spent waiting.
        this.waitAnnounced.set(uid, st.terminating)
        decide(ctx, 'job-controller', name, 'job.wait-terminating', `Waiting for ${st.terminating} terminating pod${st.terminating === 1 ? '' : 's'} to stop before ${finished.success ? 'Complete' : 'Failed'}`, { terminating: st.terminating })
      }
    }
    if (JSON.stringify(st) !== written) ctx.api.commit(job)

    if (isFinished(job)) return
    if (requeueAfter !== undefined) this.enqueue(job, requeueAfter)
    const deadline = job.spec.activeDeadlineSeconds
    if (deadline !== undefined && st.startTime !== undefined && !job.spec.suspend && !finished) {
      this.enqueue(job, Math.max(0, st.startTime + deadline * 1000 - now))
    }
  }

}
