// Short constructors so lesson files read like the sentences they check:
// `observe('one-at-a-time', maxPodsRunning(JOB, 1))`.
import type { Check, CheckSpec } from './types'

type S<K extends CheckSpec['check']> = Extract<CheckSpec, { check: K }>
/** Patterns travel as strings; a RegExp's source is kept, its flags are not (checks use `m`). */
type Pattern = string | RegExp
const src = (p: Pattern): string => (typeof p === 'string' ? p : p.source)

export const observe = (id: string, spec: CheckSpec, text?: string): Check => ({ id, kind: 'observe', spec, ...(text ? { text } : {}) })
export const task = (id: string, spec: CheckSpec, text?: string): Check => ({ id, kind: 'task', spec, ...(text ? { text } : {}) })

export const maxPodsRunning = (job: string, max: number): S<'maxPodsRunning'> => ({ check: 'maxPodsRunning', job, max })
export const podsAtOnce = (job: string, count: number): S<'podsAtOnce'> => ({ check: 'podsAtOnce', job, count })
export const podCount = (job: string, count: number): S<'podCount'> => ({ check: 'podCount', job, count })
export const jobStatus = (job: string, status: string, completions?: string): S<'jobStatus'> => ({ check: 'jobStatus', job, status, ...(completions !== undefined ? { completions } : {}) })
export const jobStatusAtEnd = (job: string, status: string, completions?: string): S<'jobStatusAtEnd'> => ({ check: 'jobStatusAtEnd', job, status, ...(completions !== undefined ? { completions } : {}) })
export const statusSequence = (job: string, statuses: string[]): S<'statusSequence'> => ({ check: 'statusSequence', job, statuses })
export const podStatusSequence = (job: string, statuses: string[]): S<'podStatusSequence'> => ({ check: 'podStatusSequence', job, statuses })
export const podRestarts = (job: string, min: number): S<'podRestarts'> => ({ check: 'podRestarts', job, min })
export const fileLineCount = (path: string, lines: number): S<'fileLineCount'> => ({ check: 'fileLineCount', path, lines })
export const fileMatches = (path: string, pattern: Pattern): S<'fileMatches'> => ({ check: 'fileMatches', path, pattern: src(pattern) })
export const indexRanOnce = (job: string, index: number): S<'indexRanOnce'> => ({ check: 'indexRanOnce', job, index })
export const eventSeen = (reason: string, message?: Pattern, object?: string): S<'eventSeen'> => ({ check: 'eventSeen', reason, ...(message !== undefined ? { message: src(message) } : {}), ...(object !== undefined ? { object } : {}) })
export const eventNeverSeen = (reason: string, object?: string): S<'eventNeverSeen'> => ({ check: 'eventNeverSeen', reason, ...(object !== undefined ? { object } : {}) })
export const commandOutputMatches = (pattern: Pattern, command?: Pattern): S<'commandOutputMatches'> => ({ check: 'commandOutputMatches', pattern: src(pattern), ...(command !== undefined ? { command: src(command) } : {}) })
export const objectDeleted = (object: string): S<'objectDeleted'> => ({ check: 'objectDeleted', object })
