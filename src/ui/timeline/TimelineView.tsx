// Mounts the timeline: sizes, scrolling, zoom and hover live here. Row labels are SVG
// (renderRows), bars are canvas (drawBars), the axis is SVG (renderAxis). Pan and zoom change
// only a ref and request one redraw per animation frame of the canvas, axis and playhead;
// React renders only when the data, the size, the scroll position or the selection change.
import { zoomIdentity, type ZoomTransform } from 'd3'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import { appStore } from '../../state/store'
import { isStale } from '../../state/slices/simulation'
import { useTheme } from '../app/theme'
import { useAppStore } from '../hooks/useAppStore'
import { useElementSize } from '../hooks/useElementSize'
import { useFrameRequest } from '../hooks/useFrameRequest'
import { useTimelineLayout } from '../hooks/useTimelineLayout'
import { drawBars } from './drawBars'
import { hitTest, type Hit } from './hitTest'
import { readPalette, type Palette } from './palette'
import { prepareCanvas } from './prepareCanvas'
import { renderAxis } from './renderAxis'
import { renderRows, type VisibleRow } from './renderRows'
import { timeTicks, type TimeScale } from './timeScale'
import { scrubKey, TimelineGrid } from './TimelineGrid'
import { TimelineToolbar } from './TimelineToolbar'
import { TimelineTooltip } from './TimelineTooltip'
import { usePlayhead } from './usePlayhead'
import { useTimelineZoom } from './useTimelineZoom'
import { zoomedScale } from './zoomedScale'
import { formatOffset } from '../../sim/kernel/time'
import { createBarMorph } from './morph'
import { morphWanted } from './morphRequest'

const ROW_H = 24
const AXIS_H = 26
const OVERSCAN = 2
const RIGHT_PAD = 12
const ZOOM_KEYS: Record<string, number | null> = { '+': 1.6, '=': 1.6, '-': 1 / 1.6, '0': null }

let firstDrawMarked = false

interface Frame { visible: VisibleRow[]; width: number; height: number; scrollTop: number; selectedPod: string | null; labelWidth: number; end: number }

export function TimelineView() {
  const trace = useAppStore((s) => s.trace)
  const version = useAppStore((s) => s.version)
  const selectedPod = useAppStore((s) => s.selectedPod)
  const stale = useAppStore(isStale)
  const failed = useAppStore((s) => s.failure !== null)
  const theme = useTheme((s) => s.theme)
  const layout = useTimelineLayout()

  const scroller = useRef<HTMLDivElement>(null)
  const axis = useRef<SVGSVGElement>(null)
  const rowsSvg = useRef<SVGSVGElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const line = useRef<HTMLDivElement>(null)
  const veil = useRef<HTMLDivElement>(null)
  const { width, height } = useElementSize(scroller)
  const [scrollTop, setScrollTop] = useState(0)
  const [hover, setHover] = useState<{ x: number; y: number; hit: Hit } | null>(null)

  const labelWidth = width < 560 ? 132 : 208
  const end = Math.max(layout?.end ?? 0, 1000)
  const rows = useMemo(() => layout?.rows ?? [], [layout])

  // What a redraw reads. Refs, so a pan or zoom redraws without a React render.
  const transform = useRef<ZoomTransform>(zoomIdentity)
  const scale = useRef<TimeScale>(zoomedScale(zoomIdentity, end, labelWidth, width - RIGHT_PAD))
  const frame = useRef<Frame>({ visible: [], width: 0, height: 0, scrollTop: 0, selectedPod: null, labelWidth, end })
  const palette = useRef<Palette | null>(null)
  const placePlayhead = useRef(() => {})

  // What-if slider runs glide into place (morph.ts); `again` asks for the next frame of a glide.
  const morph = useRef(createBarMorph())
  const again = useRef(() => {})
  const draw = useCallback(() => {
    const f = frame.current
    if (f.width <= 0) return
    const m = morph.current.frame(f.visible, f.end, performance.now())
    const s = m.running ? zoomedScale(transform.current, m.end, f.labelWidth, f.width - RIGHT_PAD) : scale.current
    if (m.running) again.current()
    const g = canvas.current && prepareCanvas(canvas.current, f.width, f.height)
    if (g && canvas.current) {
      palette.current ??= readPalette(canvas.current)
      drawBars(g, m.visible, s, { rowHeight: ROW_H, labelWidth: f.labelWidth, width: f.width, height: f.height,
        scrollTop: f.scrollTop, selectedPod: f.selectedPod, ticks: timeTicks(s), palette: palette.current })
    }
    if (axis.current) renderAxis(axis.current, s, f.width, AXIS_H)
    placePlayhead.current()
  }, [])
  const requestDraw = useFrameRequest(draw)
  again.current = requestDraw

  const onZoom = (t: ZoomTransform) => {
    transform.current = t
    const f = frame.current
    scale.current = zoomedScale(t, f.end, f.labelWidth, f.width - RIGHT_PAD)
    requestDraw()
  }
  const { zoomBy, follow } = useTimelineZoom(scroller, labelWidth, width - RIGHT_PAD, height, onZoom)
  placePlayhead.current = usePlayhead(line, veil, scale, (t) => follow(t, end))

  // A layout effect: rows and bars are drawn in the same frame React commits, never one later.
  useLayoutEffect(() => {
    const first = Math.max(0, Math.floor(scrollTop / ROW_H) - OVERSCAN)
    const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_H) + OVERSCAN)
    const visible = rows.slice(first, last).map((row, i) => ({ row, index: first + i }))
    frame.current = { visible, width, height, scrollTop, selectedPod, labelWidth, end }
    scale.current = zoomedScale(transform.current, end, labelWidth, width - RIGHT_PAD)
    morph.current.retarget(rows, end, morphWanted(), performance.now())
    if (rowsSvg.current && width > 0) {
      renderRows(rowsSvg.current, visible, { rowHeight: ROW_H, labelWidth, width, height, scrollTop, selectedPod })
      draw()
      // For `npm run bench:paint`: when the first run's rows are on screen, i.e. once the frame
      // that holds them has been painted (the task after its animation frame), not when drawn.
      if (rows.length > 0 && !firstDrawMarked) {
        firstDrawMarked = true
        requestAnimationFrame(() => setTimeout(() => performance.mark('timeline-drawn'), 0))
      }
    }
    appStore.getState().markDrawn(version)
  }, [rows, width, height, scrollTop, selectedPod, labelWidth, end, version, draw])

  // The theme's CSS variables are applied by App's effect, which runs after this one: read the
  // new colours on the next frame.
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      palette.current = null
      draw()
    })
    return () => cancelAnimationFrame(id)
  }, [theme, draw])

  const jobCount = rows.filter((r) => r.kind === 'job').length
  const chartSummary = `Timeline chart: ${layout?.podCount ?? 0} pods${jobCount ? ` of ${jobCount} ${jobCount === 1 ? 'Job' : 'Jobs'}` : ''} over ${formatOffset(layout?.end ?? 0)}. The grid after it lists each row as text.`

  const hitAt = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    const x = e.clientX - box.left
    const y = e.clientY - box.top
    return { x, y, hit: hitTest(rows, scale.current, ROW_H, x, y + scrollTop) }
  }
  const scrubTo = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    appStore.getState().pause()
    appStore.getState().seek(scale.current.t(e.clientX - box.left))
  }

  return (
    <div className={`timeline-view${stale ? ' stale' : ''}`}>
      <TimelineToolbar podCount={layout?.podCount ?? 0} zoomBy={zoomBy} />
      <div className="timeline-body">
        {/* Pointer-only scrubbing; the transport's range input is the accessible equivalent. */}
        <svg ref={axis} className="timeline-axis no-pan" height={AXIS_H} aria-hidden="true"
          onPointerDown={(e) => { e.currentTarget.setPointerCapture(e.pointerId); scrubTo(e) }}
          onPointerMove={(e) => { if (e.buttons & 1) scrubTo(e) }} />
        <div ref={scroller} className="timeline-scroller" tabIndex={0} aria-label="Pod rows: ← and → move the playhead, + and − zoom, 0 fits, ↑ and ↓ scroll"
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          onKeyDown={(e) => {
            if (scrubKey(e)) return
            const factor = ZOOM_KEYS[e.key]
            if (factor === undefined) return
            e.preventDefault()
            zoomBy(factor)
          }}>
          <div className="timeline-spacer" style={{ height: Math.max(rows.length * ROW_H, height) }}>
            <div className="timeline-stage" style={{ height }}>
              <svg ref={rowsSvg} className="timeline-rows" height={height} aria-hidden="true"
                onPointerMove={(e) => {
                  // No tooltip while dragging: the pan is what the pointer is doing.
                  if (e.buttons) return setHover(null)
                  const h = hitAt(e)
                  setHover(h.hit ? { ...h, hit: h.hit } : null)
                }}
                onPointerLeave={() => setHover(null)}
                onClick={(e) => {
                  const { hit } = hitAt(e)
                  const store = appStore.getState()
                  // A Job's lane selects the Job (its decisions show in Why?); a pod's row the pod.
                  if (hit?.row.kind === 'job') store.selectJob(hit.row.name)
                  else store.selectPod(hit ? hit.row.name : null)
                }} />
              <canvas ref={canvas} className="timeline-bars" role="img" aria-label={chartSummary} />
            </div>
          </div>
          {rows.length === 0 && <p className="timeline-empty">{trace ? 'No pods in this run.' : failed ? 'No timeline: the simulation stopped (see above).' : 'Simulating…'}</p>}
        </div>
        {/* The same rows as text, for screen readers and the keyboard; shown when focused. */}
        <TimelineGrid rows={rows} end={layout?.end ?? 0} />
        <div ref={veil} className="timeline-veil" style={{ top: AXIS_H }} />
        <div ref={line} className="timeline-playhead"><span className="playhead-handle" /></div>
        {hover && <TimelineTooltip x={hover.x} y={hover.y + AXIS_H} hit={hover.hit} boxWidth={width} />}
      </div>
    </div>
  )
}
