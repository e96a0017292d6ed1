// The chart as an ARIA grid: one row per timeline row (Job lanes and pods) with its name, owner,
// status at the playhead and segments as text, for screen readers and keyboard users. It is
// visually hidden until focused, then lies over the bars (Tab from the chart reaches it).
// Keys: ↑/↓ (PageUp/PageDown) choose a row, ←/→ move the playhead (Shift: further), Home/End
// jump to the start or end of the run, Enter selects the row's pod (or Job, for its Why panel).
import { memo, useRef, useState, type KeyboardEvent } from 'react'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'
import { announceScrub } from '../narration/announceScrub'
import { ownerText, scrubStep, segmentsText, statusAt } from './gridText'
import type { TimelineRow } from './layout'
import { rowLabel } from './renderRows'
import './timelineGrid.css'

/** Rows in the DOM at once, around the focused one (aria-rowindex tells their place). */
const WINDOW = 120

/** Moves the playhead by ←/→ (Shift: ten times further) or to Home/End; true if the key was one
 * of those. Shared with the chart's own scroller. */
export function scrubKey(e: KeyboardEvent): boolean {
  const s = appStore.getState()
  const step = scrubStep(s.end, e.shiftKey)
  const to = e.key === 'ArrowRight' ? s.time + step : e.key === 'ArrowLeft' ? s.time - step
    : e.key === 'Home' ? 0 : e.key === 'End' ? s.end : null
  if (to === null || e.altKey || e.ctrlKey || e.metaKey) return false
  e.preventDefault()
  e.stopPropagation()
  s.pause()
  s.seek(to)
  announceScrub()
  return true
}

// Memoised: the chart re-renders on every hover and scroll, the grid need not.
export const TimelineGrid = memo(function TimelineGrid({ rows, end }: { rows: TimelineRow[]; end: number }) {
  // The status column follows the playhead only when it rests: a screen reader cannot keep up
  // with playback, and re-rendering thousands of rows each frame would slow it down.
  const resting = useAppStore((s) => (s.playing ? null : s.time))
  const lastRest = useRef(0)
  if (resting !== null) lastRest.current = resting
  const time = resting ?? lastRest.current
  const selectedPod = useAppStore((s) => s.selectedPod)
  const selectedJob = useAppStore((s) => s.selectedJob)
  const [focus, setFocus] = useState(0)
  const grid = useRef<HTMLDivElement>(null)
  const active = Math.min(focus, Math.max(0, rows.length - 1))
  const first = Math.max(0, Math.min(active - WINDOW / 2, rows.length - WINDOW))
  const shown = rows.slice(first, first + WINDOW)

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index))
    setFocus(next)
    // After React has rendered the row (it may have been outside the window).
    requestAnimationFrame(() => grid.current?.querySelector<HTMLElement>(`[data-row="${next}"]`)?.focus())
  }
  const select = (row: TimelineRow | undefined) => {
    if (row?.kind === 'pod') appStore.getState().selectPod(row.name)
    else if (row) appStore.getState().selectJob(row.name)
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (scrubKey(e)) return
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }
    if (e.key in moves) {
      e.preventDefault()
      e.stopPropagation()
      moveTo(active + moves[e.key]!)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      e.stopPropagation()
      select(rows[active])
    }
  }

  return (
    <div ref={grid} className="timeline-grid" role="grid" aria-label="Pods and Jobs over time" aria-rowcount={Math.max(rows.length, 1) + 1}
      aria-colcount={4} aria-readonly="true" onKeyDown={onKeyDown}>
      <div role="row" aria-rowindex={1} className="grid-head">
        <span role="columnheader">Name</span>
        <span role="columnheader">Job</span>
        <span role="columnheader">Status at the playhead</span>
        <span role="columnheader">Segments</span>
      </div>
      {shown.map((row, k) => {
        const index = first + k
        return (
          <div key={`${row.kind}:${row.name}`} role="row" aria-rowindex={index + 2} data-row={index} tabIndex={index === active ? 0 : -1}
            aria-selected={row.name === (row.kind === 'pod' ? selectedPod : selectedJob)}
            className={row.kind === 'job' ? 'grid-job' : undefined}
            onFocus={() => setFocus(index)}
            onClick={() => select(row)}>
            <span role="rowheader">{rowLabel(row)}</span>
            <span role="gridcell">{ownerText(row)}</span>
            <span role="gridcell">{statusAt(row, time, end)}</span>
            <span role="gridcell">{segmentsText(row, end)}</span>
          </div>
        )
      })}
      {rows.length === 0 && <div role="row" aria-rowindex={2}><span role="gridcell">No pods in this run.</span></div>}
    </div>
  )
})
