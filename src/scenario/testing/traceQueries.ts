// Small queries over a trace, for tests and lesson checks.
import type { CommandEvent, JobEvent, K8sEventRecord, PodEvent, Trace, TraceEvent } from '../../sim/trace/events'

const ofType = <T extends TraceEvent['type']>(t: Trace, type: T) => t.events.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type)

export const jobRows = (t: Trace, job: string): JobEvent[] => ofType(t, 'job').filter((e) => e.name === job)
export const podRows = (t: Trace, job?: string): PodEvent[] => ofType(t, 'pod').filter((e) => job === undefined || e.job === job)
export const podNames = (t: Trace, job?: string): string[] => [...new Set(podRows(t, job).map((e) => e.name))]
export const k8sEvents = (t: Trace, reason?: string): K8sEventRecord[] => ofType(t, 'event').filter((e) => reason === undefined || e.reason === reason)
export const commands = (t: Trace, re?: RegExp): CommandEvent[] => ofType(t, 'command').filter((e) => !re || re.test(e.command))
export const lines = (text: string | undefined): string[] => (text ?? '').split('\n').filter((l) => l.length > 0)

/** Consecutive repeats removed. */
export const changes = <T>(values: T[]): T[] => values.filter((v, i) => i === 0 || v !== values[i - 1])

/** True when `want` appears in `seq` in order (gaps allowed). */
export function inOrder<T>(seq: T[], want: T[]): boolean {
  let i = 0
  for (const v of seq) if (i < want.length && v === want[i]) i++
  return i === want.length
}

export function firstStatusAt(t: Trace, job: string, statuses: string[]): number | null {
  return jobRows(t, job).find((r) => statuses.includes(r.status))?.at ?? null
}

/** The most pods of a Job that were unfinished (Pending or Running) at one instant. */
export function maxConcurrentPods(t: Trace, job: string): number {
  const alive = new Set<string>()
  let max = 0
  for (const e of t.events) {
    if (e.type === 'pod' && e.job === job) {
      if (!e.deleted && (e.phase === 'Pending' || e.phase === 'Running')) alive.add(e.name)
      else alive.delete(e.name)
    }
    max = Math.max(max, alive.size)
  }
  return max
}

/** When each pod of a Job first appeared. */
export function podCreationTimes(t: Trace, job: string): number[] {
  const seen = new Map<string, number>()
  for (const r of podRows(t, job)) if (!seen.has(r.name)) seen.set(r.name, r.at)
  return [...seen.values()]
}

export const within = (actual: number | null, expected: number, pct: number) => actual !== null && Math.abs(actual - expected) <= expected * pct
