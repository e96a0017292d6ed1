// Naming objects on the command line: `TYPE NAME…`, `TYPE/NAME`, `TYPE1,TYPE2`, with kubectl's
// errors for what it cannot resolve.
import type { KubeObject, Pod } from '../sim/api/types'
import type { Cluster } from '../sim/cluster'
import { findResource, groupResource, type ResourceInfo, unknownResource } from './resources'

export interface Target {
  resource: ResourceInfo
  name: string
}

export type Targets = { ok: true; targets: Target[]; resources: ResourceInfo[] } | { ok: false; error: string }

/** Reads `pods x y`, `pod/x job/y`, or `pods` (no names). */
export function parseTargets(words: readonly string[]): Targets {
  if (words.length === 0) return { ok: true, targets: [], resources: [] }
  if (words.some((w) => w.includes('/'))) {
    const targets: Target[] = []
    for (const w of words) {
      const [type, name] = w.split('/', 2) as [string, string | undefined]
      if (!name) return { ok: false, error: `error: arguments in resource/name form must have a single resource and name` }
      const r = findResource(type)
      if (!r) return { ok: false, error: unknownResource(type) }
      targets.push({ resource: r, name })
    }
    return { ok: true, targets, resources: [...new Set(targets.map((t) => t.resource))] }
  }
  const [types, ...names] = words as [string, ...string[]]
  const resources: ResourceInfo[] = []
  for (const t of types.split(',')) {
    const r = findResource(t)
    if (!r) return { ok: false, error: unknownResource(t) }
    resources.push(r)
  }
  if (names.length > 0 && resources.length > 1) return { ok: false, error: 'error: you may only specify a single resource type' }
  return { ok: true, targets: names.map((name) => ({ resource: resources[0]!, name })), resources }
}

export function lookup(cluster: Cluster, t: Target, ns: string): KubeObject | undefined {
  return cluster.api.get(t.resource.kind, t.name, t.resource.namespaced ? ns : undefined)
}

export const notFoundText = (t: Target) => `Error from server (NotFound): ${groupResource(t.resource)} "${t.name}" not found`

/** Pods a Job selects, oldest first (for `logs job/x`, `exec job/x`). */
export function podsOfJob(cluster: Cluster, jobName: string, ns: string): Pod[] | null {
  const job = cluster.api.get('Job', jobName, ns)
  if (!job) return null
  return cluster.api.podsOwnedBy(job.metadata.uid).sort((a, b) => a.metadata.creationTimestamp - b.metadata.creationTimestamp)
}
