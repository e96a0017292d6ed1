import { describe, expect, it } from 'vitest'
import { hitTest } from './hitTest'
import type { TimelineRow } from './layout'
import { timeScale } from './timeScale'

const row = (name: string): TimelineRow => ({
  kind: 'pod', name, job: 'j', index: null, node: 'n', start: 0, end: 100,
  segments: [{ start: 0, end: 50, status: 'Running', category: 'running', ready: '1/1', restarts: 0, completions: '', exitCodes: undefined, conditions: [] },
    { start: 50, end: 100, status: 'Completed', category: 'completed', ready: '0/1', restarts: 0, completions: '', exitCodes: { c: 0 }, conditions: [] }],
  markers: [{ at: 80, kind: 'event', label: 'Started' }],
})

describe('hitTest', () => {
  const scale = timeScale([0, 100], [100, 200])
  const rows = [row('a'), row('b')]
  it('finds the row from y and the segment from x', () => {
    expect(hitTest(rows, scale, 20, 160, 25)).toMatchObject({ row: { name: 'b' }, segment: { status: 'Completed' }, marker: null })
    expect(hitTest(rows, scale, 20, 181, 5)?.marker?.label).toBe('Started')
  })
  it('hits the row from its label and from time outside any segment (so a click there selects it), and misses below the rows', () => {
    expect(hitTest(rows, scale, 20, 50, 5)).toEqual({ row: rows[0], segment: null, marker: null, why: null })
    expect(hitTest(rows, scale, 20, 250, 25)).toMatchObject({ row: { name: 'b' }, segment: null, marker: null })
    expect(hitTest(rows, scale, 20, 150, 45)).toBeNull()
    expect(hitTest(rows, scale, 20, 150, -3)).toBeNull()
  })
})
