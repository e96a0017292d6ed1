// Narrated stepping: move the playhead to the next (or previous) narration item of one kind,
// show it and say it. Used by the stepper's buttons and the keyboard (useTransportKeys).
import { stepNarration, type NarrationKind } from '../../state/selectors/narration'
import { appStore } from '../../state/store'
import { currentIndex, narrationOf, spoken, useNarrator, KIND_LABELS } from './narrator'

/** Steps to the next (direction 1) or previous (-1) item of `kind`; returns the sentence shown,
 * or null when there is none that way (which is also announced). */
export function stepNarrated(kind: NarrationKind, direction: 1 | -1): string | null {
  const s = appStore.getState()
  const items = narrationOf(s.trace, s.mounts)
  const narrator = useNarrator.getState()
  s.pause()
  const stepped = narrator.stepped
  const from = stepped && stepped.items === items && currentIndex(items, s.time, stepped) === stepped.index ? stepped.index : null
  const index = stepNarration(items, kind, direction, s.time, from)
  if (index === null) {
    narrator.announce(`No ${direction > 0 ? 'later' : 'earlier'} ${KIND_LABELS[kind].one}.`)
    return null
  }
  const item = items[index]!
  s.seek(item.at)
  narrator.land(items, index)
  narrator.announce(spoken(item))
  return item.text
}
