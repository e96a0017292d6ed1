// The simulated-time axis above the rows (`0s, 30s, 1m, …`) and the matching grid lines
// behind them. Data in (a scale), SVG out.
import { select } from 'd3'
import { formatTick, timeTicks, type TimeScale } from './timeScale'

export function renderAxis(svg: SVGSVGElement, scale: TimeScale, width: number, height: number): void {
  const ticks = timeTicks(scale)
  const root = select(svg).attr('width', width).attr('height', height)
  root.selectAll('line.axis-base').data([0]).join('line').attr('class', 'axis-base')
    .attr('x1', scale.range[0]).attr('x2', width).attr('y1', height - 0.5).attr('y2', height - 0.5)
  const tick = root.selectAll<SVGGElement, number>('g.tick').data(ticks, (t) => t)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'tick')
      e.append('line')
      e.append('text')
      return e
    })
    .attr('transform', (t) => `translate(${Math.round(scale.x(t)) + 0.5},0)`)
  tick.select('line').attr('y1', height - 6).attr('y2', height)
  tick.select('text').attr('x', 4).attr('y', height - 9).text(formatTick)
}

export function renderGrid(svg: SVGSVGElement, scale: TimeScale, height: number): void {
  const ticks = timeTicks(scale)
  const grid = select(svg).selectAll<SVGGElement, number>('g.grid').data([0]).join((e) => e.insert('g', ':first-child').attr('class', 'grid'))
  grid.selectAll<SVGLineElement, number>('line').data(ticks, (t) => t).join('line')
    .attr('x1', (t) => Math.round(scale.x(t)) + 0.5).attr('x2', (t) => Math.round(scale.x(t)) + 0.5)
    .attr('y1', 0).attr('y2', height)
}
