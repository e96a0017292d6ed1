// The pod inspector's node buttons follow the trace: a pod's node from its rows, a node's state
// from the engine's `chaos.node-down` and `kubelet.node-up` decision records.
import { describe, expect, it } from 'vitest'
import type { Trace, TraceEvent } from '../../sim/trace/events'
import { nodeDownAt, podNodeAt } from './nodeAt'

const row = (at: number, node: string | null): TraceEvent => ({ at, type: 'pod', name: 'p', job: null, index: null, phase: 'Pending', status: 'Pending', ready: '0/1', restarts: 0, node })
const decision = (at: number, rule: string): TraceEvent => ({ at, type: 'decision', controller: rule.startsWith('chaos') ? 'chaos' : 'kubelet', object: 'Node/node-2', rule, text: '' })
const trace = (events: TraceEvent[]): Trace => ({ schema: 'jobs-playground.trace/v1', seed: 1, startTime: '', end: 0, stopped: 'idle', events, files: {} })

describe('podNodeAt / nodeDownAt', () => {
  it('finds the pod\'s node once it is bound', () => {
    const t = trace([row(0, null), row(100, 'node-2')])
    expect(podNodeAt(t, 'p', 50)).toBeNull()
    expect(podNodeAt(t, 'p', 100)).toBe('node-2')
    expect(podNodeAt(t, 'q', 100)).toBeNull()
  })

  it('is down from chaos node-down until the kubelet is back', () => {
    const t = trace([decision(10_000, 'chaos.node-down'), decision(90_000, 'kubelet.node-up')])
    expect([5000, 10_000, 89_999, 90_000].map((at) => nodeDownAt(t, 'node-2', at))).toEqual([false, true, true, false])
    expect(nodeDownAt(t, 'node-1', 50_000)).toBe(false)
  })
})
