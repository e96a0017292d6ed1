import { describe, expect, it } from 'vitest'
import { completionTrace } from '../../state/fixtures/completionTrace'
import { drawBars, type BarsContext, type Canvas2D } from './drawBars'
import { layoutTimeline } from './layout'
import type { Palette } from './palette'
import { timeScale } from './timeScale'

const palette: Palette = {
  status: { pending: 'P', creating: 'CC', init: 'I', initializing: 'PI', running: 'R', notready: 'NR', completed: 'C',
    error: 'E', crashloop: 'CL', terminating: 'T', suspended: 'S', other: 'O' },
  textDark: 'dark', textLight: 'light', grid: 'grid', accent: 'accent', danger: 'danger', faint: 'faint', pane: 'pane',
}

/** A 2D context that records the rectangles and texts drawn, with the fill colour of each. */
function recorder() {
  const rects: { x: number; y: number; w: number; fill: string }[] = []
  const texts: { text: string; x: number; fill: string }[] = []
  const strokes: { x: number; style: string }[] = []
  const g = {
    fillStyle: '', strokeStyle: '', lineWidth: 1, font: '', textBaseline: 'alphabetic', globalAlpha: 1,
    clearRect() {}, save() {}, restore() {}, beginPath() {}, rect() {}, clip() {}, moveTo() {}, lineTo() {}, closePath() {},
    arc() {}, fill() {}, stroke() {}, setLineDash() {},
    fillRect(x: number, y: number, w: number) { rects.push({ x, y, w, fill: String(g.fillStyle) }) },
    strokeRect(x: number) { strokes.push({ x, style: String(g.strokeStyle) }) },
    fillText(text: string, x: number) { texts.push({ text, x, fill: String(g.fillStyle) }) },
  }
  return { g: g as unknown as Canvas2D, rects, texts, strokes }
}

const layout = layoutTimeline(completionTrace({ jobName: 'demo', completions: 2, startTime: '2026-01-03T01:46:00Z' }))
const visible = layout.rows.map((row, index) => ({ row, index }))
const ctx: BarsContext = { rowHeight: 24, labelWidth: 200, width: 1000, height: 120, scrollTop: 0, selectedPod: null, ticks: [], palette }

describe('drawBars', () => {
  it('fills one bar per segment in its status colour, in time order, in its row', () => {
    const { g, rects } = recorder()
    drawBars(g, visible, timeScale([0, layout.end], [200, 1000]), ctx)
    const pod = layout.rows[1]!
    const podBars = rects.filter((r) => r.y === 24 + 4)
    expect(podBars.map((r) => r.fill)).toEqual(pod.segments.map((s) => palette.status[s.category]))
    expect(podBars.map((r) => r.fill)).toEqual(['P', 'I', 'PI', 'R', 'C'])
    expect(podBars.every((r, i) => i === 0 || r.x >= podBars[i - 1]!.x)).toBe(true)
  })

  it('labels bars wide enough for their text, in the contrasting colour', () => {
    const { g, texts } = recorder()
    drawBars(g, visible, timeScale([0, layout.end], [200, 1000]), ctx)
    expect(texts.find((t) => t.text.startsWith('Running 0/2'))).toBeDefined()
    const running = texts.find((t) => t.text === 'Running')
    expect(running?.fill).toBe('light')
  })

  it('skips what lies outside the visible time range and outlines the selected pod', () => {
    // In the first second only the first pod exists (Pending, then Init:0/1); the second starts later.
    const selectedPod = layout.rows[1]!.name
    const { g, rects, strokes } = recorder()
    drawBars(g, visible, timeScale([0, 1000], [200, 1000]), { ...ctx, selectedPod })
    expect(rects.filter((r) => r.y === 24 + 4).map((r) => r.fill)).toEqual(['P', 'I'])
    expect(rects.filter((r) => r.y === 48 + 4)).toHaveLength(0)
    expect(strokes.length).toBeGreaterThan(0)
    expect(strokes.every((s) => s.style === 'accent')).toBe(true)
  })
})
