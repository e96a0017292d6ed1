// describe.go `describeNode` (v1.34): name, roles, labels, annotations, creation time, taints
// (sorted by effect then key), Unschedulable, the node's Lease, the conditions table, addresses,
// capacity and allocatable (sorted by resource name), system info, pod CIDRs, provider ID, the
// non-terminated pods with their requests and limits against allocatable
// (`describeNodeResource`), the totals (`Allocated resources`), then the events. It prints
// whatever conditions and taints the Node object holds (a cordon's unschedulable taint, a silent
// node's Unknown conditions and unreachable taints).
import { byString, translateTimestampSince } from '../../../sim/api/printers'
import { taintText } from '../../../sim/api/taints'
import type { Container, KEvent, Ms, NodeObject, Pod, Taint } from '../../../sim/api/types'
import { nodeRoles } from '../../../sim/api/printers/nodeRow'
import { rfc1123z } from '../timeFormat'
import { printAnnotationsMultiline, printLabelsMultiline } from './common'
import { describeEvents } from './events'
import { LEVEL_0, LEVEL_1, PrefixWriter } from './prefixWriter'
import { addQuantity, parseQuantity, type Quantity, quantityString, ZERO } from './quantity'

export interface NodeLease {
  holderIdentity: string
  renewTime: Ms
}


function printTaints(w: PrefixWriter, taints: readonly Taint[] | undefined): void {
  w.write(LEVEL_0, 'Taints:\t')
  if (!taints || taints.length === 0) {
    w.writeLine('<none>')
    return
  }
  const sorted = [...taints].sort((a, b) => byString(`${a.effect},${a.key}`, `${b.effect},${b.key}`))
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t')
    w.write(LEVEL_0, `${taintText(t)}\n`)
  })
}

type Resources = Record<string, Quantity>

function containerResources(c: Container, field: 'requests' | 'limits'): Resources {
  const r = (c.resources ?? {}) as { requests?: Record<string, string>; limits?: Record<string, string> }
  // The apiserver defaults a request to its limit when only the limit is set.
  const values = field === 'requests' ? { ...r.limits, ...r.requests } : { ...r.limits }
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, parseQuantity(v)]))
}

/** `PodRequests` / `PodLimits`: the sum over containers, at least the largest init container's. */
function podResources(p: Pod, field: 'requests' | 'limits'): Resources {
  const sum: Resources = {}
  for (const c of p.spec.containers) for (const [k, q] of Object.entries(containerResources(c, field))) sum[k] = addQuantity(sum[k] ?? ZERO, q)
  for (const c of p.spec.initContainers ?? []) {
    for (const [k, q] of Object.entries(containerResources(c, field))) if (q.milli > (sum[k]?.milli ?? 0)) sum[k] = q
  }
  return sum
}

/** `int64(float64(v) / float64(total) * 100)`, 0 when there is nothing to divide by. */
const percent = (v: Quantity, total: Quantity): number => (total.milli === 0 ? 0 : Math.trunc((v.milli / total.milli) * 100))
const cell = (v: Quantity | undefined, total: Quantity) => `${quantityString(v ?? ZERO)} (${percent(v ?? ZERO, total)}%)`

function describeNodeResource(w: PrefixWriter, pods: readonly Pod[], node: NodeObject, now: Ms): void {
  const list = node.status.allocatable && Object.keys(node.status.allocatable).length ? node.status.allocatable : (node.status.capacity ?? {})
  const alloc: Resources = Object.fromEntries(Object.entries(list).map(([k, v]) => [k, parseQuantity(v)]))
  const of = (k: string) => alloc[k] ?? ZERO
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`)
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n')
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n')
  const reqs: Resources = {}
  const limits: Resources = {}
  for (const p of pods) {
    const req = podResources(p, 'requests')
    const lim = podResources(p, 'limits')
    for (const [k, q] of Object.entries(req)) reqs[k] = addQuantity(reqs[k] ?? ZERO, q)
    for (const [k, q] of Object.entries(lim)) limits[k] = addQuantity(limits[k] ?? ZERO, q)
    w.write(LEVEL_1, `${p.metadata.namespace ?? 'default'}\t${p.metadata.name}\t\t${cell(req.cpu, of('cpu'))}\t${cell(lim.cpu, of('cpu'))}\t${cell(req.memory, of('memory'))}\t${cell(lim.memory, of('memory'))}\t${translateTimestampSince(p.metadata.creationTimestamp, now)}\n`)
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n')
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n')
  w.write(LEVEL_1, '--------\t--------\t------\n')
  for (const k of ['cpu', 'memory', 'ephemeral-storage']) w.write(LEVEL_1, `${k}\t${cell(reqs[k], of(k))}\t${cell(limits[k], of(k))}\n`)
  for (const k of Object.keys(alloc).filter((r) => r.startsWith('hugepages-')).sort(byString)) w.write(LEVEL_1, `${k}\t${cell(reqs[k], of(k))}\t${cell(limits[k], of(k))}\n`)
}

/**
 * `kubectl describe node`. `pods` are the pods bound to the node in list order (namespace, then
 * name), finished ones included (they are left out here, as the field selector does).
 */
export function describeNode(node: NodeObject, pods: readonly Pod[], lease: NodeLease | undefined, events: readonly KEvent[] | undefined, epochMs: number, now: Ms): string {
  const w = new PrefixWriter()
  const at = (t: Ms | undefined) => rfc1123z(epochMs, t ?? 0)
  w.write(LEVEL_0, `Name:\t${node.metadata.name}\n`)
  w.write(LEVEL_0, `Roles:\t${nodeRoles(node)}\n`)
  printLabelsMultiline(w, 'Labels', node.metadata.labels)
  printAnnotationsMultiline(w, 'Annotations', node.metadata.annotations)
  w.write(LEVEL_0, `CreationTimestamp:\t${at(node.metadata.creationTimestamp)}\n`)
  printTaints(w, node.spec?.taints)
  w.write(LEVEL_0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`)
  w.write(LEVEL_0, 'Lease:\n')
  w.write(LEVEL_1, `HolderIdentity:\t${lease?.holderIdentity ?? '<unset>'}\n`)
  w.write(LEVEL_1, 'AcquireTime:\t<unset>\n')
  w.write(LEVEL_1, `RenewTime:\t${lease ? at(lease.renewTime) : '<unset>'}\n`)
  const conditions = node.status.conditions ?? []
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n')
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n')
    for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \t${at(c.lastHeartbeatTime)} \t${at(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`)
  }
  w.write(LEVEL_0, 'Addresses:\n')
  for (const a of node.status.addresses) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`)
  for (const [title, list] of [['Capacity', node.status.capacity], ['Allocatable', node.status.allocatable]] as const) {
    if (!list || Object.keys(list).length === 0) continue
    w.write(LEVEL_0, `${title}:\n`)
    for (const k of Object.keys(list).sort(byString)) w.write(LEVEL_0, `  ${k}:\t${quantityString(parseQuantity(list[k]))}\n`)
  }
  const info = node.status.nodeInfo
  w.write(LEVEL_0, 'System Info:\n')
  const sys: [string, string | undefined][] = [
    ['Machine ID', info?.machineID], ['System UUID', info?.systemUUID], ['Boot ID', info?.bootID], ['Kernel Version', info?.kernelVersion], ['OS Image', info?.osImage],
    ['Operating System', info?.operatingSystem], ['Architecture', info?.architecture], ['Container Runtime Version', info?.containerRuntimeVersion], ['Kubelet Version', info?.kubeletVersion],
  ]
  for (const [k, v] of sys) w.write(LEVEL_0, `  ${k}:\t${v ?? ''}\n`)
  if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`)
  if (node.spec?.podCIDRs?.length) w.write(LEVEL_0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`)
  if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`)
  describeNodeResource(w, pods.filter((p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed'), node, now)
  describeEvents(events, w, now)
  return w.done()
}
