// What the container runtime knows about one pod: the sandbox and, per container, its
// instances (a restarted container is a new instance with a fresh writable layer).
import type { Container } from '../api/types'
import type { ProcessHandle } from '../kernel/kernel'
import type { ShellHost } from '../shell/types'

export interface Instance {
  /** The runtime's id (64 hex digits). */
  id: string
  /** `containerd://<id>`, made once: every status report shows it. */
  containerID: string
  startedAt: number
  finishedAt?: number
  exitCode?: number
  /** `Completed`, `Error`, `StartError`. */
  reason?: string
  message?: string
  proc: ProcessHandle | null
  /** Log lines, as `kubectl logs` returns them. */
  logs: string[]
  /** Unfinished line per stream. */
  partial: { stdout: string; stderr: string }
  /** What `kubectl exec` needs to run another process in this container. */
  exec?: { host: ShellHost; env: Map<string, string>; cwd: string }
}

export interface ContainerRecord {
  spec: Container
  init: boolean
  /** Instances created so far (restartCount = instances − 1). */
  instances: number
  current: Instance | null
  previous: Instance | null
  /** Waiting reason the next status shows while the container is not running (`CrashLoopBackOff`). */
  waitingReason: string | null
  waitingMessage?: string
  /** CrashLoopBackOff state (client-go flowcontrol.Backoff entry). */
  backoff: { delay: number; lastUpdate: number } | null
  /** finishedAt of the exit whose back-off was last recorded as a decision (one record per back-off, not per sync). */
  backoffNoted?: number
  /** Set while a start is in progress (pull/create). */
  starting: boolean
}

export const isRunning = (r: ContainerRecord) => r.current !== null && r.current.finishedAt === undefined
export const hasExited = (r: ContainerRecord) => r.current !== null && r.current.finishedAt !== undefined
export const succeededOnce = (r: ContainerRecord) => hasExited(r) && r.current!.exitCode === 0

export function newRecord(spec: Container, init: boolean): ContainerRecord {
  // waitingMessage is there from the start, so setting it later keeps the record's hidden class.
  return { spec, init, instances: 0, current: null, previous: null, waitingReason: null, waitingMessage: undefined, backoff: null, backoffNoted: -1, starting: false }
}
