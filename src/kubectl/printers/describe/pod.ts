// describe.go `describePod` (kubectl 1.33/1.34, reference §4.2): header, IPs, containers with their
// states, conditions (rows end with a space), volumes, QoS, node selectors, tolerations, events.
import { translateTimestampSince } from '../../../sim/api/printers'
import type { KEvent, Ms, NodeObject, Pod } from '../../../sim/api/types'
import { rfc1123z } from '../timeFormat'
import { printAnnotationsMultiline, printController, printLabelsMultiline, printTolerationsMultiline } from './common'
import { envValueRetriever } from './containerEnv'
import { describeContainers } from './containers'
import { describeEvents } from './events'
import { LEVEL_0, LEVEL_1, PrefixWriter } from './prefixWriter'
import { describeVolumes } from './volumes'

const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {})

/** `qos.GetPodQOS`: the stored class, else BestEffort when no container asks for resources. */
function qosClass(pod: Pod): string {
  if (pod.status.qosClass) return pod.status.qosClass
  const all = [...(pod.spec.initContainers ?? []), ...pod.spec.containers]
  const asks = all.some((c) => Object.keys(rec(c.resources?.['requests'])).length > 0 || Object.keys(rec(c.resources?.['limits'])).length > 0)
  return asks ? 'Burstable' : 'BestEffort'
}

/** `Node:  <name>/<hostIP>`; the host IP comes from the pod status, or the node's InternalIP. */
function nodeText(pod: Pod, node: NodeObject | undefined): string {
  if (!pod.spec.nodeName) return '<none>'
  const hostIP = pod.status.hostIP ?? node?.status.addresses.find((a) => a.type === 'InternalIP')?.address ?? ''
  return `${pod.spec.nodeName}/${hostIP}`
}

/** `kubectl describe pod`; `events` undefined hides the Events section (--show-events=false). */
export function describePod(pod: Pod, events: readonly KEvent[] | undefined, node: NodeObject | undefined, epochMs: number, now: Ms): string {
  const w = new PrefixWriter()
  const { metadata: meta, spec, status } = pod
  w.write(LEVEL_0, `Name:\t${meta.name}\n`)
  w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? 'default'}\n`)
  if (spec.priority !== undefined) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`)
  if (typeof spec['priorityClassName'] === 'string' && spec['priorityClassName']) w.write(LEVEL_0, `Priority Class Name:\t${spec['priorityClassName']}\n`)
  if (typeof spec['runtimeClassName'] === 'string' && spec['runtimeClassName']) w.write(LEVEL_0, `Runtime Class Name:\t${spec['runtimeClassName']}\n`)
  if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`)
  w.write(LEVEL_0, `Node:\t${nodeText(pod, node)}\n`)
  if (status.startTime !== undefined) w.write(LEVEL_0, `Start Time:\t${rfc1123z(epochMs, status.startTime)}\n`)
  printLabelsMultiline(w, 'Labels', meta.labels)
  printAnnotationsMultiline(w, 'Annotations', meta.annotations)
  if (meta.deletionTimestamp !== undefined && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    // deletionTimestamp lies a grace period ahead, so this reads `<invalid>` until it passes.
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, now)})\n`)
    w.write(LEVEL_0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? 0}s\n`)
  } else {
    w.write(LEVEL_0, `Status:\t${status.phase}\n`)
  }
  if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`)
  if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`)
  const seccomp = rec(rec(spec.securityContext)['seccompProfile'])
  if (typeof seccomp['type'] === 'string') {
    w.write(LEVEL_0, `SeccompProfile:\t${seccomp['type']}\n`)
    if (seccomp['type'] === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${String(seccomp['localhostProfile'] ?? '')}\n`)
  }
  w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`)
  if (status.podIP) {
    w.write(LEVEL_0, 'IPs:\n')
    w.write(LEVEL_1, `IP:\t${status.podIP}\n`)
  } else {
    w.write(LEVEL_0, 'IPs:\t<none>\n')
  }
  const controller = printController(meta)
  if (controller) w.write(LEVEL_0, `Controlled By:\t${controller}\n`)
  const nominated: unknown = Reflect.get(status, 'nominatedNodeName')
  if (typeof nominated === 'string' && nominated) w.write(LEVEL_0, `NominatedNodeName:\t${nominated}\n`)
  const resolve = envValueRetriever(pod)
  if (spec.initContainers && spec.initContainers.length > 0) describeContainers('Init Containers', spec.initContainers, status.initContainerStatuses ?? [], resolve, w, '', epochMs)
  describeContainers('Containers', spec.containers, status.containerStatuses ?? [], resolve, w, '', epochMs)
  const conditions = status.conditions ?? []
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n')
    for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`)
  }
  describeVolumes(spec.volumes, w, '')
  w.write(LEVEL_0, `QoS Class:\t${qosClass(pod)}\n`)
  printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector)
  printTolerationsMultiline(w, 'Tolerations', spec.tolerations)
  describeEvents(events, w, now)
  return w.done()
}
