import { describe, expect, it } from 'vitest'
import type { DecisionEvent, Trace } from '../../sim/trace/events'
import { podDecisionsAt } from './podDecisionsAt'

const why = (at: number, object: string, text: string): DecisionEvent => ({ at, type: 'decision', controller: 'job-controller', object, rule: 'r', text })
const trace = {
  events: [
    why(100, 'Job/j', 'create 1 pod: j-abcde'),
    why(200, 'Pod/j-abcde', 'Container c exited with 1: back-off 10s before restarting it'),
    why(300, 'Pod/j-abcdef', 'another pod whose name starts the same'),
    why(400, 'Job/j', 'Pod j-abcdef is terminating'),
    why(500, 'Job/j', 'Pod j-abcde is terminating: counts as failed now'),
  ],
} as unknown as Trace

describe('podDecisionsAt', () => {
  it('includes the Job\'s create decision made at the instant the pod appeared, not the others', () => {
    const pod = { at: 50, type: 'pod', name: 'j-x', job: 'j', index: null, phase: 'Pending', status: 'Pending', ready: '0/1', restarts: 0, node: null }
    const create = (at: number): DecisionEvent => ({ ...why(at, 'Job/j', 'create 1 pod'), rule: 'job.create' })
    const t = { events: [create(50), pod, create(90)] } as unknown as Trace
    expect(podDecisionsAt(t, 'j-x', 1000).map((d) => d.at)).toEqual([50])
  })

  it("keeps the pod's own records and the Job's records that name it, by the playhead", () => {
    expect(podDecisionsAt(trace, 'j-abcde', 1000).map((d) => d.at)).toEqual([100, 200, 500])
    expect(podDecisionsAt(trace, 'j-abcde', 499).map((d) => d.at)).toEqual([100, 200])
  })
})
