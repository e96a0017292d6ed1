// What the live region says after a keyboard scrub: the new time and the latest narration item
// by it, so moving the playhead by keys is heard, not only seen.
import { formatOffset } from '../../sim/kernel/time'
import { appStore } from '../../state/store'
import { currentIndex, narrationOf, useNarrator } from './narrator'

export function announceScrub() {
  const s = appStore.getState()
  const items = narrationOf(s.trace, s.mounts)
  const i = currentIndex(items, s.time, null)
  const latest = i === null ? '' : ` Latest: ${items[i]!.text}`
  useNarrator.getState().announce(`t = ${formatOffset(Math.floor(s.time / 1000) * 1000)}.${latest}`)
}
