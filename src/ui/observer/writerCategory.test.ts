import { describe, expect, it } from 'vitest'
import { completionTrace } from '../../state/fixtures/completionTrace'
import { layoutTimeline } from '../timeline/layout'
import { writerCategory, writerTag } from './writerCategory'

describe('writer colours and tags', () => {
  const layout = layoutTimeline(completionTrace({ jobName: 'demo', completions: 1, startTime: '2026-01-03T01:46:00Z' }))
  const row = layout.rows[1]!
  it('takes the colour of the writer bar at the moment of the write', () => {
    expect(writerCategory(row, 2_640)).toBe('init')
    expect(writerCategory(row, 30_000)).toBe('running')
    expect(writerCategory(row, 16_040)).toBe('running')
    expect(writerCategory(row, 50_000)).toBe('completed')
    expect(writerCategory(undefined, 0)).toBe('other')
  })
  it('shortens the pod name by its Job prefix', () => {
    expect(writerTag('demo-abcde/init', 'demo')).toBe('…-abcde · init')
    expect(writerTag('bare/c', null)).toBe('bare · c')
  })
})
