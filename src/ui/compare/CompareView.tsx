// Compare mode's right column: A and B stacked on one time axis, and below them the diff of
// their outcomes (with both sides' files, which the single-run observer could not show). Laid
// over the timeline, observer and console, which stay mounted, so A's page keeps working and
// reporting when it has drawn; Escape or Close returns to A alone, A untouched.
import { useEffect } from 'react'
import { compareActions } from '../../state/compare'
import { CompareTimelines } from './CompareTimelines'
import { OutcomeDiff } from './OutcomeDiff'
import { PresetMenu } from './PresetMenu'
import { useCompareStore } from './useCompareStore'
import './compare.css'

/** Escape closes compare mode unless it is meant for something else (the editor, the console, a popover). */
function escapeIsOurs(e: KeyboardEvent): boolean {
  if (e.key !== 'Escape' || e.defaultPrevented) return false
  const t = e.target instanceof Element ? e.target : null
  if (t?.closest('.monaco-editor, .xterm, input, select, textarea')) return false
  return !document.querySelector('.share-popover, [role="dialog"]')
}

export function CompareView() {
  const open = useCompareStore((s) => s.open)
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => { if (escapeIsOurs(e)) compareActions.close() }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])
  if (!open) return null
  return (
    <section className="compare-view" aria-label="Compare A and B" data-testid="compare-view">
      <div className="pane-head">
        <h2 className="pane-title">Compare <span className="side-badge side-a">A</span><span className="vs">vs</span><span className="side-badge side-b">B</span></h2>
        <div className="compare-tools">
          <PresetMenu />
          <button type="button" className="small-button" onClick={() => compareActions.close()} title="Back to A alone (Esc)">Close</button>
        </div>
      </div>
      <div className="compare-body">
        <CompareTimelines />
        <OutcomeDiff />
      </div>
    </section>
  )
}
