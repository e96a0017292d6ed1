// Which pod and container a `logs` or `exec` means: `POD`, `pod/POD` or `job/NAME` (the first pod
// in kubectl's `ByLogging` order, with `Found N pods, using pod/…` on stderr), then `-c`, else the
// first container (with `Defaulted container "…" out of: …` when there is a choice).
import type { Pod } from '../sim/api/types'
import type { KubectlContext } from './context'
import { err } from './context'
import { podsOfJob } from './targets'

export type PodPick = { ok: true; pod: Pod } | { ok: false; error: string; waitForPod?: () => Pod | null }

const PHASE_RANK: Record<string, number> = { Running: 0, Succeeded: 0, Failed: 0, Unknown: 1, Pending: 2 }

/** `podutils.ByLogging`: scheduled first, Running/finished before Pending, ready first, older first. */
export function byLogging(a: Pod, b: Pod): number {
  const sa = a.spec.nodeName ? 0 : 1
  const sb = b.spec.nodeName ? 0 : 1
  if (sa !== sb) return sa - sb
  const pa = PHASE_RANK[a.status.phase] ?? 1
  const pb = PHASE_RANK[b.status.phase] ?? 1
  if (pa !== pb) return pa - pb
  const ready = (p: Pod) => (p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 0 : 1)
  if (ready(a) !== ready(b)) return ready(a) - ready(b)
  return a.metadata.creationTimestamp - b.metadata.creationTimestamp
}

export function pickPod(ctx: KubectlContext, word: string, ns: string, announce: boolean): PodPick {
  const [type, name] = word.includes('/') ? (word.split('/', 2) as [string, string]) : ['pod', word]
  const t = type.toLowerCase()
  if (['pod', 'pods', 'po'].includes(t)) {
    const pod = ctx.cluster.api.get('Pod', name, ns)
    return pod ? { ok: true, pod } : { ok: false, error: `Error from server (NotFound): pods "${name}" not found` }
  }
  if (['job', 'jobs', 'job.batch', 'jobs.batch'].includes(t)) {
    const pods = podsOfJob(ctx.cluster, name, ns)
    if (pods === null) return { ok: false, error: `Error from server (NotFound): jobs.batch "${name}" not found` }
    const sorted = [...pods].sort(byLogging)
    const first = sorted[0]
    if (!first) return { ok: false, error: 'error: timed out waiting for the condition', waitForPod: () => [...(podsOfJob(ctx.cluster, name, ns) ?? [])].sort(byLogging)[0] ?? null }
    if (announce && sorted.length > 1) err(ctx, `Found ${sorted.length} pods, using pod/${first.metadata.name}`)
    return { ok: true, pod: first }
  }
  return { ok: false, error: `error: the server doesn't have a resource type "${type}"` }
}

/** The container to use, announcing the default when the pod has several. */
export function pickContainer(ctx: KubectlContext, pod: Pod, requested: string | undefined, announce: boolean): { ok: true; name: string } | { ok: false; error: string } {
  const regular = pod.spec.containers.map((c) => c.name)
  const init = (pod.spec.initContainers ?? []).map((c) => c.name)
  if (requested) {
    if (regular.includes(requested) || init.includes(requested)) return { ok: true, name: requested }
    return { ok: false, error: `error: container ${requested} is not valid for pod ${pod.metadata.name}` }
  }
  const chosen = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] ?? regular[0]!
  if (announce && regular.length + init.length > 1) {
    err(ctx, `Defaulted container "${chosen}" out of: ${[...regular, ...init.map((n) => `${n} (init)`)].join(', ')}`)
  }
  return { ok: true, name: chosen }
}
