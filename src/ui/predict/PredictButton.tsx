// "Predict" beside the transport, for any scenario: a small popover with the prediction form.
// It stays out of the way: closed once the answers are locked in, it opens again by itself at
// the reveal (only for a prediction made here), and the button shows the score afterwards.
import { useEffect, useRef, useState } from 'react'
import { predictionPhase, predictionRows } from '../../state/predict'
import { useAppStore } from '../hooks/useAppStore'
import { PredictPanel } from './PredictPanel'

export function PredictButton() {
  const [open, setOpen] = useState(false)
  const phase = useAppStore(predictionPhase)
  const lockedHere = useRef(false)
  const label = useAppStore((s) => {
    if (predictionPhase(s) !== 'revealed') return null
    const rows = predictionRows(s)
    return `${rows.filter((r) => r.right).length}/${rows.length}`
  })

  useEffect(() => {
    if (phase === 'revealed' && lockedHere.current) {
      lockedHere.current = false
      setOpen(true)
    }
    if (phase === 'none' || phase === 'stale') lockedHere.current = false
  }, [phase])

  useEffect(() => {
    if (!open) return
    const close = (e: KeyboardEvent) => { if (e.key === 'Escape') setOpen(false) }
    window.addEventListener('keydown', close)
    return () => window.removeEventListener('keydown', close)
  }, [open])

  return (
    <div className="predict">
      <button type="button" className="small-button predict-button" aria-expanded={open} onClick={() => setOpen(!open)}
        data-phase={phase} title="Predict what this run will do, then watch it play">
        {phase === 'revealed' && label ? <>Predicted <span className="predict-badge">{label}</span></> : phase === 'waiting' ? <>Predicted <span className="predict-dot" aria-label="(locked in)" /></> : 'Predict'}
      </button>
      {open && (
        <div className="predict-popover" role="dialog" aria-label="Predict, then reveal">
          <div className="predict-popover-head">
            <h3>Predict, then reveal</h3>
            <button type="button" className="link-button" onClick={() => setOpen(false)}>close</button>
          </div>
          <PredictPanel onLocked={() => { lockedHere.current = true; setOpen(false) }} />
        </div>
      )}
    </div>
  )
}
