// Writing to the API on the learner's behalf: create, and update after a merge (apply, patch).
// The update path re-applies server defaults to the merged object — as the apiserver does after
// a patch — bumps `generation` when the spec changed, and lets admission validate the change.
import { applyDefaults } from '../sim/api/admission'
import type { ApiResult } from '../sim/api/errors'
import type { KubeObject } from '../sim/api/types'
import type { Cluster } from '../sim/cluster'
import { clone, deepEqual, mergePatch } from './merge'
import { resourceOfKind } from './resources'

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration'

/** `job.batch/x`, `pod/x`. */
export const nameOf = (obj: KubeObject) => `${resourceOfKind(obj.kind).qualified}/${obj.metadata.name}`

export type UpdateOutcome = { ok: true; changed: boolean; object: KubeObject } | { ok: false; error: string }

/** Applies a merge to a stored object and writes it if anything changed. */
export function updateWithPatch(cluster: Cluster, current: KubeObject, patch: unknown, strategic: boolean): UpdateOutcome {
  const before = clone(current)
  let next: KubeObject
  try {
    next = mergePatch(clone(current), patch, strategic)
  } catch (e) {
    return { ok: false, error: `error: ${e instanceof Error ? e.message : String(e)}` }
  }
  next = applyDefaults(next)
  if (deepEqual(next, before)) return { ok: true, changed: false, object: current }
  const r: ApiResult<KubeObject> = cluster.api.update(next)
  if (!r.ok) return { ok: false, error: r.error.message }
  return { ok: true, changed: true, object: r.value }
}

/** The JSON kubectl stores in the last-applied annotation: the manifest as given, compact. */
export function lastAppliedOf(manifest: KubeObject): string {
  const { name, namespace, labels, annotations } = manifest.metadata
  const { status: _status, ...body } = manifest as KubeObject & { status?: unknown }
  return `${JSON.stringify({ ...body, metadata: { ...(annotations ? { annotations } : {}), ...(labels ? { labels } : {}), name, ...(namespace ? { namespace } : {}) } })}\n`
}

/** Creates a decoded object, printing `… created` or the server's error as `kubectl create/apply -f FILE` does. */
export function createFromFile(cluster: Cluster, obj: KubeObject, file: string, out: (t: string) => void, err: (t: string) => void): boolean {
  const r = cluster.api.create(obj)
  if (r.ok) {
    out(`${nameOf(r.value)} created`)
    return true
  }
  // Invalid errors print as they are; others name the file (`error when creating "job.yaml": …`).
  err(r.error.reason === 'Invalid' ? r.error.message : r.error.message.replace('): ', `): error when creating "${file}": `))
  return false
}
