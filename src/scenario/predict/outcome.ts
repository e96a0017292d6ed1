// What a run really did, read from its trace alone: pods the Job created, how it stands at the
// end, the lines of the observer's file, and when the Job finished — each with the trace's own
// sentences (controller decisions, writes) that explain it. No Kubernetes rule is decided here.
import type { DecisionEvent, JobEvent, Trace, TraceEvent, WriteEvent } from '../../sim/trace/events'
import { splitNodePath } from '../../sim/trace/nodePath'
import type { EndStatus, Outcome, Why } from './types'

/** The file the seed labs watch (the observer's first tab): `/data/message.txt` in the pods. */
export const PREDICT_FILE = '/tmp/data/message.txt'

type Of<T extends TraceEvent['type']> = Extract<TraceEvent, { type: T }>
const ofType = <T extends TraceEvent['type']>(t: Trace, type: T): Of<T>[] => t.events.filter((e): e is Of<T> => e.type === type)

/** Conditions that mean the controller has decided how the Job ends (the first one is the cause). */
const DECIDED = ['SuccessCriteriaMet', 'FailureTarget', 'Complete', 'Failed']
const FINISHED = ['Complete', 'Failed']

/** The Job a prediction is about: the one named, else the first Job the run shows. */
export function subjectJob(trace: Trace, job?: string): string | null {
  const rows = ofType(trace, 'job')
  if (job !== undefined) return rows.some((r) => r.name === job) ? job : null
  return rows[0]?.name ?? null
}

function endStatus(last: JobEvent | undefined): EndStatus {
  if (!last) return 'Running'
  if (last.conditions.includes('Complete')) return 'Complete'
  if (last.conditions.includes('Failed')) return 'Failed'
  if (last.conditions.includes('Suspended') || last.status === 'Suspended') return 'Suspended'
  return 'Running'
}

/** The decisions made at the latest instant at or before `t` (several can share one ms). */
function decisionsAt(decisions: DecisionEvent[], t: number): DecisionEvent[] {
  const before = decisions.filter((d) => d.at <= t)
  const at = before.at(-1)?.at
  return at === undefined ? [] : before.filter((d) => d.at === at)
}

/** Of decisions made together, the one that names the condition it set (`… → FailureTarget`),
 * else the last: bookkeeping ("pod x failed → failed 3") comes before the verdict. */
function naming(together: DecisionEvent[], conditions: string[]): DecisionEvent | undefined {
  return together.find((d) => conditions.some((c) => d.text.includes(`→ ${c}`))) ?? together.at(-1)
}

const why = (d: DecisionEvent | undefined): Why[] => (d ? [{ text: d.text, at: d.at }] : [])
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Lines as the observer counts them: a last line without its newline still counts. */
export function countLines(content: string): number {
  if (content === '') return 0
  return content.split('\n').length - (content.endsWith('\n') ? 1 : 0)
}

function fileStory(trace: Trace, path: string): { lines: number; lastWrite: number | null; why: Why[] } {
  const writes = ofType(trace, 'write').filter((w) => splitNodePath(w.path).path === path)
  // A hostPath file is the node's own: replay it per node and add the nodes up.
  const content = new Map<string, string>()
  for (const w of writes) content.set(w.node, w.append ? (content.get(w.node) ?? '') + w.data : w.data)
  const lines = [...content.values()].reduce((n, c) => n + countLines(c), 0)
  const last = writes.at(-1)
  if (!last) return { lines, lastWrite: null, why: [{ text: `No pod wrote ${path} in this run.`, at: trace.end }] }
  const pods = new Set(writes.map((w) => w.pod)).size
  const writers = new Set(writes.map((w: WriteEvent) => `${w.pod}/${w.container}`)).size
  const story = `${plural(writes.length, 'write')} by ${plural(writers, 'container')} in ${plural(pods, 'pod')}${content.size > 1 ? ` on ${content.size} nodes` : ''}, the last one here.`
  const replaced = writes.filter((w) => !w.append).at(-1)
  const out: Why[] = [{ text: story, at: last.at }]
  if (replaced) out.push({ text: `${replaced.pod}/${replaced.container} replaced the file with \`>\` rather than appending.`, at: replaced.at })
  return { lines, lastWrite: last.at, why: out }
}

export function outcomeOf(trace: Trace, job?: string): Outcome | null {
  const name = subjectJob(trace, job)
  if (name === null) return null
  const rows = ofType(trace, 'job').filter((r) => r.name === name && !r.deleted)
  const decisions = ofType(trace, 'decision').filter((d) => d.object === `Job/${name}`)
  const podRows = ofType(trace, 'pod').filter((p) => p.job === name)
  const firstSeen = new Map<string, number>()
  for (const p of podRows) if (!firstSeen.has(p.name)) firstSeen.set(p.name, p.at)

  const status = endStatus(rows.at(-1))
  const end = rows.find((r) => r.conditions.some((c) => FINISHED.includes(c)))?.at ?? null
  const decidedRow = rows.find((r) => r.conditions.some((c) => DECIDED.includes(c)))
  const file = fileStory(trace, PREDICT_FILE)

  const cause = decidedRow ? naming(decisionsAt(decisions, decidedRow.at), decidedRow.conditions.filter((c) => DECIDED.includes(c))) : undefined
  const finish = end === null ? undefined : naming(decisionsAt(decisions, end), FINISHED)
  const lastCreate = decisions.filter((d) => d.rule === 'job.create').at(-1)
  const stillGoing: Why = { text: `The run ended at ${Math.round(trace.end / 1000)} s with ${name} ${status === 'Suspended' ? 'suspended' : 'still running'}.`, at: trace.end }

  const settled = end === null ? trace.end : Math.max(end, ...firstSeen.values(), file.lastWrite ?? 0)
  return {
    job: name,
    pods: firstSeen.size,
    status,
    file: PREDICT_FILE,
    lines: file.lines,
    end,
    settledAt: Math.min(settled, trace.end),
    why: {
      pods: [...why(lastCreate), ...why(cause)],
      status: end === null ? [...why(decisions.at(-1)), stillGoing] : why(cause ?? finish),
      lines: file.why,
      end: end === null ? [stillGoing] : why(finish),
    },
  }
}
