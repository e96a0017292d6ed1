// d3-zoom on the timeline body, horizontal only: wheel zooms around the pointer, drag pans,
// Shift+wheel scrolls the rows. The transform is handed to `onZoom` rather than kept in React
// state: a pan or zoom then costs one canvas redraw on the next frame, not a React render per
// input event.
import { select, zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3'
import { useCallback, useEffect, useRef, type RefObject } from 'react'

export function useTimelineZoom(target: RefObject<HTMLDivElement | null>, left: number, width: number, height: number,
  onZoom: (t: ZoomTransform) => void) {
  const behavior = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null)
  const listener = useRef(onZoom)
  useEffect(() => {
    listener.current = onZoom
  })

  useEffect(() => {
    const el = target.current
    if (!el) return
    const z = zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, 20_000])
      .filter((ev: Event) => {
        if (ev.type === 'wheel') return !(ev as WheelEvent).shiftKey
        const m = ev as MouseEvent
        return !m.ctrlKey && !m.button && !(m.target instanceof Element && m.target.closest('.no-pan'))
      })
      .on('zoom', (ev: { transform: ZoomTransform }) => listener.current(ev.transform))
    behavior.current = z
    select(el).call(z).on('dblclick.zoom', null)
    // Shift+wheel scrolls the rows (d3-zoom leaves those events alone).
    const onWheel = (ev: WheelEvent) => {
      if (!ev.shiftKey) return
      ev.preventDefault()
      el.scrollTop += ev.deltaY || ev.deltaX
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => {
      select(el).on('.zoom', null)
      el.removeEventListener('wheel', onWheel)
    }
  }, [target])

  useEffect(() => {
    const extent: [[number, number], [number, number]] = [[left, 0], [Math.max(left + 1, width), Math.max(1, height)]]
    behavior.current?.extent(extent).translateExtent(extent)
  }, [left, width, height])

  const zoomBy = useCallback((factor: number | null) => {
    const el = target.current
    const z = behavior.current
    if (!el || !z) return
    if (factor === null) select(el).call(z.transform, zoomIdentity)
    else select(el).call(z.scaleBy, factor)
  }, [target])

  /** Pans (keeping the zoom) so time t sits a fifth of the way in: playback follows the playhead. */
  const follow = useCallback((t: number, end: number) => {
    const el = target.current
    const z = behavior.current
    if (!el || !z || end <= 0) return
    const k = zoomTransform(el).k
    const baseX = left + (t / end) * (width - left)
    select(el).call(z.transform, zoomIdentity.translate(left + (width - left) / 5 - baseX * k, 0).scale(k))
  }, [target, left, width])

  return { zoomBy, follow }
}
