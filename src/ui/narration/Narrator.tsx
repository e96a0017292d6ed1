// The polite live region that speaks narration: what a narrated step landed on, and, when
// playback pauses or stops, the latest item at the playhead. Playing itself says nothing.
import { useEffect } from 'react'
import { appStore } from '../../state/store'
import { currentIndex, narrationOf, spoken, useNarrator } from './narrator'

export function Narrator() {
  const message = useNarrator((s) => s.message)
  const count = useNarrator((s) => s.count)
  useEffect(() => appStore.subscribe((s, prev) => {
    if (!prev.playing || s.playing) return
    const items = narrationOf(s.trace, s.mounts)
    const i = currentIndex(items, s.time, useNarrator.getState().stepped)
    if (i !== null) useNarrator.getState().announce(`Paused at ${spoken(items[i]!)}`)
  }), [])
  // A new node per message, so the same sentence twice is still announced twice.
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="narrator">
      <span key={count}>{message}</span>
    </div>
  )
}
