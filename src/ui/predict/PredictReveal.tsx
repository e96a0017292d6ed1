// A locked-in prediction: while the run plays, the answers and when they will be revealed; at the
// reveal, each answer beside what happened, ✓ or ✗, and the moment in the trace that explains it
// (a click takes the playhead there). An edit since locking in makes the prediction stale.
import type { ScoredAnswer } from '../../scenario/predict'
import type { SavedPrediction } from '../../state/predict/savedPrediction'
import type { PredictionPhase } from '../../state/predict'
import { appStore } from '../../state/store'
import { InlineText } from '../lesson/InlineText'
import { answerText, questionText, seconds } from './answerText'

interface Props {
  phase: Exclude<PredictionPhase, 'none'>
  prediction: SavedPrediction
  rows: ScoredAnswer[]
  job: string
  file: string
  onAgain: () => void
}

export function PredictReveal({ phase, prediction, rows, job, file, onAgain }: Props) {
  if (phase === 'stale') {
    return (
      <div className="predict-result" data-phase="stale">
        <p className="muted">Your prediction was for an earlier version of this scenario: the YAML has changed since you locked it in.</p>
        <button type="button" className="small-button" onClick={onAgain}>Predict again</button>
      </div>
    )
  }
  if (phase === 'waiting') {
    const answered = prediction.ask.filter((q) => prediction.answers[q] !== undefined)
    return (
      <div className="predict-result" data-phase="waiting">
        <p className="predict-locked">
          <strong>Locked in:</strong> {answered.map((q) => answerText(q, prediction.answers[q])).join(' · ')}
        </p>
        <p className="muted">Revealed once the run has settled every answer (<code>{job}</code> has finished, or the run has ended). <button type="button" className="link-button" onClick={onAgain}>change</button></p>
      </div>
    )
  }
  const right = rows.filter((r) => r.right).length
  return (
    <div className="predict-result" data-phase="revealed">
      <p className="predict-score"><strong>{right} of {rows.length}</strong> right <span className="muted">about Job <code>{job}</code></span></p>
      <ul className="predict-rows">
        {rows.map((r) => (
          <li key={r.question} data-question={r.question} data-right={r.right} className={r.right ? 'right' : 'wrong'}>
            <span className="mark" aria-hidden="true">{r.right ? '✓' : '✗'}</span>
            <span className="visually-hidden">{r.right ? 'right: ' : 'wrong: '}</span>
            <div className="predict-row-body">
              <div className="predict-row-head">
                <span className="predict-q">{questionText(r.question, file)}</span>
                <span className="predict-vals">
                  you said <b>{answerText(r.question, r.predicted)}</b>
                  {!r.right && <>, actually <b className="predict-actual">{answerText(r.question, r.actual)}</b></>}
                </span>
              </div>
              {r.why.map((w, i) => (
                <p key={i} className="predict-why">
                  <button type="button" className="link-button" title="Move the playhead to this moment"
                    onClick={() => { appStore.getState().pause(); appStore.getState().seek(w.at) }}>{seconds(w.at)}</button>{' '}
                  <InlineText text={w.text} />
                </p>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onAgain}>Predict again</button>
    </div>
  )
}
