// Scoring a prediction against what the run did. Counts and the status must be exact; the end
// time is right within ±10 % of the real time or ±5 s, whichever is larger (a calibrated model
// of timing, docs/TIMING.md, is not exact to the second, and neither is a guess).
import { parseStepTime } from '../duration'
import type { Outcome, Prediction, Question, ScoredAnswer } from './types'

export const END_TOLERANCE = { fraction: 0.1, minMs: 5000 } as const
/** The rule above in words, for the form. */
export const END_TOLERANCE_TEXT = 'within ±10 % or ±5 s, whichever is larger'

export function endIsRight(predicted: number | 'never', actual: number | null): boolean {
  if (predicted === 'never' || actual === null) return predicted === 'never' && actual === null
  return Math.abs(predicted - actual) <= Math.max(actual * END_TOLERANCE.fraction, END_TOLERANCE.minMs)
}

/** What the run did, in the shape of a prediction (the answer that scores every question right). */
export const actualAnswers = (o: Outcome): Required<Prediction> =>
  ({ pods: o.pods, status: o.status, lines: o.lines, end: o.end ?? 'never' })

function isRight(q: Question, p: Prediction, o: Outcome): boolean {
  switch (q) {
    case 'pods': return p.pods === o.pods
    case 'status': return p.status === o.status
    case 'lines': return p.lines === o.lines
    case 'end': return p.end !== undefined && endIsRight(p.end, o.end)
  }
}

/** One row per answered question, in the order asked. */
export function score(prediction: Prediction, outcome: Outcome, questions: readonly Question[]): ScoredAnswer[] {
  const actual = actualAnswers(outcome)
  return questions.filter((q) => prediction[q] !== undefined).map((q) => ({
    question: q,
    predicted: prediction[q],
    actual: actual[q],
    right: isRight(q, prediction, outcome),
    why: outcome.why[q],
  }))
}

/** A typed end time: `1m30s`, `90s`, `90` (seconds), or `never`. */
export function parseEndTime(text: string): { ok: true; value: number | 'never' } | { ok: false; error: string } {
  const t = text.trim().toLowerCase()
  if (t === 'never') return { ok: true, value: 'never' }
  const parsed = parseStepTime(t)
  return parsed.ok ? parsed : { ok: false, error: 'Write a time like 1m30s, 90s or 90, or "never".' }
}
