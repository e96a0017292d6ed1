// A harness for single-sync tests of the Job controller, in the style of upstream's
// `TestControllerSyncJob`: a Job and pods in given states are put into a cluster whose clock does
// not run, then one sync is called and its effects are read back.
import type { Job, JobSpec, Pod, PodCondition, PodPhase } from '../../api/types'
import { Cluster } from '../../cluster'
import { ms } from '../../kernel/time'
import { INDEX_ANNOTATION, TRACKING_FINALIZER } from './podState'

export interface JobShape {
  mode?: 'NonIndexed' | 'Indexed'
  parallelism?: number
  completions?: number | null
  backoffLimit?: number
  suspend?: boolean
  activeDeadlineSeconds?: number
  restartPolicy?: 'Never' | 'OnFailure'
  /** Policies and other fields, as written in the YAML (defaulting still applies). */
  spec?: Partial<JobSpec>
  /** Container names in the template (default one, `c`); pods report a status for `c` only. */
  containers?: string[]
}

export interface PodShape {
  phase: PodPhase
  index?: number
  ready?: boolean
  restarts?: number
  /** ms since the pod finished (terminal pods); default: long ago. */
  finishedAgo?: number
  count?: number
  /** The container's exit code when Failed (default 1). */
  exitCode?: number
  /** Extra pod conditions, e.g. DisruptionTarget. */
  podConditions?: PodCondition['type'][]
  /** Pod annotations beyond the index (e.g. the per-index failure count). */
  annotations?: Record<string, string>
}

export const NOW = 10 * 3_600_000

export function harness(shape: JobShape, opts: { startTimeAgo?: number; conditions?: Job['status']['conditions'] } = {}) {
  const cluster = new Cluster({ seed: 1 })
  cluster.kernel.now = ms(0)
  const created = cluster.api.create<Job>({
    apiVersion: 'batch/v1', kind: 'Job',
    metadata: { name: 'foobar', namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: 0 },
    spec: {
      ...(shape.parallelism !== undefined ? { parallelism: shape.parallelism } : {}),
      ...(shape.completions !== undefined ? { completions: shape.completions } : {}),
      backoffLimit: shape.backoffLimit ?? 6,
      completionMode: shape.mode ?? 'NonIndexed',
      suspend: shape.suspend ?? false,
      ...(shape.activeDeadlineSeconds !== undefined ? { activeDeadlineSeconds: shape.activeDeadlineSeconds } : {}),
      ...shape.spec,
      template: { spec: { restartPolicy: shape.restartPolicy ?? 'Never', containers: (shape.containers ?? ['c']).map((name) => ({ name, image: 'busybox:1.36' })) } },
    },
    status: {},
  })
  if (!created.ok) throw new Error(created.error.message)
  const job = created.value
  cluster.kernel.now = ms(NOW)
  if (opts.startTimeAgo !== undefined) job.status.startTime = NOW - opts.startTimeAgo
  if (opts.conditions) job.status.conditions = opts.conditions
  const events = () => cluster.events.eventsFor(job.metadata.uid).map((e) => ({ type: e.type, reason: e.reason, count: e.count, message: e.message }))

  function addPods(...shapes: PodShape[]): Pod[] {
    const out: Pod[] = []
    for (const s of shapes) {
      for (let i = 0; i < (s.count ?? 1); i++) {
        const terminal = s.phase === 'Succeeded' || s.phase === 'Failed'
        const finishedAt = terminal ? NOW - (s.finishedAgo ?? NOW) : undefined
        const pod: Pod = {
          apiVersion: 'v1', kind: 'Pod',
          metadata: {
            name: '', generateName: s.index !== undefined ? `foobar-${s.index}-` : 'foobar-', namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: 0,
            labels: { ...job.spec.template.metadata?.labels, ...(s.index !== undefined ? { [INDEX_ANNOTATION]: String(s.index) } : {}) },
            ...(s.index !== undefined || s.annotations ? { annotations: { ...(s.index !== undefined ? { [INDEX_ANNOTATION]: String(s.index) } : {}), ...s.annotations } } : {}),
            ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'foobar', uid: job.metadata.uid, controller: true, blockOwnerDeletion: true }],
            finalizers: [TRACKING_FINALIZER],
          },
          // Bound to the node, so a delete is graceful and the pod stays (terminating) as in a real cluster.
          spec: { ...job.spec.template.spec, nodeName: 'node-1' },
          status: {
            phase: s.phase,
            conditions: [...(s.ready ? [{ type: 'Ready' as const, status: 'True' as const, lastTransitionTime: 0 }] : []), ...(s.podConditions ?? []).map((type) => ({ type, status: 'True' as const, lastTransitionTime: 0 }))],
            containerStatuses: [{
              name: 'c', ready: s.ready ?? false, restartCount: s.restarts ?? 0, image: 'busybox:1.36', imageID: '', lastState: {},
              state: terminal ? { terminated: { exitCode: s.phase === 'Succeeded' ? 0 : (s.exitCode ?? 1), startedAt: 0, finishedAt: finishedAt! } } : { running: { startedAt: 0 } },
            }],
          },
        }
        const r = cluster.api.create(pod, { admit: false })
        if (!r.ok) throw new Error(r.error.message)
        out.push(r.value)
      }
    }
    return out
  }

  const pods = () => cluster.api.podsOwnedBy(job.metadata.uid)
  const sync = () => {
    const before = new Set(pods().map((p) => p.metadata.uid))
    const finalizersBefore = new Set(pods().filter((p) => p.metadata.finalizers?.includes(TRACKING_FINALIZER)).map((p) => p.metadata.uid))
    cluster.jobController.syncJob(job)
    const after = pods()
    const createdPods = after.filter((p) => !before.has(p.metadata.uid))
    return {
      created: createdPods,
      deleted: after.filter((p) => before.has(p.metadata.uid) && p.metadata.deletionTimestamp !== undefined),
      finalizersRemoved: [...finalizersBefore].filter((u) => !after.find((p) => p.metadata.uid === u)?.metadata.finalizers?.includes(TRACKING_FINALIZER)).length,
    }
  }
  const status = () => {
    const { active, ready, terminating, succeeded, failed } = job.status
    return { active, ready, terminating, succeeded, failed }
  }
  const conditions = () => (job.status.conditions ?? []).map((c) => ({ type: c.type, status: c.status, reason: c.reason, message: c.message }))
  return { cluster, job, addPods, sync, status, conditions, events, pods }
}
