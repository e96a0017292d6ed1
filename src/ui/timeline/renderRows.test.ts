// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { completionTrace } from '../../state/fixtures/completionTrace'
import { layoutTimeline } from './layout'
import { renderRows, type RowsContext } from './renderRows'

const ctx: RowsContext = { rowHeight: 24, labelWidth: 200, width: 1000, height: 120, scrollTop: 0, selectedPod: null }

function draw(pods: number, overrides: Partial<RowsContext> = {}) {
  const layout = layoutTimeline(completionTrace({ jobName: 'demo', completions: pods, startTime: '2026-01-03T01:46:00Z' }))
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
  const c = { ...ctx, ...overrides }
  const first = Math.floor(c.scrollTop / c.rowHeight)
  const visible = layout.rows.slice(first, first + Math.ceil(c.height / c.rowHeight)).map((row, i) => ({ row, index: first + i }))
  renderRows(svg, visible, c)
  return { svg, layout }
}

describe('renderRows', () => {
  it('draws one group per visible row, pods tagged with data-pod, jobs with data-job', () => {
    const { svg, layout } = draw(3)
    expect(svg.querySelectorAll('g.row')).toHaveLength(4)
    expect([...svg.querySelectorAll('[data-pod]')].map((g) => g.getAttribute('data-pod'))).toEqual(layout.rows.slice(1).map((r) => r.name))
    expect(svg.querySelector('[data-job="demo"] text.row-label')?.textContent).toBe('demo')
    // Bars are the canvas's job: these groups never change when the time scale does.
    expect(svg.querySelectorAll('rect.seg')).toHaveLength(0)
  })

  it('keeps only the visible rows in the DOM, however many pods there are', () => {
    const { svg } = draw(5000, { scrollTop: 24 * 2500 })
    const rows = svg.querySelectorAll('g.row')
    expect(rows.length).toBe(5)
    expect(rows[0]?.getAttribute('transform')).toBe('translate(0,0)')
  })

  it('marks the selected pod and shortens labels that do not fit', () => {
    const { svg, layout } = draw(2, { selectedPod: 'x' })
    expect(svg.querySelectorAll('g.row.selected')).toHaveLength(0)
    const name = layout.rows[1]!.name
    const again = draw(2, { selectedPod: name, labelWidth: 60 }).svg
    expect(again.querySelector('g.row.selected')?.getAttribute('data-pod')).toBe(name)
    expect(again.querySelector('g.row.selected text.row-label')?.textContent).toMatch(/^.{5}…$/)
  })
})
