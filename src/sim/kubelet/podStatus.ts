// The status the kubelet reports for a pod (`kubelet_pods.go`: `generateAPIPodStatus`,
// `getPhase`, `convertToAPIContainerStatuses`): phase, the five conditions in the kubelet's
// order, and container statuses (init in spec order, regular sorted by name).
import type { ContainerState, ContainerStatus, Pod, PodCondition, PodPhase, PodStatus } from '../api/types'
import { type ContainerRecord, hasExited, isRunning, succeededOnce } from './runtime'

export interface RuntimeView {
  init: ContainerRecord[]
  regular: ContainerRecord[]
  sandboxReady: boolean
  podIP?: string
  hostIP: string
  startTime: number
}

const imageRef = (image: string) => {
  const withTag = /:[^/]+$/.test(image) ? image : `${image}:latest`
  return withTag.includes('/') ? (withTag.split('/')[0]!.includes('.') ? withTag : `docker.io/${withTag}`) : `docker.io/library/${withTag}`
}

function terminatedState(r: ContainerRecord, which: 'current' | 'previous'): ContainerState {
  const i = r[which]
  if (!i || i.finishedAt === undefined) return {}
  return {
    terminated: {
      exitCode: i.exitCode ?? 0,
      reason: i.reason ?? (i.exitCode === 0 ? 'Completed' : 'Error'),
      ...(i.message ? { message: i.message } : {}),
      startedAt: i.startedAt,
      finishedAt: i.finishedAt,
      containerID: `containerd://${i.id}`,
    },
  }
}

function containerStatus(r: ContainerRecord, defaultWaiting: string, imageID: string): ContainerStatus {
  let state: ContainerState
  let lastState: ContainerState = terminatedState(r, 'previous')
  if (r.current && isRunning(r)) state = { running: { startedAt: r.current.startedAt } }
  else if (r.current && r.waitingReason) {
    state = { waiting: { reason: r.waitingReason, ...(r.waitingMessage ? { message: r.waitingMessage } : {}) } }
    lastState = terminatedState(r, 'current')
  } else if (r.current) state = terminatedState(r, 'current')
  else state = { waiting: { reason: r.waitingReason ?? defaultWaiting } }
  const running = isRunning(r)
  return {
    name: r.spec.name,
    state,
    lastState,
    ready: r.init ? succeededOnce(r) : running,
    started: running,
    restartCount: Math.max(0, r.instances - 1),
    image: imageRef(r.spec.image),
    imageID: r.current ? imageID : '',
    ...(r.current ? { containerID: `containerd://${r.current.id}` } : {}),
  }
}

/** `getPhase`: Pending until initialised and every container has run; then by exits and restartPolicy. */
export function computePhase(pod: Pod, v: RuntimeView): PodPhase {
  const policy = pod.spec.restartPolicy ?? 'Always'
  for (const r of v.init) {
    if (succeededOnce(r)) continue
    if (hasExited(r) && policy === 'Never') return 'Failed'
    return 'Pending'
  }
  let running = 0
  let waiting = 0
  let stopped = 0
  let succeeded = 0
  for (const r of v.regular) {
    if (isRunning(r)) running++
    else if (hasExited(r)) {
      stopped++
      if (r.current!.exitCode === 0) succeeded++
    } else waiting++
  }
  if (waiting > 0) return 'Pending'
  if (running > 0) return 'Running'
  if (stopped > 0) {
    if (policy === 'Always') return 'Running'
    if (policy === 'OnFailure') return stopped === succeeded ? 'Succeeded' : 'Running'
    return stopped === succeeded ? 'Succeeded' : 'Failed'
  }
  return 'Pending'
}

function cond(prev: PodCondition[] | undefined, type: PodCondition['type'], status: 'True' | 'False', now: number, reason?: string): PodCondition {
  const old = prev?.find((c) => c.type === type)
  return { type, status, lastTransitionTime: old && old.status === status ? old.lastTransitionTime : now, ...(reason ? { reason } : {}) }
}

export function generateStatus(pod: Pod, v: RuntimeView, now: number, imageID: string): PodStatus {
  const old = pod.status
  const isTerminal = (p: PodPhase) => p === 'Succeeded' || p === 'Failed'
  const computed = computePhase(pod, v)
  // A pod never leaves Succeeded or Failed. And the kubelet reports a terminal phase only once the
  // pod is fully stopped, sandbox included: until then the old phase stays, with the containers
  // already shown as terminated — the first `Completed` row of `get pods -w`, phase still Running.
  const phase: PodPhase = isTerminal(old.phase) ? old.phase : isTerminal(computed) && v.sandboxReady ? old.phase : computed
  const hasInit = v.init.length > 0
  const initialized = v.init.every(succeededOnce)
  const terminal = isTerminal(phase) || isTerminal(computed)
  const containersReady = !terminal && v.regular.every(isRunning)
  const conditions: PodCondition[] = [
    cond(old.conditions, 'PodReadyToStartContainers', v.sandboxReady ? 'True' : 'False', now),
    cond(old.conditions, 'Initialized', initialized ? 'True' : 'False', now, initialized ? undefined : 'ContainersNotInitialized'),
    cond(old.conditions, 'Ready', containersReady ? 'True' : 'False', now, containersReady ? undefined : terminal ? 'PodCompleted' : 'ContainersNotReady'),
    cond(old.conditions, 'ContainersReady', containersReady ? 'True' : 'False', now, containersReady ? undefined : terminal ? 'PodCompleted' : 'ContainersNotReady'),
    ...(old.conditions?.filter((c) => c.type === 'PodScheduled' || c.type === 'DisruptionTarget') ?? []),
  ]
  // Before the runtime knows a container, its state is waiting: PodInitializing when the pod has
  // init containers, otherwise ContainerCreating (`convertToAPIContainerStatuses`).
  const defaultWaiting = hasInit ? 'PodInitializing' : 'ContainerCreating'
  const status: PodStatus = {
    phase,
    conditions,
    hostIP: v.hostIP,
    ...(v.podIP ? { podIP: v.podIP } : {}),
    startTime: v.startTime,
    ...(hasInit ? { initContainerStatuses: v.init.map((r) => containerStatus(r, 'PodInitializing', imageID)) } : {}),
    containerStatuses: v.regular.map((r) => containerStatus(r, defaultWaiting, imageID)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    qosClass: 'BestEffort',
  }
  return status
}
