// The READY / STATUS / RESTARTS logic of the apiserver's `printPod`
// (pkg/printers/internalversion/printers.go), reference §2.1–§2.2.
import type { Container, ContainerStateTerminated, Ms, Pod, PodStatus } from '../types'

export interface PodSummary {
  readyContainers: number
  totalContainers: number
  /** The STATUS cell. */
  reason: string
  restarts: number
  /** finishedAt of the newest previous termination that counts, if any. */
  lastRestartAt: Ms | undefined
}

/** `isRestartableInitContainer`: a sidecar is an init container with restartPolicy Always. */
const isSidecar = (c: Container | undefined): boolean => c?.restartPolicy === 'Always'

const newer = (a: Ms | undefined, b: Ms | undefined): Ms | undefined => (b !== undefined && (a === undefined || a < b) ? b : a)

const conditionTrue = (st: PodStatus, type: string): boolean => (st.conditions ?? []).some((c) => c.type === type && c.status === 'True')

/** Reason for a terminated container without a reason: `Signal:<n>` or `ExitCode:<n>`. */
const exitText = (t: ContainerStateTerminated): string => (t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode}`)

export function summarizePod(pod: Pod): PodSummary {
  const st = pod.status
  const initList = pod.spec.initContainers
  // Most pods have no init containers: build the lookup only when there are some.
  const initSpecs = initList && initList.length > 0 ? new Map<string, Container>() : null
  let totalContainers = pod.spec.containers.length
  for (const c of initList ?? []) {
    initSpecs!.set(c.name, c)
    if (isSidecar(c)) totalContainers++
  }
  let readyContainers = 0
  let restarts = 0
  let sidecarRestarts = 0
  let lastRestartAt: Ms | undefined
  let lastSidecarRestartAt: Ms | undefined

  let reason: string = st.reason ? st.reason : st.phase
  for (const c of st.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated'
  }

  // Init containers in status order (the kubelet keeps spec order); the first one that is not
  // done decides the STATUS and marks the pod as initializing.
  let initializing = false
  const inits = st.initContainerStatuses ?? []
  for (let i = 0; i < inits.length; i++) {
    const c = inits[i]!
    const spec = initSpecs?.get(c.name)
    restarts += c.restartCount
    lastRestartAt = newer(lastRestartAt, c.lastState.terminated?.finishedAt)
    if (isSidecar(spec)) {
      sidecarRestarts += c.restartCount
      lastSidecarRestartAt = newer(lastSidecarRestartAt, c.lastState.terminated?.finishedAt)
    }
    const term = c.state.terminated
    if (term && term.exitCode === 0) continue
    if (isSidecar(spec) && c.started === true) {
      if (c.ready) readyContainers++
      continue
    }
    if (term) reason = term.reason ? `Init:${term.reason}` : `Init:${exitText(term)}`
    else if (c.state.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') reason = `Init:${c.state.waiting.reason}`
    else reason = `Init:${i}/${pod.spec.initContainers?.length ?? 0}`
    initializing = true
    break
  }

  if (!initializing || conditionTrue(st, 'Initialized')) {
    // Ordinary init-container restarts stop counting once the pod is initialized.
    restarts = sidecarRestarts
    lastRestartAt = lastSidecarRestartAt
    let hasRunning = false
    const statuses = st.containerStatuses ?? []
    // Walked from last to first, so the first entry (by name, as the kubelet sorts them) wins.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i]!
      restarts += c.restartCount
      lastRestartAt = newer(lastRestartAt, c.lastState.terminated?.finishedAt)
      const { waiting, terminated, running } = c.state
      if (waiting && waiting.reason) reason = waiting.reason
      else if (terminated && terminated.reason) reason = terminated.reason
      else if (terminated) reason = exitText(terminated)
      else if (c.ready && running) {
        hasRunning = true
        readyContainers++
      }
    }
    // One container exited 0 while another still runs: Running if the pod is Ready, else NotReady.
    if (reason === 'Completed' && hasRunning) reason = conditionTrue(st, 'Ready') ? 'Running' : 'NotReady'
  }

  if (pod.metadata.deletionTimestamp !== undefined && st.reason === 'NodeLost') reason = 'Unknown'
  else if (pod.metadata.deletionTimestamp !== undefined && st.phase !== 'Succeeded' && st.phase !== 'Failed') reason = 'Terminating'

  return { readyContainers, totalContainers, reason, restarts, lastRestartAt }
}
