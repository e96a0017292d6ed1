// A whole simulated cluster: API server, controllers, scheduler, garbage collector, DNS and one
// kubelet per node, wired to one kernel and one trace. This is the core's entry point.
import { nodeFilePath } from './trace/nodePath'
import type { Admission } from './api/apiServer'
import { ApiServer } from './api/apiServer'
import { ClusterAdmission } from './api/admission'
import type { CronSchedule } from './api/cronSchedule'
import { EventRecorder } from './api/eventRecorder'
import { jobCompletions, jobStatus } from './api/printers/jobRow'
import { summarizePod } from './api/printers/podStatus'
import type { ContainerStatus, Job, KubeObject, Pod } from './api/types'
import type { ControllerContext } from './controllers/context'
import { CronJobController } from './controllers/cronjob/cronJobController'
import { GarbageCollector } from './controllers/garbageCollector'
import { JobController } from './controllers/job/jobController'
import { INDEX_ANNOTATION } from './controllers/job/podState'
import { Scheduler } from './controllers/scheduler'
import { TtlAfterFinishedController } from './controllers/ttlAfterFinished'
import { listFiles } from './fs/memDir'
import { DEFAULT_LIMITS, Kernel, type KernelLimits, type StopReason } from './kernel/kernel'
import { Rng } from './kernel/rng'
import { Kubelet } from './kubelet/kubelet'
import { NodeLeases } from './api/nodeLeases'
import { NodeLifecycleController } from './controllers/nodeLifecycle'
import { TaintEvictionController } from './controllers/taintEviction'
import type { ContainerRecord } from './kubelet/runtime'
import { ClusterDns } from './net/clusterDns'
import { UnschedulableTaint } from './controllers/unschedulableTaint'
import { SchedulableEvent } from './kubelet/schedulableEvent'
import { ClaimDeletion } from './storage/claimDeletion'
import { LocalPathStorage } from './storage/localPath'
import { VolumeBinding } from './storage/volumeBinding'
import { kindNode } from './system/kindNode'
import { isSystemPod, KubeSystem } from './system/kubeSystem'
import { DEFAULT_TIMING, type TimingModel } from './timing'
import { type PodEvent, type Trace, TRACE_SCHEMA } from './trace/events'
import { TraceRecorder } from './trace/recorder'

export interface ClusterOptions {
  seed?: number
  /** Wall-clock epoch ms at simulated t = 0 (default 2026-01-03T01:46:00Z, the seed labs' day). */
  epochMs?: number
  nodes?: number
  limits?: Partial<KernelLimits>
  timing?: Partial<TimingModel>
  admission?: Admission
  /** The cron library CronJobs use (injected: the core imports no package). Without it CronJobs never fire. */
  cronSchedule?: CronSchedule
}

/** Adds the exit codes of terminated containers to `into` (made when the first is found). */
function terminatedExitCodes(list: ContainerStatus[] | undefined, into: Record<string, number> | undefined): Record<string, number> | undefined {
  if (list) for (const c of list) if (c.state.terminated) (into ??= {})[c.name] = c.state.terminated.exitCode
  return into
}

/** The READY cell, `1/2`: the few common ones made once (a pod row is written on every pod change). */
const READY_TEXT = Array.from({ length: 5 }, (_, total) => Array.from({ length: total + 1 }, (_, ready) => `${ready}/${total}`))
const readyText = (ready: number, total: number): string => READY_TEXT[total]?.[ready] ?? `${ready}/${total}`

/** The version every node's kubelet reports (`kubectl get nodes` VERSION), as `kubectl version` prints for the server. */
const KUBELET_VERSION = 'v1.34.1'

export const DEFAULT_EPOCH_MS = Date.UTC(2026, 0, 3, 1, 46, 0)

export class Cluster {
  readonly kernel: Kernel
  readonly trace: TraceRecorder
  readonly api: ApiServer
  readonly events: EventRecorder
  readonly dns: ClusterDns
  readonly kubelets: Kubelet[] = []
  readonly jobController: JobController
  readonly cronJobController: CronJobController
  readonly seed: number
  readonly epochMs: number
  /** The kube-node-lease Leases the kubelets renew (their heartbeats). */
  readonly leases = new NodeLeases()
  private readonly ctx: ControllerContext
  private readonly terminalRng: Rng

  constructor(o: ClusterOptions = {}) {
    this.seed = o.seed ?? 1
    this.epochMs = o.epochMs ?? DEFAULT_EPOCH_MS
    const rng = new Rng(this.seed)
    this.terminalRng = rng.fork('terminal')
    const timing = { ...DEFAULT_TIMING, ...o.timing }
    this.kernel = new Kernel({ ...DEFAULT_LIMITS, ...o.limits })
    this.trace = new TraceRecorder(() => this.kernel.now)
    this.api = new ApiServer(this.kernel, rng.fork('names'), rng.fork('uids'), o.admission ?? new ClusterAdmission(rng.fork('admission'), o.cronSchedule ? (n) => o.cronSchedule!.isTimeZone(n) : undefined))
    this.events = new EventRecorder(this.kernel, this.epochMs, this.trace)
    this.ctx = { kernel: this.kernel, api: this.api, events: this.events, trace: this.trace, timing, rng: rng.fork('timing') }
    this.dns = new ClusterDns(this.api, this.kernel, timing.endpointPropagationMs)
    this.api.watch((type, obj) => this.traceRow(type, obj))
    this.bootstrap(o.nodes ?? 1, rng.fork('cluster'))
    new KubeSystem(this.api, this.kernel, rng.fork('kube-system'), this.api.list('Node'))
    new UnschedulableTaint(this.api, () => this.kernel.now)
    new SchedulableEvent(this.api, this.kernel, this.events, {
      nextSync: (node, at) => (this.kubeletOf(node)?.lastRenewal(at) ?? at) + timing.nodeLeaseRenewMs,
      isUp: (node) => this.kubeletOf(node)?.isUp ?? false,
    })
    this.jobController = new JobController(this.ctx)
    new NodeLifecycleController({ ...this.ctx, rng: rng.fork('node-lifecycle') }, this.leases)
    new TaintEvictionController({ ...this.ctx, rng: rng.fork('taint-eviction') })
    new LocalPathStorage(this.api, this.kernel, this.events, rng.fork('storage'))
    new ClaimDeletion(this.api, this.kernel, (node, path) => {
      const cut = path.lastIndexOf('/')
      this.kubeletOf(node)?.hostFs.lookupDir(path.slice(0, cut) || '/')?.entries.delete(path.slice(cut + 1))
    })
    new Scheduler(this.ctx, () => this.api.list('Node'), new VolumeBinding(this.api, this.kernel))
    new GarbageCollector(this.ctx)
    new TtlAfterFinishedController(this.ctx)
    this.cronJobController = new CronJobController({ ...this.ctx, rng: rng.fork('cronjob') }, this.epochMs, o.cronSchedule)
  }

  /** Randomness for the learner's terminal ($RANDOM, ping times), apart from the cluster's. */
  terminalRandom(): number {
    return this.terminalRng.next()
  }

  get now(): number {
    return this.kernel.now
  }

  private bootstrap(nodes: number, rng: Rng): void {
    for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
      this.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, uid: '', resourceVersion: '', creationTimestamp: 0 }, status: { phase: 'Active' } }, { admit: false })
    }
    this.api.create({
      apiVersion: 'v1', kind: 'Service',
      metadata: { name: 'kubernetes', namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: 0, labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: { type: 'ClusterIP', clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], sessionAffinity: 'None' },
      status: {},
    }, { admit: false })
    for (let i = 0; i < nodes; i++) {
      const name = nodes === 1 ? 'node-1' : `node-${i + 1}`
      const node = kindNode(name, i, KUBELET_VERSION, rng.fork(`node-identity-${i}`))
      this.api.create(node, { admit: false })
      const ctx = { ...this.ctx, rng: rng.fork(`kubelet-${i}`) }
      this.kubelets.push(new Kubelet(ctx, node, i, this.epochMs, { dnsFor: (from) => this.dns.viewFrom(from), leases: this.leases }))
    }
  }

  /** A `kubectl get -w` row for every pod and Job write (DESIGN §4.2 `pod` / `job`). */
  private traceRow(type: string, obj: KubeObject): void {
    // The trace is about the learner's workloads; kube-system's own pods make no rows.
    if (obj.kind === 'Pod' && isSystemPod(obj)) return
    if (obj.kind === 'Pod') this.podRow(obj, type === 'DELETED')
    else if (obj.kind === 'Job') this.jobRow(obj, type === 'DELETED')
    if (type === 'DELETED') this.trace.emit({ type: 'delete', object: `${obj.kind}/${obj.metadata.name}` })
  }

  private podRow(pod: Pod, deleted: boolean): void {
    const s = summarizePod(pod)
    const owner = pod.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'Job')
    const idx = pod.metadata.annotations?.[INDEX_ANNOTATION]
    const exitCodes = terminatedExitCodes(pod.status.containerStatuses, terminatedExitCodes(pod.status.initContainerStatuses, undefined))
    const e: PodEvent = {
      at: this.trace.time(), type: 'pod', name: pod.metadata.name, job: owner?.name ?? null, index: idx !== undefined && /^\d+$/.test(idx) ? Number(idx) : null,
      phase: pod.status.phase, status: s.reason, ready: readyText(s.readyContainers, s.totalContainers), restarts: s.restarts,
      node: pod.spec.nodeName ?? null,
    }
    if (deleted) e.deleted = deleted
    if (exitCodes) e.exitCodes = exitCodes
    this.trace.push(e)
  }

  private jobRow(job: Job, deleted: boolean): void {
    const st = job.status
    this.trace.emit({
      type: 'job', name: job.metadata.name, status: jobStatus(job), completions: jobCompletions(job),
      active: st.active ?? 0, ready: st.ready ?? 0, succeeded: st.succeeded ?? 0, failed: st.failed ?? 0, terminating: st.terminating ?? 0,
      conditions: (st.conditions ?? []).filter((c) => c.status === 'True').map((c) => c.type),
      ...(st.completedIndexes !== undefined ? { completedIndexes: st.completedIndexes } : {}),
      ...(deleted ? { deleted } : {}),
      ...this.cronJobOf(job),
    })
  }

  /** The CronJob controlling a Job, for the trace (the UI shows the schedule on the Job's lane). */
  private cronJobOf(job: Job): { cronJob?: { name: string; schedule: string; timeZone?: string } } {
    const ref = job.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'CronJob')
    const cj = ref ? this.api.get('CronJob', ref.name, job.metadata.namespace) : undefined
    if (!cj) return {}
    return { cronJob: { name: cj.metadata.name, schedule: cj.spec.schedule, ...(cj.spec.timeZone !== undefined ? { timeZone: cj.spec.timeZone } : {}) } }
  }

  /** The kubelet of a node, by node name (`chaos node-down` / `node-up`). */
  kubeletOf(nodeName: string): Kubelet | undefined {
    return this.kubelets.find((k) => k.nodeName === nodeName)
  }

  /** The kubelet's record of a pod's containers (logs, exec), if a kubelet runs it. */
  runtimeOf(pod: Pod): { init: ContainerRecord[]; regular: ContainerRecord[] } | undefined {
    for (const k of this.kubelets) {
      const w = k.workerFor(pod)
      if (w) return { init: w.init, regular: w.regular }
    }
    return undefined
  }

  run(until?: number): StopReason {
    return this.kernel.run(until)
  }

  /** Every hostPath file on every node, by node path (node-qualified when there are several nodes). */
  hostFiles(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const k of this.kubelets) {
      const files = listFiles(k.hostFs, '/')
      for (const [path, text] of Object.entries(files)) out[this.kubelets.length === 1 ? path : nodeFilePath(k.nodeName, path)] = text
    }
    return out
  }

  toTrace(stopped: StopReason): Trace {
    return {
      schema: TRACE_SCHEMA,
      seed: this.seed,
      startTime: new Date(this.epochMs).toISOString(),
      end: this.kernel.now,
      stopped,
      events: this.trace.events,
      files: this.hostFiles(),
    }
  }
}
