// The status the kubelet reports for a pod (`kubelet_pods.go`: `generateAPIPodStatus`,
// `getPhase`, `convertToAPIContainerStatuses`): phase, the five conditions in the kubelet's
// order, and container statuses (init in spec order, regular sorted by name).
import type { ContainerState, ContainerStateTerminated, ContainerStateWaiting, ContainerStatus, Pod, PodCondition, PodPhase, PodStatus } from '../api/types'
import { type ContainerRecord, hasExited, isRunning, succeededOnce } from './runtime'

export interface RuntimeView {
  init: ContainerRecord[]
  regular: ContainerRecord[]
  sandboxReady: boolean
  podIP?: string | undefined
  hostIP: string
  startTime: number
}

function imageRefUncached(image: string): string {
  const withTag = /:[^/]+$/.test(image) ? image : `${image}:latest`
  return withTag.includes('/') ? (withTag.split('/')[0]!.includes('.') ? withTag : `docker.io/${withTag}`) : `docker.io/library/${withTag}`
}

/** Every report names each container's image: one string per image name, not one per report. */
const imageRefs = new Map<string, string>()
function imageRef(image: string): string {
  let ref = imageRefs.get(image)
  if (ref === undefined) {
    ref = imageRefUncached(image)
    if (imageRefs.size < 1000) imageRefs.set(image, ref)
  }
  return ref
}

function terminatedState(r: ContainerRecord, which: 'current' | 'previous'): ContainerState {
  const i = r[which]
  if (!i || i.finishedAt === undefined) return {}
  const exitCode = i.exitCode ?? 0
  const reason = i.reason ?? (i.exitCode === 0 ? 'Completed' : 'Error')
  const { startedAt, finishedAt, containerID } = i
  const terminated: ContainerStateTerminated = i.message
    ? { exitCode, reason, message: i.message, startedAt, finishedAt, containerID }
    : { exitCode, reason, startedAt, finishedAt, containerID }
  return { terminated }
}

function containerStatus(r: ContainerRecord, defaultWaiting: string, imageID: string): ContainerStatus {
  let state: ContainerState
  let lastState: ContainerState = terminatedState(r, 'previous')
  if (r.current && isRunning(r)) state = { running: { startedAt: r.current.startedAt } }
  else if (r.current && r.waitingReason) {
    const waiting: ContainerStateWaiting = { reason: r.waitingReason }
    if (r.waitingMessage) waiting.message = r.waitingMessage
    state = { waiting }
    lastState = terminatedState(r, 'current')
  } else if (r.current) state = terminatedState(r, 'current')
  else state = { waiting: { reason: r.waitingReason ?? defaultWaiting } }
  const running = isRunning(r)
  const cs: ContainerStatus = {
    name: r.spec.name,
    state,
    lastState,
    ready: r.init ? succeededOnce(r) : running,
    started: running,
    restartCount: Math.max(0, r.instances - 1),
    image: imageRef(r.spec.image),
    imageID: r.current ? imageID : '',
  }
  if (r.current) cs.containerID = r.current.containerID
  return cs
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
  let old: PodCondition | undefined
  if (prev) for (const c of prev) if (c.type === type) { old = c; break }
  // Unchanged: keep the object, as the previous status is dropped once this one replaces it.
  if (old && old.status === status && old.reason === reason && old.message === undefined) return old
  const c: PodCondition = { type, status, lastTransitionTime: old && old.status === status ? old.lastTransitionTime : now }
  if (reason) c.reason = reason
  return c
}

const isTerminal = (p: PodPhase) => p === 'Succeeded' || p === 'Failed'

export function generateStatus(pod: Pod, v: RuntimeView, now: number, imageID: string): PodStatus {
  const old = pod.status
  const computed = computePhase(pod, v)
  // A pod never leaves Succeeded or Failed. And the kubelet reports a terminal phase only once the
  // pod is fully stopped, sandbox included: until then the old phase stays, with the containers
  // already shown as terminated — the first `Completed` row of `get pods -w`, phase still Running.
  const phase: PodPhase = isTerminal(old.phase) ? old.phase : isTerminal(computed) && v.sandboxReady ? old.phase : computed
  const hasInit = v.init.length > 0
  const initialized = v.init.every(succeededOnce)
  const terminal = isTerminal(phase) || isTerminal(computed)
  const containersReady = !terminal && v.regular.every(isRunning)
  const notReady = terminal ? 'PodCompleted' : 'ContainersNotReady'
  const sandbox = cond(old.conditions, 'PodReadyToStartContainers', v.sandboxReady ? 'True' : 'False', now)
  const init = cond(old.conditions, 'Initialized', initialized ? 'True' : 'False', now, initialized ? undefined : 'ContainersNotInitialized')
  const ready = cond(old.conditions, 'Ready', containersReady ? 'True' : 'False', now, containersReady ? undefined : notReady)
  const cReady = cond(old.conditions, 'ContainersReady', containersReady ? 'True' : 'False', now, containersReady ? undefined : notReady)
  // The scheduler's conditions follow; usually just PodScheduled (an array made whole, not grown).
  const kept = old.conditions?.filter((c) => c.type === 'PodScheduled' || c.type === 'DisruptionTarget') ?? []
  const conditions: PodCondition[] = kept.length === 0 ? [sandbox, init, ready, cReady]
    : kept.length === 1 ? [sandbox, init, ready, cReady, kept[0]!] : [sandbox, init, ready, cReady, ...kept]
  // Before the runtime knows a container, its state is waiting: PodInitializing when the pod has
  // init containers, otherwise ContainerCreating (`convertToAPIContainerStatuses`).
  const defaultWaiting = hasInit ? 'PodInitializing' : 'ContainerCreating'
  // Fields in the order the API shows them, assigned one by one rather than spread: a status is
  // built on every report of every pod.
  const status: PodStatus = { phase, conditions, hostIP: v.hostIP }
  if (v.podIP) status.podIP = v.podIP
  status.startTime = v.startTime
  if (hasInit) status.initContainerStatuses = v.init.map((r) => containerStatus(r, 'PodInitializing', imageID))
  const regular = v.regular.map((r) => containerStatus(r, defaultWaiting, imageID))
  if (regular.length > 1) regular.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  status.containerStatuses = regular
  status.qosClass = 'BestEffort'
  return status
}
