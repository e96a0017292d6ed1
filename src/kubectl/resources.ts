// Resource names as kubectl understands them (discovery): plural, singular, short names and
// the group-qualified form, mapped to the kinds the simulated cluster stores.
import type { Kind } from '../sim/api/types'

export interface ResourceInfo {
  kind: Kind
  /** Plural resource, e.g. `jobs`. */
  plural: string
  /** `job.batch`, `pod`: the prefix kubectl prints in `-o name` and messages. */
  qualified: string
  namespaced: boolean
}

const RESOURCES: (ResourceInfo & { names: string[] })[] = [
  { kind: 'Pod', plural: 'pods', qualified: 'pod', namespaced: true, names: ['pods', 'pod', 'po'] },
  { kind: 'Job', plural: 'jobs', qualified: 'job.batch', namespaced: true, names: ['jobs', 'job', 'jobs.batch', 'job.batch'] },
  { kind: 'CronJob', plural: 'cronjobs', qualified: 'cronjob.batch', namespaced: true, names: ['cronjobs', 'cronjob', 'cj', 'cronjobs.batch', 'cronjob.batch'] },
  { kind: 'Service', plural: 'services', qualified: 'service', namespaced: true, names: ['services', 'service', 'svc'] },
  { kind: 'Event', plural: 'events', qualified: 'event', namespaced: true, names: ['events', 'event', 'ev'] },
  { kind: 'Node', plural: 'nodes', qualified: 'node', namespaced: false, names: ['nodes', 'node', 'no'] },
  { kind: 'Namespace', plural: 'namespaces', qualified: 'namespace', namespaced: false, names: ['namespaces', 'namespace', 'ns'] },
  { kind: 'DaemonSet', plural: 'daemonsets', qualified: 'daemonset.apps', namespaced: true, names: ['daemonsets', 'daemonset', 'ds', 'daemonsets.apps', 'daemonset.apps'] },
  { kind: 'PersistentVolumeClaim', plural: 'persistentvolumeclaims', qualified: 'persistentvolumeclaim', namespaced: true, names: ['persistentvolumeclaims', 'persistentvolumeclaim', 'pvc'] },
  { kind: 'PersistentVolume', plural: 'persistentvolumes', qualified: 'persistentvolume', namespaced: false, names: ['persistentvolumes', 'persistentvolume', 'pv'] },
  {
    kind: 'StorageClass', plural: 'storageclasses', qualified: 'storageclass.storage.k8s.io', namespaced: false,
    names: ['storageclasses', 'storageclass', 'sc', 'storageclasses.storage.k8s.io', 'storageclass.storage.k8s.io'],
  },
]

export function findResource(name: string): ResourceInfo | undefined {
  const n = name.toLowerCase()
  return RESOURCES.find((r) => r.names.includes(n))
}

/** `jobs.batch`, `pods`: how the apiserver names the resource in NotFound errors. */
export const groupResource = (r: ResourceInfo): string => `${r.plural}${GROUP_SUFFIX[r.kind] ?? ''}`
const GROUP_SUFFIX: Partial<Record<Kind, string>> = { Job: '.batch', CronJob: '.batch', DaemonSet: '.apps', StorageClass: '.storage.k8s.io' }

export function resourceOfKind(kind: Kind): ResourceInfo {
  return RESOURCES.find((r) => r.kind === kind)!
}

/** `error: the server doesn't have a resource type "x"`. */
export const unknownResource = (name: string) => `error: the server doesn't have a resource type "${name}"`

/** What `kubectl get all` lists (the kinds of it this cluster has). */
export const ALL: Kind[] = ['Pod', 'Service', 'DaemonSet', 'CronJob', 'Job']
