// Coalesces work to one run per animation frame: however many wheel or drag events arrive in a
// frame, `request()` runs the callback once, just before the next paint.
import { useCallback, useEffect, useRef } from 'react'

export function useFrameRequest(callback: () => void): () => void {
  const latest = useRef(callback)
  const pending = useRef(0)
  useEffect(() => {
    latest.current = callback
  })
  useEffect(() => () => {
    cancelAnimationFrame(pending.current)
    pending.current = 0
  }, [])
  return useCallback(() => {
    if (pending.current) return
    pending.current = requestAnimationFrame(() => {
      pending.current = 0
      latest.current()
    })
  }, [])
}
