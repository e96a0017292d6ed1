// The prediction for the scenario on screen: the form until one is locked in, then the answers
// waiting for their reveal, then the score. Used in the lesson panel and in the Predict popover.
import { useMemo } from 'react'
import { predictActions, predictionPhase, predictionRows, questionsFor } from '../../state/predict'
import { subjectJob } from '../../scenario/predict'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'
import { fileLabel } from './answerText'
import { PredictForm } from './PredictForm'
import { PredictReveal } from './PredictReveal'
import './predict.css'

export function PredictPanel({ onLocked }: { onLocked?: () => void }) {
  const phase = useAppStore(predictionPhase)
  const prediction = useAppStore((s) => s.prediction)
  const trace = useAppStore((s) => s.trace)
  const mounts = useAppStore((s) => s.mounts)
  const lessonId = useAppStore((s) => s.lessonId)
  const q = useMemo(() => questionsFor({ lessonId, mounts }), [lessonId, mounts])
  const rows = useMemo(() => (phase === 'revealed' ? predictionRows(appStore.getState()) : []), [phase, prediction, trace]) // eslint-disable-line react-hooks/exhaustive-deps
  const file = fileLabel(mounts)
  // Named from the trace: the Job the lesson names, else the first Job the run shows.
  const job = (prediction?.job ?? q.job) || (trace ? subjectJob(trace) : null)

  if (!job) return <p className="muted predict-none">This scenario creates no Job, so there is nothing to predict.</p>
  if (phase === 'none' || !prediction) {
    return <PredictForm ask={q.ask} job={job} file={file} prompt={q.prompt} onLock={(answers) => { predictActions.lock(answers, q.ask, q.job); onLocked?.() }} />
  }
  return <PredictReveal phase={phase} prediction={prediction} rows={rows} job={job} file={file} onAgain={predictActions.discard} />
}
