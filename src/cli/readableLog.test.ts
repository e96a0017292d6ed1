import { describe, expect, it } from 'vitest'
import { TRACE_SCHEMA, type Trace, type TraceEvent } from '../sim/trace/events'
import { readableLog } from './readableLog'

const write = (at: number, node: string): TraceEvent => ({ at, type: 'write', path: '/tmp/data/m.txt', node, pod: 'p', container: 'c', data: 'x\n', append: true })
const trace = (events: TraceEvent[]): Trace => ({ schema: TRACE_SCHEMA, seed: 1, startTime: '2026-01-03T01:46:00.000Z', end: 2000, stopped: 'idle', events, files: {} })

describe('readableLog', () => {
  it('names the node of a write only when the run wrote on several', () => {
    expect(readableLog(trace([write(1000, 'node-1')]))).toContain('    1.00s  write    /tmp/data/m.txt ')
    const two = readableLog(trace([write(1000, 'node-1'), write(1500, 'node-2')]))
    expect(two).toContain('    1.00s  write    node-1:/tmp/data/m.txt ')
    expect(two).toContain('    1.50s  write    node-2:/tmp/data/m.txt ')
  })
})
