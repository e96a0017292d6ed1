// The colour of a written line matches the writer's bar on the timeline: lines written while the
// pod was in an Init:x/y phase get the init colour, lines written by a started pod the running
// colour (a container writes a moment before the kubelet reports Running), and anything later
// (a write while Terminating, say) the colour of that phase.
import type { TimelineRow } from '../timeline/layout'
import type { StatusCategory } from '../timeline/statusCategory'

const STARTING = new Set<StatusCategory>(['pending', 'creating', 'initializing', 'running', 'notready'])

export function writerCategory(row: TimelineRow | undefined, at: number): StatusCategory {
  const seg = row?.segments.find((s) => s.start <= at && at < s.end) ?? row?.segments.at(-1)
  const category = seg?.category ?? 'other'
  return STARTING.has(category) ? 'running' : category
}

/** The short tag shown before a line: the pod name without its Job prefix, plus the container. */
export function writerTag(writer: string, job: string | null): string {
  const [pod = writer, container = ''] = writer.split('/')
  const short = job && pod.startsWith(`${job}-`) ? `…${pod.slice(job.length)}` : pod
  return `${short} · ${container}`
}
