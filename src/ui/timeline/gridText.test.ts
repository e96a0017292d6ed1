import { describe, expect, it } from 'vitest'
import { TRACE_SCHEMA, type TraceEvent } from '../../sim/trace/events'
import { layoutTimeline } from './layout'
import { ownerText, scrubStep, segmentsText, statusAt } from './gridText'

const pod = (at: number, status: string, extra = {}): TraceEvent =>
  ({ at, type: 'pod', name: 'hello-7xk2p', job: 'hello', index: null, phase: 'Running', status, ready: '0/1', restarts: 0, node: 'node-1', ...extra })
const rowsOf = (events: TraceEvent[], end: number) =>
  layoutTimeline({ schema: TRACE_SCHEMA, seed: 1, startTime: '2026-01-03T01:46:00Z', end, stopped: 'idle', events, files: {} }).rows

describe('the grid text of a timeline row', () => {
  it('lists segments with their times, the last one open while the pod still exists', () => {
    const [row] = rowsOf([pod(0, 'Pending'), pod(2000, 'Running'), pod(7000, 'Completed')], 10_000)
    expect(segmentsText(row!, 10_000)).toBe('Pending 0s–2s, Running 2s–7s, Completed 7s–')
    expect(statusAt(row!, 1999, 10_000)).toBe('Pending')
    expect(statusAt(row!, 2000, 10_000)).toBe('Running')
    expect(statusAt(row!, 10_000, 10_000)).toBe('Completed')
    expect(ownerText(row!)).toBe('hello')
  })

  it('reads times to a tenth of a second', () => {
    const [row] = rowsOf([pod(48, 'Pending'), pod(17_079, 'Running')], 20_000)
    expect(segmentsText(row!, 20_000)).toBe('Pending 0s–17.1s, Running 17.1s–')
  })

  it('closes the last segment of a deleted pod and says so', () => {
    const [row] = rowsOf([pod(500, 'Running', { index: 3 }), pod(4000, 'Terminating'), pod(64_000, 'Terminating', { deleted: true })], 90_000)
    expect(segmentsText(row!, 90_000)).toBe('Running 0.5s–4s, Terminating 4s–1m4s, deleted 1m4s')
    expect(statusAt(row!, 100, 90_000)).toBe('not created yet')
    expect(statusAt(row!, 70_000, 90_000)).toBe('deleted')
    expect(ownerText(row!)).toBe('hello, index 3')
  })
})

describe('scrubStep', () => {
  it('moves about a hundredth of the run, rounded down to a round step; Shift ten times that', () => {
    expect(scrubStep(261_000, false)).toBe(2000)
    expect(scrubStep(261_000, true)).toBe(20_000)
    expect(scrubStep(6000, false)).toBe(100)
    expect(scrubStep(24 * 3_600_000, false)).toBe(600_000)
  })
})
