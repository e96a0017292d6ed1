// "Step to next: [decision ▾]" in the transport: the previous and next buttons move the playhead
// to the nearest narration item of the chosen kind (Shift+click on next goes back), and the
// keyboard does the same with D, P, W and J (Shift for previous; see useTransportKeys).
import type { MouseEvent } from 'react'
import type { NarrationKind } from '../../state/selectors/narration'
import { stepNarrated } from './narratedStep'
import { KIND_LABELS, STEP_KINDS, useNarrator } from './narrator'

export function NarrationStepper() {
  const kind = useNarrator((s) => s.kind)
  const setKind = useNarrator((s) => s.setKind)
  const { one } = KIND_LABELS[kind]
  const key = STEP_KINDS.find((k) => k.kind === kind)!.key
  const next = (e: MouseEvent) => stepNarrated(kind, e.shiftKey ? -1 : 1)
  return (
    <div className="narrated-step button-group" role="group" aria-label="Step by narration">
      <button type="button" onClick={() => stepNarrated(kind, -1)} aria-label={`Previous ${one} (Shift+${key})`} title={`Previous ${one} (Shift+${key})`}>
        <svg className="icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path d="M15 6l-6 6 6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" /></svg>
      </button>
      <label className="narrated-kind" title="What the step buttons step to">
        <span className="visually-hidden">Step to</span>
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as NarrationKind)}>
          {STEP_KINDS.map((k) => <option key={k.kind} value={k.kind}>{KIND_LABELS[k.kind].title}</option>)}
        </select>
      </label>
      <button type="button" onClick={next} aria-label={`Next ${one} (${key})`} title={`Next ${one} (${key}; Shift+click: previous)`}>
        <svg className="icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" /></svg>
      </button>
    </div>
  )
}
