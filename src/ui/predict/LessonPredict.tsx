// A lesson that asks for a prediction (lesson.predict): "Make a prediction" heads its checklist,
// ticked once a prediction has been locked in and revealed, with the form or the score below.
import { useState } from 'react'
import type { LessonPredict as LessonPredictData } from '../../scenario/lessons'
import { MAKE_A_PREDICTION } from '../../state/predict'
import { useAppStore } from '../hooks/useAppStore'
import { PredictPanel } from './PredictPanel'

export function LessonPredict({ predict }: { predict: LessonPredictData }) {
  const done = useAppStore((s) => s.prediction?.revealed === true || s.seenChecks.includes(MAKE_A_PREDICTION))
  const [open, setOpen] = useState(true)
  return (
    <section className="predict-section" aria-label="Predict first" data-kind="predict" data-questions={predict.ask.join(' ')}>
      {/* Styled as a checklist, but only the heading and the item: the scored rows below are not checks. */}
      <div className="checklist">
        <h3>
          Predict first <span className="muted">{done ? 1 : 0}/1</span>
          <button type="button" className="link-button predict-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? 'hide' : 'show'}</button>
        </h3>
        <ul>
          <li data-check={MAKE_A_PREDICTION} data-passed={done} className={done ? 'passed' : ''}>
            <span className="tick" aria-hidden="true">{done ? '✓' : ''}</span>
            <span className="visually-hidden">{done ? 'passed: ' : 'not yet: '}</span>
            Make a prediction
          </li>
        </ul>
      </div>
      {open && <PredictPanel />}
    </section>
  )
}
