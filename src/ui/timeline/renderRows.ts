// Draws the visible timeline rows' backgrounds and labels into an SVG with a d3 join: one
// `g.row` per row, tagged `data-pod` / `data-job`, hoverable and selectable. The bars are on a
// canvas above it (drawBars), so panning and zooming never touch these elements. Only visible
// rows exist in the DOM: 5,000 rows cost the same as 30.
import { select } from 'd3'
import type { Segment, TimelineRow } from './layout'

export interface RowsContext {
  rowHeight: number
  labelWidth: number
  width: number
  height: number
  /** Pixels scrolled past the first row. */
  scrollTop: number
  selectedPod: string | null
}

export interface VisibleRow {
  row: TimelineRow
  /** Position in the full row list. */
  index: number
}

const CHAR_PX = 6.6

export function segmentLabel(row: TimelineRow, s: Segment): string {
  return row.kind === 'job' ? `${s.status} ${s.completions}` : s.status
}

export function rowLabel(row: TimelineRow): string {
  return row.kind === 'pod' && row.index !== null ? `[${row.index}] ${row.name}` : row.name
}

export function renderRows(svg: SVGSVGElement, rows: VisibleRow[], ctx: RowsContext): void {
  const root = select(svg).attr('width', ctx.width).attr('height', ctx.height)
  const h = ctx.rowHeight
  const max = Math.floor((ctx.labelWidth - 18) / CHAR_PX)

  const g = root.selectAll<SVGGElement, VisibleRow>('g.row')
    .data(rows, (d) => `${d.row.kind}:${d.row.name}`)
    .join((enter) => {
      const e = enter.append('g')
      e.append('rect').attr('class', 'row-bg')
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
      return label.length > max ? `${label.slice(0, max - 1)}…` : label
    })
}
