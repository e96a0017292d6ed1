// The prediction form: one compact field per question the lesson (or the page) asks, and
// "Lock in & play". A question left blank is not scored; a time that cannot be read says why
// next to the field and nothing is locked in.
import { useState, type FormEvent } from 'react'
import { END_STATUSES, END_TOLERANCE_TEXT, parseEndTime, type EndStatus, type Prediction, type Question } from '../../scenario/predict'
import { InlineText } from '../lesson/InlineText'
import { STATUS_TEXT, questionText } from './answerText'

interface Props {
  ask: Question[]
  job: string
  file: string
  prompt?: string | undefined
  onLock: (answers: Prediction) => void
}

const count = (text: string): number | undefined | null => {
  if (text.trim() === '') return undefined
  const n = Number(text)
  return Number.isInteger(n) && n >= 0 ? n : null
}

export function PredictForm({ ask, job, file, prompt, onLock }: Props) {
  const [pods, setPods] = useState('')
  const [status, setStatus] = useState('')
  const [lines, setLines] = useState('')
  const [end, setEnd] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  function submit(e: FormEvent) {
    e.preventDefault()
    const answers: Prediction = {}
    const p = count(pods)
    const l = count(lines)
    if (ask.includes('pods') && p === null) return setProblem('Pods: a whole number, 0 or more.')
    if (ask.includes('lines') && l === null) return setProblem('Lines: a whole number, 0 or more.')
    if (ask.includes('pods') && p !== undefined && p !== null) answers.pods = p
    if (ask.includes('lines') && l !== undefined && l !== null) answers.lines = l
    if (ask.includes('status') && status) answers.status = status as EndStatus
    if (ask.includes('end') && end.trim()) {
      const t = parseEndTime(end)
      if (!t.ok) return setProblem(`Finishes at: ${t.error}`)
      answers.end = t.value
    }
    if (Object.keys(answers).length === 0) return setProblem('Answer at least one question.')
    setProblem(null)
    onLock(answers)
  }

  return (
    <form className="predict-form" onSubmit={submit} aria-label="Your prediction">
      {prompt && <p className="predict-prompt"><InlineText text={prompt} /></p>}
      <p className="predict-subject muted">About Job <code>{job}</code>, from t = 0:</p>
      <div className="predict-fields">
        {ask.includes('pods') && (
          <label><span>{questionText('pods', file)}</span>
            <input type="number" min={0} step={1} inputMode="numeric" value={pods} onChange={(e) => setPods(e.currentTarget.value)} name="pods" />
          </label>
        )}
        {ask.includes('status') && (
          <label><span>{questionText('status', file)}</span>
            <select value={status} onChange={(e) => setStatus(e.currentTarget.value)} name="status">
              <option value="">—</option>
              {END_STATUSES.map((s) => <option key={s} value={s}>{STATUS_TEXT[s]}</option>)}
            </select>
          </label>
        )}
        {ask.includes('lines') && (
          <label><span>{questionText('lines', file)}</span>
            <input type="number" min={0} step={1} inputMode="numeric" value={lines} onChange={(e) => setLines(e.currentTarget.value)} name="lines" />
          </label>
        )}
        {ask.includes('end') && (
          <label><span>{questionText('end', file)}</span>
            <input type="text" placeholder="1m30s or never" value={end} onChange={(e) => setEnd(e.currentTarget.value)} name="end"
              title={`t since the start, ${END_TOLERANCE_TEXT}`} />
          </label>
        )}
      </div>
      {ask.includes('end') && <p className="predict-hint muted">A time is right {END_TOLERANCE_TEXT}; “never” if it will not finish.</p>}
      {problem && <p className="predict-problem" role="alert">{problem}</p>}
      <button type="submit" className="small-button predict-lock">Lock in &amp; play</button>
    </form>
  )
}
