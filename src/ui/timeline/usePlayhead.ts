// Moves the playhead and the "not yet" veil with the store's time, outside React: playback
// updates them every frame without re-rendering the timeline (zustand transient updates).
// The scale is read from a ref, so panning and zooming (which replace it) need no resubscribe;
// the timeline calls the returned `place` after each redraw. When playback runs past the visible
// range (zoomed in), onLeaveView pans to follow.
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { appStore } from '../../state/store'
import type { TimeScale } from './timeScale'

export function usePlayhead(line: RefObject<HTMLDivElement | null>, veil: RefObject<HTMLDivElement | null>,
  scale: RefObject<TimeScale>, onLeaveView: (t: number) => void): () => void {
  const leave = useRef(onLeaveView)
  useEffect(() => {
    leave.current = onLeaveView
  })
  const place = useCallback(() => {
    const s = scale.current
    const x = s.x(appStore.getState().time)
    const visible = x >= s.range[0] - 1 && x <= s.range[1] + 1
    if (line.current) {
      line.current.style.transform = `translateX(${x}px)`
      line.current.style.visibility = visible ? 'visible' : 'hidden'
    }
    if (veil.current) veil.current.style.left = `${Math.max(s.range[0], Math.min(s.range[1], x))}px`
  }, [line, veil, scale])
  useEffect(() => {
    place()
    return appStore.subscribe((s, prev) => {
      if (s.time === prev.time) return
      place()
      const x = scale.current.x(s.time)
      if (s.playing && (x > scale.current.range[1] || x < scale.current.range[0])) leave.current(s.time)
    })
  }, [place, scale])
  return place
}
