// When a check passes on a trace: the earliest playhead time from which it is ticked, or null if
// it never passes. A check that has passed stays passed (the checklist never un-ticks while the
// playhead moves forward), so one number per check is enough and the page can evaluate a whole
// checklist at every frame by comparison. Three families (docs/LESSONS.md, "Check semantics"):
//  - moment checks pass when the trace up to t shows the thing (a status, an event, an output);
//  - end-state checks (jobStatusAtEnd) pass from the row that set the Job's final state;
//  - "never"/"exactly" checks need the whole story: they pass when the Job finishes (its first
//    Complete or Failed row, else the end of the run) if nothing in the run broke them;
//  - file checks describe the file as the run leaves it: they pass from the last moment the file
//    came to satisfy them, provided it still does at the end.
import { nodeFilePath } from '../../sim/trace/nodePath'
import type { JobEvent, PodEvent, Trace, TraceEvent } from '../../sim/trace/events'
import type { CheckSpec } from './types'

type Of<T extends TraceEvent['type']> = Extract<TraceEvent, { type: T }>
const ofType = <T extends TraceEvent['type']>(t: Trace, type: T): Of<T>[] => t.events.filter((e): e is Of<T> => e.type === type)
const jobRows = (t: Trace, job: string): JobEvent[] => ofType(t, 'job').filter((e) => e.name === job)
const podRows = (t: Trace, job: string): PodEvent[] => ofType(t, 'pod').filter((e) => e.job === job)

/** A pattern from lesson data; a broken one simply never matches (checks never throw). */
function regex(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'm')
  } catch {
    return null
  }
}

/** When the Job finished (first Complete/Failed row), else the end of the run. */
function settledAt(t: Trace, job: string): number {
  return jobRows(t, job).find((r) => r.status === 'Complete' || r.status === 'Failed')?.at ?? t.end
}

/** Each instant at which the number of active pods changed, with that number. Counted after all
 * rows of one millisecond, so a pod finishing and its replacement starting in the same ms do not
 * read as two at once. */
function activeCounts(t: Trace, job: string): { at: number; count: number }[] {
  const active = new Set<string>()
  const out: { at: number; count: number }[] = []
  const rows = podRows(t, job)
  rows.forEach((r, i) => {
    if (!r.deleted && (r.phase === 'Pending' || r.phase === 'Running')) active.add(r.name)
    else active.delete(r.name)
    if (rows[i + 1]?.at !== r.at) out.push({ at: r.at, count: active.size })
  })
  return out
}

/** Index of the first place `want` has been seen in order in `seq` (gaps allowed), or -1. */
function inOrderUntil(seq: string[], want: string[]): number {
  let w = 0
  for (let i = 0; i < seq.length; i++) {
    if (seq[i] === want[w]) w++
    if (w === want.length) return i
  }
  return want.length === 0 ? 0 : -1
}

function fileSatisfiedSince(t: Trace, path: string, ok: (content: string) => boolean): number | null {
  let content = ''
  let since: number | null = null
  for (const w of ofType(t, 'write')) {
    // `node-2:/tmp/data/x` names the file on one node; a bare path is the file on whichever node.
    if (w.path !== path && nodeFilePath(w.node, w.path) !== path) continue
    content = w.append ? content + w.data : w.data
    if (!ok(content)) since = null
    else since ??= w.at
  }
  return since
}

const lineCount = (text: string) => text.split('\n').filter((l) => l.length > 0).length

export function passTime(spec: CheckSpec, t: Trace): number | null {
  switch (spec.check) {
    case 'maxPodsRunning': {
      const peak = Math.max(0, ...activeCounts(t, spec.job).map((c) => c.count))
      return podRows(t, spec.job).length > 0 && peak <= spec.max ? settledAt(t, spec.job) : null
    }
    case 'podsAtOnce':
      return activeCounts(t, spec.job).find((c) => c.count >= spec.count)?.at ?? null
    case 'podCount': {
      const names = new Set(podRows(t, spec.job).map((r) => r.name))
      return names.size === spec.count ? settledAt(t, spec.job) : null
    }
    case 'jobStatus':
      return jobRows(t, spec.job).find((r) => !r.deleted && r.status === spec.status && (spec.completions === undefined || r.completions === spec.completions))?.at ?? null
    case 'jobStatusAtEnd': {
      // An end state: ticked from the row that set it, because nothing after it changes it.
      const last = jobRows(t, spec.job).filter((r) => !r.deleted).at(-1)
      const matches = last && last.status === spec.status && (spec.completions === undefined || last.completions === spec.completions)
      if (!matches) return null
      const rows = jobRows(t, spec.job).filter((r) => !r.deleted)
      let i = rows.length - 1
      while (i > 0 && rows[i - 1]!.status === last.status && rows[i - 1]!.completions === last.completions) i--
      return rows[i]!.at
    }
    case 'statusSequence': {
      const rows = jobRows(t, spec.job).filter((r) => !r.deleted)
      const i = inOrderUntil(rows.map((r) => r.status), spec.statuses)
      return i < 0 ? null : rows[i]?.at ?? null
    }
    case 'podStatusSequence': {
      const byPod = new Map<string, PodEvent[]>()
      for (const r of podRows(t, spec.job)) byPod.set(r.name, [...(byPod.get(r.name) ?? []), r])
      let best: number | null = null
      for (const rows of byPod.values()) {
        const i = inOrderUntil(rows.map((r) => r.status), spec.statuses)
        const at = i < 0 ? null : rows[i]?.at ?? null
        if (at !== null && (best === null || at < best)) best = at
      }
      return best
    }
    case 'podRestarts':
      return podRows(t, spec.job).find((r) => r.restarts >= spec.min)?.at ?? null
    case 'fileLineCount':
      return fileSatisfiedSince(t, spec.path, (c) => lineCount(c) === spec.lines)
    case 'fileMatches': {
      const re = regex(spec.pattern)
      return re ? fileSatisfiedSince(t, spec.path, (c) => re.test(c)) : null
    }
    case 'indexRanOnce': {
      const rows = podRows(t, spec.job).filter((r) => r.index === spec.index)
      const done = rows.find((r) => r.phase === 'Succeeded')
      if (!done) return null
      const before = new Set(rows.filter((r) => r.at <= done.at).map((r) => r.name))
      return before.size === 1 ? done.at : null
    }
    case 'eventSeen': {
      const re = spec.message === undefined ? null : regex(spec.message)
      if (spec.message !== undefined && !re) return null
      return ofType(t, 'event').find((e) => e.reason === spec.reason && (spec.object === undefined || e.object === spec.object) && (!re || re.test(e.message)))?.at ?? null
    }
    case 'eventNeverSeen':
      return ofType(t, 'event').some((e) => e.reason === spec.reason && (spec.object === undefined || e.object === spec.object)) ? null : t.end
    case 'commandOutputMatches': {
      const out = regex(spec.pattern)
      const cmd = spec.command === undefined ? null : regex(spec.command)
      if (!out || (spec.command !== undefined && !cmd)) return null
      return ofType(t, 'command').find((c) => (!cmd || cmd.test(c.command)) && out.test(c.output))?.at ?? null
    }
    case 'objectDeleted': {
      const [kind, name] = spec.object.split('/')
      const gone = t.events.find((e) => (e.type === 'delete' && e.object === spec.object)
        || (e.type === 'job' && kind === 'Job' && e.name === name && e.deleted === true)
        || (e.type === 'pod' && kind === 'Pod' && e.name === name && e.deleted === true))
      return gone?.at ?? null
    }
  }
}
