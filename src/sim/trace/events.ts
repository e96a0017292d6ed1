// The core's public output (DESIGN §4.2): an ordered list of events, each at an integer number
// of simulated milliseconds. Everything on screen is drawn from these; fields may be added, but
// existing fields never change meaning.

export const TRACE_SCHEMA = 'jobs-playground.trace/v1'

/** A row `kubectl get pods -w` would print. */
export interface PodEvent {
  at: number
  type: 'pod'
  name: string
  /** Owning Job, or null for a bare pod. */
  job: string | null
  /** Completion index for Indexed Jobs, else null. */
  index: number | null
  phase: string
  /** The STATUS column text (`Init:0/1`, `Running`, `NotReady`, `Completed`, `Terminating`, …). */
  status: string
  /** The READY column text, e.g. `1/2`. */
  ready: string
  restarts: number
  node: string | null
  /** True on the row for the DELETED watch event. */
  deleted?: boolean
  /** Exit codes of containers that have terminated, by container name (for tooltips). */
  exitCodes?: Record<string, number>
}

/** A row `kubectl get jobs -w` would print. */
export interface JobEvent {
  at: number
  type: 'job'
  name: string
  status: string
  completions: string
  active: number
  ready: number
  succeeded: number
  failed: number
  terminating: number
  /** Condition types that are True, in the order they were added. */
  conditions: string[]
  completedIndexes?: string
  deleted?: boolean
  /** Set when a CronJob controls the Job: its name, and its `spec.schedule` and `spec.timeZone` then. */
  cronJob?: { name: string; schedule: string; timeZone?: string }
}

/** A Kubernetes Event was recorded (what `kubectl describe` lists). */
export interface K8sEventRecord {
  at: number
  type: 'event'
  /** `Job/NAME`, `Pod/NAME`. */
  object: string
  eventType: 'Normal' | 'Warning'
  reason: string
  message: string
  source: string
  /** How many times this event has been seen so far (aggregation, as `(x4 over 75s)`). */
  count: number
}

/** A container wrote to a file on a hostPath volume. */
export interface WriteEvent {
  at: number
  type: 'write'
  /** Path on the node, e.g. `/tmp/data/message.txt`. */
  path: string
  node: string
  pod: string
  container: string
  data: string
  append: boolean
}

/** A container printed a line. */
export interface LogEvent {
  at: number
  type: 'log'
  pod: string
  container: string
  stream: 'stdout' | 'stderr'
  text: string
}

/** An object disappeared from the API. */
export interface DeleteEvent {
  at: number
  type: 'delete'
  /** `Pod/NAME`, `Job/NAME`, `Service/NAME`. */
  object: string
}

/** A scenario step ran. `at` is when it finished; `startedAt` when it began. */
export interface CommandEvent {
  at: number
  type: 'command'
  startedAt: number
  command: string
  output: string
  exitCode: number
  /** Only for output written at more than one instant (a `-w` watch): the pieces of `output`,
   * in order, each with the simulated ms it was printed at. */
  stream?: { at: number; text: string }[]
}

/** Why something happened: a controller's or the kubelet's decision, with the numbers it used. */
export interface DecisionEvent {
  at: number
  type: 'decision'
  controller: 'job-controller' | 'cronjob-controller' | 'kubelet' | 'ttl-controller' | 'garbage-collector' | 'scheduler' | 'endpoints'
    | 'node-lifecycle-controller' | 'taint-eviction-controller' | 'chaos'
  /** `Job/NAME`, `Pod/NAME` or `Node/NAME`. */
  object: string
  /** A stable identifier of the rule applied, e.g. `job.create`, `job.backoff-wait`, `kubelet.crashloop-backoff`. */
  rule: string
  /** One plain sentence: "2nd failure: next pod after 20s backoff". */
  text: string
  /** The numbers the rule used. */
  values?: Record<string, number | string | boolean | null>
}

/** The run stopped early (time horizon or event budget), or something else the reader must know. */
export interface NoticeEvent {
  at: number
  type: 'notice'
  level: 'info' | 'warning'
  text: string
}

export type TraceEvent =
  | PodEvent | JobEvent | K8sEventRecord | WriteEvent | LogEvent | DeleteEvent | CommandEvent | DecisionEvent | NoticeEvent

export interface Trace {
  schema: typeof TRACE_SCHEMA
  seed: number
  /** ISO time of simulated t = 0. */
  startTime: string
  /** Simulated ms at which the run ended. */
  end: number
  /** Why the run ended. */
  stopped: 'idle' | 'until' | 'horizon' | 'budget'
  events: TraceEvent[]
  /** Every hostPath file's content at the end, by node path (`/tmp/data/message.txt`). */
  files: Record<string, string>
}
