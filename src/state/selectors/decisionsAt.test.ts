import { describe, expect, it } from 'vitest'
import type { DecisionEvent, PodEvent, Trace } from '../../sim/trace/events'
import { decisionsAt, latestInstant } from './decisionsAt'

const why = (at: number, object: string, text = 'x'): DecisionEvent => ({ at, type: 'decision', controller: 'job-controller', object, rule: 'job.create', text })
const pod = (at: number, name: string, job: string | null): PodEvent =>
  ({ at, type: 'pod', name, job, index: null, phase: 'Pending', status: 'Pending', ready: '0/1', restarts: 0, node: null })
const trace = {
  events: [
    why(10, 'Job/a'), pod(10, 'a-11111', 'a'), why(20, 'Pod/a-11111'),
    why(30, 'Job/b'), pod(30, 'b-22222', 'b'), why(40, 'Pod/b-22222'), why(50, 'Job/a'),
  ],
} as unknown as Trace

describe('decisionsAt', () => {
  it('keeps a Job\'s own records and its pods\' records, by the playhead', () => {
    expect(decisionsAt(trace, { kind: 'job', name: 'a' }, 1000).map((d) => d.at)).toEqual([10, 20, 50])
    expect(decisionsAt(trace, { kind: 'job', name: 'a' }, 49).map((d) => d.at)).toEqual([10, 20])
    expect(decisionsAt(trace, { kind: 'job', name: 'b' }, 1000).map((d) => d.object)).toEqual(['Job/b', 'Pod/b-22222'])
  })

  it('keeps every record for the whole run', () => {
    expect(decisionsAt(trace, { kind: 'all' }, 30)).toHaveLength(3)
  })

  it('knows the latest instant', () => {
    expect(latestInstant(decisionsAt(trace, { kind: 'all' }, 45))).toBe(40)
    expect(latestInstant([])).toBeNull()
  })
})
