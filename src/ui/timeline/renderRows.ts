// Draws the visible timeline rows into an SVG with a d3 join. Takes data (rows already cut to
// what is on screen), a time scale and a context; keeps no state of its own, so zooming or
// scrolling is just another call. Only visible rows exist in the DOM: 5,000 rows cost the same
// as 30.
import { select } from 'd3'
import type { Marker, Segment, TimelineRow } from './layout'
import type { TimeScale } from './timeScale'

export interface RowsContext {
  rowHeight: number
  labelWidth: number
  width: number
  height: number
  /** Pixels scrolled past the first row. */
  scrollTop: number
  selectedPod: string | null
  clipId: string
}

export interface VisibleRow {
  row: TimelineRow
  /** Position in the full row list. */
  index: number
}

const CHAR_PX = 6.6
const fits = (text: string, width: number) => text.length * CHAR_PX + 10 <= width

export function segmentLabel(row: TimelineRow, s: Segment): string {
  return row.kind === 'job' ? `${s.status} ${s.completions}` : s.status
}

export function rowLabel(row: TimelineRow): string {
  return row.kind === 'pod' && row.index !== null ? `[${row.index}] ${row.name}` : row.name
}

export function renderRows(svg: SVGSVGElement, rows: VisibleRow[], scale: TimeScale, ctx: RowsContext): void {
  const root = select(svg).attr('width', ctx.width).attr('height', ctx.height)
  root.selectAll('defs').data([0]).join('defs')
    .selectAll('clipPath').data([0]).join('clipPath').attr('id', ctx.clipId)
    .selectAll('rect').data([0]).join('rect')
    .attr('x', ctx.labelWidth).attr('y', 0).attr('width', Math.max(0, ctx.width - ctx.labelWidth)).attr('height', 1e7)

  const h = ctx.rowHeight
  const barH = h - 8
  const x = (t: number) => Math.max(ctx.labelWidth - 2, Math.min(ctx.width + 2, scale.x(t)))

  const g = root.selectAll<SVGGElement, VisibleRow>('g.row')
    .data(rows, (d) => `${d.row.kind}:${d.row.name}`)
    .join((enter) => {
      const e = enter.append('g')
      e.append('rect').attr('class', 'row-bg')
      e.append('g').attr('class', 'bars')
      e.append('text').attr('class', 'row-label')
      return e
    })
    .attr('class', (d) => `row row-${d.row.kind}${d.row.name === ctx.selectedPod ? ' selected' : ''}`)
    .attr('data-pod', (d) => (d.row.kind === 'pod' ? d.row.name : null))
    .attr('data-job', (d) => (d.row.kind === 'job' ? d.row.name : null))
    .attr('transform', (d) => `translate(0,${d.index * h - ctx.scrollTop})`)

  g.select('rect.row-bg').attr('width', ctx.width).attr('height', h)
  g.select('text.row-label').attr('x', 10).attr('y', h / 2).attr('dy', '0.35em')
    .text((d) => {
      const label = rowLabel(d.row)
      const max = Math.floor((ctx.labelWidth - 18) / CHAR_PX)
      return label.length > max ? `${label.slice(0, max - 1)}…` : label
    })

  const bars = g.select<SVGGElement>('g.bars').attr('clip-path', `url(#${ctx.clipId})`)
  bars.selectAll<SVGRectElement, Segment>('rect.seg')
    .data((d) => d.row.segments.filter((s) => scale.x(s.end) >= ctx.labelWidth && scale.x(s.start) <= ctx.width))
    .join('rect')
    .attr('class', (s) => `seg c-${s.category}`)
    .attr('x', (s) => x(s.start))
    .attr('y', 4)
    .attr('height', barH)
    .attr('width', (s) => Math.max(1, x(s.end) - x(s.start)))

  bars.selectAll<SVGTextElement, { s: Segment; row: TimelineRow }>('text.seg-label')
    .data((d) => d.row.segments
      .filter((s) => scale.x(s.end) >= ctx.labelWidth && scale.x(s.start) <= ctx.width)
      .map((s) => ({ s, row: d.row }))
      .filter(({ s, row }) => fits(segmentLabel(row, s), x(s.end) - Math.max(x(s.start), ctx.labelWidth))))
    .join('text')
    .attr('class', ({ s }) => `seg-label c-${s.category}`)
    .attr('x', ({ s }) => Math.max(x(s.start), ctx.labelWidth) + 5)
    .attr('y', h / 2)
    .attr('dy', '0.35em')
    .text(({ s, row }) => segmentLabel(row, s))

  bars.selectAll<SVGPathElement, Marker>('path.marker')
    .data((d) => d.row.markers.filter((m) => scale.x(m.at) >= ctx.labelWidth && scale.x(m.at) <= ctx.width))
    .join('path')
    .attr('class', (m) => `marker m-${m.kind}`)
    .attr('d', (m) => {
      const mx = scale.x(m.at)
      if (m.kind === 'restart') return `M${mx},${h / 2 - 5}l5,5l-5,5l-5,-5z`
      if (m.kind === 'decision') return `M${mx - 2},${h - 2.5}a2,2 0 1,0 4,0a2,2 0 1,0 -4,0`
      return `M${mx - 3.5},1h7l-3.5,5z`
    })
}
