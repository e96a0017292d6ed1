// Which pods `kubectl drain` removes from a node, and the warnings and errors it prints about the
// rest (kubectl `pkg/drain/filters.go`, v1.34). Filters run in order and the first that says "do
// not delete" ends a pod's run: skipDeleted, daemonSet, mirrorPod, localStorage, unreplicated.
// Finished pods (Succeeded/Failed) are always removed. Every node runs kube-system's kindnet and
// kube-proxy DaemonSet pods (sim/system/kubeSystem.ts), so a drain needs --ignore-daemonsets.
import type { Pod } from '../sim/api/types'

export const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)'
export const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods'
export const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)'
export const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage'
export const UNMANAGED_FATAL = 'Pods that declare no controller (use --force to override)'
export const UNMANAGED_WARNING = 'deleting Pods that declare no controller'
const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror'

export interface DrainFilterOptions {
  force: boolean
  deleteEmptyDirData: boolean
  ignoreDaemonSets: boolean
  /** Whether the DaemonSet `ns/name` exists (a pod whose DaemonSet is gone is an orphan). */
  daemonSetExists: (namespace: string, name: string) => boolean
  /** `--skip-wait-for-delete-timeout` in seconds; 0 keeps pods that are already being deleted. */
  skipWaitForDeleteTimeoutSeconds: number
  now: number
}

export interface PodsForDeletion {
  pods: Pod[]
  /** `list.Warnings()`: `<message>: ns/a, ns/b` groups joined by `; ` (empty when none). */
  warnings: string
  /** `list.errors()`: one `cannot delete <message>: ns/a, ns/b` per kind of refusal. */
  errors: string[]
}

type Verdict = { delete: boolean; warning?: string; error?: string }

const finished = (p: Pod) => p.status.phase === 'Succeeded' || p.status.phase === 'Failed'

/** `shouldSkipPod`: being deleted for longer than the skip timeout (only when it is > 0). */
export function shouldSkipPod(p: Pod, skipSeconds: number, now: number): boolean {
  const ts = p.metadata.deletionTimestamp
  return skipSeconds > 0 && ts !== undefined && Math.floor((now - ts) / 1000) > skipSeconds
}

function verdict(p: Pod, o: DrainFilterOptions): Verdict {
  if (shouldSkipPod(p, o.skipWaitForDeleteTimeoutSeconds, o.now)) return { delete: false }
  const ds = daemonSetVerdict(p, o)
  if (ds) return ds
  if (p.metadata.annotations?.[MIRROR_ANNOTATION] !== undefined) return { delete: false }
  let warning: string | undefined
  if ((p.spec.volumes ?? []).some((v) => v.emptyDir !== undefined) && !finished(p)) {
    if (!o.deleteEmptyDirData) return { delete: false, error: LOCAL_STORAGE_FATAL }
    warning = LOCAL_STORAGE_WARNING
  }
  if (finished(p) || p.metadata.ownerReferences?.some((r) => r.controller)) return { delete: true, ...(warning ? { warning } : {}) }
  // Only the last filter's warning is kept (upstream's own TODO says so).
  if (o.force) return { delete: true, warning: UNMANAGED_WARNING }
  return { delete: false, error: UNMANAGED_FATAL }
}

/** `daemonSetFilter`: null lets the pod go on to the next filter. */
function daemonSetVerdict(p: Pod, o: DrainFilterOptions): Verdict | null {
  const ref = p.metadata.ownerReferences?.find((r) => r.controller)
  if (!ref || ref.kind !== 'DaemonSet' || finished(p)) return null
  if (!o.daemonSetExists(p.metadata.namespace ?? 'default', ref.name)) {
    // The Get's NotFound error, as the message; --force removes the orphan with it as a warning.
    const notFound = `daemonsets.apps "${ref.name}" not found`
    return o.force ? { delete: true, warning: notFound } : { delete: false, error: notFound }
  }
  if (!o.ignoreDaemonSets) return { delete: false, error: DAEMONSET_FATAL }
  return { delete: false, warning: DAEMONSET_WARNING }
}

/** `GetPodsForDeletion` over the pods bound to the node, in list order (namespace, then name). */
export function podsForDeletion(podsOnNode: readonly Pod[], o: DrainFilterOptions): PodsForDeletion {
  const pods: Pod[] = []
  const warned = new Map<string, string[]>()
  const failed = new Map<string, string[]>()
  for (const p of podsOnNode) {
    const v = verdict(p, o)
    const id = `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`
    if (v.delete) pods.push(p)
    if (v.warning) warned.set(v.warning, [...(warned.get(v.warning) ?? []), id])
    if (v.error) failed.set(v.error, [...(failed.get(v.error) ?? []), id])
  }
  // Upstream groups by message in a Go map (random order); filter order is used here.
  return {
    pods,
    warnings: [...warned].map(([m, ids]) => `${m}: ${ids.join(', ')}`).join('; '),
    errors: [...failed].map(([m, ids]) => `cannot delete ${m}: ${ids.join(', ')}`),
  }
}

/** `utilerrors.NewAggregate(errs).Error()`: one error as is, several as `[a, b]`. */
export function aggregate(errors: readonly string[]): string {
  return errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`
}

/** Go's `time.Duration.String()` for whole milliseconds: `30s`, `1m0s`, `1m30s`, `1.5s`, `500ms`. */
export function goDurationString(ms: number): string {
  if (ms === 0) return '0s'
  if (ms < 1000) return `${ms}ms`
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor((ms % 3_600_000) / 60_000)
  const s = (ms % 60_000) / 1000
  const sec = `${Number(s.toFixed(3))}s`
  if (h > 0) return `${h}h${m}m${sec}`
  if (m > 0) return `${m}m${sec}`
  return sec
}
