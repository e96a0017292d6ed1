// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { completionTrace } from '../../state/fixtures/completionTrace'
import { layoutTimeline } from './layout'
import { renderRows, type RowsContext } from './renderRows'
import { timeScale } from './timeScale'

const ctx: RowsContext = { rowHeight: 24, labelWidth: 200, width: 1000, height: 120, scrollTop: 0, selectedPod: null, clipId: 'clip' }

function draw(pods: number, overrides: Partial<RowsContext> = {}, domain: [number, number] = [0, 261_000]) {
  const layout = layoutTimeline(completionTrace({ jobName: 'demo', completions: pods, startTime: '2026-01-03T01:46:00Z' }))
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
  const c = { ...ctx, ...overrides }
  const first = Math.floor(c.scrollTop / c.rowHeight)
  const visible = layout.rows.slice(first, first + Math.ceil(c.height / c.rowHeight)).map((row, i) => ({ row, index: first + i }))
  renderRows(svg, visible, timeScale(domain, [c.labelWidth, c.width]), c)
  return { svg, layout }
}

describe('renderRows', () => {
  it('draws one group per visible row, pods tagged with data-pod, segments coloured by status', () => {
    const { svg, layout } = draw(3)
    expect(svg.querySelectorAll('g.row')).toHaveLength(4)
    expect([...svg.querySelectorAll('[data-pod]')].map((g) => g.getAttribute('data-pod'))).toEqual(layout.rows.slice(1).map((r) => r.name))
    const firstPod = svg.querySelector('[data-pod]')!
    expect([...firstPod.querySelectorAll('rect.seg')].map((r) => r.getAttribute('class'))).toEqual(
      ['seg c-pending', 'seg c-init', 'seg c-initializing', 'seg c-running', 'seg c-completed'])
    expect(svg.querySelector('[data-job="demo"] text.seg-label')?.textContent).toBe('Running 0/3')
  })

  it('keeps only the visible rows in the DOM, however many pods there are', () => {
    const { svg } = draw(5000, { scrollTop: 24 * 2500 }, [0, 5000 * 52_200])
    const rows = svg.querySelectorAll('g.row')
    expect(rows.length).toBe(5)
    expect(rows[0]?.getAttribute('transform')).toBe('translate(0,0)')
  })

  it('marks the selected pod and leaves segments outside the time range out', () => {
    const { svg, layout } = draw(2, { selectedPod: 'x' }, [0, 1000])
    expect(svg.querySelectorAll('g.row.selected')).toHaveLength(0)
    const name = layout.rows[1]!.name
    const again = draw(2, { selectedPod: name }, [0, 1000]).svg
    expect(again.querySelector('g.row.selected')?.getAttribute('data-pod')).toBe(name)
    expect(again.querySelectorAll(`[data-pod="${layout.rows[2]!.name}"] rect.seg`)).toHaveLength(0)
  })
})
