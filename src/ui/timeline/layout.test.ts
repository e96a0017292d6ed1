import { describe, expect, it } from 'vitest'
import { TRACE_SCHEMA, type Trace, type TraceEvent } from '../../sim/trace/events'
import { completionTrace } from '../../state/fixtures/completionTrace'
import { layoutTimeline } from './layout'
import { statusCategory } from './statusCategory'

const trace = (events: TraceEvent[], end: number): Trace =>
  ({ schema: TRACE_SCHEMA, seed: 1, startTime: '2026-01-03T01:46:00Z', end, stopped: 'idle', events, files: {} })
const pod = (at: number, name: string, job: string | null, status: string, extra: Partial<TraceEvent> = {}): TraceEvent =>
  ({ at, type: 'pod', name, job, index: null, phase: 'Running', status, ready: '0/1', restarts: 0, node: 'node-1', ...extra }) as TraceEvent
const job = (at: number, name: string, status: string, completions: string): TraceEvent =>
  ({ at, type: 'job', name, status, completions, active: 0, ready: 0, succeeded: 0, failed: 0, terminating: 0, conditions: [] })

describe('layoutTimeline', () => {
  it('lays out the completion lab: a Job lane then 5 pod rows, each with the full lifecycle', () => {
    const layout = layoutTimeline(completionTrace({ jobName: 'demo', completions: 5, startTime: '2026-01-03T01:46:00Z' }))
    expect(layout.rows.map((r) => r.kind)).toEqual(['job', 'pod', 'pod', 'pod', 'pod', 'pod'])
    expect(layout.podCount).toBe(5)
    const first = layout.rows[1]!
    expect(first.segments.map((s) => s.status)).toEqual(['Pending', 'Init:0/1', 'PodInitializing', 'Running', 'Completed'])
    expect(first.segments[0]!.end).toBe(first.segments[1]!.start)
    expect(layout.rows[0]!.segments.at(-1)).toMatchObject({ status: 'Complete', completions: '5/5', end: 261_000, conditions: ['SuccessCriteriaMet', 'Complete'] })
    const jobMarkers = layout.rows[0]!.markers
    expect(jobMarkers.filter((m) => m.kind === 'decision')).toHaveLength(6)
    expect(jobMarkers.find((m) => m.kind === 'event')?.label).toMatch(/^SuccessfulCreate: Created pod: demo-/)
  })

  it('groups pods under their Job in creation order, bare pods last, and ends rows at deletion', () => {
    const layout = layoutTimeline(trace([
      pod(0, 'bare', null, 'Running'), job(1, 'b', 'Running', '0/1'), job(2, 'a', 'Running', '0/1'),
      pod(3, 'a-1', 'a', 'Pending'), pod(4, 'b-1', 'b', 'Pending'), pod(5, 'a-2', 'a', 'Pending'),
      { at: 9, type: 'delete', object: 'Pod/a-1' },
    ], 20))
    expect(layout.rows.map((r) => r.name)).toEqual(['b', 'b-1', 'a', 'a-1', 'a-2', 'bare'])
    expect(layout.rows.find((r) => r.name === 'a-1')?.end).toBe(9)
    expect(layout.rows.find((r) => r.name === 'a-2')?.end).toBe(20)
  })

  it('keeps the CronJob that created a Job, for the hover card', () => {
    const cronJob = { name: 'tick', schedule: '*/1 * * * *' }
    const layout = layoutTimeline(trace([
      { ...job(60_000, 'tick-29456747', 'Running', '0/1'), cronJob } as TraceEvent, job(61_000, 'plain', 'Running', '0/1'),
    ], 90_000))
    expect(layout.rows.find((r) => r.name === 'tick-29456747')?.cronJob).toEqual(cronJob)
    expect(layout.rows.find((r) => r.name === 'plain')?.cronJob).toBeUndefined()
  })

  it('marks restarts and merges identical consecutive rows', () => {
    const layout = layoutTimeline(trace([
      pod(0, 'p', 'j', 'Running'), pod(5, 'p', 'j', 'Running'), pod(10, 'p', 'j', 'Error', { exitCodes: { c: 1 } }),
      pod(12, 'p', 'j', 'Running', { restarts: 1 }),
      { at: 12, type: 'event', object: 'Pod/p', eventType: 'Warning', reason: 'BackOff', message: 'Back-off restarting', source: 'kubelet', count: 1 },
    ], 30))
    const row = layout.rows[0]!
    expect(row.segments.map((s) => [s.status, s.start, s.end])).toEqual([['Running', 0, 10], ['Error', 10, 12], ['Running', 12, 30]])
    expect(row.segments[1]!.exitCodes).toEqual({ c: 1 })
    expect(row.markers.map((m) => m.kind)).toEqual(['restart', 'warning'])
  })
})

describe('statusCategory', () => {
  it('maps STATUS texts to legend categories', () => {
    expect(['Pending', 'Init:1/2', 'Init:Error', 'Init:CrashLoopBackOff', 'NotReady', 'ErrImagePull'].map(statusCategory))
      .toEqual(['pending', 'init', 'error', 'crashloop', 'notready', 'other'])
  })
})
