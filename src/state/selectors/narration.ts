// The trace retold as short sentences, in trace order, for narrated stepping and the narration
// track: the engine's own "why" records (decision events) as they are, and plain statements of
// what changed (a pod's or a Job's STATUS, a write to a hostPath file, a scenario command).
// Interpreted from the trace alone: no Kubernetes rule is applied here (DESIGN §2).
import type { CommandEvent, JobEvent, PodEvent, Trace, WriteEvent } from '../../sim/trace/events'
import { containerPath } from './containerPath'
import { countUntil } from './eventsUntil'

export type NarrationKind = 'decision' | 'pod' | 'job' | 'write' | 'command'

export interface NarrationItem {
  /** Simulated ms of the event retold. */
  at: number
  kind: NarrationKind
  /** `Pod/NAME`, `Job/NAME`, or `kubectl` for a command. */
  object: string
  text: string
}

/** Longest quoted write or command output before it is cut with an ellipsis. */
const QUOTE_MAX = 60

function quote(text: string): string {
  const lines = text.replace(/\n+$/, '').split('\n')
  let first = lines[0] ?? ''
  const more = lines.length > 1
  if (first.length > QUOTE_MAX) first = `${first.slice(0, QUOTE_MAX - 1)}…`
  else if (more) first = `${first} …`
  return first
}

function podText(e: PodEvent, before: string | undefined): string | null {
  if (e.deleted) return `${e.name} was deleted`
  if (before === undefined) return `${e.name} created: ${e.status}`
  return before === e.status ? null : `${e.name}: ${before} → ${e.status}`
}

/** A Job row is retold when its STATUS or COMPLETIONS column changes. */
function jobText(e: JobEvent, before: JobEvent | undefined): string | null {
  if (e.deleted) return `Job ${e.name} was deleted`
  if (!before) return `Job ${e.name} created: ${e.status}, ${e.completions} completions`
  if (before.status !== e.status) return `Job ${e.name}: ${before.status} → ${e.status}, ${e.completions} completions`
  return before.completions === e.completions ? null : `Job ${e.name}: ${e.completions} completions`
}

function writeText(e: WriteEvent, mounts: [string, string][]): string {
  const path = containerPath(e.path, mounts) ?? e.path
  if (e.data === '') return `${e.pod} emptied ${path}`
  return `${e.pod} ${e.append ? 'appended' : 'wrote'} “${quote(e.data)}” to ${path}`
}

function commandText(e: CommandEvent): string {
  const out = quote(e.output)
  if (e.exitCode !== 0) return `$ ${e.command} failed (exit ${e.exitCode})${out ? `: ${out}` : ''}`
  return out ? `$ ${e.command} → ${out}` : `$ ${e.command}`
}

/** Every narration item of a trace, in trace order. `mounts` (hostPath → mountPath, from the
 * run's manifests) name written files as the pods see them. */
export function narrate(trace: Trace, mounts: [string, string][] = []): NarrationItem[] {
  const items: NarrationItem[] = []
  const podStatus = new Map<string, string>()
  const jobRow = new Map<string, JobEvent>()
  const add = (at: number, kind: NarrationKind, object: string, text: string | null) => {
    if (text !== null) items.push({ at, kind, object, text })
  }
  for (const e of trace.events) {
    switch (e.type) {
      case 'decision':
        add(e.at, 'decision', e.object, e.text)
        break
      case 'pod':
        add(e.at, 'pod', `Pod/${e.name}`, podText(e, podStatus.get(e.name)))
        if (e.deleted) podStatus.delete(e.name)
        else podStatus.set(e.name, e.status)
        break
      case 'job':
        add(e.at, 'job', `Job/${e.name}`, jobText(e, jobRow.get(e.name)))
        if (e.deleted) jobRow.delete(e.name)
        else jobRow.set(e.name, e)
        break
      case 'write':
        add(e.at, 'write', `Pod/${e.pod}`, writeText(e, mounts))
        break
      case 'command':
        add(e.at, 'command', 'kubectl', commandText(e))
        break
      default:
        break
    }
  }
  return items
}

/** Number of items with `at <= t` (items are in time order). */
export function narrationCountUntil(items: readonly NarrationItem[], t: number): number {
  return countUntil(items, t)
}

/**
 * The item a narrated step lands on: the next (or previous) item of `kind` after (before) the
 * one at index `from`, or, when `from` is null, after (before) the playhead time `t`. Several
 * things often happen in the same millisecond, so stepping walks items, not times.
 */
export function stepNarration(items: readonly NarrationItem[], kind: NarrationKind | null, direction: 1 | -1,
  t: number, from: number | null): number | null {
  let i = from ?? (direction > 0 ? narrationCountUntil(items, t) - 1 : narrationCountUntil(items, t - 1))
  for (i += direction; i >= 0 && i < items.length; i += direction) {
    if (kind === null || items[i]!.kind === kind) return i
  }
  return null
}
