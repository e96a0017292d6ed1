// What the playground's run says a real cluster will show, as comment lines for the exported
// script: the Kubernetes Events in order, and each Job's final status. A real cluster names pods
// with its own random suffix, so the five random letters of a generated pod name are written as
// `xxxxx`; node names are the simulator's (node-1, …).
import { formatOffset } from '../../sim/kernel/time'
import type { JobEvent, Trace } from '../../sim/trace/events'

/** The alphabet of apimachinery's rand.String, which generateName suffixes come from. */
const SUFFIX = /-[bcdfghjklmnpqrstvwxz2456789]{5}$/

/** `hello-7xkq2` → `hello-xxxxx` for every pod a Job created in this run. */
export function podNameGeneraliser(trace: Trace): (text: string) => string {
  const names = new Map<string, string>()
  for (const e of trace.events) {
    if (e.type === 'pod' && e.job !== null && !names.has(e.name) && SUFFIX.test(e.name)) names.set(e.name, e.name.replace(SUFFIX, '-xxxxx'))
  }
  if (names.size === 0) return (text) => text
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const any = new RegExp([...names.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g')
  return (text) => text.replace(any, (m) => names.get(m) ?? m)
}

export interface FinalJob {
  name: string
  status: string
  completions: string
  /** The True terminal condition, if the Job finished. */
  condition: 'Complete' | 'Failed' | null
  at: number
  deleted: boolean
  /** A CronJob made it: its name comes from the schedule time, so a real cluster's differs. */
  fromCronJob: boolean
}

/** Each Job's last row in the run. */
export function finalJobs(trace: Trace): FinalJob[] {
  const last = new Map<string, JobEvent>()
  for (const e of trace.events) if (e.type === 'job') last.set(e.name, e)
  return [...last.values()].map((j) => ({
    name: j.name, status: j.status, completions: j.completions, at: j.at, deleted: j.deleted === true, fromCronJob: j.cronJob !== undefined,
    condition: j.conditions.includes('Complete') ? 'Complete' : j.conditions.includes('Failed') ? 'Failed' : null,
  }))
}

const MAX_EVENTS = 300

/** Comment lines: the event order, then the final status of each Job. */
export function expectedEventLines(trace: Trace): string[] {
  const general = podNameGeneraliser(trace)
  const events = trace.events.filter((e) => e.type === 'event')
  const rows = events.slice(0, MAX_EVENTS).map((e) => [formatOffset(e.at), general(e.object), e.eventType, e.reason, general(e.message)])
  const width = (i: number) => Math.max(0, ...rows.map((r) => r[i]!.length))
  const widths = [width(0), width(1), width(2), width(3)]
  const lines = rows.map((r) => `#  ${r[0]!.padStart(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]!.padEnd(widths[3]!)}  ${r[4]}`.trimEnd())
  if (events.length > MAX_EVENTS) lines.push(`#  … and ${events.length - MAX_EVENTS} more events`)
  if (lines.length === 0) lines.push('#  (no events)')
  const jobs = finalJobs(trace)
  return [
    '# Expected event order (time since the first step; pod names end in random letters, here xxxxx):',
    ...lines,
    '#',
    '# Expected final status:',
    ...(jobs.length === 0 ? ['#  (no Jobs)'] : jobs.map((j) => `#  Job/${j.name}  ${j.status}  ${j.completions}${j.deleted ? '  (then deleted)' : ''}  at ${formatOffset(j.at)}`)),
  ]
}
