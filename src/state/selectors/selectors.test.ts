import { describe, expect, it } from 'vitest'
import { TRACE_SCHEMA, type Trace, type TraceEvent } from '../../sim/trace/events'
import { completionTrace } from '../fixtures/completionTrace'
import { fileText, filesAt, filePaths } from './filesAt'
import { jobsAt, podsAt } from './objectsAt'

const trace = (events: TraceEvent[]): Trace =>
  ({ schema: TRACE_SCHEMA, seed: 1, startTime: '2026-01-03T01:46:00Z', end: events.at(-1)?.at ?? 0, stopped: 'idle', events, files: {} })

const pod = (at: number, name: string, status: string, extra: Partial<TraceEvent> = {}): TraceEvent =>
  ({ at, type: 'pod', name, job: 'j', index: null, phase: 'Running', status, ready: '0/1', restarts: 0, node: 'node-1', ...extra }) as TraceEvent

const write = (at: number, pod: string, data: string, append = true): TraceEvent =>
  ({ at, type: 'write', path: '/tmp/data/m.txt', node: 'node-1', pod, container: 'c', data, append })

describe('podsAt / jobsAt', () => {
  const t = trace([pod(0, 'a', 'Pending'), pod(5, 'b', 'Pending'), pod(10, 'a', 'Running'), pod(20, 'b', 'Terminating'),
    { at: 30, type: 'delete', object: 'Pod/b' }, pod(40, 'a', 'Completed', { deleted: true })])

  it('shows the latest row of each pod at the playhead, in creation order', () => {
    expect(podsAt(t, 12).map((p) => [p.name, p.status])).toEqual([['a', 'Running'], ['b', 'Pending']])
    expect(podsAt(t, 9.999).map((p) => p.status)).toEqual(['Pending', 'Pending'])
  })

  it('drops pods after a delete event or a DELETED watch row', () => {
    expect(podsAt(t, 30).map((p) => p.name)).toEqual(['a'])
    expect(podsAt(t, 40)).toEqual([])
  })

  it('reads the job rows of the completion fixture: Complete 5/5 at 4m21s, not before', () => {
    const f = completionTrace({ jobName: 'demo', completions: 5, startTime: '2026-01-03T01:46:00Z' })
    expect(jobsAt(f, f.end).map((j) => [j.status, j.completions])).toEqual([['Complete', '5/5']])
    expect(jobsAt(f, f.end - 1)[0]?.status).not.toBe('Complete')
    expect(f.end).toBe(261_000)
  })
})

describe('filesAt', () => {
  it('appends, tags each line with its writer, and lets a truncating write replace the content', () => {
    const t = trace([write(1, 'p1', 'one\n'), write(2, 'p2', 'two\n'), write(3, 'p3', 'three\n', false), write(4, 'p1', 'four\n')])
    expect(filesAt(t, 2)['/tmp/data/m.txt']?.lines.map((l) => [l.text, l.writer])).toEqual([['one', 'p1/c'], ['two', 'p2/c']])
    const after = filesAt(t, 4)['/tmp/data/m.txt']!
    expect(fileText(after)).toBe('three\nfour\n')
    expect(after.truncatedAt).toBe(3)
    expect(filesAt(t, 0)).toEqual({})
  })

  it('keeps one file per node when a run writes the same path on several nodes', () => {
    const on = (node: string, at: number, pod: string, data: string): TraceEvent => ({ ...write(at, pod, data), node } as TraceEvent)
    const t = trace([on('node-1', 1, 'p1', 'a\n'), on('node-2', 2, 'p2', 'b\n'), on('node-1', 3, 'p3', 'c\n')])
    expect(filePaths(t)).toEqual(['node-1:/tmp/data/m.txt', 'node-2:/tmp/data/m.txt'])
    const files = filesAt(t, 3)
    expect(fileText(files['node-1:/tmp/data/m.txt']!)).toBe('a\nc\n')
    expect(files['node-2:/tmp/data/m.txt']).toMatchObject({ node: 'node-2', path: '/tmp/data/m.txt' })
    // One node: paths stay bare, as the seed labs show them.
    expect(filePaths(trace([write(1, 'p1', 'x\n')]))).toEqual(['/tmp/data/m.txt'])
  })

  it('continues an unfinished line on the next append', () => {
    const t = trace([write(1, 'p1', 'ab'), write(2, 'p2', 'c\nd')])
    const view = filesAt(t, 2)['/tmp/data/m.txt']!
    expect(view.lines.map((l) => [l.text, l.writer])).toEqual([['abc', 'p2/c'], ['d', 'p2/c']])
    expect(fileText(view)).toBe('abc\nd')
  })

  it('rebuilds the fixture file exactly as the trace says it ends, 10 lines alternating writers', () => {
    const f = completionTrace({ jobName: 'demo', completions: 5, startTime: '2026-01-03T01:46:00Z' })
    const view = filesAt(f, f.end)['/tmp/data/message.txt']!
    expect(fileText(view)).toBe(f.files['/tmp/data/message.txt'])
    expect(view.lines).toHaveLength(10)
    expect(view.lines.map((l) => l.writer.split('/')[1])).toEqual(Array.from({ length: 10 }, (_, i) => (i % 2 ? 'writer' : 'init')))
    expect(view.lines[0]?.text).toBe('Sat Jan  3 01:46:02 UTC 2026 Init container message')
    expect(filePaths(f)).toEqual(['/tmp/data/message.txt'])
  })
})
