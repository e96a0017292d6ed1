// The postMessage protocol between an embedded playground and its host page (docs/EMBED.md).
// This module is pure: message types, validators that take `unknown` and return a typed message
// or null, and the teaching events a host should hear as the playhead moves. The page wires them
// to `window.postMessage`; nothing here touches the DOM.
import type { TimedCheck } from '../scenario/checks/evaluate'
import type { Trace } from '../sim/trace/events'

export const PROTOCOL = 'jobs-playground'
export const PROTOCOL_VERSION = 1

interface FromFrame { source: typeof PROTOCOL; frame: string }

export interface JobSummary { name: string; status: string; completions: string }

/** A Job's STATUS or COMPLETIONS column changed. */
export interface JobChange { type: 'job'; time: number; name: string; status: string; completions: string; previousStatus: string | null }
/** A pod's STATUS column changed (or it was deleted: status is its last status, `deleted` true). */
export interface PodChange {
  type: 'pod'; time: number; name: string; job: string | null; index: number | null
  status: string; ready: string; restarts: number; previousStatus: string | null; deleted: boolean
}
/** A scenario step finished. */
export interface StepDone { type: 'step'; time: number; command: string; exitCode: number; output: string }
/** A lesson check became passed. */
export interface CheckPassed { type: 'check'; time: number; id: string; text: string; kind: 'observe' | 'task' }
export type TeachingEvent = JobChange | PodChange | StepDone | CheckPassed

/** What a frame says, without the envelope. */
export type FrameBody =
  | { type: 'ready'; version: number; lesson: string | null; duration: number }
  | { type: 'state'; time: number; duration: number; playing: boolean; speed: number; jobs: JobSummary[] }
  | TeachingEvent
  | { type: 'resize'; height: number }
  | { type: 'error'; message: string }
export type FrameMessage = FromFrame & FrameBody

interface ToFrame { target: typeof PROTOCOL; frame: string }
export type HostMessage = ToFrame & (
  /** Exactly one of: a lesson id, a `#s=1.…` fragment, or scenario YAML text. */
  | { type: 'load'; lesson: string }
  | { type: 'load'; fragment: string }
  | { type: 'load'; yaml: string }
  | { type: 'play' }
  | { type: 'pause' }
  /** Simulated milliseconds since the scenario start. */
  | { type: 'seek'; time: number }
  /** Simulated seconds per wall second, 1–1000. */
  | { type: 'setSpeed'; speed: number }
)

/** Where a message came from and who this frame is. */
export interface Receiver {
  frame: string
  /** This page's own origin (always allowed). */
  ownOrigin: string
  /** Origins listed with `?origin=`. */
  allowedOrigins: readonly string[]
}

const MAX_TEXT = 200_000
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStr = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

export const originAllowed = (origin: string, r: Receiver): boolean => origin === r.ownOrigin || r.allowedOrigins.includes(origin)

/** A host command for this frame, or null: wrong origin, another frame, or not a valid command. */
export function parseHostMessage(data: unknown, origin: string, r: Receiver): HostMessage | null {
  if (!originAllowed(origin, r) || !isObj(data)) return null
  if (data.target !== PROTOCOL || data.frame !== r.frame) return null
  const head = { target: PROTOCOL, frame: r.frame } as const
  switch (data.type) {
    case 'play': case 'pause': return { ...head, type: data.type }
    case 'seek': return isNum(data.time) && data.time >= 0 ? { ...head, type: 'seek', time: Math.round(data.time) } : null
    case 'setSpeed': return isNum(data.speed) && data.speed >= 1 && data.speed <= 1000 ? { ...head, type: 'setSpeed', speed: data.speed } : null
    case 'load': {
      const given = ['lesson', 'fragment', 'yaml'].filter((k) => data[k] !== undefined)
      if (given.length !== 1) return null
      if (isStr(data.lesson, 100)) return { ...head, type: 'load', lesson: data.lesson }
      if (isStr(data.fragment) && data.fragment.startsWith('#s=')) return { ...head, type: 'load', fragment: data.fragment }
      if (isStr(data.yaml)) return { ...head, type: 'load', yaml: data.yaml }
      return null
    }
    default: return null
  }
}

/** For host pages and tests: a message from a playground frame, or null. `frame` narrows to one embed. */
export function parseFrameMessage(data: unknown, frame?: string): FrameMessage | null {
  if (!isObj(data) || data.source !== PROTOCOL || !isStr(data.frame, 64)) return null
  if (frame !== undefined && data.frame !== frame) return null
  const d = data
  const ok = (() => {
    switch (d.type) {
      case 'ready': return isNum(d.version) && (d.lesson === null || isStr(d.lesson)) && isNum(d.duration)
      case 'state': return isNum(d.time) && isNum(d.duration) && typeof d.playing === 'boolean' && isNum(d.speed) && Array.isArray(d.jobs)
        && d.jobs.every((j) => isObj(j) && isStr(j.name) && isStr(j.status) && isStr(j.completions))
      case 'job': return isNum(d.time) && isStr(d.name) && isStr(d.status) && isStr(d.completions) && (d.previousStatus === null || isStr(d.previousStatus))
      case 'pod': return isNum(d.time) && isStr(d.name) && (d.job === null || isStr(d.job)) && (d.index === null || isNum(d.index))
        && isStr(d.status) && isStr(d.ready) && isNum(d.restarts) && (d.previousStatus === null || isStr(d.previousStatus)) && typeof d.deleted === 'boolean'
      case 'step': return isNum(d.time) && isStr(d.command) && isNum(d.exitCode) && isStr(d.output)
      case 'check': return isNum(d.time) && isStr(d.id) && isStr(d.text) && (d.kind === 'observe' || d.kind === 'task')
      case 'resize': return isNum(d.height) && d.height >= 0
      case 'error': return isStr(d.message)
      default: return false
    }
  })()
  return ok ? (d as unknown as FrameMessage) : null
}

/** Every teaching event of a run, in time order: only real changes (a `get -w` row that repeats
 * the previous status is not news for a host). Compute once per trace. */
export function teachingEvents(trace: Trace, checks: readonly TimedCheck[] = []): TeachingEvent[] {
  const jobs = new Map<string, string>()
  const pods = new Map<string, string>()
  const out: TeachingEvent[] = []
  for (const e of trace.events) {
    if (e.type === 'job') {
      const key = `${e.status}\t${e.completions}${e.deleted ? '\tdeleted' : ''}`
      const prev = jobs.get(e.name)
      if (prev === key) continue
      jobs.set(e.name, key)
      out.push({ type: 'job', time: e.at, name: e.name, status: e.status, completions: e.completions, previousStatus: prev?.split('\t')[0] ?? null })
    } else if (e.type === 'pod') {
      const key = `${e.status}${e.deleted ? '\tdeleted' : ''}`
      const prev = pods.get(e.name)
      if (prev === key) continue
      pods.set(e.name, key)
      out.push({ type: 'pod', time: e.at, name: e.name, job: e.job, index: e.index, status: e.status, ready: e.ready, restarts: e.restarts, previousStatus: prev?.split('\t')[0] ?? null, deleted: e.deleted === true })
    } else if (e.type === 'command') {
      out.push({ type: 'step', time: e.at, command: e.command, exitCode: e.exitCode, output: e.output })
    }
  }
  for (const c of checks) {
    if (c.passesAt !== null) out.push({ type: 'check', time: c.passesAt, id: c.check.id, text: c.text, kind: c.check.kind })
  }
  // Stable: checks land after the trace events of the same millisecond that made them pass.
  return out.map((e, i) => [e, i] as const).sort((a, b) => a[0].time - b[0].time || a[1] - b[1]).map(([e]) => e)
}

/** First index whose time is > t (events sorted by time). */
function after(events: readonly TeachingEvent[], t: number): number {
  let lo = 0
  let hi = events.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (events[mid]!.time <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** What a host should hear when the playhead moves forward from `from` to `to`: events with
 * from < time ≤ to. Moving backwards (a seek) yields nothing; send a `state` message instead. */
export function eventsBetween(events: readonly TeachingEvent[], from: number, to: number): TeachingEvent[] {
  return to <= from ? [] : events.slice(after(events, from), after(events, to))
}

/** Wraps a body in this frame's envelope, ready for `parent.postMessage(msg, '*')`. */
export const frameMessage = (frame: string, body: FrameBody): FrameMessage => ({ source: PROTOCOL, frame, ...body })

/** The Jobs as of playhead `t` (latest row of each, deleted Jobs left out), for `state`. */
export function jobsAt(trace: Trace, t: number): JobSummary[] {
  const latest = new Map<string, JobSummary | null>()
  for (const e of trace.events) {
    if (e.at > t) break
    if (e.type === 'job') latest.set(e.name, e.deleted ? null : { name: e.name, status: e.status, completions: e.completions })
  }
  return [...latest.values()].filter((j): j is JobSummary => j !== null)
}
