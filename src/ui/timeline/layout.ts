// Pure layout: trace events → timeline rows. One lane per Job (its STATUS and COMPLETIONS over
// time), followed by one row per pod of that Job in creation order; bare pods come last.
// Segments are the spans between consecutive watch rows; nothing here knows about pixels.
import type { DecisionEvent, JobEvent, K8sEventRecord, PodEvent, Trace } from '../../sim/trace/events'
import { statusCategory, type StatusCategory } from './statusCategory'

export interface Segment {
  start: number
  end: number
  /** STATUS column text (pods) or `STATUS COMPLETIONS` parts (jobs). */
  status: string
  category: StatusCategory
  ready: string
  restarts: number
  completions: string
  exitCodes: Record<string, number> | undefined
  /** Job conditions that were True (job lanes only). */
  conditions: string[]
}

export interface Marker {
  at: number
  /** `decision`: a controller's or the kubelet's reason for what happened next. */
  kind: 'restart' | 'event' | 'warning' | 'decision'
  label: string
}

export interface TimelineRow {
  kind: 'job' | 'pod'
  /** Pod or Job name; unique per kind. */
  name: string
  job: string | null
  index: number | null
  node: string | null
  start: number
  end: number
  segments: Segment[]
  markers: Marker[]
  /** For a Job a CronJob created: which one, and its schedule. */
  cronJob?: { name: string; schedule: string; timeZone?: string }
}

export interface TimelineLayout {
  rows: TimelineRow[]
  end: number
  podCount: number
}

const BARE_PODS = '\u0000bare'

function buildRow(kind: 'job' | 'pod', name: string, watch: (PodEvent | JobEvent)[], deletedAt: number | undefined, end: number): TimelineRow {
  const first = watch[0]
  const rowEnd = deletedAt ?? end
  const segments: Segment[] = []
  let restartsBefore = 0
  const markers: Marker[] = []
  watch.forEach((w, i) => {
    const next = watch[i + 1]
    const segEnd = next ? next.at : rowEnd
    const isPod = w.type === 'pod'
    const restarts = isPod ? w.restarts : 0
    if (restarts > restartsBefore) markers.push({ at: w.at, kind: 'restart', label: `Restart #${restarts}` })
    restartsBefore = restarts
    if (w.deleted) return
    const prev = segments.at(-1)
    const completions = isPod ? '' : w.completions
    const ready = isPod ? w.ready : ''
    const exitCodes = isPod ? w.exitCodes : undefined
    const conditions = isPod ? [] : w.conditions
    if (prev && prev.status === w.status && prev.ready === ready && prev.restarts === restarts && prev.completions === completions
      && prev.conditions.join() === conditions.join()) {
      prev.end = segEnd
      prev.exitCodes = exitCodes ?? prev.exitCodes
      return
    }
    segments.push({ start: w.at, end: segEnd, status: w.status, category: statusCategory(w.status), ready, restarts, completions, exitCodes, conditions })
  })
  const lastPod = [...watch].reverse().find((w): w is PodEvent => w.type === 'pod' && w.node !== null)
  const cronJob = watch.find((w): w is JobEvent => w.type === 'job' && w.cronJob !== undefined)?.cronJob
  return {
    ...(cronJob ? { cronJob } : {}),
    kind, name,
    job: first?.type === 'pod' ? first.job : name,
    index: first?.type === 'pod' ? first.index : null,
    node: lastPod?.node ?? null,
    start: first?.at ?? 0,
    end: rowEnd,
    segments,
    markers,
  }
}

export function layoutTimeline(trace: Trace): TimelineLayout {
  const podWatch = new Map<string, PodEvent[]>()
  const jobWatch = new Map<string, JobEvent[]>()
  const deleted = new Map<string, number>()
  const k8sEvents = new Map<string, (K8sEventRecord | DecisionEvent)[]>()
  const groupOrder: string[] = []
  const podsOfGroup = new Map<string, string[]>()
  const touchGroup = (g: string) => {
    if (!podsOfGroup.has(g)) {
      podsOfGroup.set(g, [])
      groupOrder.push(g)
    }
    return podsOfGroup.get(g)!
  }
  for (const e of trace.events) {
    if (e.type === 'pod') {
      let rows = podWatch.get(e.name)
      if (!rows) {
        podWatch.set(e.name, (rows = []))
        touchGroup(e.job ?? BARE_PODS).push(e.name)
      }
      rows.push(e)
      if (e.deleted && !deleted.has(`Pod/${e.name}`)) deleted.set(`Pod/${e.name}`, e.at)
    } else if (e.type === 'job') {
      if (!jobWatch.has(e.name)) jobWatch.set(e.name, [])
      jobWatch.get(e.name)!.push(e)
      touchGroup(e.name)
      if (e.deleted && !deleted.has(`Job/${e.name}`)) deleted.set(`Job/${e.name}`, e.at)
    } else if (e.type === 'delete') {
      if (!deleted.has(e.object)) deleted.set(e.object, e.at)
    } else if (e.type === 'event' || e.type === 'decision') {
      if (!k8sEvents.has(e.object)) k8sEvents.set(e.object, [])
      k8sEvents.get(e.object)!.push(e)
    }
  }
  const withEvents = (row: TimelineRow, object: string): TimelineRow => {
    const extra = (k8sEvents.get(object) ?? []).map((e): Marker => (e.type === 'decision'
      ? { at: e.at, kind: 'decision', label: `${e.controller}: ${e.text}` }
      : { at: e.at, kind: e.eventType === 'Warning' ? 'warning' : 'event', label: `${e.reason}: ${e.message}` }))
    row.markers = [...row.markers, ...extra].sort((a, b) => a.at - b.at)
    return row
  }
  const rows: TimelineRow[] = []
  const ordered = [...groupOrder.filter((g) => g !== BARE_PODS), ...groupOrder.filter((g) => g === BARE_PODS)]
  for (const group of ordered) {
    const jobRows = jobWatch.get(group)
    if (jobRows) rows.push(withEvents(buildRow('job', group, jobRows, deleted.get(`Job/${group}`), trace.end), `Job/${group}`))
    for (const pod of podsOfGroup.get(group) ?? []) {
      rows.push(withEvents(buildRow('pod', pod, podWatch.get(pod)!, deleted.get(`Pod/${pod}`), trace.end), `Pod/${pod}`))
    }
  }
  return { rows, end: trace.end, podCount: podWatch.size }
}
