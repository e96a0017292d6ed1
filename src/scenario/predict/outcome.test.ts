// What a run did, on real engine runs of the seed labs: the expected values are the seed's
// (shared/seeds/000_…txt, DESIGN §7), with its times held to the engine's ±30 % fidelity band.
import { describe, expect, it } from 'vitest'
import { TRACE_SCHEMA, type Trace, type TraceEvent } from '../../sim/trace/events'
import backoffLimit from '../labs/backoff-limit.yaml?raw'
import completionGt from '../labs/completion-gt-parallelism.yaml?raw'
import completion from '../labs/completion.yaml?raw'
import deadline from '../labs/deadline.yaml?raw'
import observerWrite from '../labs/observer-write.yaml?raw'
import suspend from '../labs/suspend.yaml?raw'
import { runScenario } from '../run'
import { parseScenario } from '../scenario'
import { countLines, outcomeOf } from './outcome'

function run(text: string): Trace {
  const r = parseScenario(text, 'lab.yaml')
  if (!r.ok) throw new Error(r.problem.message)
  return runScenario(r.scenario).trace
}
const near = (ms: number | null, seedSeconds: number) => {
  expect(ms).not.toBeNull()
  expect(Math.abs((ms ?? 0) / 1000 - seedSeconds)).toBeLessThanOrEqual(seedSeconds * 0.3)
}

describe('outcomeOf on the seed labs', () => {
  it('backoffLimit: 3 pods, Failed about 28 s in, no message.txt; the why is the controller\'s backoff decision', () => {
    const o = outcomeOf(run(backoffLimit))!
    expect(o).toMatchObject({ job: 'demo-job-fails-default-limit', pods: 3, status: 'Failed', lines: 0 })
    near(o.end, 28)
    expect(o.why.status[0]?.text).toMatch(/backoffLimit 6/)
    expect(o.why.pods.map((w) => w.text).join(' ')).toMatch(/create 3 pods/)
    expect(o.why.end[0]?.text).toMatch(/Failed/)
    expect(o.settledAt).toBe(o.end)
  })
  it('completions 5: 5 pods, Complete at 4m21s, message.txt 10 lines (init + main per pod)', () => {
    const o = outcomeOf(run(completion))!
    expect(o).toMatchObject({ pods: 5, status: 'Complete', lines: 10 })
    near(o.end, 4 * 60 + 21)
    expect(o.why.lines[0]?.text).toBe('10 writes by 10 containers in 5 pods, the last one here.')
  })
  it('completions 5 > parallelism 2: 5 pods, Complete at about 117 s, 5 lines', () => {
    const o = outcomeOf(run(completionGt))!
    expect(o).toMatchObject({ pods: 5, status: 'Complete', lines: 5 })
    near(o.end, 117)
  })
  it('activeDeadlineSeconds 90: 2 pods, Failed (DeadlineExceeded 3m7s after the first pod, the seed: 5m11s − 3m7s ≈ 124 s)', () => {
    const o = outcomeOf(run(deadline))!
    expect(o).toMatchObject({ pods: 2, status: 'Failed' })
    near(o.end, 124)
    expect(o.why.status[0]?.text).toMatch(/deadline|activeDeadlineSeconds/i)
  })
  it('observer + writer: the question is about the writer Job (the observer is a bare pod); 1 line after a `>` write', () => {
    const t = run(observerWrite)
    const o = outcomeOf(t)!
    expect(o).toMatchObject({ job: 'demo-job-write', pods: 1, status: 'Complete', lines: 1 })
    // The Job is applied after the observer pod; the seed's 6 s is its DURATION.
    const created = t.events.find((e) => e.type === 'job')!.at
    near(o.end! - created, 6)
    expect(o.why.lines.map((w) => w.text).join(' ')).toMatch(/replaced the file/)
  })
  it('suspend: suspending deletes the running pod and resuming creates a new one: 2 pods, then Complete', () => {
    const o = outcomeOf(run(suspend))!
    expect(o).toMatchObject({ job: 'demo-job-suspend', pods: 2, status: 'Complete' })
  })
})

const trace = (events: TraceEvent[], end: number): Trace =>
  ({ schema: TRACE_SCHEMA, seed: 1, startTime: '2026-01-03T01:46:00.000Z', end, stopped: 'idle', events, files: {} })
const job = (at: number, status: string, conditions: string[] = []): TraceEvent =>
  ({ at, type: 'job', name: 'j', status, completions: '0/1', active: 1, ready: 0, succeeded: 0, failed: 0, terminating: 0, conditions })

describe('outcomeOf on small traces', () => {
  it('is null without a Job, or for a Job the run never shows', () => {
    expect(outcomeOf(trace([], 0))).toBeNull()
    expect(outcomeOf(trace([job(0, 'Running')], 10), 'other')).toBeNull()
  })
  it('a Job still running when the run ends has no end time and settles at the end of the run', () => {
    const o = outcomeOf(trace([job(0, 'Running')], 60_000))!
    expect(o).toMatchObject({ status: 'Running', end: null, settledAt: 60_000 })
    expect(o.why.end[0]?.text).toMatch(/still running/)
  })
  it('a suspended Job ends Suspended', () => {
    expect(outcomeOf(trace([job(0, 'Running'), job(5, 'Suspended', ['Suspended'])], 10))?.status).toBe('Suspended')
  })
  it('counts lines as the observer shows them, an unfinished last line included', () => {
    expect([countLines(''), countLines('a\n'), countLines('a\nb'), countLines('a\n\nb\n')]).toEqual([0, 1, 2, 3])
  })
})
