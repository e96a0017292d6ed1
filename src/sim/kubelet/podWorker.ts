// One pod on one node (`pod_workers.go` + `kubelet.go SyncPod`). Each sync first reports the
// status the runtime shows, then takes the next step: sandbox, the next init container, the
// regular containers in spec order, restarts under CrashLoopBackOff. Container changes are
// noticed on the next PLEG relist, which asks for another sync. Deletion kills containers after
// the grace period (busybox PID 1 ignores SIGTERM).
import { jsonEqual } from '../api/jsonEqual'
import type { Pod } from '../api/types'
import { decide, ordinal, secs } from '../controllers/context'
import type { ProcessHandle, Timer } from '../kernel/kernel'
import type { Proc } from '../shell/types'
import { draw } from '../timing'
import { type PodVolumes, startContainer } from './containerStart'
import type { NodeAgent } from './node'
import { explainAppStart, explainFinalPhase, explainInitStart, explainPartialExit, finalPhaseReason } from './explainPod'
import { computePhase, generateStatus, type RuntimeView } from './podStatus'
import { type ContainerRecord, hasExited, isRunning, newRecord, succeededOnce } from './runtime'

const IMAGE_ID = 'docker.io/library/busybox@sha256:e3652a00a2fabd16ce889f0aa32c38eec347b997e73bd09e69c962ec7f8732ee'

export class PodWorker {
  readonly init: ContainerRecord[]
  readonly regular: ContainerRecord[]
  private sandboxReady = false
  private podIP: string | undefined
  private readonly startTime: number
  private readonly volumes: PodVolumes = { emptyDirs: null }
  private syncTimer: Timer | null = null
  private syncAt = Infinity
  private running: ProcessHandle | null = null
  /** A sync asked for while one was running: when it should happen. */
  private again: number | null = null
  private terminating = false
  /** The node is down: no kubelet syncs or reports this pod until it is back. */
  private halted = false
  /** Something the status shows may have changed since the last report (skip rebuilding it otherwise). */
  private dirty = true
  done = false

  // The timer and process callbacks, made once per worker, not once per sync. Assigned in the
  // constructor rather than as arrow-function fields: tsx (esbuild keepNames) names each named
  // arrow with Object.defineProperty whenever one is made, several times the closure's own cost.
  private readonly syncDue: () => void
  private readonly syncEnded: () => void
  private readonly noticeChange: () => void
  private readonly noticeExit: () => void

  constructor(private readonly agent: NodeAgent, readonly pod: Pod) {
    this.init = (pod.spec.initContainers ?? []).map((c) => newRecord(c, true))
    this.regular = pod.spec.containers.map((c) => newRecord(c, false))
    this.startTime = agent.ctx.kernel.now
    this.syncDue = () => {
      this.syncTimer = null
      this.syncAt = Infinity
      this.startSync()
    }
    this.syncEnded = () => {
      this.running = null
      if (this.again !== null) {
        const at = this.again
        this.again = null
        this.requestSync(at - this.agent.ctx.kernel.now)
      }
    }
    this.noticeChange = () => {
      this.dirty = true
      this.requestSync(this.agent.nextRelist() - this.agent.ctx.kernel.now)
    }
    this.noticeExit = () => {
      this.dirty = true
      if (this.regular.length > 1) this.explainPartialExit()
      const { kernel, rng, timing } = this.agent.ctx
      kernel.after(draw(rng, timing.containerExitNoticeMs), this.noticeChange)
    }
  }

  /** A container of several has stopped for good while others run: why the pod reads NotReady. */
  private explainPartialExit(): void {
    const { ctx } = this.agent
    const rec = this.regular.find((r) => r.current?.finishedAt === ctx.kernel.now)
    const running = this.regular.filter(isRunning).length
    const policy = this.pod.spec.restartPolicy ?? 'Always'
    if (!rec || running === 0 || policy === 'Always' || (policy === 'OnFailure' && rec.current!.exitCode !== 0)) return
    decide(ctx, 'kubelet', this.name, 'kubelet.container-done', explainPartialExit(rec, this.regular, policy, running), { exitCode: rec.current!.exitCode ?? null, running })
  }

  private get name(): string {
    return `Pod/${this.pod.metadata.name}`
  }

  /** Asks for a sync in `delay` ms (an earlier request wins; a running sync is followed by another). */
  requestSync(delay: number): void {
    if (this.done || this.halted) return
    const k = this.agent.ctx.kernel
    const at = k.now + Math.max(0, delay)
    if (this.running) {
      this.again = Math.min(this.again ?? Infinity, at)
      return
    }
    if (at >= this.syncAt) return
    k.cancel(this.syncTimer)
    this.syncAt = at
    this.syncTimer = k.at(at, this.syncDue)
  }

  /** The pod got a deletionTimestamp: stop whatever the worker was doing and terminate. */
  onDeletion(): void {
    if (this.terminating || this.done) return
    this.terminating = true
    // A node that is down hears of the deletion only when its kubelet is back (`resume`).
    if (this.halted) return
    this.agent.ctx.kernel.cancel(this.syncTimer)
    this.syncTimer = null
    this.syncAt = Infinity
    this.running?.kill()
    this.running = null
    this.again = null
    // The kubelet hears of the deletion through its watch, a moment later — never inside the API call.
    const { kernel, rng, timing } = this.agent.ctx
    kernel.after(draw(rng, timing.statusPushMs), () => this.startSync())
  }

  /** The pod object is gone from the API: kill everything, no more reports. */
  stop(): void {
    this.done = true
    this.agent.ctx.kernel.cancel(this.syncTimer)
    this.running?.kill()
    for (const r of [...this.init, ...this.regular]) r.current?.proc?.kill()
  }

  /**
   * The node went down (`chaos node-down`): the kubelet stops and the container runtime with it, so
   * every process of the pod dies on the spot. Nothing is reported: the API keeps the last status.
   * A container that dies this way shows, once a kubelet looks again, exit code 255 with reason
   * `Unknown` — what containerd reports for a task it lost in a node restart.
   */
  halt(): void {
    if (this.done || this.halted) return
    this.halted = true
    const k = this.agent.ctx.kernel
    k.cancel(this.syncTimer)
    this.syncTimer = null
    this.syncAt = Infinity
    this.running?.kill()
    this.running = null
    this.again = null
    for (const r of [...this.init, ...this.regular]) {
      if (!isRunning(r)) continue
      const inst = r.current!
      inst.proc?.kill()
      Object.assign(inst, { finishedAt: k.now, exitCode: 255, reason: 'Unknown' })
    }
  }

  /** The node's kubelet is back: the pod sandbox died with the node, so the next sync starts over from it. */
  resume(): void {
    if (this.done || !this.halted) return
    this.halted = false
    this.sandboxReady = false
    this.dirty = true
    if (this.terminating) {
      const { kernel, rng, timing } = this.agent.ctx
      kernel.after(draw(rng, timing.statusPushMs), () => this.startSync())
    } else this.requestSync(draw(this.agent.ctx.rng, this.agent.ctx.timing.kubeletFirstStatusMs))
  }

  /**
   * `chaos kill`: the container's main process dies now with `exitCode` (the kernel's OOM killer:
   * 137 with reason `OOMKilled`). From here the kubelet does what it does for any exit: it notices
   * it on the next relist and applies the restartPolicy. Returns false when nothing was running.
   */
  killContainer(rec: ContainerRecord, exitCode: number, oom: boolean): boolean {
    if (this.done || this.halted || !isRunning(rec)) return false
    const inst = rec.current!
    if (inst.proc) inst.proc.kill()
    else {
      inst.finishedAt = this.agent.ctx.kernel.now
      this.noticeExit()
    }
    inst.exitCode = exitCode
    inst.reason = oom ? 'OOMKilled' : exitCode === 0 ? 'Completed' : 'Error'
    return true
  }

  private startSync(): void {
    if (this.done || this.halted) return
    const gen = this.terminating ? this.terminate() : this.sync()
    // Most syncs (a relist that finds nothing to do) never wait: they ran here, with no process.
    if (!gen) return
    const handle = this.agent.ctx.kernel.spawn(gen, this.syncEnded)
    // A sync that needed no time has already finished (and run its callback) inside spawn().
    if (!handle.finished) this.running = handle
  }

  /** Reports the runtime's view to the API server if it changed (the status manager). */
  publish(): void {
    if (this.done || this.halted || !this.dirty) return
    const { api, kernel } = this.agent.ctx
    if (!api.exists(this.pod)) return
    this.dirty = false
    const next = generateStatus(this.pod, this.view(), kernel.now, IMAGE_ID)
    if (jsonEqual(next, this.pod.status)) return
    this.pod.status = next
    api.commit(this.pod)
  }

  private view(): RuntimeView {
    return { init: this.init, regular: this.regular, sandboxReady: this.sandboxReady, podIP: this.podIP, hostIP: this.agent.hostIP, startTime: this.startTime }
  }

  private get terminal(): boolean {
    return this.pod.status.phase === 'Succeeded' || this.pod.status.phase === 'Failed'
  }

  /** Every container is done and none will restart: the pod is finishing (or finished). */
  private get finishing(): boolean {
    if (this.terminal) return true
    const p = computePhase(this.pod, this.view())
    return p === 'Succeeded' || p === 'Failed'
  }

  /**
   * A sync: report the status, then the next step. The steps that need no simulated time run at
   * once; a process is made only for the rest, when something must wait (a sandbox, a container
   * start): a 10,000-pod Job syncs each pod four or five times, and most of those syncs wait for
   * nothing.
   */
  private sync(): Proc<void> | null {
    this.publish()
    if (this.finishing) return this.sandboxReady ? this.stopSandbox() : null
    if (this.sandboxReady && !this.hasContainerWork()) return null
    return this.syncContainers()
  }

  /** `SyncTerminatingPod`: stop the sandbox, then report the terminal phase. */
  private *stopSandbox(): Proc<void> {
    const { ctx } = this.agent
    const phase = computePhase(this.pod, this.view())
    const [text, values] = finalPhaseReason(explainFinalPhase(this.pod, this.init, this.regular, phase), phase, this.pod.spec.restartPolicy ?? 'Always')
    decide(ctx, 'kubelet', this.name, 'kubelet.pod-finished', text, values)
    yield { sleep: draw(ctx.rng, ctx.timing.sandboxTeardownMs) }
    this.sandboxReady = false
    this.dirty = true
    this.publish()
  }

  /**
   * Whether `syncContainers` (with the sandbox ready) would start a container or consider a
   * restart; false only when it would do nothing at all. It reads state and changes none.
   */
  private hasContainerWork(): boolean {
    const policy = this.pod.spec.restartPolicy ?? 'Always'
    for (const rec of this.init) {
      if (succeededOnce(rec)) continue
      if (isRunning(rec)) return false
      return !(hasExited(rec) && policy === 'Never')
    }
    for (const rec of this.regular) {
      if (isRunning(rec)) continue
      if (hasExited(rec)) {
        if (policy === 'Always' || (policy === 'OnFailure' && rec.current!.exitCode !== 0)) return true
      } else if (!rec.current) return true
    }
    return false
  }

  private *syncContainers(): Proc<void> {
    const { ctx } = this.agent
    if (!this.sandboxReady) {
      yield { sleep: draw(ctx.rng, ctx.timing.sandboxMs) }
      this.sandboxReady = true
      this.dirty = true
      this.podIP = this.agent.allocateIP()
      this.pod.status.podIP = this.podIP // the containers' /etc/hosts and fieldRefs need it now
    }
    for (const rec of this.init) {
      if (succeededOnce(rec)) continue
      if (isRunning(rec)) return
      if (hasExited(rec)) {
        if ((this.pod.spec.restartPolicy ?? 'Always') === 'Never') return
        if (!this.mayRestart(rec)) return
      }
      if (rec.instances === 0) decide(ctx, 'kubelet', this.name, 'kubelet.init-order', explainInitStart(this.init, rec), { index: this.init.indexOf(rec), of: this.init.length })
      yield* startContainer(this.agent, this.pod, rec, this.volumes, this.noticeExit)
      this.noticeChange()
      return
    }
    if (this.init.length > 0 && this.regular.every((r) => r.instances === 0)) {
      decide(ctx, 'kubelet', this.name, 'kubelet.init-done', explainAppStart(this.init), { initContainers: this.init.length })
    }
    let started = false
    for (const rec of this.regular) {
      if (isRunning(rec)) continue
      if (hasExited(rec)) {
        const policy = this.pod.spec.restartPolicy ?? 'Always'
        const restart = policy === 'Always' || (policy === 'OnFailure' && rec.current!.exitCode !== 0)
        if (!restart || !this.mayRestart(rec)) continue
      } else if (rec.current) continue
      yield* startContainer(this.agent, this.pod, rec, this.volumes, this.noticeExit)
      started = true
    }
    if (started) this.noticeChange()
  }

  /**
   * `doBackOff` with client-go's Backoff: the first exit restarts at once; while
   * now − finishedAt < delay the container waits in CrashLoopBackOff; the delay doubles
   * 10 s → 300 s and is forgotten after 10 minutes without a crash.
   */
  private mayRestart(rec: ContainerRecord): boolean {
    const { ctx } = this.agent
    const { timing } = ctx
    const now = ctx.kernel.now
    const finishedAt = rec.current!.finishedAt!
    const expired = rec.backoff && finishedAt - rec.backoff.lastUpdate > timing.crashLoopResetMs
    if (rec.backoff && !expired && now - finishedAt < rec.backoff.delay) {
      const delay = rec.backoff.delay
      const pod = this.pod
      rec.waitingReason = 'CrashLoopBackOff'
      this.dirty = true
      rec.waitingMessage = `back-off ${secs(delay)} restarting failed container=${rec.spec.name} pod=${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`
      ctx.events.record(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${rec.spec.name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`, 'kubelet')
      // The kubelet meets the back-off at every sync (relists, 10–15 s retries); the decision was one.
      if (rec.backoffNoted !== finishedAt) decide(ctx, 'kubelet', this.name, 'kubelet.crashloop-backoff', `Container ${rec.spec.name} exited with ${rec.current!.exitCode}: back-off ${secs(delay)} before restarting it (CrashLoopBackOff)`, { backoffMs: delay, restarts: rec.instances - 1 })
      rec.backoffNoted = finishedAt
      // The status shows CrashLoopBackOff right away; the pod worker retries after 10–15 s.
      this.agent.ctx.kernel.after(0, () => this.publish())
      this.requestSyncAfterRun(draw(ctx.rng, timing.podWorkerRetryMs))
      return false
    }
    rec.backoff = !rec.backoff || expired ? { delay: timing.crashLoopInitialMs, lastUpdate: now } : { delay: Math.min(rec.backoff.delay * 2, timing.crashLoopMaxMs), lastUpdate: now }
    decide(ctx, 'kubelet', this.name, 'kubelet.restart', `Container ${rec.spec.name} exited with ${rec.current!.exitCode}: restartPolicy ${this.pod.spec.restartPolicy} → restart in place (${ordinal(rec.instances)} restart)`, { exitCode: rec.current!.exitCode ?? null, restarts: rec.instances })
    return true
  }

  private requestSyncAfterRun(delay: number): void {
    const k = this.agent.ctx.kernel
    k.after(0, () => this.requestSync(delay))
  }

  private *terminate(): Proc<void> {
    const { ctx } = this.agent
    const pod = this.pod
    const live = [...this.init, ...this.regular].filter(isRunning)
    if (live.length > 0) {
      for (const r of live) ctx.events.record(pod, 'Normal', 'Killing', `Stopping container ${r.spec.name}`, 'kubelet')
      const deadline = pod.metadata.deletionTimestamp ?? ctx.kernel.now
      const grace = Math.max(0, deadline - ctx.kernel.now)
      if (grace > 0) {
        decide(ctx, 'kubelet', this.name, 'kubelet.grace-period', `SIGTERM sent; busybox as PID 1 ignores it, so the kubelet waits out the ${secs(grace)} grace period unless the process exits first`, { gracePeriodMs: grace })
        yield { until: () => live.every((r) => !isRunning(r)), timeout: grace }
      }
      for (const r of live) if (isRunning(r)) r.current!.proc?.kill()
    }
    // A killed pod ends in a terminal phase: Succeeded only if every container exited 0.
    if (!this.terminal) {
      const allOk = this.regular.every((r) => hasExited(r) && r.current!.exitCode === 0)
      this.publishTerminal(allOk ? 'Succeeded' : 'Failed')
    }
    if (this.sandboxReady) {
      yield { sleep: draw(ctx.rng, ctx.timing.statusPushMs) }
      this.sandboxReady = false
      this.dirty = true
      this.publish()
    }
    this.done = true
    ctx.api.delete('Pod', pod.metadata.name, pod.metadata.namespace, { gracePeriodSeconds: 0 })
  }

  private publishTerminal(phase: 'Succeeded' | 'Failed'): void {
    this.dirty = true
    this.publish()
    if (this.terminal) return
    this.pod.status.phase = phase
    for (const c of this.pod.status.conditions ?? []) {
      if ((c.type === 'Ready' || c.type === 'ContainersReady') && c.status === 'True') {
        c.status = 'False'
        c.lastTransitionTime = this.agent.ctx.kernel.now
      }
    }
    this.agent.ctx.api.commit(this.pod)
  }
}
