// The narration tab: the whole run told in sentences, the item at the playhead highlighted and
// kept in view; clicking an item moves the playhead there. Items after the playhead are dimmed.
// Only a window of items around the current one is in the DOM (a 10,000-pod run has ~60,000).
import { useLayoutEffect, useRef } from 'react'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'
import { currentIndex, KIND_LABELS, narrationOf, narrationTime, spoken, useNarrator } from './narrator'

const WINDOW = 300

export function NarrationList() {
  const trace = useAppStore((s) => s.trace)
  const mounts = useAppStore((s) => s.mounts)
  const time = useAppStore((s) => s.time)
  const stepped = useNarrator((s) => s.stepped)
  const items = narrationOf(trace, mounts)
  const current = currentIndex(items, time, stepped)
  const first = Math.max(0, Math.min((current ?? 0) - WINDOW / 2, items.length - WINDOW))
  const shown = items.slice(first, first + WINDOW)
  const list = useRef<HTMLOListElement>(null)

  // Keep the current item in view; never smooth (reduced motion, and playback moves it often).
  useLayoutEffect(() => {
    list.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [current])

  const seekTo = (index: number) => {
    const s = appStore.getState()
    s.pause()
    s.seek(items[index]!.at)
    useNarrator.getState().land(items, index)
    useNarrator.getState().announce(spoken(items[index]!))
  }

  if (items.length === 0) return <p className="narration-empty">{trace ? 'Nothing to tell: this run has no events yet.' : 'Simulating…'}</p>
  return (
    <ol ref={list} className="narration-list" aria-label="Narration of the run" start={first + 1}>
      {shown.map((item, k) => {
        const index = first + k
        const future = item.at > time
        return (
          <li key={index} aria-current={index === current ? 'true' : undefined} className={future ? 'future' : undefined}>
            <button type="button" onClick={() => seekTo(index)}>
              <span className="narration-at">{narrationTime(item.at)}</span>
              <span className={`narration-kind k-${item.kind}`}>{KIND_LABELS[item.kind].title}</span>
              <span className="narration-text">{item.kind === 'decision' ? `${item.object}: ${item.text}` : item.text}</span>
            </button>
          </li>
        )
      })}
    </ol>
  )
}
