// What a run came to, read from the end of its trace alone: how many pods the Jobs created and
// how they ended, each Job's final status and when it reached it, container restarts, and every
// hostPath file's content. Two outcomes line up as diff rows for the compare view. Nothing here
// decides a Kubernetes rule: the trace's watch rows already say what the cluster did.
import { formatOffset } from '../../sim/kernel/time'
import type { JobEvent, PodEvent, Trace } from '../../sim/trace/events'
import { containerPath } from '../selectors/containerPath'

export interface JobOutcome {
  name: string
  /** The last STATUS the Job showed (`Complete`, `Failed`, `Running`, …). */
  status: string
  completions: string
  /** When the Job first showed its final status; null if it never settled (still running). */
  settledAt: number | null
  /** From the Job's creation to its Complete/Failed row; null while it never finished. */
  duration: number | null
  /** True when the Job was deleted before the run ended. */
  deleted: boolean
}

export interface Outcome {
  podsCreated: number
  podsSucceeded: number
  podsFailed: number
  restarts: number
  jobs: JobOutcome[]
  /** Content at the end of the run, by the path the pods wrote (`/data/message.txt`) when known. */
  files: Record<string, string>
  end: number
}

const FINISHED = new Set(['Complete', 'Failed'])

export function summarizeOutcome(trace: Trace, mounts: [string, string][] = []): Outcome {
  const pods = new Map<string, PodEvent>()
  const restarts = new Map<string, number>()
  const jobRows = new Map<string, JobEvent[]>()
  for (const e of trace.events) {
    if (e.type === 'pod') {
      // The deleted row repeats the pod's last state; a pod ends how it last ran.
      if (!e.deleted || !pods.has(e.name)) pods.set(e.name, e)
      restarts.set(e.name, Math.max(restarts.get(e.name) ?? 0, e.restarts))
    } else if (e.type === 'job') {
      if (!jobRows.has(e.name)) jobRows.set(e.name, [])
      jobRows.get(e.name)!.push(e)
    }
  }
  const last = [...pods.values()]
  const jobs = [...jobRows.entries()].map(([name, rows]): JobOutcome => {
    const live = rows.filter((r) => !r.deleted)
    const final = live.at(-1) ?? rows.at(-1)!
    let i = live.length - 1
    while (i > 0 && live[i - 1]!.status === final.status) i--
    const settledAt = FINISHED.has(final.status) ? (live[i]?.at ?? final.at) : null
    return {
      name,
      status: final.status,
      completions: final.completions,
      settledAt,
      duration: settledAt === null ? null : settledAt - rows[0]!.at,
      deleted: rows.some((r) => r.deleted),
    }
  })
  const files: Record<string, string> = {}
  for (const [path, text] of Object.entries(trace.files)) files[containerPath(path, mounts) ?? path] = text
  return {
    podsCreated: pods.size,
    podsSucceeded: last.filter((p) => p.phase === 'Succeeded').length,
    podsFailed: last.filter((p) => p.phase === 'Failed').length,
    restarts: [...restarts.values()].reduce((a, b) => a + b, 0),
    jobs,
    files,
    end: trace.end,
  }
}

export interface DiffRow {
  label: string
  a: string
  b: string
  differs: boolean
  /** Multi-line values (file contents) are shown as text blocks. */
  block?: boolean
}

const NONE = '—'
/** Whole seconds: the diff compares outcomes, not the engine's millisecond jitter. */
const secs = (ms: number) => formatOffset(Math.round(ms / 1000) * 1000)

function jobStatus(j: JobOutcome | undefined): string {
  if (!j) return NONE
  return `${j.status} ${j.completions}`.trim() + (j.deleted ? ' (deleted)' : '')
}

function jobTime(j: JobOutcome | undefined, end: number): string {
  if (!j) return NONE
  return j.duration === null ? `not finished by ${secs(end)}` : `${secs(j.duration)} (at ${secs(j.settledAt!)})`
}

/** Rows in a stable order: counts, then each Job (by name, A's first), then each file. */
export function diffOutcomes(a: Outcome, b: Outcome): DiffRow[] {
  const rows: DiffRow[] = []
  const row = (label: string, va: string, vb: string, block = false) => rows.push({ label, a: va, b: vb, differs: va !== vb, ...(block ? { block } : {}) })
  row('Pods created', String(a.podsCreated), String(b.podsCreated))
  row('Pods succeeded', String(a.podsSucceeded), String(b.podsSucceeded))
  row('Pods failed', String(a.podsFailed), String(b.podsFailed))
  row('Container restarts', String(a.restarts), String(b.restarts))
  const names = [...new Set([...a.jobs.map((j) => j.name), ...b.jobs.map((j) => j.name)])]
  for (const name of names) {
    const ja = a.jobs.find((j) => j.name === name)
    const jb = b.jobs.find((j) => j.name === name)
    row(`Job ${name}`, jobStatus(ja), jobStatus(jb))
    row(`Job ${name} took`, jobTime(ja, a.end), jobTime(jb, b.end))
  }
  row('Run length', secs(a.end), secs(b.end))
  const paths = [...new Set([...Object.keys(a.files), ...Object.keys(b.files)])]
  for (const path of paths) row(path, a.files[path] ?? NONE, b.files[path] ?? NONE, true)
  return rows
}
