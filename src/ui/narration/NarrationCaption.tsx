// One line under the timeline: the narration item at the playhead (the one a narrated step
// landed on, else the latest one), readable while the chart plays. Holds the live region too.
import { useAppStore } from '../hooks/useAppStore'
import { currentIndex, KIND_LABELS, narrationOf, narrationTime, useNarrator } from './narrator'
import { Narrator } from './Narrator'
import './narration.css'

export function NarrationCaption() {
  const trace = useAppStore((s) => s.trace)
  const mounts = useAppStore((s) => s.mounts)
  const time = useAppStore((s) => s.time)
  const stepped = useNarrator((s) => s.stepped)
  const items = narrationOf(trace, mounts)
  const i = currentIndex(items, time, stepped)
  const item = i === null ? null : items[i]!
  const text = item ? (item.kind === 'decision' ? `${item.object}: ${item.text}` : item.text) : null
  return (
    <div className="narration-caption" data-testid="narration-caption" data-kind={item?.kind}>
      {item ? (
        <>
          <span className={`narration-kind k-${item.kind}`}>{KIND_LABELS[item.kind].title}</span>
          <span className="narration-at">{narrationTime(item.at)}</span>
          <span className="narration-text" title={text ?? undefined}>{text}</span>
        </>
      ) : (
        <span className="narration-text muted">{trace ? 'Nothing has happened yet. Play, or step to the next decision.' : 'Simulating…'}</span>
      )}
      <Narrator />
    </div>
  )
}
