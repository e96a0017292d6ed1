// `kubectl get nodes` cells (printers.go `printNode`): STATUS is the Ready condition's word, with
// `SchedulingDisabled` appended while `spec.unschedulable` is set (what `kubectl cordon` does);
// ROLES come from `node-role.kubernetes.io/<role>` labels; VERSION is the kubelet's version.
import type { Ms, NodeObject } from '../types'
import { translateTimestampSince } from './timestamps'

export interface NodeRow {
  name: string
  status: string
  roles: string
  age: string
  version: string
  internalIP: string
  externalIP: string
  osImage: string
  kernelVersion: string
  containerRuntime: string
}

const ROLE_PREFIX = 'node-role.kubernetes.io/'

/** `findNodeRoles`: `node-role.kubernetes.io/<role>` labels and the older `kubernetes.io/role`. */
export function nodeRoles(node: NodeObject): string {
  const found = new Set<string>()
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX) && k.length > ROLE_PREFIX.length) found.add(k.slice(ROLE_PREFIX.length))
    else if (k === 'kubernetes.io/role' && v !== '') found.add(v)
  }
  return found.size === 0 ? '<none>' : [...found].sort().join(',')
}

/** Ready → `Ready`, otherwise `NotReady`; no Ready condition → `Unknown`; then `SchedulingDisabled`. */
export function nodeStatus(node: NodeObject): string {
  const ready = node.status.conditions?.find((c) => c.type === 'Ready')
  const words = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown']
  if (node.spec?.unschedulable) words.push('SchedulingDisabled')
  return words.join(',')
}

const orUnknown = (s: string | undefined) => (s ? s : '<unknown>')

export function printNode(node: NodeObject, now: Ms): NodeRow {
  const info = node.status.nodeInfo
  return {
    name: node.metadata.name,
    status: nodeStatus(node),
    roles: nodeRoles(node),
    age: translateTimestampSince(node.metadata.creationTimestamp, now),
    version: info?.kubeletVersion ?? '',
    internalIP: node.status.addresses.find((a) => a.type === 'InternalIP')?.address ?? '<none>',
    externalIP: node.status.addresses.find((a) => a.type === 'ExternalIP')?.address ?? '<none>',
    osImage: orUnknown(info?.osImage),
    kernelVersion: orUnknown(info?.kernelVersion),
    containerRuntime: orUnknown(info?.containerRuntimeVersion),
  }
}
