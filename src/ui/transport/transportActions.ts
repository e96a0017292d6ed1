// Transport commands shared by the buttons, the keyboard and the page API.
import { nextEventTime, previousEventTime } from '../../state/selectors/eventsUntil'
import { appStore } from '../../state/store'

export function togglePlay() {
  const s = appStore.getState()
  if (s.playing) s.pause()
  else s.play()
}

export function stepToEvent(direction: 1 | -1) {
  const s = appStore.getState()
  const events = s.trace?.events ?? []
  s.pause()
  const t = direction > 0 ? nextEventTime(events, s.time) : previousEventTime(events, s.time)
  s.seek(t ?? (direction > 0 ? s.end : 0))
}
