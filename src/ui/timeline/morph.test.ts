import { describe, expect, it } from 'vitest'
import type { Segment, TimelineRow } from './layout'
import { createBarMorph, interpolateRow, MORPH_MS } from './morph'

const seg = (start: number, end: number, status = 'Running'): Segment => ({
  start, end, status, category: 'running', ready: '1/1', restarts: 0, completions: '', exitCodes: undefined, conditions: [],
})
const pod = (name: string, segments: Segment[]): TimelineRow => ({
  kind: 'pod', name, job: 'j', index: null, node: 'node-1', start: segments[0]!.start, end: segments.at(-1)!.end, segments, markers: [],
})

describe('interpolateRow', () => {
  const from = pod('a', [seg(0, 10_000), seg(10_000, 20_000, 'Completed')])
  const to = pod('a', [seg(0, 30_000), seg(30_000, 40_000, 'Completed'), seg(40_000, 50_000, 'Error')])

  it('moves matched segments part of the way', () => {
    const mid = interpolateRow(from, to, 0.5)
    expect(mid.segments.map((s) => [s.start, s.end])).toEqual([[0, 20_000], [20_000, 30_000], [40_000, 45_000]])
    expect(mid.segments[2]!.status).toBe('Error')
    expect(mid.end).toBe(35_000)
  })

  it('is the target at 1 and the source geometry at 0', () => {
    expect(interpolateRow(from, to, 1)).toBe(to)
    expect(interpolateRow(from, to, 0).segments.slice(0, 2).map((s) => [s.start, s.end])).toEqual([[0, 10_000], [10_000, 20_000]])
  })

  it('grows a new row in from its start', () => {
    const fresh = pod('b', [seg(10_000, 20_000), seg(20_000, 30_000, 'Completed')])
    expect(interpolateRow(undefined, fresh, 0.25).segments.map((s) => [s.start, s.end])).toEqual([[10_000, 15_000]])
    expect(interpolateRow(undefined, fresh, 0.75).segments.map((s) => [s.start, s.end])).toEqual([[10_000, 20_000], [20_000, 25_000]])
  })
})

describe('createBarMorph', () => {
  const a1 = [pod('a', [seg(0, 10_000)])]
  const a2 = [pod('a', [seg(0, 20_000)])]
  const vis = (rows: TimelineRow[]) => rows.map((row, index) => ({ row, index }))

  it('draws new rows at once when not animating', () => {
    const m = createBarMorph()
    m.retarget(a1, 10_000, false, 0)
    m.retarget(a2, 20_000, false, 10)
    const f = m.frame(vis(a2), 20_000, 10)
    expect(f.running).toBe(false)
    expect(f.visible[0]!.row).toBe(a2[0])
  })

  it('glides from the old rows and end to the new ones, then stops', () => {
    const m = createBarMorph()
    m.retarget(a1, 10_000, true, 0)
    m.retarget(a2, 20_000, true, 100)
    const start = m.frame(vis(a2), 20_000, 100)
    expect(start.running).toBe(true)
    expect(start.visible[0]!.row.segments[0]!.end).toBe(10_000)
    expect(start.end).toBe(10_000)
    const mid = m.frame(vis(a2), 20_000, 100 + MORPH_MS / 2)
    expect(mid.visible[0]!.row.segments[0]!.end).toBeGreaterThan(10_000)
    expect(mid.visible[0]!.row.segments[0]!.end).toBeLessThan(20_000)
    const done = m.frame(vis(a2), 20_000, 100 + MORPH_MS)
    expect(done).toMatchObject({ running: false, end: 20_000 })
    expect(done.visible[0]!.row).toBe(a2[0])
  })

  it('retargeting mid-glide starts from what is on screen', () => {
    const m = createBarMorph(100)
    const a3 = [pod('a', [seg(0, 30_000)])]
    m.retarget(a1, 10_000, true, 0)
    m.retarget(a2, 20_000, true, 0)
    const shown = m.frame(vis(a2), 20_000, 50).visible[0]!.row.segments[0]!.end
    m.retarget(a3, 30_000, true, 50)
    expect(m.frame(vis(a3), 30_000, 50).visible[0]!.row.segments[0]!.end).toBeCloseTo(shown)
  })
})
