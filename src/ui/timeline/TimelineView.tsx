// Mounts the timeline: sizes, scrolling, zoom and hover live here; drawing is renderRows /
// renderAxis (data + scale in, SVG out); playhead movement is usePlayhead.
import { useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react'
import { appStore } from '../../state/store'
import { isStale } from '../../state/slices/simulation'
import { useAppStore } from '../hooks/useAppStore'
import { hitTest, type Hit } from './hitTest'
import { useTimelineLayout } from '../hooks/useTimelineLayout'
import { renderAxis, renderGrid } from './renderAxis'
import { renderRows } from './renderRows'
import { timeScale } from './timeScale'
import { TimelineTooltip } from './TimelineTooltip'
import { usePlayhead } from './usePlayhead'
import { useElementSize } from '../hooks/useElementSize'
import { useTimelineZoom } from './useTimelineZoom'
import { TimelineToolbar } from './TimelineToolbar'

const ROW_H = 24
const AXIS_H = 26
const OVERSCAN = 6
const ZOOM_KEYS: Record<string, number | null> = { '+': 1.6, '=': 1.6, '-': 1 / 1.6, '0': null }

export function TimelineView() {
  const trace = useAppStore((s) => s.trace)
  const version = useAppStore((s) => s.version)
  const selectedPod = useAppStore((s) => s.selectedPod)
  const stale = useAppStore(isStale)
  const layout = useTimelineLayout()

  const scroller = useRef<HTMLDivElement>(null)
  const axis = useRef<SVGSVGElement>(null)
  const rowsSvg = useRef<SVGSVGElement>(null)
  const line = useRef<HTMLDivElement>(null)
  const veil = useRef<HTMLDivElement>(null)
  const clipId = `tl-clip-${useId().replace(/:/g, '')}`
  const { width, height } = useElementSize(scroller)
  const [scrollTop, setScrollTop] = useState(0)
  const [hover, setHover] = useState<{ x: number; y: number; hit: Hit } | null>(null)

  const labelWidth = width < 560 ? 132 : 208
  const { transform, zoomBy, follow } = useTimelineZoom(scroller, labelWidth, width - 12, height)
  const end = Math.max(layout?.end ?? 0, 1000)
  const scale = useMemo(() => {
    const t0 = (labelWidth - transform.x) / transform.k
    const base = timeScale([0, end], [labelWidth, Math.max(labelWidth + 1, width - 12)])
    const zoomedLeft = base.t(t0)
    const zoomedRight = base.t((width - 12 - transform.x) / transform.k)
    return timeScale([zoomedLeft, zoomedRight], base.range)
  }, [transform, end, labelWidth, width])
  usePlayhead(line, veil, scale, (t) => follow(t, end))

  const rows = useMemo(() => layout?.rows ?? [], [layout])
  useEffect(() => {
    if (rowsSvg.current && axis.current && width > 0) {
      const first = Math.max(0, Math.floor(scrollTop / ROW_H) - OVERSCAN)
      const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_H) + OVERSCAN)
      const visible = rows.slice(first, last).map((row, i) => ({ row, index: first + i }))
      renderRows(rowsSvg.current, visible, scale, { rowHeight: ROW_H, labelWidth, width, height, scrollTop, selectedPod, clipId })
      renderGrid(rowsSvg.current, scale, height)
      renderAxis(axis.current, scale, width, AXIS_H)
    }
    appStore.getState().markDrawn(version)
  }, [rows, scale, width, height, scrollTop, selectedPod, labelWidth, clipId, version])

  const hitAt = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    const x = e.clientX - box.left
    const y = e.clientY - box.top
    return { x, y, hit: hitTest(rows, scale, ROW_H, x, y + scrollTop) }
  }
  const scrubTo = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    appStore.getState().pause()
    appStore.getState().seek(scale.t(e.clientX - box.left))
  }

  return (
    <div className={`timeline-view${stale ? ' stale' : ''}`}>
      <TimelineToolbar podCount={layout?.podCount ?? 0} zoomBy={zoomBy} />
      <div className="timeline-body">
        {/* Pointer-only scrubbing; the transport's range input is the accessible equivalent. */}
        <svg ref={axis} className="timeline-axis no-pan" height={AXIS_H} aria-hidden="true"
          onPointerDown={(e) => { e.currentTarget.setPointerCapture(e.pointerId); scrubTo(e) }}
          onPointerMove={(e) => { if (e.buttons & 1) scrubTo(e) }} />
        <div ref={scroller} className="timeline-scroller" tabIndex={0} aria-label="Pod rows: + and − zoom, 0 fits, arrows scroll"
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          onKeyDown={(e) => {
            const factor = ZOOM_KEYS[e.key]
            if (factor === undefined) return
            e.preventDefault()
            zoomBy(factor)
          }}>
          <div className="timeline-spacer" style={{ height: Math.max(rows.length * ROW_H, height) }}>
            <svg ref={rowsSvg} className="timeline-rows" height={height}
              onPointerMove={(e) => { const h = hitAt(e); setHover(h.hit ? { ...h, hit: h.hit } : null) }}
              onPointerLeave={() => setHover(null)}
              onClick={(e) => {
                const { hit } = hitAt(e)
                appStore.getState().selectPod(hit?.row.kind === 'pod' ? hit.row.name : null)
              }} />
          </div>
          {rows.length === 0 && <p className="timeline-empty">{trace ? 'No pods in this run.' : 'Simulating…'}</p>}
        </div>
        <div ref={veil} className="timeline-veil" style={{ top: AXIS_H }} />
        <div ref={line} className="timeline-playhead"><span className="playhead-handle" /></div>
        {hover && <TimelineTooltip x={hover.x} y={hover.y + AXIS_H} hit={hover.hit} boxWidth={width} />}
      </div>
    </div>
  )
}
