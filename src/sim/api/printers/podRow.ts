// One `kubectl get pods` row as the apiserver builds it (`printPod` in
// pkg/printers/internalversion/printers.go): NAME READY STATUS RESTARTS AGE, and for -o wide
// IP NODE NOMINATED NODE READINESS GATES.
import type { Ms, Pod } from '../types'
import { summarizePod } from './podStatus'
import { translateTimestampSince } from './timestamps'

export interface PodRow {
  name: string
  ready: string
  status: string
  restarts: string
  age: string
  ip: string
  node: string
  nominatedNode: string
  readinessGates: string
}

/** `spec.readinessGates` (not in the typed PodSpec; read defensively). */
function readinessGateTypes(pod: Pod): string[] {
  const gates = pod.spec['readinessGates']
  if (!Array.isArray(gates)) return []
  return gates.flatMap((g: unknown) => {
    const t = typeof g === 'object' && g !== null ? (g as Record<string, unknown>)['conditionType'] : undefined
    return typeof t === 'string' ? [t] : []
  })
}

export function printPod(pod: Pod, now: Ms): PodRow {
  const s = summarizePod(pod)
  // restartsStr: `N (Xs ago)` from the newest previous termination.
  const restarts = s.restarts !== 0 && s.lastRestartAt !== undefined ? `${s.restarts} (${translateTimestampSince(s.lastRestartAt, now)} ago)` : String(s.restarts)

  const gates = readinessGateTypes(pod)
  let readinessGates = '<none>'
  if (gates.length > 0) {
    let trueConditions = 0
    for (const g of gates) {
      const c = (pod.status.conditions ?? []).find((x) => x.type === g)
      if (c?.status === 'True') trueConditions++
    }
    readinessGates = `${trueConditions}/${gates.length}`
  }
  // status.nominatedNodeName is not in the typed PodStatus; the scheduler's preemption sets it.
  const nominated: unknown = Reflect.get(pod.status, 'nominatedNodeName')

  return {
    name: pod.metadata.name,
    ready: `${s.readyContainers}/${s.totalContainers}`,
    status: s.reason,
    restarts,
    age: translateTimestampSince(pod.metadata.creationTimestamp, now),
    ip: pod.status.podIP || '<none>',
    node: pod.spec.nodeName || '<none>',
    nominatedNode: typeof nominated === 'string' && nominated !== '' ? nominated : '<none>',
    readinessGates,
  }
}
