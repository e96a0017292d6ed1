// Draws the bars of the visible rows onto a canvas: grid lines, status segments with their
// labels, and markers. Canvas rather than SVG because panning and zooming redraw all of this
// every frame; a canvas redraw is a few hundred fill calls and no DOM or style work at all
// (DESIGN §6: 5,000 rows pan and zoom above 30 fps). Row labels and backgrounds stay in SVG
// (renderRows), where they are selectable, hoverable and carry `data-pod`.
import type { Marker } from './layout'
import { LIGHT_TEXT, type Palette } from './palette'
import { segmentLabel, type VisibleRow } from './renderRows'
import type { TimeScale } from './timeScale'

export interface BarsContext {
  rowHeight: number
  labelWidth: number
  width: number
  height: number
  scrollTop: number
  selectedPod: string | null
  /** Grid line times (the axis ticks). */
  ticks: readonly number[]
  palette: Palette
}

/** The subset of CanvasRenderingContext2D used here, so tests can pass a recorder. */
export type Canvas2D = Pick<CanvasRenderingContext2D, 'clearRect' | 'save' | 'restore' | 'beginPath' | 'rect' | 'clip'
  | 'fillRect' | 'strokeRect' | 'fillText' | 'moveTo' | 'lineTo' | 'closePath' | 'arc' | 'fill' | 'stroke' | 'setLineDash'
  | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'font' | 'textBaseline' | 'globalAlpha'>

export const LABEL_FONT = '10.5px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
const CHAR_PX = 6.6
const fits = (text: string, width: number) => text.length * CHAR_PX + 10 <= width

export function drawBars(g: Canvas2D, rows: readonly VisibleRow[], scale: TimeScale, ctx: BarsContext): void {
  const { rowHeight: h, labelWidth: left, width, height, palette: p } = ctx
  g.clearRect(0, 0, width, height)
  g.save()
  g.beginPath()
  g.rect(left, 0, Math.max(0, width - left), height)
  g.clip()

  g.strokeStyle = p.grid
  g.lineWidth = 1
  g.setLineDash([2, 3])
  g.beginPath()
  for (const t of ctx.ticks) {
    const x = Math.round(scale.x(t)) + 0.5
    g.moveTo(x, 0)
    g.lineTo(x, height)
  }
  g.stroke()
  g.setLineDash([])

  const x = (t: number) => Math.max(left - 2, Math.min(width + 2, scale.x(t)))
  const [t0, t1] = scale.domain
  g.font = LABEL_FONT
  g.textBaseline = 'middle'
  for (const { row, index } of rows) {
    const top = index * h - ctx.scrollTop
    const selected = row.name === ctx.selectedPod
    for (const s of row.segments) {
      if (s.end < t0 || s.start > t1) continue
      const x0 = x(s.start)
      const w = Math.max(1, x(s.end) - x0)
      g.fillStyle = p.status[s.category]
      g.fillRect(x0, top + 4, w, h - 8)
      if (selected) {
        g.strokeStyle = p.accent
        g.lineWidth = 1.5
        g.strokeRect(x0, top + 4, w, h - 8)
      }
      const label = segmentLabel(row, s)
      const from = Math.max(x0, left)
      if (fits(label, x0 + w - from)) {
        g.fillStyle = LIGHT_TEXT.has(s.category) ? p.textLight : p.textDark
        g.fillText(label, from + 5, top + h / 2)
      }
    }
    for (const m of row.markers) {
      if (m.at >= t0 && m.at <= t1) drawMarker(g, m, scale.x(m.at), top, h, p)
    }
  }
  g.restore()
}

function drawMarker(g: Canvas2D, m: Marker, mx: number, top: number, h: number, p: Palette): void {
  g.beginPath()
  if (m.kind === 'restart') {
    const cy = top + h / 2
    g.moveTo(mx, cy - 5)
    g.lineTo(mx + 5, cy)
    g.lineTo(mx, cy + 5)
    g.lineTo(mx - 5, cy)
    g.closePath()
    g.fillStyle = p.pane
    g.fill()
    g.strokeStyle = p.danger
    g.lineWidth = 1.5
    g.stroke()
    return
  }
  if (m.kind === 'decision') {
    g.arc(mx, top + h - 2.5, 2, 0, Math.PI * 2)
    g.globalAlpha = 0.7
    g.fillStyle = p.accent
    g.fill()
    g.globalAlpha = 1
    return
  }
  g.moveTo(mx - 3.5, top + 1)
  g.lineTo(mx + 3.5, top + 1)
  g.lineTo(mx, top + 6)
  g.closePath()
  g.fillStyle = m.kind === 'warning' ? p.danger : p.faint
  g.fill()
}
