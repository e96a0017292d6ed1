// Advances the playhead while playing: simulated time moves `speed` times faster than the wall
// clock, one animation frame at a time, and playback stops at the end of the run.
import { useEffect } from 'react'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'

export function usePlaybackLoop() {
  const playing = useAppStore((s) => s.playing)
  useEffect(() => {
    if (!playing) return
    let last = performance.now()
    let frame = requestAnimationFrame(function tick(now) {
      const s = appStore.getState()
      const next = s.time + (now - last) * s.speed
      last = now
      if (next >= s.end) {
        s.seek(s.end)
        s.pause()
        return
      }
      s.seek(next)
      frame = requestAnimationFrame(tick)
    })
    return () => cancelAnimationFrame(frame)
  }, [playing])
}
