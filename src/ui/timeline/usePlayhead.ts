// Moves the playhead and the "not yet" veil with the store's time, outside React: playback
// updates them every frame without re-rendering the timeline (zustand transient updates).
// When playback runs past the visible range (zoomed in), onLeaveView pans to follow.
import { useEffect, useRef, type RefObject } from 'react'
import { appStore } from '../../state/store'
import type { TimeScale } from './timeScale'

export function usePlayhead(line: RefObject<HTMLDivElement | null>, veil: RefObject<HTMLDivElement | null>, scale: TimeScale,
  onLeaveView: (t: number) => void) {
  const leave = useRef(onLeaveView)
  useEffect(() => {
    leave.current = onLeaveView
  })
  useEffect(() => {
    const place = (t: number) => {
      const x = scale.x(t)
      const visible = x >= scale.range[0] - 1 && x <= scale.range[1] + 1
      if (line.current) {
        line.current.style.transform = `translateX(${x}px)`
        line.current.style.visibility = visible ? 'visible' : 'hidden'
      }
      if (veil.current) {
        const from = Math.max(scale.range[0], Math.min(scale.range[1], x))
        veil.current.style.left = `${from}px`
      }
    }
    place(appStore.getState().time)
    return appStore.subscribe((s, prev) => {
      if (s.time === prev.time) return
      place(s.time)
      const x = scale.x(s.time)
      if (s.playing && (x > scale.range[1] || x < scale.range[0])) leave.current(s.time)
    })
  }, [line, veil, scale])
}
