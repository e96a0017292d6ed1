// One side of the comparison: its own axis (so each side reads its times) and all its rows, drawn
// with the timeline's pure pieces (layout, renderRows, drawBars, renderAxis) on the scale the
// parent gives both sides — the same time is the same x in A and in B.
import { select } from 'd3'
import { useLayoutEffect, useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react'
import type { Trace } from '../../sim/trace/events'
import type { Side } from '../../state/compare'
import { appStore } from '../../state/store'
import { useTheme } from '../app/theme'
import { layoutFor } from '../hooks/useTimelineLayout'
import { drawBars } from '../timeline/drawBars'
import { hitTest, type Hit } from '../timeline/hitTest'
import { readPalette } from '../timeline/palette'
import { prepareCanvas } from '../timeline/prepareCanvas'
import { renderAxis } from '../timeline/renderAxis'
import { renderRows } from '../timeline/renderRows'
import { timeTicks, type TimeScale } from '../timeline/timeScale'
import { TimelineTooltip } from '../timeline/TimelineTooltip'

export const ROW_H = 22
export const AXIS_H = 24

interface LaneProps {
  side: Side
  title: string
  trace: Trace | null
  scale: TimeScale
  width: number
  labelWidth: number
  /** The first error in this side's text, shown in its head while its last good run is drawn. */
  problem: string | null
  busy: boolean
  /** The lane's "not yet" veil, moved by the parent with the playhead. */
  veil: RefObject<HTMLDivElement | null>
  onDrawn: () => void
}

export function CompareLane({ side, title, trace, scale, width, labelWidth, problem, busy, veil, onDrawn }: LaneProps) {
  const axis = useRef<SVGSVGElement>(null)
  const rowsSvg = useRef<SVGSVGElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const theme = useTheme((s) => s.theme)
  const [hover, setHover] = useState<{ x: number; y: number; hit: Hit } | null>(null)
  const rows = useMemo(() => (trace ? layoutFor(trace).rows : []), [trace])
  const height = Math.max(rows.length * ROW_H, ROW_H)
  const drawn = useRef(onDrawn)
  drawn.current = onDrawn

  useLayoutEffect(() => {
    if (width <= 0) return
    const visible = rows.map((row, index) => ({ row, index }))
    if (rowsSvg.current) renderRows(rowsSvg.current, visible, { rowHeight: ROW_H, labelWidth, width, height, scrollTop: 0, selectedPod: null })
    const g = canvas.current && prepareCanvas(canvas.current, width, height)
    if (g && canvas.current) {
      drawBars(g, visible, scale, { rowHeight: ROW_H, labelWidth, width, height, scrollTop: 0, selectedPod: null,
        ticks: timeTicks(scale), palette: readPalette(canvas.current) })
    }
    if (axis.current) {
      renderAxis(axis.current, scale, width, AXIS_H)
      // The tick's time on the element: tests (and tools) can check that A and B line up.
      select(axis.current).selectAll<SVGGElement, number>('g.tick').attr('data-t', (t) => t)
    }
    drawn.current()
  }, [rows, scale, width, height, labelWidth, theme])

  const hitAt = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    const x = e.clientX - box.left
    const y = e.clientY - box.top
    return { x, y, hit: hitTest(rows, scale, ROW_H, x, y) }
  }
  const scrubTo = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    appStore.getState().pause()
    appStore.getState().seek(scale.t(e.clientX - box.left))
  }

  return (
    <section className={`compare-lane${problem ? ' stale' : ''}`} data-side={side} aria-label={`Timeline ${side.toUpperCase()}`}>
      <div className="compare-lane-axis">
        <svg ref={axis} className="timeline-axis" height={AXIS_H} aria-hidden="true"
          onPointerDown={(e) => { e.currentTarget.setPointerCapture(e.pointerId); scrubTo(e) }}
          onPointerMove={(e) => { if (e.buttons & 1) scrubTo(e) }} />
        <div className="compare-lane-title" style={{ width: labelWidth }}>
          <span className={`side-badge side-${side}`}>{side.toUpperCase()}</span>
          <span className="compare-lane-name" title={title}>{title}</span>
          {busy && <span className="compare-busy" aria-label="simulating" />}
        </div>
      </div>
      {problem && <p className="compare-lane-problem" role="status">{problem} <span className="muted">· showing the last run that worked</span></p>}
      <div className="compare-rows-scroll"><div className="compare-rows" style={{ height }}>
        <svg ref={rowsSvg} className="timeline-rows" height={height}
          onPointerMove={(e) => {
            const h = hitAt(e)
            setHover(h.hit ? { ...h, hit: h.hit } : null)
          }}
          onPointerLeave={() => setHover(null)} />
        <canvas ref={canvas} className="timeline-bars" aria-hidden="true" />
        <div ref={veil} className="timeline-veil" style={{ top: 0 }} />
        {rows.length === 0 && <p className="compare-empty muted">{trace ? 'No pods in this run.' : 'Simulating…'}</p>}
      </div></div>
      {hover && <TimelineTooltip x={hover.x} y={hover.y + AXIS_H + (problem ? 24 : 0)} hit={hover.hit} boxWidth={width} />}
    </section>
  )
}
